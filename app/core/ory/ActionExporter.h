#pragma once

#include "core/common/Result.h"
#include "core/model/Project.h"

#include <QList>
#include <QString>

namespace hookmail {

// One file of an export: a name and its contents.
struct ExportFile
{
    QString fileName;
    QByteArray contents;
};

struct ExportResult
{
    QList<ExportFile> files;
    bool containsSecret = false; // true only when the key was injected on explicit request
    QString notes;               // what to do with it, e.g. "run this command with the ory CLI logged in"
};

// Exports an action in the formats users need (docs/ARCHITECTURE.md, Ory §1, §3, §6, §7):
//   action-json  — the web_hook JSON;
//   ory-cli      — `ory patch identity-config` appending (/-) to each selected method list;
//   kratos-yaml  — a kratos.yml snippet (yaml-cpp) with a file:// body plus the .jsonnet file;
//   curl         — a curl command posting the rendered body to Mandrill, key redacted.
class ActionExporter
{
public:
    static QStringList formats();
    static QString formatTitle(const QString &format);
    // `key` empty → the key is masked (placeholder). `withSecret` must be true to put a real key in.
    static Result<ExportResult> exportAction(const Project &project, const Action &action,
                                             const QString &format, const QString &key, bool withSecret,
                                             const QJsonObject &renderedBody = {});
};

} // namespace hookmail
