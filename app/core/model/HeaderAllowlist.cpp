#include "core/model/HeaderAllowlist.h"

#include "eval/EngineHost.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HeaderAllowlist)
};

constexpr qint64 kMaxConfigBytes = 1024 * 1024;

std::optional<QJsonValue> lookUp(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path) {
        if (!value.isObject() || !value.toObject().contains(key))
            return std::nullopt;
        value = value.toObject().value(key);
    }
    return value;
}
} // namespace

Result<std::optional<QStringList>> headerAllowlistOfConfig(const QJsonObject &kratosConfig)
{
    const std::optional<QJsonValue> value =
        lookUp(kratosConfig, {u"clients"_s, u"web_hook"_s, u"header_allowlist"_s});
    // Kratos reads an absent or null key as "not set": its default list applies.
    if (!value || value->isNull())
        return std::optional<QStringList>{};
    const QString where = u"clients.web_hook.header_allowlist"_s;
    if (!value->isArray())
        return Error::of(ErrorCode::JsonType,
                         Tr::tr("The configuration's %1 is not a list of header names, so Ory would refuse "
                                "it. Fix it in the configuration, then read it again.")
                             .arg(where));
    QStringList headers;
    for (const QJsonValue &entry : value->toArray()) {
        if (!entry.isString())
            return Error::of(
                ErrorCode::JsonType,
                Tr::tr("The configuration's %1 holds something other than header names (%2). "
                       "Fix it in the configuration, then read it again.")
                    .arg(where,
                         QString::fromUtf8(QJsonDocument(QJsonArray{entry}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1)));
        headers.append(entry.toString());
    }
    return std::optional<QStringList>{headers};
}

Result<std::optional<QStringList>> headerAllowlistFromKratosFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::of(ErrorCode::Io, Tr::tr("Cannot read the Kratos configuration %1: %2.")
                                            .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > kMaxConfigBytes)
        return Error::of(ErrorCode::TooLarge,
                         Tr::tr("%1 is %2 KiB; a Kratos configuration is far smaller. Choose the kratos.yml "
                                "your Kratos starts with.")
                             .arg(QFileInfo(path).fileName())
                             .arg(file.size() / 1024));
    const QByteArray bytes = file.read(kMaxConfigBytes + 1);
    // Kratos reads YAML and JSON configurations alike; JSON is YAML too, but a JSON error message is clearer.
    QJsonObject config;
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jsonError);
    if (jsonError.error == QJsonParseError::NoError && doc.isObject()) {
        config = doc.object();
    } else {
        QByteArray yamlError;
        const std::optional<QByteArray> json = yamlToJson(bytes, &yamlError);
        if (!json)
            return Error::of(ErrorCode::JsonSyntax,
                             Tr::tr("%1 is not a readable YAML or JSON configuration. Check that it is the "
                                    "kratos.yml your Kratos starts with.")
                                 .arg(QFileInfo(path).fileName()),
                             QString::fromUtf8(yamlError));
        const QJsonDocument parsed = QJsonDocument::fromJson(*json);
        if (!parsed.isObject())
            return Error::of(ErrorCode::JsonType,
                             Tr::tr("%1 does not hold a Kratos configuration (its top level is not a set of "
                                    "keys, or it holds several documents).")
                                 .arg(QFileInfo(path).fileName()));
        config = parsed.object();
    }
    Result<std::optional<QStringList>> list = headerAllowlistOfConfig(config);
    if (!list) {
        Error e = list.error();
        e.message = QFileInfo(path).fileName() + u": "_s + e.message;
        return e;
    }
    return list;
}

QStringList secretCarryingHeaders(const QStringList &allowlist)
{
    static const QStringList secrets{u"cookie"_s,
                                     u"authorization"_s,
                                     u"x-session-token"_s,
                                     u"ory-session-token"_s,
                                     u"proxy-authorization"_s,
                                     u"x-csrf-token"_s};
    QStringList out;
    for (const QString &h : allowlist) {
        if (secrets.contains(h.trimmed().toLower()))
            out.append(h);
    }
    return out;
}

QJsonObject headerAllowlistToJson(const RequestHeaderAllowlist &allowlist)
{
    return {{u"headers"_s, QJsonArray::fromStringList(allowlist.headers)}, {u"source"_s, allowlist.source}};
}

Result<RequestHeaderAllowlist> headerAllowlistFromJson(const QJsonValue &json)
{
    const QString field = u"requestHeaderAllowlist"_s;
    if (!json.isObject())
        return Error::of(ErrorCode::JsonType,
                         Tr::tr("The project's \"%1\" field should be an object.").arg(field));
    const QJsonObject o = json.toObject();
    RequestHeaderAllowlist out;
    const QJsonValue headers = o.value(u"headers"_s);
    if (!headers.isArray())
        return Error::of(
            ErrorCode::JsonType,
            Tr::tr("The project's \"%1.headers\" field should be a list of header names.").arg(field));
    for (const QJsonValue &h : headers.toArray()) {
        if (!h.isString())
            return Error::of(
                ErrorCode::JsonType,
                Tr::tr("The project's \"%1.headers\" field should be a list of header names.").arg(field));
        out.headers.append(h.toString());
    }
    const QJsonValue source = o.value(u"source"_s);
    if (!source.isUndefined() && !source.isString())
        return Error::of(ErrorCode::JsonType,
                         Tr::tr("The project's \"%1.source\" field should be a text.").arg(field));
    out.source = source.toString();
    return out;
}

} // namespace hookmail
