#pragma once

#include "core/design/EmailDesign.h"
#include "core/mtemplate/TemplateEmail.h"

#include <QJsonObject>
#include <QString>

namespace hookmail {

// "Move a designed email into Mandrill": the designed HTML and text with each placeholder written as a
// Mailchimp merge tag (*|FNAME|*), ready for templates/add, and the TemplateEmail that sends the new
// template with the same person's fields and fallbacks. The design itself is not changed (going back is
// possible).
struct DesignUpload
{
    QString name; // template name (Mandrill derives the slug from it)
    QString code, text, subject, fromEmail, fromName;
    TemplateEmail email; // source = the template as it will be once added (slug = name until Mandrill says)
};

DesignUpload designToTemplate(const EmailDesign &design, const Theme &theme, const QString &templateName);

// The templates/add body (without key): publish false — publishing is an explicit second step.
QJsonObject templateAddBody(const DesignUpload &upload);

} // namespace hookmail
