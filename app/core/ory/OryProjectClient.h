#pragma once

#include "core/common/Result.h"
#include "core/ory/OryResponses.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookmail {

// Client for the Ory Console (control-plane) API: list workspaces and projects, read a project, and change
// its identity configuration with a revision-checked JSON Patch (reference/ory/FACTS.md §6). Authenticates
// with a workspace API key (Authorization: Bearer ory_wak_…). Every call ends with exactly one callback, on
// the caller's thread: a value, or an Error that says in plain words what went wrong and what to do. Calls
// never block; the *AndWait helpers run a local event loop and exist only for the CLI and tests.
class OryProjectClient : public QObject
{
    Q_OBJECT
public:
    explicit OryProjectClient(QObject *parent = nullptr);
    ~OryProjectClient() override;

    // Base URL such as https://api.console.ory.com (or the older https://api.console.ory.sh). Plain http is
    // refused except to loopback: calls then fail with that explanation.
    void setBaseUrl(const QString &url);
    QString baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int transferTimeout() const { return m_timeoutMs; }

    template <typename T> using Callback = std::function<void(Result<T>)>;

    void listWorkspaces(Callback<QList<OryWorkspace>> done);
    void listProjects(Callback<QList<OryProjectSummary>> done);
    void listWorkspaceProjects(const QString &workspaceId, Callback<QList<OryProjectSummary>> done);
    void getProject(const QString &projectId, Callback<OryProject> done);
    // PATCH /projects/{id}/revision/{revision}: fails with code "conflict" (HTTP 409) when the project
    // changed.
    void patchProjectWithRevision(const QString &projectId, const QString &revisionId,
                                  const QJsonArray &patch, Callback<OryProjectUpdate> done);

    // Aborts every call in flight; each still reports exactly once (code "cancelled").
    void cancelAll();
    int pendingCount() const { return m_pending.size(); }

    // Blocking helpers for the CLI and tests only.
    Result<QList<OryWorkspace>> listWorkspacesAndWait();
    Result<QList<OryProjectSummary>> listProjectsAndWait();
    Result<QList<OryProjectSummary>> listWorkspaceProjectsAndWait(const QString &workspaceId);
    Result<OryProject> getProjectAndWait(const QString &projectId);
    Result<OryProjectUpdate> patchProjectWithRevisionAndWait(const QString &projectId,
                                                             const QString &revisionId,
                                                             const QJsonArray &patch);

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QString contentType;
    };
    using RawCallback = std::function<void(Result<Response>)>;
    void send(const QByteArray &verb, const QString &path, const QList<QPair<QString, QString>> &query,
              const QByteArray &body, const QString &action, RawCallback done);
    void fetchWorkspacePage(const QString &token, QList<OryWorkspace> soFar, int pages,
                            Callback<QList<OryWorkspace>> done);
    void fetchWorkspaceProjectPage(const QString &workspaceId, const QString &token,
                                   QList<OryProjectSummary> soFar, int pages,
                                   Callback<QList<OryProjectSummary>> done);

    QNetworkAccessManager *m_nam;
    QString m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs = 30000;
    QSet<QNetworkReply *> m_pending;
};

} // namespace hookmail
