#include "core/model/FormMigration.h"

#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses (the strings are those of the former EmailFormGenerator).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailFormGenerator)
};

Result<QString> stringField(const QJsonObject &json, const QString &key, const QString &path)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString())
        return Error{Tr::tr("The field \"%1.%2\" must be text.").arg(path, key),
                     {},
                     errorCodeName(ErrorCode::WrongType)};
    return v.toString();
}

Result<QStringList> stringListField(const QJsonObject &json, const QString &key, const QString &path,
                                    const QStringList &fallback)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isArray())
        return Error{Tr::tr("The field \"%1.%2\" must be a list of texts.").arg(path, key),
                     {},
                     errorCodeName(ErrorCode::WrongType)};
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return Error{Tr::tr("The field \"%1.%2[%3]\" must be text.").arg(path, key).arg(i),
                         {},
                         errorCodeName(ErrorCode::WrongType)};
        out << array.at(i).toString();
    }
    return out;
}

// A whole HTML document (as version 1's default was) goes into the design's own frame: keep its body.
QString bodyContent(const QString &html)
{
    static const QRegularExpression body(u"<body\\b[^>]*>(.*)</body\\s*>"_s,
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    const auto match = body.match(html);
    return (match.hasMatch() ? match.captured(1) : html).trimmed();
}
} // namespace

Result<EmailForm> formFromJson(const QJsonObject &json, const QString &path)
{
    EmailForm form;
    struct Field
    {
        const char16_t *key;
        QString *target;
    };
    const Field fields[] = {{u"fromEmail", &form.fromEmail},
                            {u"fromName", &form.fromName},
                            {u"subject", &form.subject},
                            {u"text", &form.text},
                            {u"html", &form.html},
                            {u"replyTo", &form.replyTo},
                            {u"recipientName", &form.recipientNameTemplate},
                            {u"fallbackRecipient", &form.fallbackRecipient}};
    for (const Field &f : fields) {
        auto value = stringField(json, QString::fromUtf16(f.key), path);
        if (!value)
            return value.error();
        *f.target = value.value();
    }
    auto tags = stringListField(json, u"tags"_s, path, {});
    if (!tags)
        return tags.error();
    form.tags = tags.value();
    auto sources = stringListField(json, u"recipientSources"_s, path, form.recipientSources);
    if (!sources)
        return sources.error();
    for (const QString &source : sources.value()) {
        if (source != u"verified" && source != u"address" &&
            !(source.startsWith(u"trait:") && source.size() > 6))
            return Error{
                Tr::tr("The field \"%1.recipientSources\" holds \"%2\"; use \"verified\", \"address\" "
                       "or \"trait:<name>\".")
                    .arg(path, source),
                {},
                errorCodeName(ErrorCode::BadValue)};
    }
    form.recipientSources = sources.value();
    return form;
}

EmailDesign designFromForm(const EmailForm &form)
{
    EmailDesign design;
    Envelope &e = design.envelope;
    e.fromEmail = form.fromEmail;
    e.fromName = inlineTextFromTemplate(form.fromName);
    e.subject = inlineTextFromTemplate(form.subject);
    e.replyTo = form.replyTo;
    e.tags = form.tags;
    e.recipientSources = form.recipientSources;
    e.recipientName = inlineTextFromTemplate(form.recipientNameTemplate);
    e.fallbackRecipient = form.fallbackRecipient;
    if (!form.text.trimmed().isEmpty())
        design.plainTextOverride = richTextFromTemplate(form.text);
    const QString html = bodyContent(form.html);
    if (!html.isEmpty()) {
        Block block = newBlock(BlockKind::CustomHtml, design);
        block.html = html;
        design.blocks << block;
    }
    return design;
}

} // namespace hookmail
