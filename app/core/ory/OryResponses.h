#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hookmail {

// Parsing of Ory Console API responses (reference/ory/console-api.json) as pure functions, so they can be
// unit tested and fuzzed without a network. Every parser accepts only the documented shapes and names the
// missing or mistyped field when something else arrives.

struct OryWorkspace
{
    QString id;
    QString name;
};

struct OryProjectSummary
{
    QString id;
    QString name;
    QString slug;
    QString state;       // running | halted | deleted
    QString environment; // prod | stage | dev
    QString workspaceId;
};

struct OryProject
{
    QString id;
    QString name;
    QString slug;
    QString revisionId;
    QString state;
    QString workspaceId;
    QJsonObject identityConfig; // services.identity.config: the full Kratos configuration
};

struct OryWarning
{
    qint64 code = 0;
    QString message;
};

// successfulProjectUpdate: the project as stored after the patch plus the server's import warnings.
struct OryProjectUpdate
{
    OryProject project;
    QList<OryWarning> warnings;
};

// A page of a list: items plus the token for the next page (empty when there is none).
template <typename T> struct OryPage
{
    QList<T> items;
    QString nextPageToken;
    bool hasNextPage = false;
};

Result<OryPage<OryWorkspace>> parseWorkspaceList(const QByteArray &body);  // GET /workspaces
Result<QList<OryProjectSummary>> parseProjectList(const QByteArray &body); // GET /projects (array)
Result<OryPage<OryProjectSummary>>
parseWorkspaceProjectList(const QByteArray &body);       // GET /workspaces/{ws}/projects
Result<OryProject> parseProject(const QByteArray &body); // GET /projects/{id}
Result<OryProject> parseProjectObject(const QJsonObject &object);
Result<OryProjectUpdate> parseProjectUpdate(const QByteArray &body); // PATCH …/revision/{rev}

// The fields of errorGeneric {"error": {message, reason, error, error_description, debug, status_code…}}.
struct OryApiError
{
    QString message;
    QString reason;
    QString id;
    QString requestId;
};
// nullopt when the body is not an Ory error document.
std::optional<OryApiError> parseOryError(const QByteArray &body);

// What an HTTP failure of the Console API means for the user, and what to do about it. `action` names what
// was attempted in plain words ("read the project"). `code` of the returned Error: "unauthorized",
// "forbidden", "not-found", "conflict", "bad-request", "server-error", "not-json", "http-<status>".
Error explainOryHttpError(int httpStatus, const QByteArray &body, const QString &contentType,
                          const QString &action);

// Warning text when a key is not a workspace key (ory_wak_…); empty when it looks right.
QString oryKeyWarning(const QString &key);

} // namespace hookmail
