#include "core/ory/OryProjectClient.h"

#include "core/common/Settings.h"
#include "core/common/WaitForResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace hookmail {

namespace {

constexpr int kMaxPages = 50; // safety net against a server that always says "there is more"
constexpr char kCancelledProperty[] = "hookmailCancelled";
constexpr char kSslErrorsProperty[] = "hookmailSslErrors";

QString segment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

OryProjectClient::OryProjectClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_baseUrl(Settings::defaultOryBaseUrl())
{}

OryProjectClient::~OryProjectClient()
{
    cancelAll();
}

void OryProjectClient::setBaseUrl(const QString &url)
{
    m_baseUrl = url.trimmed();
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

void OryProjectClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

void OryProjectClient::cancelAll()
{
    const auto pending = m_pending;
    for (QNetworkReply *reply : pending) {
        reply->setProperty(kCancelledProperty, true);
        reply->abort();
    }
}

void OryProjectClient::send(const QByteArray &verb, const QString &path,
                            const QList<QPair<QString, QString>> &query, const QByteArray &body,
                            const QString &action, RawCallback done)
{
    auto failLater = [this, done](Error error) {
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    const QString urlProblem = checkApiBaseUrl(m_baseUrl);
    if (!urlProblem.isEmpty()) {
        failLater(
            Error{tr("Could not %1: %2 Change the Ory API address in the settings.").arg(action, urlProblem),
                  m_baseUrl, QStringLiteral("bad-base-url")});
        return;
    }
    if (m_apiKey.isEmpty()) {
        failLater(
            Error{tr("Could not %1: no Ory workspace API key is set. Create one (it starts with ory_wak_) in "
                     "the Ory Console under Workspace settings → API keys.")
                      .arg(action),
                  {},
                  QStringLiteral("no-key")});
        return;
    }
    QUrl url(m_baseUrl + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[k, v] : query)
            q.addQueryItem(k, v);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Hookmail/" HOOKMAIL_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));

    QNetworkReply *reply = body.isNull() ? m_nam->sendCustomRequest(request, verb)
                                         : m_nam->sendCustomRequest(request, verb, body);
    m_pending.insert(reply);
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty(kSslErrorsProperty, texts.join(QStringLiteral("; ")));
        // Not ignored: the reply fails with SslHandshakeFailedError and the text above explains why.
    });
    const QString host = url.host();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, action, host] {
        m_pending.remove(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const auto error = reply->error();
        if (reply->property(kCancelledProperty).toBool()) {
            done(Error{tr("Cancelled: Hookmail did not %1.").arg(action), {}, QStringLiteral("cancelled")});
            return;
        }
        // A transport failure, also when part of a successful answer already arrived (a reset mid-body must
        // not look like a server that answers nonsense).
        if (status == 0 || (error != QNetworkReply::NoError && status < 400)) {
            const QString detail = reply->errorString();
            switch (error) {
            case QNetworkReply::RemoteHostClosedError:
            case QNetworkReply::ProxyConnectionClosedError:
                done(
                    Error{tr("Could not %1: the connection to %2 closed before the whole answer arrived. Try "
                             "again; if you were pushing, read the project again first to see whether the "
                             "change was applied.")
                              .arg(action, host),
                          detail, QStringLiteral("connection-closed")});
                return;
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                done(Error{
                    tr("Could not %1: the Ory Console at %2 did not answer in time. Check your internet "
                       "connection and try again.")
                        .arg(action, host),
                    detail, QStringLiteral("timeout")});
                return;
            case QNetworkReply::ConnectionRefusedError:
                done(Error{
                    tr("Could not %1: the connection to %2 was refused. Check the Ory API address in the "
                       "settings.")
                        .arg(action, host),
                    detail, QStringLiteral("connection-refused")});
                return;
            case QNetworkReply::HostNotFoundError:
                done(Error{
                    tr("Could not %1: the address %2 was not found. Check your internet connection and the "
                       "Ory API address in the settings.")
                        .arg(action, host),
                    detail, QStringLiteral("host-not-found")});
                return;
            case QNetworkReply::SslHandshakeFailedError: {
                const QString ssl = reply->property(kSslErrorsProperty).toString();
                done(Error{
                    tr("Could not %1: the secure connection to %2 could not be verified (%3). Hookmail does "
                       "not send the key over a connection it cannot trust; check the address, the system "
                       "clock and any proxy that intercepts HTTPS.")
                        .arg(action, host, ssl.isEmpty() ? detail : ssl),
                    detail, QStringLiteral("tls")});
                return;
            }
            default:
                done(Error{
                    tr("Could not %1: the network request to %2 failed (%3). Check your internet connection.")
                        .arg(action, host, detail),
                    detail, QStringLiteral("network")});
                return;
            }
        }
        done(Response{status, data, contentType});
    });
}

void OryProjectClient::listWorkspaces(Callback<QList<OryWorkspace>> done)
{
    fetchWorkspacePage({}, {}, 0, std::move(done));
}

