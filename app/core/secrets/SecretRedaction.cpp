#include "core/secrets/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace hookmail {

namespace {

const QString kBase64Scheme = QStringLiteral("base64://");

QStringList forms(const QString &secret)
{
    QStringList out{secret};
    const QString url = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (url != secret)
        out.append(url);
    const QString base64 = QString::fromLatin1(secret.toUtf8().toBase64());
    if (base64 != secret)
        out.append(base64);
    QString json = secret;
    json.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    if (json != secret)
        out.append(json);
    return out;
}

std::optional<QByteArray> decodeBase64Body(const QString &s)
{
    if (!s.startsWith(kBase64Scheme))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(s.mid(kBase64Scheme.size()).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    // Short secrets would be mostly revealed by their last four characters.
    if (secret.size() < 12)
        return secretMask();
    return secretMask() + secret.right(4);
}

QString redactText(QString text, const QStringList &secrets, const QString &replacement)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 4) // too short to be a key; replacing it would mangle unrelated text
            continue;
        for (const QString &form : forms(secret))
            text.replace(form, replacement);
    }
    return text;
}

QByteArray redactBytes(QByteArray text, const QStringList &secrets, const QByteArray &replacement)
{
    return redactText(QString::fromUtf8(text), secrets, QString::fromUtf8(replacement)).toUtf8();
}

QStringList keysInJsonnet(const QByteArray &jsonnet)
{
    // key: "…", "key": '…', key = "…" with a value that looks like a key (no spaces, not an expression).
    static const QRegularExpression re(
        QStringLiteral(R"((?:\bkey|"key"|'key')\s*[:=]\s*(["'])([A-Za-z0-9_\-]{8,})\1)"));
    QStringList out;
    auto it = re.globalMatch(QString::fromUtf8(jsonnet));
    while (it.hasNext()) {
        const QString value = it.next().captured(2);
        if (!out.contains(value))
            out.append(value);
    }
    return out;
}

QJsonValue redactJson(const QJsonValue &value, const QStringList &secrets, const QString &replacement,
                      bool redactHookCredentials, bool *changed)
{
    bool dummy = false;
    bool &any = changed ? *changed : dummy;
    if (value.isString()) {
        const QString s = value.toString();
        if (const auto decoded = decodeBase64Body(s)) {
            QStringList all = secrets;
            if (redactHookCredentials)
                all += keysInJsonnet(*decoded);
            const QByteArray redacted = redactBytes(*decoded, all, replacement.toUtf8());
            if (redacted != *decoded) {
                any = true;
                return QString(kBase64Scheme + QString::fromLatin1(redacted.toBase64()));
            }
            return s;
        }
        const QString r = redactText(s, secrets, replacement);
        if (r != s)
            any = true;
        return r;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactJson(v, secrets, replacement, redactHookCredentials, &any));
        return out;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redactJson(it.value(), secrets, replacement, redactHookCredentials, &any);
        if (redactHookCredentials && o.value(QStringLiteral("hook")).toString() == u"web_hook") {
            QJsonObject config = o.value(QStringLiteral("config")).toObject();
            QJsonObject auth = config.value(QStringLiteral("auth")).toObject();
            QJsonObject authConfig = auth.value(QStringLiteral("config")).toObject();
            bool authChanged = false;
            for (const char *field : {"value", "password"}) {
                const QString k = QString::fromLatin1(field);
                if (authConfig.contains(k) && authConfig.value(k) != replacement) {
                    authConfig.insert(k, replacement);
                    authChanged = true;
                }
            }
            if (authChanged) {
                any = true;
                auth.insert(QStringLiteral("config"), authConfig);
                config.insert(QStringLiteral("auth"), auth);
                o.insert(QStringLiteral("config"), config);
            }
        }
        return o;
    }
    return value;
}

bool containsSecret(const QByteArray &haystack, const QString &secret)
{
    if (secret.isEmpty())
        return false;
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> needles{raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding),
                              QUrl::toPercentEncoding(secret)};
    for (const QByteArray &n : needles) {
        if (haystack.contains(n))
            return true;
    }
    // Any base64:// body (possibly JSON-escaped with \/): decode and look inside.
    static const QRegularExpression body(QStringLiteral(R"(base64:(?:\\?/){2}([A-Za-z0-9+/=\\]+))"));
    auto it = body.globalMatch(QString::fromLatin1(haystack));
    while (it.hasNext()) {
        QString encoded = it.next().captured(1);
        encoded.remove(u'\\');
        const auto decoded =
            QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && containsSecret(*decoded, secret))
            return true;
    }
    return false;
}

} // namespace hookmail
