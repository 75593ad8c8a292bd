#include "core/ory/PushSnapshots.h"

#include "core/common/JsonBridge.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PushSnapshots)
};

const QString kPlaceholder = QString::fromUtf16(kSnapshotSecretPlaceholder);

QJsonValue redactForSnapshot(const QJsonValue &value, const QStringList &secrets, bool *changed = nullptr)
{
    return redactJson(value, secrets, kPlaceholder, /*redactHookCredentials=*/true, changed);
}

bool containsPlaceholder(const QJsonValue &hook)
{
    const QByteArray bytes = QJsonDocument(QJsonArray{hook}).toJson(QJsonDocument::Compact);
    if (bytes.contains(kPlaceholder.toUtf8()))
        return true;
    const QString body =
        hook.toObject().value(QStringLiteral("config")).toObject().value(QStringLiteral("body")).toString();
    const auto decoded = fromBase64Body(body);
    return body.startsWith(u"base64://") && decoded && decoded->contains(kPlaceholder.toUtf8());
}

bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return jsonbridge::toNlohmann(a) == jsonbridge::toNlohmann(b);
}

} // namespace

PushSnapshot snapshotOf(const HookPlan &plan, const QString &projectId, const QString &revisionId,
                        const QString &reason, const QString &hookId, const QString &actionName,
                        const QStringList &secrets)
{
    PushSnapshot s;
    s.projectId = projectId;
    s.revisionId = revisionId;
    s.reason = reason;
    s.hookId = hookId;
    s.actionName = actionName;
    s.takenAt = QDateTime::currentDateTimeUtc();
    for (const HookListChange &c : plan.changes) {
        PushSnapshot::List l;
        l.pointer = c.pointer;
        l.existed = c.existed;
        l.hooks = c.existed ? redactForSnapshot(c.before, secrets).toArray() : QJsonArray();
        l.createdPointer = c.createdPointer;
        s.lists.append(l);
    }
    return s;
}

QJsonObject snapshotToJson(const PushSnapshot &s)
{
    QJsonArray lists;
    for (const auto &l : s.lists) {
        QJsonObject o{{QStringLiteral("pointer"), l.pointer}, {QStringLiteral("existed"), l.existed}};
        if (l.existed)
            o.insert(QStringLiteral("hooks"), l.hooks);
        if (!l.createdPointer.isEmpty())
            o.insert(QStringLiteral("created_pointer"), l.createdPointer);
        lists.append(o);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("hookmail-ory-snapshot")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("project_id"), s.projectId},
                       {QStringLiteral("revision_id"), s.revisionId},
                       {QStringLiteral("reason"), s.reason},
                       {QStringLiteral("hook_id"), s.hookId},
                       {QStringLiteral("action_name"), s.actionName},
                       {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("lists"), lists}};
}

Result<PushSnapshot> snapshotFromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != u"hookmail-ory-snapshot" ||
        o.value(QStringLiteral("version")).toInt() != 1)
        return Error{Tr::tr("This is not a Hookmail snapshot (or one from a newer Hookmail)."),
                     {},
                     errorCodeName(ErrorCode::BadSnapshot)};
    PushSnapshot s;
    s.projectId = o.value(QStringLiteral("project_id")).toString();
    s.revisionId = o.value(QStringLiteral("revision_id")).toString();
    s.reason = o.value(QStringLiteral("reason")).toString();
    s.hookId = o.value(QStringLiteral("hook_id")).toString();
    s.actionName = o.value(QStringLiteral("action_name")).toString();
    s.takenAt = QDateTime::fromString(o.value(QStringLiteral("taken_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("lists")).toArray()) {
        const QJsonObject lo = v.toObject();
        PushSnapshot::List l;
        l.pointer = lo.value(QStringLiteral("pointer")).toString();
        l.existed = lo.value(QStringLiteral("existed")).toBool(true);
        l.hooks = lo.value(QStringLiteral("hooks")).toArray();
        l.createdPointer = lo.value(QStringLiteral("created_pointer")).toString();
        if (!l.pointer.startsWith(u"/selfservice/flows/") || !l.pointer.endsWith(u"/hooks"))
            return Error{Tr::tr("The snapshot names a list Hookmail does not manage (%1).").arg(l.pointer),
                         {},
                         errorCodeName(ErrorCode::BadSnapshot)};
        s.lists.append(l);
    }
    return s;
}

Result<HookPlan> planRollback(const QJsonObject &config, const PushSnapshot &snapshot,
                              const QString &mandrillKey)
{
    // Candidates for redacted hooks: every hook of the project now, keyed by its redacted form.
    QList<QPair<QJsonValue, QJsonValue>> current; // (redacted, real)
    const QStringList secrets = mandrillKey.isEmpty() ? QStringList() : QStringList{mandrillKey};
    for (const HookList &l : enumerateHookLists(config)) {
        for (const QJsonValue &h : l.hooks)
            current.append({redactForSnapshot(h, secrets), h});
    }
    QList<DesiredList> desired;
    for (const auto &l : snapshot.lists) {
        if (!l.existed) {
            desired.append(DesiredList{l.pointer, std::nullopt, l.createdPointer});
            continue;
        }
        QJsonArray hooks;
        for (const QJsonValue &h : l.hooks) {
            if (!containsPlaceholder(h)) {
                hooks.append(h);
                continue;
            }
            std::optional<QJsonValue> real;
            for (const auto &[redacted, value] : current) {
                if (sameJson(redacted, h) || isStoredFormOf(redacted, h.toObject())) {
                    real = value;
                    break;
                }
            }
            if (!real) {
                // Hookmail's own body: put the current key back where the snapshot has the placeholder.
                const QJsonObject hook = h.toObject();
                QJsonObject cfg = hook.value(QStringLiteral("config")).toObject();
                const QString body = cfg.value(QStringLiteral("body")).toString();
                const auto decoded = fromBase64Body(body);
                const bool ours = decoded && unwrapShippedTemplate(*decoded).has_value();
                const bool placeholderOnlyInBody =
                    !QJsonDocument(QJsonArray{h}).toJson().contains(kPlaceholder.toUtf8());
                if (ours && placeholderOnlyInBody) {
                    if (mandrillKey.isEmpty())
                        return Error{
                            Tr::tr(
                                "Rolling back needs the Mandrill key to put back into Hookmail's hook; set "
                                "it first (it is not stored in snapshots)."),
                            {},
                            errorCodeName(ErrorCode::NoMandrillKey)};
                    QByteArray restored = *decoded;
                    restored.replace(kPlaceholder.toUtf8(), mandrillKey.toUtf8());
                    cfg.insert(QStringLiteral("body"), toBase64Body(restored));
                    QJsonObject out = hook;
                    out.insert(QStringLiteral("config"), cfg);
                    real = out;
                }
            }
            if (!real)
                return Error{
                    Tr::tr("The hook “%1” in %2 had a secret (an API key or password) that Hookmail does not "
                           "store, and it is no longer in the project, so it cannot be restored "
                           "automatically. Restore it by hand in the Ory Console.")
                        .arg(summarizeHook(h), l.pointer),
                    {},
                    errorCodeName(ErrorCode::SecretLost)};
            hooks.append(*real);
        }
        desired.append(DesiredList{l.pointer, hooks, {}});
    }
    return planRestore(config, desired, snapshot.hookId);
}

PushSnapshots::PushSnapshots(QString baseDir) : m_baseDir(std::move(baseDir)) {}

QString PushSnapshots::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/ory-snapshots");
}

