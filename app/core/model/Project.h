#pragma once

#include "core/common/Result.h"
#include "core/model/HookPoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// The fields of the email form (form mode). The form generates the Jsonnet template
// (EmailFormGenerator); in code mode the template is the source of truth and the form is kept only
// to offer switching back.
struct EmailForm
{
    QString fromEmail;
    QString fromName;
    QString subject;
    QString text;
    QString html;
    QString replyTo;
    QStringList tags;
    // Where the recipient comes from, in order of preference: "verified" (first verified address),
    // "address" (first verifiable address), "trait:<name>" (a trait such as traits.email).
    QStringList recipientSources = {QStringLiteral("verified"), QStringLiteral("address"),
                                    QStringLiteral("trait:email")};
    QString recipientNameTemplate; // e.g. "{{traits.name.first}}"; empty → no name
    QString fallbackRecipient;     // used when the identity has no address at all; empty → skip (cancel)

    friend bool operator==(const EmailForm &, const EmailForm &) = default;
};

// One Ory web_hook that sends one email. Never holds a secret.
struct Action
{
    QString id;   // stable UUID of the action inside the project
    QString name; // "Welcome email"
    QList<HookPoint> hookPoints;
    bool formMode = false;
    EmailForm form;
    QString templateSource; // the Jsonnet the user edits (no key); generated from `form` in form mode
    QString url = QStringLiteral("https://mandrillapp.com/api/1.0/messages/send");
    QString method = QStringLiteral("POST");
    bool responseIgnore = true; // asynchronous: Mandrill answers 200 with an array (FACTS §5)
    bool responseParse = false;
    QString hookId; // config.id pushed to Ory; "hookmail-<uuid>" by default, stable across pushes

    friend bool operator==(const Action &, const Action &) = default;
};

struct Project
{
    static constexpr int currentFormatVersion = 1;

    QList<Action> actions;
    QString identityPreset;     // name of the preset the sample identity started from
    QJsonObject sampleIdentity; // identity JSON as Kratos marshals it (traits, addresses, metadata_public…)
    QString sampleLocale = QStringLiteral("en-US"); // becomes Accept-Language of the sample request
    QJsonObject transientPayload;                   // ctx.flow.transient_payload; empty → omitted
    QStringList testRecipients;
    QString oryProjectId; // last Ory Network project pushed to (not a secret)

    const Action *findAction(const QString &nameOrId) const;
    friend bool operator==(const Project &, const Project &) = default;
};

QJsonObject projectToJson(const Project &project);
// Parses a project document; errors name the problem (unknown newer version, wrong field type…).
Result<Project> projectFromJson(const QJsonObject &json);

// The project shipped in resources/: a welcome email after sign-up (password and social).
Project defaultProject();
// A fresh action with a new id and hook id, in form mode, with the default welcome email.
Action newAction(const QString &name);

} // namespace hookmail