void OryProjectClient::fetchWorkspacePage(const QString &token, QList<OryWorkspace> soFar, int pages,
                                          Callback<QList<OryWorkspace>> done)
{
    QList<QPair<QString, QString>> query;
    if (!token.isEmpty())
        query.append({QStringLiteral("page_token"), token});
    const QString action = tr("list the workspaces");
    send("GET", QStringLiteral("/workspaces"), query, QByteArray(), action,
         [this, soFar, pages, token, done, action](Result<Response> r) mutable {
             if (!r)
                 return done(r.error());
             if (r->status < 200 || r->status > 299)
                 return done(explainOryHttpError(r->status, r->body, r->contentType, action));
             auto page = parseWorkspaceList(r->body);
             if (!page)
                 return done(page.error());
             soFar.append(page->items);
             if (page->hasNextPage && !page->nextPageToken.isEmpty() && page->nextPageToken != token &&
                 pages + 1 < kMaxPages)
                 return fetchWorkspacePage(page->nextPageToken, soFar, pages + 1, done);
             done(soFar);
         });
}

void OryProjectClient::listProjects(Callback<QList<OryProjectSummary>> done)
{
    const QString action = tr("list the projects");
    send("GET", QStringLiteral("/projects"), {}, QByteArray(), action, [done, action](Result<Response> r) {
        if (!r)
            return done(r.error());
        if (r->status < 200 || r->status > 299)
            return done(explainOryHttpError(r->status, r->body, r->contentType, action));
        done(parseProjectList(r->body));
    });
}

void OryProjectClient::listWorkspaceProjects(const QString &workspaceId,
                                             Callback<QList<OryProjectSummary>> done)
{
    fetchWorkspaceProjectPage(workspaceId, {}, {}, 0, std::move(done));
}

void OryProjectClient::fetchWorkspaceProjectPage(const QString &workspaceId, const QString &token,
                                                 QList<OryProjectSummary> soFar, int pages,
                                                 Callback<QList<OryProjectSummary>> done)
{
    const QString action = tr("list the projects of the workspace");
    // The spec documents no paging parameters for this call; the token is passed as page_token like
    // /workspaces.
    QList<QPair<QString, QString>> query;
    if (!token.isEmpty())
        query.append({QStringLiteral("page_token"), token});
    send("GET", u"/workspaces/" + segment(workspaceId) + u"/projects", query, QByteArray(), action,
         [this, workspaceId, token, soFar, pages, done, action](Result<Response> r) mutable {
             if (!r)
                 return done(r.error());
             if (r->status < 200 || r->status > 299)
                 return done(explainOryHttpError(r->status, r->body, r->contentType, action));
             auto page = parseWorkspaceProjectList(r->body);
             if (!page)
                 return done(page.error());
             soFar.append(page->items);
             if (page->hasNextPage && !page->nextPageToken.isEmpty() && page->nextPageToken != token &&
                 pages + 1 < kMaxPages)
                 return fetchWorkspaceProjectPage(workspaceId, page->nextPageToken, soFar, pages + 1, done);
             done(soFar);
         });
}

void OryProjectClient::getProject(const QString &projectId, Callback<OryProject> done)
{
    const QString action = tr("read the project");
    if (projectId.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(Error{tr("No Ory project id given. Pick a project or paste its id from the Ory Console."),
                       {},
                       QStringLiteral("no-project")});
        });
        return;
    }
    send("GET", u"/projects/" + segment(projectId.trimmed()), {}, QByteArray(), action,
         [done, action](Result<Response> r) {
             if (!r)
                 return done(r.error());
             if (r->status < 200 || r->status > 299)
                 return done(explainOryHttpError(r->status, r->body, r->contentType, action));
             done(parseProject(r->body));
         });
}

void OryProjectClient::patchProjectWithRevision(const QString &projectId, const QString &revisionId,
                                                const QJsonArray &patch, Callback<OryProjectUpdate> done)
{
    const QString action = tr("change the project");
    if (projectId.trimmed().isEmpty() || revisionId.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(Error{
                tr("Internal error: a change needs the project id and the revision it was computed from."),
                {},
                QStringLiteral("no-revision")});
        });
        return;
    }
    const QByteArray body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    send("PATCH",
         u"/projects/" + segment(projectId.trimmed()) + u"/revision/" + segment(revisionId.trimmed()), {},
         body, action, [done, action](Result<Response> r) {
             if (!r)
                 return done(r.error());
             if (r->status < 200 || r->status > 299)
                 return done(explainOryHttpError(r->status, r->body, r->contentType, action));
             done(parseProjectUpdate(r->body));
         });
}

Result<QList<OryWorkspace>> OryProjectClient::listWorkspacesAndWait()
{
    return waitForResult<QList<OryWorkspace>>([this](auto cb) { listWorkspaces(cb); });
}

Result<QList<OryProjectSummary>> OryProjectClient::listProjectsAndWait()
{
    return waitForResult<QList<OryProjectSummary>>([this](auto cb) { listProjects(cb); });
}

Result<QList<OryProjectSummary>> OryProjectClient::listWorkspaceProjectsAndWait(const QString &workspaceId)
{
    return waitForResult<QList<OryProjectSummary>>(
        [this, workspaceId](auto cb) { listWorkspaceProjects(workspaceId, cb); });
}

Result<OryProject> OryProjectClient::getProjectAndWait(const QString &projectId)
{
    return waitForResult<OryProject>([this, projectId](auto cb) { getProject(projectId, cb); });
}

Result<OryProjectUpdate> OryProjectClient::patchProjectWithRevisionAndWait(const QString &projectId,
                                                                           const QString &revisionId,
                                                                           const QJsonArray &patch)
{
    return waitForResult<OryProjectUpdate>([this, projectId, revisionId, patch](auto cb) {
        patchProjectWithRevision(projectId, revisionId, patch, cb);
    });
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp, so linking it never drags in the
// meta-objects of unrelated headers.
#include "moc_OryProjectClient.cpp"