QString PushSnapshots::projectDir(const QString &projectId) const
{
    QString safe = projectId;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    }
    return m_baseDir + u'/' + safe;
}

Result<QString> PushSnapshots::save(const PushSnapshot &snapshot, const QStringList &secrets)
{
    const QByteArray bytes = QJsonDocument(snapshotToJson(snapshot)).toJson();
    for (const QString &secret : secrets) {
        if (secret.size() >= 4 && containsSecret(bytes, secret))
            return Error{
                Tr::tr("Internal error: the snapshot would contain a secret, so it was not written."),
                {},
                errorCodeName(ErrorCode::SecretInSnapshot)};
    }
    const QString dir = projectDir(snapshot.projectId);
    if (!QDir().mkpath(dir))
        return Error{
            Tr::tr("Could not create the snapshot folder %1.").arg(dir), {}, errorCodeName(ErrorCode::Io)};
    QString base = snapshot.takenAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
    QString path = dir + u'/' + base + u".json";
    for (int n = 2; QFile::exists(path); ++n)
        path = dir + u'/' + base + u'-' + QString::number(n) + u".json";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Tr::tr("Could not write the snapshot %1 (%2). Nothing was sent to Ory.")
                         .arg(path, file.errorString()),
                     {},
                     errorCodeName(ErrorCode::Io)};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

Result<PushSnapshot> PushSnapshots::load(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Could not read the snapshot %1.").arg(path), f.errorString(),
                     errorCodeName(ErrorCode::Io)};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return Error{Tr::tr("The snapshot %1 is damaged (not JSON).").arg(path),
                     {},
                     errorCodeName(ErrorCode::BadSnapshot)};
    auto s = snapshotFromJson(doc.object());
    if (s)
        s.value().filePath = path;
    return s;
}

QStringList PushSnapshots::pending(const QString &projectId) const
{
    const QDir dir(projectDir(projectId));
    QStringList out;
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        if (!name.endsWith(u".rolled-back.json"))
            out.append(dir.filePath(name));
    }
    return out;
}

Result<PushSnapshot> PushSnapshots::latest(const QString &projectId) const
{
    const QStringList files = pending(projectId);
    if (files.isEmpty())
        return Error{
            Tr::tr("There is nothing to roll back: Hookmail has no snapshot for project %1 on this computer.")
                .arg(projectId),
            {},
            errorCodeName(ErrorCode::NoSnapshot)};
    return load(files.first());
}

Status PushSnapshots::markRolledBack(const PushSnapshot &snapshot)
{
    if (snapshot.filePath.isEmpty())
        return Ok{};
    QString target = snapshot.filePath;
    target.chop(5);
    target += u".rolled-back.json";
    if (!QFile::rename(snapshot.filePath, target))
        return Error{Tr::tr("Could not mark the snapshot %1 as rolled back.").arg(snapshot.filePath),
                     {},
                     errorCodeName(ErrorCode::Io)};
    return Ok{};
}

} // namespace hookmail
