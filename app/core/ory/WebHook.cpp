#include "core/ory/WebHook.h"

#include "core/render/JsonnetText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
const QString kBase64Prefix = QStringLiteral("base64://");
const QByteArray kHeaderStart = QByteArrayLiteral("// Hookmail action ");
const QByteArray kHeaderEnd = QByteArrayLiteral(
    " \xe2\x80\x94 edit in Hookmail; the Mandrill key is added below, outside your template.\n");
const QByteArray kLocalLine = QByteArrayLiteral("local template =\n");
// The user's template sits on its own lines so a trailing `// comment` in it cannot swallow the `;`.
const QByteArray kTailStart =
    QByteArrayLiteral("\n;\nfunction(ctx)\n  (if std.type(template) == 'function' then "
                      "template(ctx=ctx) else template)\n  + { key: ");
const QByteArray kTailEnd = QByteArrayLiteral(" }\n");

QString sanitizedHookId(const QString &hookId)
{
    QString id = hookId;
    // The id lives in a line comment: no line breaks, and no text that looks like our header's end.
    id.replace(u'\n', u' ').replace(u'\r', u' ').replace(QChar(0x2028), u' ').replace(QChar(0x2029), u' ');
    return id.simplified();
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
} // namespace

QString toBase64Body(const QByteArray &jsonnet)
{
    return kBase64Prefix + QString::fromLatin1(jsonnet.toBase64(QByteArray::Base64Encoding));
}

std::optional<QByteArray> fromBase64Body(const QString &body)
{
    QString text = body;
    if (text.startsWith(kBase64Prefix))
        text = text.mid(kBase64Prefix.size());
    // Go's StdEncoding ignores CR and LF anywhere, and nothing else.
    QByteArray data;
    data.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\r' || c == u'\n')
            continue;
        if (c.unicode() > 0x7f)
            return std::nullopt;
        data += char(c.unicode());
    }
    if (data.size() % 4 != 0)
        return std::nullopt; // unpadded (RawStdEncoding) input
    qsizetype padding = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '=') {
            // Padding only in the last quantum, at most two, and nothing after it.
            if (i < data.size() - 2)
                return std::nullopt;
            ++padding;
            continue;
        }
        if (padding > 0 || !isBase64Char(c))
            return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(data, QByteArray::Base64Encoding |
                                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray shippedTemplate(const Action &action, const QString &key)
{
    const QString keyText = key.isEmpty() ? QString::fromUtf16(kMaskedKeyPlaceholder) : key;
    QByteArray out;
    out += kHeaderStart;
    out += sanitizedHookId(action.hookId).toUtf8();
    out += kHeaderEnd;
    out += kLocalLine;
    out += action.templateSource.toUtf8();
    out += kTailStart;
    out += jsonnetSingleQuoted(keyText).toUtf8();
    out += kTailEnd;
    return out;
}

std::optional<UnwrappedTemplate> unwrapShippedTemplate(const QByteArray &shipped)
{
    if (!shipped.startsWith(kHeaderStart))
        return std::nullopt;
    const qsizetype headerEnd = shipped.indexOf(kHeaderEnd, kHeaderStart.size());
    const qsizetype firstNewline = shipped.indexOf('\n');
    if (headerEnd < 0 || headerEnd + kHeaderEnd.size() - 1 != firstNewline)
        return std::nullopt;
    UnwrappedTemplate result;
    result.hookId = QString::fromUtf8(shipped.mid(kHeaderStart.size(), headerEnd - kHeaderStart.size()));
    const qsizetype bodyStart = headerEnd + kHeaderEnd.size();
    if (shipped.mid(bodyStart, kLocalLine.size()) != kLocalLine)
        return std::nullopt;
    const qsizetype templateStart = bodyStart + kLocalLine.size();
    // The tail is the last thing in the file; the user's template may contain anything before it.
    const qsizetype tail = shipped.lastIndexOf(kTailStart);
    if (tail < templateStart || !shipped.endsWith(kTailEnd))
        return std::nullopt;
    const QByteArray keyLiteral =
        shipped.mid(tail + kTailStart.size(), shipped.size() - kTailEnd.size() - tail - kTailStart.size());
    if (keyLiteral.size() < 2 || !keyLiteral.startsWith('\'') || !keyLiteral.endsWith('\'') ||
        keyLiteral.contains('\n'))
        return std::nullopt;
    result.userTemplate = shipped.mid(templateStart, tail - templateStart);
    return result;
}

QJsonObject webHookJson(const Action &action, const WebHookOptions &options)
{
    QJsonObject config;
    if (options.includeId && !action.hookId.isEmpty())
        config.insert(u"id"_s, action.hookId);
    config.insert(u"url"_s, action.url);
    config.insert(u"method"_s, action.method);
    config.insert(u"body"_s, options.bodyOverride.isEmpty()
                                 ? toBase64Body(shippedTemplate(action, options.key))
                                 : options.bodyOverride);
    QJsonObject response;
    // Ory refuses ignore together with parse (FACTS §1); ignoring wins because Mandrill's array answer
    // can never be parsed anyway (FACTS §5).
    response.insert(u"ignore"_s, action.responseIgnore);
    if (action.responseParse && !action.responseIgnore)
        response.insert(u"parse"_s, true);
    config.insert(u"response"_s, response);
    QJsonObject hook;
    hook.insert(u"hook"_s, u"web_hook"_s);
    hook.insert(u"config"_s, config);
    return hook;
}

QJsonObject withKey(QJsonObject body, const QString &key)
{
    body.insert(u"key"_s, key.isEmpty() ? QString::fromUtf16(kMaskedKeyPlaceholder) : key);
    return body;
}

QJsonObject withMaskedKey(QJsonObject body, const QString &key)
{
    body.insert(u"key"_s, key.isEmpty() ? QString::fromUtf16(kMaskedKeyPlaceholder) : maskSecret(key));
    return body;
}

QByteArray goJsonnetString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

namespace {
// Index just past the JSON string starting at `i` (a '"'), or -1.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return -1;
}

// Index of the ',' or closing bracket that ends the value starting at `i` (depth counted, strings skipped).
qsizetype valueEnd(const QByteArray &s, qsizetype i)
{
    int depth = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '"') {
            i = skipString(s, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            --depth;
        } else if (c == ',' && depth == 0)
            return i;
        ++i;
    }
    return -1;
}
} // namespace

