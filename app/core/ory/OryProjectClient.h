#pragma once

#include "core/common/ApiClient.h"
#include "core/ory/OryResponses.h"

#include <QJsonArray>
#include <QString>

namespace hookmail {

// Client for the Ory Console (control-plane) API: list workspaces and projects, read a project, and change
// its identity configuration with a revision-checked JSON Patch (docs/ARCHITECTURE.md, Ory §6). Authenticates
// with a workspace API key (Authorization: Bearer ory_wak_…). Every call ends with exactly one callback, on
// the caller's thread: a value, or an Error that says in plain words what went wrong and what to do. Calls
// never block; the *AndWait helpers run a local event loop and exist only for the CLI and tests.
// Redirects are not followed (ApiClient): one would carry the bearer key to wherever it points.
class OryProjectClient : public ApiClient
{
    Q_OBJECT
public:
    // Base URL defaults to Settings::defaultOryBaseUrl() (https://api.console.ory.com; the older
    // https://api.console.ory.sh works too).
    explicit OryProjectClient(QObject *parent = nullptr);

    // `key` is the workspace API key (ory_wak_…), passed with each call; the client holds none. Calls follow
    // ApiClient's rules (tickets, cancel, exactly one answer later, none once `context` — default: the
    // client — or the client is destroyed).
    Ticket listWorkspaces(const QString &key, Callback<QList<OryWorkspace>> done, QObject *context = nullptr);
    Ticket listProjects(const QString &key, Callback<QList<OryProjectSummary>> done,
                        QObject *context = nullptr);
    Ticket listWorkspaceProjects(const QString &key, const QString &workspaceId,
                                 Callback<QList<OryProjectSummary>> done, QObject *context = nullptr);
    Ticket getProject(const QString &key, const QString &projectId, Callback<OryProject> done,
                      QObject *context = nullptr);
    // PATCH /projects/{id}/revision/{revision}: fails with code "conflict" (HTTP 409) when the project
    // changed.
    Ticket patchProjectWithRevision(const QString &key, const QString &projectId, const QString &revisionId,
                                    const QJsonArray &patch, Callback<OryProjectUpdate> done,
                                    QObject *context = nullptr);

    // Blocking helpers for the CLI and tests only.
    Result<QList<OryWorkspace>> listWorkspacesAndWait(const QString &key);
    Result<QList<OryProjectSummary>> listProjectsAndWait(const QString &key);
    Result<QList<OryProjectSummary>> listWorkspaceProjectsAndWait(const QString &key,
                                                                  const QString &workspaceId);
    Result<OryProject> getProjectAndWait(const QString &key, const QString &projectId);
    Result<OryProjectUpdate> patchProjectWithRevisionAndWait(const QString &key, const QString &projectId,
                                                             const QString &revisionId,
                                                             const QJsonArray &patch);

protected:
    Error transportError(const TransportFailure &failure) const override;
    Error badBaseUrlError(const QString &problem, const QString &label) const override;
    Error cancelledError(const QString &label) const override;

private:
    template <typename T>
    Ticket call(const QString &key, Request request, Result<T> (*parse)(const QByteArray &), Callback<T> done,
                QObject *context, Ticket outer = 0);
    void fetchWorkspacePage(const QString &key, const QString &token, QList<OryWorkspace> soFar, int pages,
                            Callback<QList<OryWorkspace>> done, QObject *context, Ticket outer);
    void fetchWorkspaceProjectPage(const QString &key, const QString &workspaceId, const QString &token,
                                   QList<OryProjectSummary> soFar, int pages,
                                   Callback<QList<OryProjectSummary>> done, QObject *context, Ticket outer);
};

} // namespace hookmail
