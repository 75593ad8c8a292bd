#pragma once

#include "core/common/Result.h"
#include "core/model/Project.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// Turns the email form (form mode) into a readable, deterministic Jsonnet template, and recognises
// such a template again. Placeholders like `{{traits.name.first}}` or `{{identity.id}}` become lookups
// that yield "" when the field is missing, so a missing trait never fails the hook; `{{address}}` is
// the chosen recipient. The recipient follows form.recipientSources, then the fallback, and the
// template ends in `error "cancel"` (hook skipped, FACTS §4) when there is no address at all.
class EmailFormGenerator
{
public:
    static QString generate(const EmailForm &form);
    // The form a template was generated from, only when regenerating from it gives back the identical
    // source: a hand edit of the code makes this return nullopt.
    static std::optional<EmailForm> formFromTemplate(const QString &source);
    // Placeholder names the identity offers ("traits.name.first", "id", "address", "metadata_public.plan").
    static QStringList placeholderFields(const QJsonObject &identity);

    // The welcome email new actions start with.
    static EmailForm defaultWelcomeForm();

    static QJsonObject formToJson(const EmailForm &form);
    // `path` names the form in error messages, e.g. "actions[0].form".
    static Result<EmailForm> formFromJson(const QJsonObject &json, const QString &path);
};

} // namespace hookmail
