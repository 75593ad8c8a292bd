#pragma once

#include "core/model/Project.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace hookmail {

// Turns the web_hooks of an Ory project into actions Hookmail can edit (docs/ARCHITECTURE.md, Ory §1, §3):
// the base64 body is decoded; a body Hookmail shipped is unwrapped to the user's template and its stable hook
// id; any other body becomes the template as is (keys written into it are replaced by the placeholder,
// because the editable template never holds a secret). Hook points are the lists the hook is in. Pure.
struct ImportedAction
{
    Action action;
    bool fromHookmail = false; // pushed by Hookmail earlier (recognised by its id)
    QStringList notes;         // what the user should know (key removed, body not importable, new id…)
};
// A body Ory keeps as a stored copy (StoredBody.h), as read by StoredTemplateClient: the template, or why it
// could not be read.
struct StoredTemplate
{
    QByteArray content;
    QString error; // empty when `content` is the verified stored copy
};
// The stored-copy links of every web_hook in the config (each once), to read before importWebHooks.
QStringList storedTemplateUrls(const QJsonObject &identityConfig);
// `stored`: link → what reading it gave; a stored body is then imported like the base64 body it replaced.
QList<ImportedAction> importWebHooks(const QJsonObject &identityConfig,
                                     const QHash<QString, StoredTemplate> &stored = {});
// A project holding the imported actions (sample data from the default project).
Project importedProject(const QList<ImportedAction> &imported, const QString &oryProjectId);

} // namespace hookmail
