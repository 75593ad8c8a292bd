#include "core/mtemplate/TemplateGenerator.h"

#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/render/JsonnetText.h"

#include <QJsonArray>
#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

QJsonValue at(const QJsonValue &object, const QString &key)
{
    if (!object.isObject())
        return QJsonValue(QJsonValue::Null);
    const QJsonObject o = object.toObject();
    const auto it = o.constFind(key);
    return it == o.constEnd() ? QJsonValue(QJsonValue::Null) : it.value();
}

// As the template's text(): strings, true/false, whole numbers; anything else is no value.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d > -1e15 && d < 1e15)
            return QString::number(qint64(d));
    }
    return {};
}

QString escapeHtml(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        case '\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Names of the template's own locals: a field's local must not take one of them.
const QStringList &reservedNames()
{
    static const QStringList names = {u"ctx"_s,     u"std"_s,          u"identity"_s,   u"at"_s,
                                      u"text"_s,    u"textOnly"_s,     u"orElse"_s,     u"html"_s,
                                      u"first"_s,   u"addresses"_s,    u"candidates"_s, u"found"_s,
                                      u"address"_s, u"recipientName"_s};
    return names;
}

class Names
{
public:
    QString of(const QString &field)
    {
        if (field == u"address")
            return u"address"_s;
        if (auto it = m_names.constFind(field); it != m_names.constEnd())
            return it.value();
        QString name;
        for (const QChar c : field)
            name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
        if (name.isEmpty() || name.front().isDigit())
            name.prepend(u'f');
        const QString base = name;
        for (int n = 2;
             m_taken.contains(name) || reservedNames().contains(name) || !isJsonnetIdentifier(name); ++n)
            name = base + u'_' + QString::number(n);
        m_taken.insert(name);
        m_names.insert(field, name);
        m_order << field;
        return name;
    }
    const QStringList &fields() const { return m_order; }

private:
    QHash<QString, QString> m_names;
    QSet<QString> m_taken;
    QStringList m_order;
};

// The value of a placeholder as a Jsonnet expression; `escape` → HTML-escaped (value and fallback).
QString placeholderExpression(Names &names, const Placeholder &p, bool escape)
{
    const QString fallback = jsonnetSingleQuoted(escape ? escapeHtml(p.fallback) : p.fallback);
    if (p.field.isEmpty())
        return fallback;
    QString value = names.of(p.field);
    if (escape)
        value = u"html("_s + value + u')';
    return p.fallback.isEmpty() ? value : u"orElse("_s + value + u", "_s + fallback + u')';
}

QString inlineExpression(Names &names, const InlineText &text)
{
    QStringList terms;
    for (const Inline &run : text) {
        if (run.placeholder)
            terms << placeholderExpression(names, *run.placeholder, false);
        else if (!run.text.isEmpty())
            terms << jsonnetSingleQuoted(run.text);
    }
    return terms.isEmpty() ? u"''"_s : terms.join(u" + "_s);
}

bool isEmptyInline(const InlineText &text)
{
    for (const Inline &run : text) {
        if (run.placeholder || !run.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString comment(const QString &text)
{
    return QString(text).replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

QStringList TemplateGenerator::escapedTags(const TemplateEmail &email)
{
    if (email.mergeLanguage != MergeLanguage::Mailchimp)
        return {};
    const TemplateScan inHtml = scanTemplate({email.source.publishCode});
    return inHtml.mailchimpTags;
}

QString TemplateGenerator::sendTemplateUrl(const QString &sendUrl)
{
    QString url = sendUrl.trimmed();
    if (url.endsWith(u"/messages/send-template"_s) || url.endsWith(u"/messages/send-template.json"_s))
        return url;
    if (url.endsWith(u".json"_s))
        url.chop(5);
    if (url.endsWith(u"/messages/send"_s))
        return url + u"-template"_s;
    return u"https://mandrillapp.com/api/1.0/messages/send-template"_s;
}

QString TemplateGenerator::jsonnet(const TemplateEmail &email)
{
    const Envelope &envelope = email.envelope;
    const bool mailchimp = email.mergeLanguage == MergeLanguage::Mailchimp;
    const QStringList escaped = escapedTags(email);
    Names names;

    // Build the parts first: they decide which person fields need a local.
    QStringList vars;
    for (const TemplateField &f : email.mergeVars) {
        if (!f.mapped())
            continue;
        const bool escape = mailchimp && escaped.contains(f.name, Qt::CaseInsensitive);
        vars << u"        { name: "_s + jsonnetSingleQuoted(f.name) + u", content: "_s +
                    placeholderExpression(names, f.value, escape) + u" },"_s +
                    (f.value.field.isEmpty() ? QString()
                                             : u"  // "_s + comment(placeholderFieldTitle(f.value.field)));
    }
    QStringList regions;
    for (const TemplateField &f : email.regions) {
        if (!f.mapped())
            continue;
        regions << u"    { name: "_s + jsonnetSingleQuoted(f.name) + u", content: "_s +
                       placeholderExpression(names, f.value, true) + u" },"_s;
    }
    const QString subject =
        isEmptyInline(envelope.subject) ? QString() : inlineExpression(names, envelope.subject);
    const QString fromName =
        isEmptyInline(envelope.fromName) ? QString() : inlineExpression(names, envelope.fromName);
    const QString recipientName =
        isEmptyInline(envelope.recipientName) ? QString() : inlineExpression(names, envelope.recipientName);

    const MandrillTemplate &t = email.source;
    QString s;
    s +=
        u"// Email sent with the Mandrill template \""_s + comment(t.displayName()) + u"\" ("_s +
        comment(t.slug) +
        u"), generated by Hookmail.\n"
        u"// The design lives in Mandrill; this only fills its merge tags from the Ory identity. Edit it in\n"
        u"// Hookmail: editing this code by hand turns the email into a code template.\n"
        u"// hookmail-mandrill-template\n"
        u"function(ctx)\n"
        u"  local identity =\n"
        u"    if std.objectHas(ctx, 'identity') && std.isObject(ctx.identity) then ctx.identity else {};\n"
        u"  // at(o, 'key'): the field when o is an object that has it, else null; no field is used "
        u"unchecked.\n"
        u"  local at(o, key) = if std.isObject(o) && std.objectHas(o, key) then o[key] else null;\n"
        u"  // text(v): a value as text; '' when it is missing, null, a list, an object or a fraction.\n"
        u"  local text(v) =\n"
        u"    if std.isString(v) then v\n"
        u"    else if std.isBoolean(v) then (if v then 'true' else 'false')\n"
        u"    else if std.isNumber(v) && v == std.floor(v) && v > -1e15 && v < 1e15 then std.toString(v)\n"
        u"    else '';\n"
        u"  local textOnly(v) = if std.isString(v) then v else '';\n"
        u"  // orElse(value, fallback): the fallback when the person has no value for a field.\n"
        u"  local orElse(value, fallback) = if value == '' then fallback else value;\n"
        u"  // html(s): s with the characters HTML gives meaning to escaped (values that land in HTML).\n"
        u"  local html(s) = std.join('', [\n"
        u"    if c == '&' then '&amp;' else if c == '<' then '&lt;' else if c == '>' then '&gt;'\n"
        u"    else if c == '\"' then '&quot;' else if c == \"'\" then '&#39;' else c\n"
        u"    for c in std.stringChars(s)\n"
        u"  ]);\n"_s;
    s += DesignGenerator::recipientLocals(envelope);
    bool any = false;
    for (const QString &field : names.fields()) {
        if (!any)
            s += u"  // The person's values this email uses.\n"_s;
        any = true;
        QString lookup = u"identity"_s;
        for (const QString &key : field.split(u'.'))
            lookup = u"at("_s + lookup + u", "_s + jsonnetSingleQuoted(key) + u')';
        s += u"  local "_s + names.of(field) + u" = text("_s + lookup + u");  // "_s +
             comment(placeholderFieldTitle(field)) + u'\n';
    }
    if (!recipientName.isEmpty())
        s += u"  local recipientName = "_s + recipientName + u";\n"_s;
    s += u"  {\n"_s;
    s += u"    // The template's slug (its immutable name in Mandrill).\n"_s;
    s += u"    template_name: "_s + jsonnetSingleQuoted(t.slug) + u",\n"_s;
    if (regions.isEmpty()) {
        s += u"    // Its editable regions (mc:edit) keep the content they have in Mandrill.\n"
             u"    template_content: [],\n"_s;
    } else {
        s += u"    // Content for its editable regions (mc:edit), HTML-escaped.\n"
             u"    template_content: [\n"_s +
             regions.join(u'\n') + u"\n    ],\n"_s;
    }
    s += u"    message: {\n"_s;
    if (!envelope.fromEmail.trimmed().isEmpty())
        s += u"      from_email: "_s + jsonnetSingleQuoted(envelope.fromEmail.trimmed()) + u",\n"_s;
    if (!fromName.isEmpty())
        s += u"      from_name: "_s + fromName + u",\n"_s;
    if (!subject.isEmpty())
        s += u"      subject: "_s + subject + u",\n"_s;
    if (envelope.fromEmail.trimmed().isEmpty() && fromName.isEmpty() && subject.isEmpty())
        s += u"      // Subject and sender: the template's defaults in Mandrill.\n"_s;
    s += u"      to: [{\n        email: address,\n"_s;
    if (!recipientName.isEmpty())
        s += u"        [if recipientName != '' then 'name']: recipientName,\n"_s;
    s += u"        type: 'to',\n      }],\n"_s;
    if (!envelope.replyTo.trimmed().isEmpty())
        s +=
            u"      headers: { 'Reply-To': "_s + jsonnetSingleQuoted(envelope.replyTo.trimmed()) + u" },\n"_s;
    if (!envelope.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : envelope.tags)
            tags << jsonnetSingleQuoted(tag);
        s += u"      tags: ["_s + tags.join(u", "_s) + u"],\n"_s;
    }
    s += u"      merge_language: "_s + jsonnetSingleQuoted(mergeLanguageName(email.mergeLanguage)) + u",\n"_s;
    if (vars.isEmpty()) {
        s += u"      global_merge_vars: [],\n"_s;
    } else {
        s += mailchimp
                 ? u"      // The template's merge tags (*|TAG|*). Mandrill inserts these values as they "
                   u"are,\n"
                   u"      // so the ones used in the HTML are HTML-escaped here.\n"_s
                 : u"      // The template's merge tags ({{tag}}); Mandrill escapes {{tag}} itself.\n"_s;
        s += u"      global_merge_vars: [\n"_s + vars.join(u'\n') + u"\n      ],\n"_s;
    }
    s += u"    },\n  }\n"_s;
    return s;
}

MergeValues TemplateGenerator::mergeValuesFor(const TemplateEmail &email, const QJsonObject &identity)
{
    EmailDesign envelopeOnly;
    envelopeOnly.envelope = email.envelope;
    const QString address = DesignGenerator::valuesFor(envelopeOnly, identity).value(u"address"_s);
    auto valueOf = [&](const Placeholder &p, bool escape) {
        QString v;
        if (p.field == u"address") {
            v = address;
        } else if (!p.field.isEmpty()) {
            QJsonValue value = identity;
            for (const QString &key : p.field.split(u'.'))
                value = at(value, key);
            v = textOf(value);
        }
        if (escape)
            v = escapeHtml(v);
        return v.isEmpty() ? (escape ? escapeHtml(p.fallback) : p.fallback) : v;
    };
    const QStringList escaped = escapedTags(email);
    MergeValues values;
    for (const TemplateField &f : email.mergeVars) {
        if (f.mapped())
            values.insert(f.name, valueOf(f.value, escaped.contains(f.name, Qt::CaseInsensitive)));
    }
    return values;
}

QHash<QString, QString> TemplateGenerator::regionValuesFor(const TemplateEmail &email,
                                                           const QJsonObject &identity)
{
    // The same computation as merge vars with every value escaped: reuse it on a copy whose merge vars are
    // the regions, in the Mailchimp language with every tag in the HTML.
    TemplateEmail asVars = email;
    asVars.mergeLanguage = MergeLanguage::Mailchimp;
    asVars.mergeVars.clear();
    asVars.source.publishCode.clear();
    for (const TemplateField &f : email.regions) {
        if (!f.mapped())
            continue;
        asVars.mergeVars << f;
        asVars.source.publishCode += u"*|"_s + f.name + u"|*"_s;
    }
    QHash<QString, QString> out;
    const MergeValues values = mergeValuesFor(asVars, identity);
    for (const TemplateField &f : asVars.mergeVars)
        out.insert(f.name, values.value(f.name));
    return out;
}

TemplatePreview TemplateGenerator::preview(const TemplateEmail &email, const QJsonObject &body)
{
    TemplatePreview out;
    const QJsonObject message = body.value(u"message"_s).toObject();
    const MergeLanguage language = mergeLanguageFromName(message.value(u"merge_language"_s).toString());
    MergeValues values;
    for (const QJsonValue &v : message.value(u"global_merge_vars"_s).toArray())
        values.insert(v.toObject().value(u"name"_s).toString(), textOf(v.toObject().value(u"content"_s)));
    // Per-recipient values win for the first recipient (the one the preview shows).
    const QString firstTo = message.value(u"to"_s).toArray().at(0).toObject().value(u"email"_s).toString();
    for (const QJsonValue &r : message.value(u"merge_vars"_s).toArray()) {
        if (r.toObject().value(u"rcpt"_s).toString() != firstTo)
            continue;
        for (const QJsonValue &v : r.toObject().value(u"vars"_s).toArray())
            values.insert(v.toObject().value(u"name"_s).toString(), textOf(v.toObject().value(u"content"_s)));
    }
    QHash<QString, QString> regions;
    for (const QJsonValue &v : body.value(u"template_content"_s).toArray())
        regions.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"content"_s).toString());
    const MandrillTemplate &t = email.source;
    out.html = renderMerge(t.publishCode, language, values, regions, &out.unsupported);
    out.text = renderMerge(t.publishText, language, values, {}, &out.unsupported);
    const QJsonValue subject = message.value(u"subject"_s);
    out.subject = renderMerge(subject.isString() ? subject.toString() : t.publishSubject, language, values,
                              {}, &out.unsupported);
    const QJsonValue fromName = message.value(u"from_name"_s);
    out.fromName = renderMerge(fromName.isString() ? fromName.toString() : t.publishFromName, language,
                               values, {}, &out.unsupported);
    const QJsonValue fromEmail = message.value(u"from_email"_s);
    out.fromEmail = fromEmail.isString() ? fromEmail.toString() : t.publishFromEmail;
    return out;
}

} // namespace hookmail
