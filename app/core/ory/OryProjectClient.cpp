#include "core/ory/OryProjectClient.h"

#include "core/common/Settings.h"
#include "core/common/WaitForResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrl>

namespace hookmail {

namespace {

constexpr int kMaxPages = 50; // safety net against a server that always says "there is more"

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

OryProjectClient::OryProjectClient(QObject *parent) : ApiClient(Settings::defaultOryBaseUrl(), parent) {}

Error OryProjectClient::badBaseUrlError(const QString &problem, const QString &action) const
{
    return Error::of(ErrorCode::BadBaseUrl,
                     tr("Could not %1: %2 Change the Ory API address in the settings.").arg(action, problem),
                     baseUrl());
}

Error OryProjectClient::cancelledError(const QString &action) const
{
    return Error::of(ErrorCode::Cancelled, tr("Cancelled: Hookmail did not %1.").arg(action));
}

Error OryProjectClient::transportError(const TransportFailure &f) const
{
    const QString &action = f.label;
    const QString &host = f.host;
    switch (f.code) {
    case ErrorCode::ConnectionClosed:
        return Error::of(f.code,
                         tr("Could not %1: the connection to %2 closed before the whole answer arrived. Try "
                            "again; if you were pushing, read the project again first to see whether the "
                            "change was applied.")
                             .arg(action, host),
                         f.detail);
    case ErrorCode::Timeout:
        return Error::of(f.code,
                         tr("Could not %1: the Ory Console at %2 did not answer in time. Check your internet "
                            "connection and try again.")
                             .arg(action, host),
                         f.detail);
    case ErrorCode::ConnectionRefused:
        return Error::of(
            f.code,
            tr("Could not %1: the connection to %2 was refused. Check the Ory API address in the "
               "settings.")
                .arg(action, host),
            f.detail);
    case ErrorCode::HostNotFound:
        return Error::of(f.code,
                         tr("Could not %1: the address %2 was not found. Check your internet connection and "
                            "the Ory API address in the settings.")
                             .arg(action, host),
                         f.detail);
    case ErrorCode::Tls:
        return Error::of(f.code,
                         tr("Could not %1: the secure connection to %2 could not be verified (%3). Hookmail "
                            "does not send the key over a connection it cannot trust; check the address, the "
                            "system clock and any proxy that intercepts HTTPS.")
                             .arg(action, host, f.tlsReasons.isEmpty() ? f.errorString : f.tlsReasons),
                         f.detail);
    default:
        return Error::of(ErrorCode::Network,
                         tr("Could not %1: the network request to %2 failed (%3). Check your internet "
                            "connection.")
                             .arg(action, host, f.errorString),
                         f.detail);
    }
}

template <typename T>
OryProjectClient::Ticket OryProjectClient::call(const QString &key, Request request,
                                                Result<T> (*parse)(const QByteArray &), Callback<T> done,
                                                QObject *context, Ticket outer)
{
    const QString k = key.trimmed();
    std::optional<Error> refusal;
    if (k.isEmpty())
        refusal = Error::of(ErrorCode::NoKey,
                            tr("Could not %1: no Ory workspace API key is set. Create one (it starts with "
                               "ory_wak_) in the Ory Console under Workspace settings → API keys.")
                                .arg(request.label));
    else
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + k.toUtf8()});
    const QString action = request.label;
    return start(
        request,
        [parse, action, done = std::move(done)](Result<Response> r) {
            if (!r)
                return done(r.error());
            if (r->status < 200 || r->status > 299)
                return done(explainOryHttpError(r->status, r->body, r->contentType, action));
            done(parse(r->body));
        },
        context, std::move(refusal), outer);
}

OryProjectClient::Ticket
OryProjectClient::listWorkspaces(const QString &key, Callback<QList<OryWorkspace>> done, QObject *context)
{
    const Ticket outer = newTicket();
    fetchWorkspacePage(key, {}, {}, 0, std::move(done), context, outer);
    return outer;
}

void OryProjectClient::fetchWorkspacePage(const QString &key, const QString &token, QList<OryWorkspace> soFar,
                                          int pages, Callback<QList<OryWorkspace>> done, QObject *context,
                                          Ticket outer)
{
    Request request;
    request.path = QStringLiteral("/workspaces");
    if (!token.isEmpty())
        request.query.append({QStringLiteral("page_token"), token});
    request.label = tr("list the workspaces");
    call<OryPage<OryWorkspace>>(
        key, request, &parseWorkspaceList,
        [this, key, soFar, pages, token, done, context, outer](Result<OryPage<OryWorkspace>> page) mutable {
            if (!page)
                return done(page.error());
            soFar.append(page->items);
            if (page->hasNextPage && !page->nextPageToken.isEmpty() && page->nextPageToken != token &&
                pages + 1 < kMaxPages)
                return fetchWorkspacePage(key, page->nextPageToken, soFar, pages + 1, done, context, outer);
            done(soFar);
        },
        context, outer);
}

