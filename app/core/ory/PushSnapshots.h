#pragma once

#include "core/common/Result.h"
#include "core/ory/HookPlan.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// Local copies of the hook lists a push or removal is about to change, so a rollback can restore them exactly
// (through the same diff-and-confirm, revision-checked path). Stored as JSON in
// <AppDataLocation>/ory-snapshots/<project id>/<timestamp>.json. Secrets never go in: the Mandrill key and
// any other credential inside a hook (api_key values, basic-auth passwords, keys written into Jsonnet bodies)
// are replaced by kSnapshotSecretPlaceholder; a rollback takes them back from the project as it is now, or —
// for Hookmail's own hook — re-injects the current Mandrill key.
inline constexpr char16_t kSnapshotSecretPlaceholder[] = u"<hookmail:redacted-secret>";

struct PushSnapshot
{
    struct List
    {
        QString pointer;
        bool existed = true;
        QJsonArray hooks;       // redacted
        QString createdPointer; // when !existed: what the push added (removed again on rollback)
    };
    QString projectId;
    QString revisionId; // the revision the change was computed against
    QString reason;     // "push" | "remove"
    QString hookId;
    QString actionName;
    QDateTime takenAt;
    QList<List> lists;
    QString filePath; // where it was loaded from / saved to
};

PushSnapshot snapshotOf(const HookPlan &plan, const QString &projectId, const QString &revisionId,
                        const QString &reason, const QString &hookId, const QString &actionName,
                        const QStringList &secrets);
QJsonObject snapshotToJson(const PushSnapshot &snapshot);
Result<PushSnapshot> snapshotFromJson(const QJsonObject &json);

// The change that makes the snapshot's lists current again. `mandrillKey` is re-injected into Hookmail's own
// hooks whose body had the key replaced; other redacted hooks are taken verbatim from the current project.
// Fails (code "secret-lost") when a redacted hook of someone else no longer exists in the project.
Result<HookPlan> planRollback(const QJsonObject &currentConfig, const PushSnapshot &snapshot,
                              const QString &mandrillKey);

class PushSnapshots
{
public:
    explicit PushSnapshots(QString baseDir = defaultDir());
    static QString defaultDir(); // QStandardPaths::AppDataLocation + "/ory-snapshots"
    QString baseDir() const { return m_baseDir; }

    // Writes atomically; refuses (code "secret-in-snapshot") if any of `secrets` would be written.
    Result<QString> save(const PushSnapshot &snapshot, const QStringList &secrets);
    Result<PushSnapshot> load(const QString &path) const;
    // Snapshots not yet rolled back, newest first.
    QStringList pending(const QString &projectId) const;
    Result<PushSnapshot> latest(const QString &projectId) const;
    // After a successful rollback: the snapshot is kept but no longer offered (renamed *.rolled-back.json).
    Status markRolledBack(const PushSnapshot &snapshot);

private:
    QString projectDir(const QString &projectId) const;
    QString m_baseDir;
};

} // namespace hookmail
