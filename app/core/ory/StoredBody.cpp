#include "core/ory/StoredBody.h"

#include "core/common/Settings.h"
#include "core/ory/WebHook.h"

#include <QCryptographicHash>

namespace hookmail {

namespace {

constexpr qsizetype kSha512HexLength = 128;

bool isLowerHex(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> storedBodyDigest(const QString &body)
{
    if (!body.startsWith(u"https://") && !body.startsWith(u"http://"))
        return std::nullopt;
    const QUrl url(body, QUrl::StrictMode);
    // The same transport rule as every other call Hookmail makes: https, plain http only to loopback.
    if (!url.isValid() ||
        !checkApiBaseUrl(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()).isEmpty())
        return std::nullopt;
    const QString path = url.path();
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.indexOf(u'.');
    const QString stem = dot < 0 ? name : name.left(dot);
    if (stem.size() != kSha512HexLength || !isLowerHex(stem))
        return std::nullopt;
    return stem.toLatin1();
}

bool isStoredBody(const QString &body)
{
    return storedBodyDigest(body).has_value();
}

QByteArray sha512Hex(const QByteArray &content)
{
    return QCryptographicHash::hash(content, QCryptographicHash::Sha512).toHex();
}

bool storedBodyHolds(const QString &storedBody, const QByteArray &content)
{
    const auto digest = storedBodyDigest(storedBody);
    return digest && *digest == sha512Hex(content);
}

bool isStoredCopyOf(const QString &storedBody, const QString &base64Body)
{
    if (!base64Body.startsWith(u"base64://"))
        return false;
    const auto decoded = fromBase64Body(base64Body);
    return decoded && storedBodyHolds(storedBody, *decoded);
}

QString shortStoredBodyUrl(const QString &body)
{
    const auto digest = storedBodyDigest(body);
    if (!digest)
        return body;
    const QUrl url(body);
    const QString name = url.path().mid(url.path().lastIndexOf(u'/') + 1);
    return url.scheme() + u"://" + url.authority() + u"/…/" + QString::fromLatin1(digest->left(12)) + u'…' +
           name.mid(kSha512HexLength);
}

} // namespace hookmail
