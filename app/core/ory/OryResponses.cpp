#include "core/ory/OryResponses.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OryResponses)
};

Error malformed(const QString &what, const QString &detail)
{
    return Error{Tr::tr("The Ory Console answered with something Hookmail does not understand (%1). "
                        "Check that the API address in the settings points to the Ory Console API.")
                     .arg(what),
                 detail, errorCodeName(ErrorCode::UnexpectedResponse)};
}

Result<QJsonDocument> parseDocument(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Say which kind of "not JSON" it is: each points at a different cause.
        const QByteArray trimmed = body.trimmed();
        const bool cutOff =
            error.offset >= trimmed.size() && (error.error == QJsonParseError::UnterminatedObject ||
                                               error.error == QJsonParseError::UnterminatedArray ||
                                               error.error == QJsonParseError::UnterminatedString ||
                                               error.error == QJsonParseError::IllegalValue);
        const QString what = trimmed.isEmpty()         ? Tr::tr("an empty answer")
                             : trimmed.startsWith('<') ? Tr::tr("a web page instead of JSON")
                             : (cutOff && trimmed.startsWith('{')) || (cutOff && trimmed.startsWith('['))
                                 ? Tr::tr("JSON cut off before its end")
                                 : Tr::tr("not JSON");
        return malformed(what, error.errorString() + u" at offset " + QString::number(error.offset));
    }
    return doc;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto doc = parseDocument(body);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return malformed(Tr::tr("expected a JSON object"), QString::fromUtf8(body.left(200)));
    return doc->object();
}

// Reads a required string field; nullopt when it is missing or not a string.
std::optional<QString> requiredString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

