#include "core/mtemplate/DesignUpload.h"

#include "core/design/DesignGenerator.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

QString tagFor(const QString &field)
{
    if (field == u"address")
        return u"EMAIL"_s;
    if (field.endsWith(u"name.first"_s) || field.endsWith(u"first_name"_s))
        return u"FNAME"_s;
    if (field.endsWith(u"name.last"_s) || field.endsWith(u"last_name"_s))
        return u"LNAME"_s;
    if (field == u"id")
        return u"USER_ID"_s;
    QString tag = field.section(u'.', -1).toUpper();
    static const QRegularExpression other(u"[^A-Z0-9_]"_s);
    tag.replace(other, u"_"_s);
    if (tag.isEmpty() || tag.startsWith(u'_'))
        tag.prepend(u'F');
    return tag;
}

void collect(const InlineText &runs, QList<Placeholder> *out)
{
    for (const Inline &run : runs) {
        if (run.placeholder)
            out->append(*run.placeholder);
    }
}

} // namespace

DesignUpload designToTemplate(const EmailDesign &design, const Theme &theme, const QString &templateName)
{
    // Every placeholder of the design, first fallback per field wins.
    QList<Placeholder> placeholders;
    const Envelope &e = design.envelope;
    for (const InlineText *t : {&e.subject, &e.fromName, &e.preheader, &e.recipientName})
        collect(*t, &placeholders);
    for (const Block &b : design.blocks) {
        collect(b.line, &placeholders);
        collect(b.buttonUrl, &placeholders);
        for (const Paragraph &p : b.text)
            collect(p.runs, &placeholders);
    }
    // Fields only Custom HTML uses ({{field|fallback}}) have no run: take them from the generator's list.
    const PlaceholderValues used = DesignGenerator::valuesFor(design, QJsonObject{});
    for (auto it = used.begin(); it != used.end(); ++it) {
        if (it.key() != u"address")
            placeholders.append(Placeholder{it.key(), {}});
    }

    DesignUpload up;
    up.name = templateName.trimmed();
    PlaceholderValues tags;
    QStringList taken;
    for (const Placeholder &p : std::as_const(placeholders)) {
        if (p.field.isEmpty())
            continue;
        if (tags.contains(p.field)) {
            // The first fallback written for the field wins (the recipient name often has none).
            for (TemplateField &f : up.email.mergeVars) {
                if (f.value.field == p.field && f.value.fallback.isEmpty())
                    f.value.fallback = p.fallback;
            }
            continue;
        }
        QString tag = tagFor(p.field);
        for (int n = 2; taken.contains(tag); ++n)
            tag = tagFor(p.field) + u'_' + QString::number(n);
        taken << tag;
        tags.insert(p.field, u"*|"_s + tag + u"|*"_s);
        up.email.mergeVars << TemplateField{tag, p};
    }
    // "address" is always known to the generator; only a tag when the design shows it.
    up.code = DesignGenerator::html(design, theme, tags);
    up.text = DesignGenerator::plainText(design, tags);
    up.subject = DesignGenerator::inlineText(e.subject, tags);
    up.fromName = DesignGenerator::inlineText(e.fromName, tags);
    up.fromEmail = e.fromEmail;

    MandrillTemplate &t = up.email.source;
    t.slug = up.name; // Mandrill answers with the real slug
    t.name = up.name;
    t.code = up.code;
    t.text = up.text;
    t.subject = up.subject;
    t.fromEmail = up.fromEmail;
    t.fromName = up.fromName;
    up.email.mergeLanguage = MergeLanguage::Mailchimp;
    // The recipient rules (and reply-to, tags) stay the designer's; sender and subject come from the
    // template.
    up.email.envelope.recipientSources = e.recipientSources;
    up.email.envelope.recipientName = e.recipientName;
    up.email.envelope.fallbackRecipient = e.fallbackRecipient;
    up.email.envelope.replyTo = e.replyTo;
    up.email.envelope.tags = e.tags;
    up.email.envelope.fromEmail.clear();
    up.email.envelope.fromName.clear();
    up.email.envelope.subject.clear();
    up.email.envelope.preheader.clear();
    return up;
}

QJsonObject templateAddBody(const DesignUpload &upload)
{
    QJsonObject body{{u"name"_s, upload.name}, {u"code"_s, upload.code},
                     {u"text"_s, upload.text}, {u"subject"_s, upload.subject},
                     {u"publish"_s, false},    {u"labels"_s, QJsonArray{u"hookmail"_s}}};
    if (!upload.fromEmail.isEmpty())
        body.insert(u"from_email"_s, upload.fromEmail);
    if (!upload.fromName.isEmpty())
        body.insert(u"from_name"_s, upload.fromName);
    return body;
}

} // namespace hookmail
