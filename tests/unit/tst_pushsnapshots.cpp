// PushSnapshots: what a snapshot keeps of the lists a change is about to touch (never a secret, in memory or
// on disk), its file format, the store (save, pending, latest, rolled back), and the rollback plan that puts
// secrets back from the project or the current Mandrill key.
#include "TestEnv.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

const QString kMandrillKey = u"md-FAKEsnapshotMandrillKey4242"_s;
const QString kList = u"/selfservice/flows/registration/after/password/hooks"_s;
const QString kProjectId = u"5f1d0bde-4a44-4c4e-9a43-3c6f4a2f0001"_s;

Action ourAction()
{
    Action a = newAction(u"Welcome"_s);
    a.hookId = u"hookmail-snapshot-test"_s;
    a.hookPoints = {*HookPoint::parse(u"registration/after/password"_s)};
    return a;
}

QJsonObject crmHook(const QString &secret)
{
    return QJsonObject{
        {u"hook"_s, u"web_hook"_s},
        {u"config"_s,
         QJsonObject{{u"url"_s, u"https://crm.example.com/hook"_s},
                     {u"method"_s, u"POST"_s},
                     {u"body"_s, u"base64://ZnVuY3Rpb24oY3R4KSB7fQ=="_s},
                     {u"auth"_s, QJsonObject{{u"type"_s, u"api_key"_s},
                                             {u"config"_s, QJsonObject{{u"name"_s, u"X-Api-Key"_s},
                                                                       {u"value"_s, secret},
                                                                       {u"in"_s, u"header"_s}}}}}}}};
}

QJsonObject basicAuthHook(const QString &password)
{
    return QJsonObject{
        {u"hook"_s, u"web_hook"_s},
        {u"config"_s,
         QJsonObject{{u"url"_s, u"https://audit.example.com/hook"_s},
                     {u"method"_s, u"POST"_s},
                     {u"body"_s, u"base64://ZnVuY3Rpb24oY3R4KSB7fQ=="_s},
                     {u"auth"_s, QJsonObject{{u"type"_s, u"basic_auth"_s},
                                             {u"config"_s, QJsonObject{{u"user"_s, u"audit"_s},
                                                                       {u"password"_s, password}}}}}}}};
}

// Someone else's hook following the official recipe: the Mandrill key written into the Jsonnet.
QJsonObject recipeHook(const QString &key)
{
    const QByteArray jsonnet = "function(ctx) { key: \"" + key.toUtf8() + "\", message: { to: [] } }";
    return QJsonObject{
        {u"hook"_s, u"web_hook"_s},
        {u"config"_s, QJsonObject{{u"url"_s, u"https://mandrillapp.com/api/1.0/messages/send"_s},
                                  {u"method"_s, u"POST"_s},
                                  {u"body"_s, toBase64Body(jsonnet)}}}};
}

QJsonObject configWith(const QJsonArray &hooks)
{
    return QJsonObject{
        {u"selfservice"_s,
         QJsonObject{
             {u"flows"_s,
              QJsonObject{{u"registration"_s,
                           QJsonObject{{u"after"_s, QJsonObject{{u"password"_s,
                                                                 QJsonObject{{u"hooks"_s, hooks}}}}}}}}}}}};
}

HookPlan planTouching(const QJsonArray &before)
{
    HookPlan plan;
    HookListChange c;
    c.pointer = kList;
    c.label = u"registration/after/password"_s;
    c.before = before;
    c.after = QJsonArray{};
    plan.changes.append(c);
    return plan;
}

PushSnapshot snapshotOfList(const QJsonArray &before, const QStringList &secrets)
{
    return snapshotOf(planTouching(before), kProjectId, u"rev-1"_s, u"push"_s, ourAction().hookId,
                      ourAction().name, secrets);
}

QByteArray bytesOf(const PushSnapshot &s)
{
    return QJsonDocument(snapshotToJson(s)).toJson();
}

} // namespace

