#pragma once

#include "core/mtemplate/TemplateEmail.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace hookmail {

// One finding about a Mandrill template email, before it becomes a Checks Finding (core/render/Checks.h).
struct TemplateFinding
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Info;
    QString code; // "template-draft-only", "merge-language", "unmapped-tag", "unused-mapping", "empty-tag"…
    QString message;
};

// Checks of the template and its mapping that need no rendering: the template is published (a draft-only
// one fails at send time) and not broken, the merge language matches the tags found, every tag has a
// mapping, every mapping is used, a sender exists, constructs the preview cannot show are named.
QList<TemplateFinding> templateStaticFindings(const TemplateEmail &email);
// From one evaluated send-template body (one sample person): tags whose value is empty for this person.
QList<TemplateFinding> templateBodyFindings(const TemplateEmail &email, const QJsonObject &body);

} // namespace hookmail