QByteArray withKeyAsOrySends(const QByteArray &engineOutput, const QString &keyText)
{
    const QByteArray key = goJsonnetString(keyText);
    const QByteArray &s = engineOutput;
    if (!s.startsWith('{'))
        return {};
    if (s.startsWith("{ }"))
        return "{\n   \"key\": " + key + "\n}" + s.mid(3);
    struct Member
    {
        QByteArray name;
        qsizetype lineStart = 0, valueStart = 0, valueEnd = 0;
    };
    QList<Member> members;
    qsizetype i = 1;
    for (;;) {
        Member m;
        m.lineStart = s.indexOf('\n', i) + 1; // each field starts on its own line
        if (m.lineStart <= 0)
            return {};
        qsizetype q = m.lineStart;
        while (q < s.size() && s[q] == ' ')
            ++q;
        if (q >= s.size() || s[q] != '"')
            return {};
        const qsizetype nameEnd = skipString(s, q);
        if (nameEnd < 0 || !s.mid(nameEnd).startsWith(": "))
            return {};
        const QJsonDocument name = QJsonDocument::fromJson("[" + s.mid(q, nameEnd - q) + "]");
        m.name = name.array().at(0).toString().toUtf8();
        m.valueStart = nameEnd + 2;
        const qsizetype end = valueEnd(s, m.valueStart);
        if (end < 0)
            return {};
        m.valueEnd = end;
        while (m.valueEnd > m.valueStart && (s[m.valueEnd - 1] == '\n' || s[m.valueEnd - 1] == ' '))
            --m.valueEnd; // the last field's value ends before the line break that precedes '}'
        members.append(m);
        if (s[end] == '}')
            break;
        i = end + 1;
    }
    // Go compares field names byte by byte (UTF-8), as QByteArray does.
    for (const Member &m : members) {
        if (m.name == "key")
            return s.left(m.valueStart) + key + s.mid(m.valueEnd);
        if (m.name > "key")
            return s.left(m.lineStart) + "   \"key\": " + key + ",\n" + s.mid(m.lineStart);
    }
    const Member &last = members.constLast();
    return s.left(last.valueEnd) + ",\n   \"key\": " + key + s.mid(last.valueEnd);
}

} // namespace hookmail
