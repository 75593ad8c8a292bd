#pragma once

#include "core/common/Result.h"
#include "core/design/EmailDesign.h"
#include "core/model/HeaderAllowlist.h"
#include "core/model/HookPoint.h"
#include "core/mtemplate/TemplateEmail.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// One Ory web_hook that sends one email. Never holds a secret.
struct Action
{
    QString id;   // stable UUID of the action inside the project
    QString name; // "Welcome email"
    QList<HookPoint> hookPoints;
    // Design: the email is built from `design` in the designer and templateSource is always
    // DesignGenerator::jsonnet(design, project theme) (regenerateTemplate keeps it so). Code: templateSource
    // is the source of truth; `design` is kept from before the switch, so going back is possible while the
    // code is still exactly what the design generates.
    // Template (issue 18): the email is a template stored in Mandrill, sent with messages/send-template;
    // templateSource is always TemplateGenerator::jsonnet(mandrillTemplate) and url the send-template URL.
    enum class EditMode
    {
        Design,
        Code,
        Template
    };
    EditMode mode = EditMode::Code;
    EmailDesign design;
    TemplateEmail mandrillTemplate; // kept when switching away, so going back restores the mapping
    QString templateSource;         // the Jsonnet the user edits (no key)
    QString url = QStringLiteral("https://mandrillapp.com/api/1.0/messages/send");
    QString method = QStringLiteral("POST");
    bool responseIgnore = true; // asynchronous: Mandrill answers 200 with an array (FACTS §5)
    bool responseParse = false;
    QString hookId; // config.id pushed to Ory; "hookmail-<uuid>" by default, stable across pushes

    friend bool operator==(const Action &, const Action &) = default;
};

using EditMode = Action::EditMode;

struct Project
{
    // 2: designs (Action::mode "design"/"code", Action::design, Project::theme) replace v1's form; v1 files
    // still open (form-mode actions become designs, see FormMigration.h).
    // 3: Action::mode "template" and Action::mandrillTemplate (a Mandrill template and its mapping); v2 files
    // open unchanged (they have no template-mode actions).
    static constexpr int currentFormatVersion = 3;

    QList<Action> actions;
    Theme theme;                // every email of the project shares the brand
    QString identityPreset;     // name of the preset the sample identity started from
    QJsonObject sampleIdentity; // identity JSON as Kratos marshals it (traits, addresses, metadata_public…)
    QString sampleLocale = QStringLiteral("en-US"); // becomes Accept-Language of the sample request
    QJsonObject transientPayload;                   // ctx.flow.transient_payload; empty → omitted
    // The request headers Ory passes to templates, as read from the Ory project or a kratos.yml; nullopt →
    // Kratos's default list (the project sets none, or nobody has read it yet).
    std::optional<RequestHeaderAllowlist> headerAllowlist;
    QStringList testRecipients;
    QString oryProjectId; // last Ory Network project pushed to (not a secret)

    const Action *findAction(const QString &nameOrId) const;
    friend bool operator==(const Project &, const Project &) = default;
};

QJsonObject projectToJson(const Project &project);
// Parses a project document; errors name the problem (unknown newer version, wrong field type…).
Result<Project> projectFromJson(const QJsonObject &json);

// The project shipped in resources/: a welcome email after sign-up (password and social), in Design mode.
Project defaultProject();
// A fresh action with a new id and hook id, in Design mode, with the default welcome design (its template
// generated with `theme`).
Action newAction(const QString &name, const Theme &theme = Theme{});

// Keeps the invariant of Design mode: a design-mode action's templateSource is
// DesignGenerator::jsonnet(design, theme). Code-mode actions are left alone. Returns whether anything
// changed.
// Template mode likewise: templateSource is TemplateGenerator::jsonnet(mandrillTemplate) and url the
// messages/send-template URL.
bool regenerateTemplate(Action &action, const Theme &theme);
bool regenerateTemplates(Project &project);

} // namespace hookmail