OryProjectClient::Ticket
OryProjectClient::listProjects(const QString &key, Callback<QList<OryProjectSummary>> done, QObject *context)
{
    Request request;
    request.path = QStringLiteral("/projects");
    request.label = tr("list the projects");
    return call<QList<OryProjectSummary>>(key, request, &parseProjectList, std::move(done), context);
}

OryProjectClient::Ticket OryProjectClient::listWorkspaceProjects(const QString &key,
                                                                 const QString &workspaceId,
                                                                 Callback<QList<OryProjectSummary>> done,
                                                                 QObject *context)
{
    const Ticket outer = newTicket();
    fetchWorkspaceProjectPage(key, workspaceId, {}, {}, 0, std::move(done), context, outer);
    return outer;
}

void OryProjectClient::fetchWorkspaceProjectPage(const QString &key, const QString &workspaceId,
                                                 const QString &token, QList<OryProjectSummary> soFar,
                                                 int pages, Callback<QList<OryProjectSummary>> done,
                                                 QObject *context, Ticket outer)
{
    // The spec documents no paging parameters for this call; the token is passed as page_token like
    // /workspaces.
    Request request;
    request.path = u"/workspaces/" + segment(workspaceId) + u"/projects";
    if (!token.isEmpty())
        request.query.append({QStringLiteral("page_token"), token});
    request.label = tr("list the projects of the workspace");
    call<OryPage<OryProjectSummary>>(
        key, request, &parseWorkspaceProjectList,
        [this, key, workspaceId, token, soFar, pages, done, context,
         outer](Result<OryPage<OryProjectSummary>> page) mutable {
            if (!page)
                return done(page.error());
            soFar.append(page->items);
            if (page->hasNextPage && !page->nextPageToken.isEmpty() && page->nextPageToken != token &&
                pages + 1 < kMaxPages)
                return fetchWorkspaceProjectPage(key, workspaceId, page->nextPageToken, soFar, pages + 1,
                                                 done, context, outer);
            done(soFar);
        },
        context, outer);
}

OryProjectClient::Ticket OryProjectClient::getProject(const QString &key, const QString &projectId,
                                                      Callback<OryProject> done, QObject *context)
{
    if (projectId.trimmed().isEmpty())
        return failLater(
            Error::of(ErrorCode::NoProject,
                      tr("No Ory project id given. Pick a project or paste its id from the Ory "
                         "Console.")),
            [done](Result<Response> r) { done(r.error()); }, context);
    Request request;
    request.path = u"/projects/" + segment(projectId.trimmed());
    request.label = tr("read the project");
    return call<OryProject>(key, request, &parseProject, std::move(done), context);
}

OryProjectClient::Ticket
OryProjectClient::patchProjectWithRevision(const QString &key, const QString &projectId,
                                           const QString &revisionId, const QJsonArray &patch,
                                           Callback<OryProjectUpdate> done, QObject *context)
{
    if (projectId.trimmed().isEmpty() || revisionId.trimmed().isEmpty())
        return failLater(
            Error::of(ErrorCode::NoRevision,
                      tr("Internal error: a change needs the project id and the revision it was "
                         "computed from.")),
            [done](Result<Response> r) { done(r.error()); }, context);
    Request request;
    request.verb = "PATCH";
    request.path =
        u"/projects/" + segment(projectId.trimmed()) + u"/revision/" + segment(revisionId.trimmed());
    request.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    request.label = tr("change the project");
    return call<OryProjectUpdate>(key, request, &parseProjectUpdate, std::move(done), context);
}

Result<QList<OryWorkspace>> OryProjectClient::listWorkspacesAndWait(const QString &key)
{
    return waitForResult<QList<OryWorkspace>>([this, key](auto cb) { listWorkspaces(key, cb); });
}

Result<QList<OryProjectSummary>> OryProjectClient::listProjectsAndWait(const QString &key)
{
    return waitForResult<QList<OryProjectSummary>>([this, key](auto cb) { listProjects(key, cb); });
}

Result<QList<OryProjectSummary>> OryProjectClient::listWorkspaceProjectsAndWait(const QString &key,
                                                                                const QString &workspaceId)
{
    return waitForResult<QList<OryProjectSummary>>(
        [this, key, workspaceId](auto cb) { listWorkspaceProjects(key, workspaceId, cb); });
}

Result<OryProject> OryProjectClient::getProjectAndWait(const QString &key, const QString &projectId)
{
    return waitForResult<OryProject>([this, key, projectId](auto cb) { getProject(key, projectId, cb); });
}

Result<OryProjectUpdate> OryProjectClient::patchProjectWithRevisionAndWait(const QString &key,
                                                                           const QString &projectId,
                                                                           const QString &revisionId,
                                                                           const QJsonArray &patch)
{
    return waitForResult<OryProjectUpdate>([this, key, projectId, revisionId, patch](auto cb) {
        patchProjectWithRevision(key, projectId, revisionId, patch, cb);
    });
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp, so linking it never drags in the
// meta-objects of unrelated headers.
#include "moc_OryProjectClient.cpp"
