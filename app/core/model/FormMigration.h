#pragma once

#include "core/common/Result.h"
#include "core/design/EmailDesign.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hookmail {

// The email form of project format version 1 ("mode": "form"), kept only to open version-1 files: Design
// mode replaced it (issue 14). A form-mode action becomes a design holding its texts.
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

// Reads a version-1 "form" object; `path` names it in error messages, e.g. "actions[0].form".
Result<EmailForm> formFromJson(const QJsonObject &json, const QString &path);

// The design a version-1 form becomes: subject, from, reply-to, tags and recipient go to the envelope
// ({{x}} / {{x|fallback}} become placeholder chips), the text body becomes the plain-text override, and the
// HTML body (its <body> content when it is a whole document) one Custom HTML block.
EmailDesign designFromForm(const EmailForm &form);

} // namespace hookmail