class TestPushSnapshots : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void defaultDirIsTheTestLocation()
    {
        const QString dir = PushSnapshots::defaultDir();
        QVERIFY2(dir.contains(u"qttest"_s), qPrintable(dir)); // never the user's own data in tests
        QVERIFY(dir.endsWith(u"/ory-snapshots"_s));
    }

    void noSecretInASnapshot_data()
    {
        QTest::addColumn<QJsonObject>("hook");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("named"); // passed as a known secret, or found by shape alone
        QTest::newRow("our body with the Mandrill key")
            << webHookJson(ourAction(), WebHookOptions{kMandrillKey, true, {}}) << kMandrillKey << true;
        QTest::newRow("someone's api_key header")
            << crmHook(u"crm-secret-value-123"_s) << u"crm-secret-value-123"_s << false;
        QTest::newRow("someone's basic-auth password")
            << basicAuthHook(u"audit-pass-Zq81"_s) << u"audit-pass-Zq81"_s << false;
        QTest::newRow("a key written into someone's Jsonnet")
            << recipeHook(u"md-RECIPEkeyInJsonnet0099"_s) << u"md-RECIPEkeyInJsonnet0099"_s << false;
    }
    void noSecretInASnapshot()
    {
        QFETCH(QJsonObject, hook);
        QFETCH(QString, secret);
        QFETCH(bool, named);
        const QJsonArray before{QJsonObject{{u"hook"_s, u"session"_s}}, hook};
        QVERIFY(containsSecret(QJsonDocument(before).toJson(), secret)); // the input really has it
        const QStringList secrets = named ? QStringList{secret} : QStringList{};
        const PushSnapshot s = snapshotOfList(before, secrets);
        QCOMPARE(s.lists.size(), 1);
        QCOMPARE(s.lists.first().hooks.size(), 2);
        QCOMPARE(s.lists.first().hooks.first(), before.first()); // nothing secret: kept as it is
        const QByteArray bytes = bytesOf(s);
        QVERIFY(!containsSecret(bytes, secret));
        QVERIFY(containsSecret(bytes, QString::fromUtf16(kSnapshotSecretPlaceholder)) ||
                bytes.contains("hookmail:redacted-secret"));

        PushSnapshots store(m_dir->filePath(u"snapshots"_s));
        auto saved = store.save(s, secrets);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        const QByteArray onDisk = test::readFile(saved.value());
        QVERIFY(!onDisk.isEmpty());
        QVERIFY(!containsSecret(onDisk, secret));
        QCOMPARE(QFile::permissions(saved.value()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void saveRefusesASecretAnywhere()
    {
        // The last check before writing: a secret that slipped into any field (here the action name) stops
        // the snapshot, and no file is left behind.
        PushSnapshot s = snapshotOfList(QJsonArray{}, {});
        s.actionName = u"Welcome "_s + kMandrillKey;
        PushSnapshots store(m_dir->filePath(u"snapshots"_s));
        auto saved = store.save(s, {kMandrillKey});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, u"secret-in-snapshot"_s);
        QVERIFY(store.pending(kProjectId).isEmpty());
        QVERIFY(
            !QDir(m_dir->filePath(u"snapshots"_s)).exists() ||
            QDir(m_dir->filePath(u"snapshots"_s)).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }

    void storeRoundTripAndRolledBack()
    {
        PushSnapshots store(m_dir->filePath(u"snapshots"_s));
        PushSnapshot first = snapshotOfList(QJsonArray{QJsonObject{{u"hook"_s, u"session"_s}}}, {});
        first.takenAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        PushSnapshot second = first;
        second.takenAt = first.takenAt.addSecs(60);
        second.reason = u"remove"_s;
        second.lists.first().existed = false;
        second.lists.first().hooks = {};
        second.lists.first().createdPointer = u"/selfservice/flows/registration/after/password"_s;
        auto a = store.save(first, {});
        auto b = store.save(second, {});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value().startsWith(store.baseDir() + u'/' + kProjectId + u'/'));
        QCOMPARE(store.pending(kProjectId), (QStringList{b.value(), a.value()})); // newest first

        auto latest = store.latest(kProjectId);
        QVERIFY(latest.ok());
        QCOMPARE(latest->filePath, b.value());
        QCOMPARE(latest->reason, u"remove"_s);
        QCOMPARE(latest->takenAt, second.takenAt);
        QCOMPARE(latest->revisionId, u"rev-1"_s);
        QCOMPARE(latest->hookId, ourAction().hookId);
        QCOMPARE(latest->lists.size(), 1);
        QCOMPARE(latest->lists.first().existed, false);
        QCOMPARE(latest->lists.first().createdPointer, second.lists.first().createdPointer);

        QVERIFY(store.markRolledBack(latest.value()).ok());
        QCOMPARE(store.pending(kProjectId), QStringList{a.value()});
        QVERIFY(QFile::exists(b.value().chopped(5) + u".rolled-back.json"_s)); // kept, no longer offered
        auto older = store.latest(kProjectId);
        QCOMPARE(older->filePath, a.value());
        QVERIFY(store.markRolledBack(older.value()).ok());
        QCOMPARE(store.latest(kProjectId).error().code, u"no-snapshot"_s);

        // Two snapshots in the same millisecond do not overwrite each other.
        auto c = store.save(first, {});
        auto d = store.save(first, {});
        QVERIFY(c.ok() && d.ok());
        QVERIFY(c.value() != d.value());
    }

    void projectIdCannotEscapeTheFolder()
    {
        PushSnapshots store(m_dir->filePath(u"snapshots"_s));
        PushSnapshot s = snapshotOfList(QJsonArray{}, {});
        s.projectId = u"../../escape"_s;
        auto saved = store.save(s, {});
        QVERIFY(saved.ok());
        QVERIFY2(QFileInfo(saved.value())
                     .canonicalFilePath()
                     .startsWith(QFileInfo(store.baseDir()).canonicalFilePath() + u'/'),
                 qPrintable(saved.value()));
    }

    void badSnapshots_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("not JSON") << QByteArray("{ nope") << u"bad-snapshot"_s;
        QTest::newRow("another format")
            << QByteArray(R"({"format":"other","version":1})") << u"bad-snapshot"_s;
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"hookmail-ory-snapshot","version":2})") << u"bad-snapshot"_s;
        QTest::newRow("a list Hookmail does not manage")
            << QByteArray(R"({"format":"hookmail-ory-snapshot","version":1,"lists":[
                   {"pointer":"/courier/smtp/connection_uri","existed":true,"hooks":[]}]})")
            << u"bad-snapshot"_s;
    }
    void badSnapshots()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const QString path = m_dir->filePath(u"bad.json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto loaded = PushSnapshots(m_dir->path()).load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        QCOMPARE(PushSnapshots(m_dir->path()).load(m_dir->filePath(u"missing.json"_s)).error().code, u"io"_s);
    }

    void rollbackTakesSecretsBack()
    {
        // Before the push: a CRM hook (api_key) and a basic-auth hook. The snapshot has neither secret; the
        // rollback plan takes both from the project as it is now, so the restored lists are exact.
        const QJsonArray before{crmHook(u"crm-secret-value-123"_s), basicAuthHook(u"audit-pass-Zq81"_s)};
        const PushSnapshot s = snapshotOfList(before, {kMandrillKey});
        QJsonArray now = before;
        now.append(webHookJson(ourAction(), WebHookOptions{kMandrillKey, true, {}}));
        auto plan = planRollback(configWith(now), s, kMandrillKey);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().after.value(), before);

        // When the CRM hook is gone (or its secret changed), Hookmail cannot invent the secret.
        auto lost =
            planRollback(configWith(QJsonArray{basicAuthHook(u"audit-pass-Zq81"_s)}), s, kMandrillKey);
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, u"secret-lost"_s);
        QVERIFY(!lost.error().message.contains(u"crm-secret-value-123"_s));
    }

    void rollbackReinjectsTheMandrillKey()
    {
        // Before a removal: our hook with the key. The snapshot has the placeholder in its body; rolling back
        // after the removal puts the current key back, and needs one.
        const QJsonObject ours = webHookJson(ourAction(), WebHookOptions{kMandrillKey, true, {}});
        const PushSnapshot s = snapshotOfList(QJsonArray{ours}, {kMandrillKey});
        QVERIFY(!containsSecret(bytesOf(s), kMandrillKey));
        auto plan = planRollback(configWith(QJsonArray{}), s, kMandrillKey);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->changes.first().after.value(), QJsonArray{ours});

        auto keyless = planRollback(configWith(QJsonArray{}), s, QString());
        QVERIFY(!keyless.ok());
        QCOMPARE(keyless.error().code, u"no-mandrill-key"_s);
    }

    void rollbackRemovesACreatedList()
    {
        PushSnapshot s = snapshotOfList(QJsonArray{}, {});
        s.lists.first().existed = false;
        s.lists.first().createdPointer = kList;
        const QJsonObject ours = webHookJson(ourAction(), WebHookOptions{kMandrillKey, true, {}});
        auto plan = planRollback(configWith(QJsonArray{ours}), s, kMandrillKey);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->changes.size(), 1);
        QVERIFY(!plan->changes.first().after.has_value());
        auto applied = applyPlan(configWith(QJsonArray{ours}), plan.value());
        QVERIFY(applied.ok());
        QVERIFY(!hookListAt(applied.value(), kList).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPushSnapshots)
#include "tst_pushsnapshots.moc"