QString optionalString(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

Result<OryWorkspace> parseWorkspace(const QJsonValue &value)
{
    if (!value.isObject())
        return malformed(Tr::tr("a workspace is not an object"), {});
    const QJsonObject o = value.toObject();
    const auto id = requiredString(o, QStringLiteral("id"));
    if (!id || id->isEmpty())
        return malformed(Tr::tr("a workspace has no id"),
                         QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return OryWorkspace{*id, optionalString(o, QStringLiteral("name"))};
}

Result<OryProjectSummary> parseSummary(const QJsonValue &value)
{
    if (!value.isObject())
        return malformed(Tr::tr("a project entry is not an object"), {});
    const QJsonObject o = value.toObject();
    const auto id = requiredString(o, QStringLiteral("id"));
    if (!id || id->isEmpty())
        return malformed(Tr::tr("a project entry has no id"), {});
    OryProjectSummary s;
    s.id = *id;
    s.name = optionalString(o, QStringLiteral("name"));
    s.slug = optionalString(o, QStringLiteral("slug"));
    s.state = optionalString(o, QStringLiteral("state"));
    s.environment = optionalString(o, QStringLiteral("environment"));
    s.workspaceId = optionalString(o, QStringLiteral("workspace_id"));
    if (s.workspaceId.isEmpty() && o.value(QStringLiteral("workspace")).isObject())
        s.workspaceId = optionalString(o.value(QStringLiteral("workspace")).toObject(), QStringLiteral("id"));
    return s;
}

Result<QList<OryProjectSummary>> parseSummaries(const QJsonArray &array)
{
    QList<OryProjectSummary> out;
    for (const QJsonValue &v : array) {
        auto s = parseSummary(v);
        if (!s)
            return s.error();
        out.append(s.value());
    }
    return out;
}

} // namespace

Result<OryPage<OryWorkspace>> parseWorkspaceList(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue list = o->value(QStringLiteral("workspaces"));
    if (!list.isArray())
        return malformed(Tr::tr("no “workspaces” list"), QString::fromUtf8(body.left(200)));
    OryPage<OryWorkspace> page;
    for (const QJsonValue &v : list.toArray()) {
        auto w = parseWorkspace(v);
        if (!w)
            return w.error();
        page.items.append(w.value());
    }
    page.nextPageToken = optionalString(o.value(), QStringLiteral("next_page_token"));
    page.hasNextPage = o->value(QStringLiteral("has_next_page")).toBool(false);
    return page;
}

Result<QList<OryProjectSummary>> parseProjectList(const QByteArray &body)
{
    auto doc = parseDocument(body);
    if (!doc)
        return doc.error();
    if (doc->isArray())
        return parseSummaries(doc->array());
    // Tolerate the paged shape too, in case /projects moves to it like the workspace listing.
    if (doc->isObject() && doc->object().value(QStringLiteral("projects")).isArray())
        return parseSummaries(doc->object().value(QStringLiteral("projects")).toArray());
    return malformed(Tr::tr("expected a list of projects"), QString::fromUtf8(body.left(200)));
}

Result<OryPage<OryProjectSummary>> parseWorkspaceProjectList(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue list = o->value(QStringLiteral("projects"));
    if (!list.isArray())
        return malformed(Tr::tr("no “projects” list"), QString::fromUtf8(body.left(200)));
    auto items = parseSummaries(list.toArray());
    if (!items)
        return items.error();
    OryPage<OryProjectSummary> page;
    page.items = items.value();
    page.nextPageToken = optionalString(o.value(), QStringLiteral("next_page"));
    page.hasNextPage = o->value(QStringLiteral("has_next_page")).toBool(false);
    return page;
}

Result<OryProject> parseProjectObject(const QJsonObject &o)
{
    OryProject p;
    const auto id = requiredString(o, QStringLiteral("id"));
    if (!id || id->isEmpty())
        return malformed(Tr::tr("the project has no id"), {});
    const auto revision = requiredString(o, QStringLiteral("revision_id"));
    if (!revision || revision->isEmpty())
        return malformed(Tr::tr("the project has no revision_id"), {});
    p.id = *id;
    p.revisionId = *revision;
    p.name = optionalString(o, QStringLiteral("name"));
    p.slug = optionalString(o, QStringLiteral("slug"));
    p.state = optionalString(o, QStringLiteral("state"));
    p.workspaceId = optionalString(o, QStringLiteral("workspace_id"));
    const QJsonValue services = o.value(QStringLiteral("services"));
    if (!services.isObject())
        return malformed(Tr::tr("the project has no “services”"), {});
    const QJsonValue identity = services.toObject().value(QStringLiteral("identity"));
    if (identity.isUndefined() || identity.isNull()) {
        // A project without the identity service has an empty Kratos configuration.
        return p;
    }
    if (!identity.isObject())
        return malformed(Tr::tr("“services.identity” is not an object"), {});
    const QJsonValue config = identity.toObject().value(QStringLiteral("config"));
    if (!config.isObject())
        return malformed(Tr::tr("“services.identity.config” is not an object"), {});
    p.identityConfig = config.toObject();
    return p;
}

Result<OryProject> parseProject(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    return parseProjectObject(o.value());
}

Result<OryProjectUpdate> parseProjectUpdate(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue project = o->value(QStringLiteral("project"));
    if (!project.isObject())
        return malformed(Tr::tr("the update answer has no “project”"), {});
    auto p = parseProjectObject(project.toObject());
    if (!p)
        return p.error();
    OryProjectUpdate update;
    update.project = p.value();
    for (const QJsonValue &w : o->value(QStringLiteral("warnings")).toArray()) {
        const QJsonObject wo = w.toObject();
        update.warnings.append(OryWarning{wo.value(QStringLiteral("code")).toInteger(),
                                          wo.value(QStringLiteral("message")).toString()});
    }
    return update;
}

std::optional<OryApiError> parseOryError(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    QJsonObject o = doc.object();
    // errorGeneric nests the content under "error"; a bare genericError is accepted too.
    if (o.value(QStringLiteral("error")).isObject())
        o = o.value(QStringLiteral("error")).toObject();
    OryApiError e;
    e.message = optionalString(o, QStringLiteral("message"));
    e.reason = optionalString(o, QStringLiteral("reason"));
    if (e.reason.isEmpty())
        e.reason = optionalString(o, QStringLiteral("error_description"));
    if (e.message.isEmpty())
        e.message = optionalString(o, QStringLiteral("error"));
    e.id = optionalString(o, QStringLiteral("id"));
    e.requestId = optionalString(o, QStringLiteral("request"));
    if (e.message.isEmpty() && e.reason.isEmpty())
        return std::nullopt;
    return e;
}

Error explainOryHttpError(int status, const QByteArray &body, const QString &contentType,
                          const QString &action)
{
    const auto apiError = parseOryError(body);
    QString detail = QStringLiteral("HTTP %1").arg(status);
    if (apiError) {
        if (!apiError->message.isEmpty())
            detail += u": " + apiError->message;
        if (!apiError->reason.isEmpty())
            detail += u" — " + apiError->reason;
        if (!apiError->requestId.isEmpty())
            detail += u" (request " + apiError->requestId + u')';
    } else if (!body.isEmpty()) {
        detail += u": " + QString::fromUtf8(body.left(300)).simplified();
    }

    if (!apiError && !body.trimmed().isEmpty() && !contentType.contains(u"json")) {
        const bool html = contentType.contains(u"html") || body.trimmed().startsWith('<');
        return Error{
            (html
                 ? Tr::tr("Could not %1: the server answered with a web page instead of the Ory Console API "
                          "(HTTP %2). Check the API address in the settings (for example "
                          "https://api.console.ory.com) and any proxy in between.")
                 : Tr::tr("Could not %1: the server's answer is not JSON (HTTP %2). Check the API address in "
                          "the settings."))
                .arg(action)
                .arg(status),
            detail, errorCodeName(ErrorCode::NotJson)};
    }
    switch (status) {
    case 400:
        return Error{
            Tr::tr("Ory refused to %1 because the request or the resulting configuration is invalid. "
                   "Nothing was changed. Details: %2")
                .arg(action, apiError ? (apiError->reason.isEmpty() ? apiError->message : apiError->reason)
                                      : Tr::tr("none given")),
            detail, errorCodeName(ErrorCode::BadRequest)};
    case 401:
        return Error{
            Tr::tr(
                "Ory did not accept the workspace API key, so Hookmail could not %1. Create a workspace API "
                "key (it starts with ory_wak_) in the Ory Console under Workspace settings → API keys, "
                "and enter it again.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Unauthorized)};
    case 403:
        return Error{
            Tr::tr(
                "The workspace API key has no access here, so Hookmail could not %1. Check that the project "
                "belongs to the key's workspace and that the key is a workspace key (ory_wak_…), not a "
                "project key.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Forbidden)};
    case 404:
        return Error{
            Tr::tr("Ory could not find it (HTTP 404), so Hookmail could not %1. Check the project id (Ory "
                   "Console → Project settings) and that it belongs to the key's workspace.")
                .arg(action),
            detail, errorCodeName(ErrorCode::NotFound)};
    case 409:
        return Error{
            Tr::tr("The project changed since Hookmail read it (someone edited it in the Ory Console or "
                   "another push ran), so Hookmail did not %1 and nothing was overwritten. Re-read the "
                   "project, review the new difference and decide again.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Conflict)};
    default:
        break;
    }
    if (status == 402)
        return Error{
            Tr::tr("Ory refused to %1 because the workspace's plan does not include it or payment is due "
                   "(HTTP 402 Payment Required). Check the workspace's billing in the Ory Console.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Http402)};
    if (status == 422)
        return Error{
            Tr::tr("Ory could not %1: it understood the request but could not apply it (HTTP 422 "
                   "Unprocessable Content). Review the change; the configuration it produces may be invalid.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Http422)};
    if (status == 429)
        return Error{
            Tr::tr("Ory is limiting requests (HTTP 429 Too Many Requests), so Hookmail could not %1. Wait a "
                   "minute and try again.")
                .arg(action),
            detail, errorCodeName(ErrorCode::Http429)};
    if (status == 502 || status == 503)
        return Error{(status == 502
                          ? Tr::tr("A gateway in front of the Ory Console got no valid answer (HTTP 502 Bad "
                                   "Gateway), so Hookmail could not %1. Nothing was changed by Hookmail; try "
                                   "again in a few minutes.")
                          : Tr::tr("The Ory Console is temporarily unavailable (HTTP 503 Service "
                                   "Unavailable), so Hookmail could not %1. Nothing was changed by Hookmail; "
                                   "try again later and check https://status.ory.sh."))
                         .arg(action),
                     detail, errorCodeName(ErrorCode::ServerError)};
    if (status >= 500)
        return Error{
            Tr::tr("The Ory Console had a problem on its side (HTTP %1), so Hookmail could not %2. Nothing "
                   "was changed by Hookmail; try again in a few minutes and check https://status.ory.sh.")
                .arg(status)
                .arg(action),
            detail, errorCodeName(ErrorCode::ServerError)};
    return Error{Tr::tr("Could not %1: the Ory Console answered HTTP %2.").arg(action).arg(status), detail,
                 QStringLiteral("http-%1").arg(status)};
}

QString oryKeyWarning(const QString &key)
{
    const QString k = key.trimmed();
    if (k.isEmpty())
        return Tr::tr(
            "No Ory workspace API key is set. Create one (it starts with ory_wak_) in the Ory Console under "
            "Workspace settings → API keys.");
    if (k.startsWith(u"ory_wak_"))
        return {};
    if (k.startsWith(u"ory_pat_") || k.startsWith(u"ory_apikey_"))
        return Tr::tr(
            "This looks like a project API key (ory_pat_/ory_apikey_). Project keys cannot read or change "
            "project configuration; use a workspace API key (ory_wak_…).");
    return Tr::tr(
        "This does not look like an Ory workspace API key (those start with ory_wak_). Ory will probably "
        "refuse it.");
}

} // namespace hookmail
