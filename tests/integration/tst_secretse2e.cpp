// Secrets end to end: with known fake Mandrill and Ory keys, run the whole CLI journey - check the key,
// render, check, export every non-secret format, send a test email (scenario fake), push and roll back
// (the Ory fake), save the project - then search every file written under the test HOME, the XDG
// folders, the project folder and the temp folder, and all captured output, for the keys in raw, base64
// (standard and URL-safe, at every alignment), hex and URL-encoded form: zero hits.
#include "FakeOryServer.h"
#include "ScenarioServer.h"
#include "SecretForms.h"
#include "TestEnv.h"
#include "core/model/ProjectFile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hookmail;
using test::ScenarioResponse;

namespace {

const QString kMandrillKey = QStringLiteral("md-E2E-fake-mandrill-key-Zq81Lw");

QString oryKey()
{
    return test::FakeOryServer::workspaceKey();
}

struct Hit
{
    QString where;
    QByteArray form;
};

QList<Hit> hitsIn(const QByteArray &data, const QString &where)
{
    QList<Hit> hits;
    for (const QString &key : {kMandrillKey, oryKey()}) {
        for (const QByteArray &form : test::secretForms(key)) {
            if (data.contains(form))
                hits.append({where, form});
        }
    }
    return hits;
}

} // namespace

class TestSecretsE2E : public QObject
{
    Q_OBJECT
    QDateTime m_start;
    QTemporaryDir m_projectDir;
    QByteArray m_output;
    test::ScenarioServer m_mandrill;
    std::unique_ptr<test::FakeOryServer> m_ory;
    int m_steps = 0;

    // Runs the real hookmail binary; the fakes keep answering because the event loop runs while waiting.
    int runCli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_KEY"), kMandrillKey);
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_URL"), m_mandrill.baseUrl().toString());
        env.insert(QStringLiteral("HOOKMAIL_ORY_KEY"), oryKey());
        env.insert(QStringLiteral("HOOKMAIL_ORY_URL"), m_ory->baseUrl());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_projectDir.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(test::binDir() + QStringLiteral("/hookmail"), args);
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        m_output += "$ hookmail " + args.join(u' ').toUtf8() + '\n' + out + err;
        ++m_steps;
        if (process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (process.exitCode() != 0)
            qWarning("hookmail %s → %d\n%s%s", qPrintable(args.join(u' ')), process.exitCode(),
                     out.constData(), err.constData());
        return process.exitCode();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_start = QDateTime::currentDateTime().addSecs(-1);
        QVERIFY(m_projectDir.isValid());
        QVERIFY(m_mandrill.start());
        m_mandrill.setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        m_mandrill.setResponse(
            "/users/info",
            ScenarioResponse::json(200, R"({"username":"e2e","reputation":80,"hourly_quota":100,
                                   "backlog":0,"stats":{"today":{"sent":0},"last_30_days":{"sent":0}}})"));
        m_mandrill.setResponse(
            "/messages/send",
            ScenarioResponse::json(200, R"([{"email":"test@example.org","status":"sent","_id":"abc123"}])"));
        m_mandrill.setResponse(
            "/senders/check-domain",
            ScenarioResponse::json(200, R"({"domain":"example.org","verified_at":"2024-01-01 00:00:00",
                                   "valid_signing":true,"spf":{"valid":true},"dkim":{"valid":true}})"));
        m_ory = std::make_unique<test::FakeOryServer>(test::networkDefaultIdentityConfig(), QString());
        QVERIFY(m_ory->listen());

        Result<Project> project =
            ProjectFile::load(test::testDataDir() + QStringLiteral("/projects/minimal-valid.hookmail"));
        QVERIFY(project.ok());
        Project p = project.value();
        p.sampleIdentity = defaultProject().sampleIdentity;
        p.identityPreset = defaultProject().identityPreset;
        p.actions.first().hookPoints = {*HookPoint::parse(QStringLiteral("registration/after/password"))};
        p.actions.first().templateSource =
            QStringLiteral("function(ctx) { message: { from_email: 'hello@example.org', subject: 'Welcome', "
                           "text: 'Hi', to: [{ email: ctx.identity.traits.email }] } }\n");
        QVERIFY(ProjectFile::save(m_projectDir.filePath(QStringLiteral("shop.hookmail")), p).ok());
    }

    void cliJourney()
    {
        const QString file = m_projectDir.filePath(QStringLiteral("shop.hookmail"));
        const QString project = test::FakeOryServer::projectId();
        QCOMPARE(runCli({QStringLiteral("check-key")}), 0);
        QCOMPARE(runCli({QStringLiteral("render"), file, QStringLiteral("--json")}), 0);
        QVERIFY(runCli({QStringLiteral("check"), file}) >= 0);
        for (const QString &format : {QStringLiteral("action-json"), QStringLiteral("ory-cli"),
                                      QStringLiteral("kratos-yaml"), QStringLiteral("curl")}) {
            QCOMPARE(runCli({QStringLiteral("export"), file, QStringLiteral("--format"), format,
                             QStringLiteral("--output"),
                             m_projectDir.filePath(QStringLiteral("export-") + format)}),
                     0);
            QCOMPARE(runCli({QStringLiteral("export"), file, QStringLiteral("--format"), format}), 0);
        }
        QCOMPARE(runCli({QStringLiteral("send-test"), file, QStringLiteral("--to"),
                         QStringLiteral("test@example.org")}),
                 0);
        QVERIFY(!m_mandrill.requests().isEmpty()); // the test send really reached the fake (with the key)
        QCOMPARE(runCli({QStringLiteral("push"), file, QStringLiteral("--project"), project,
                         QStringLiteral("--dry-run")}),
                 0);
        QCOMPARE(runCli({QStringLiteral("push"), file, QStringLiteral("--project"), project,
                         QStringLiteral("--yes")}),
                 0);
        QVERIFY(m_ory->patchCount() >= 1);
        QCOMPARE(runCli({QStringLiteral("ory"), QStringLiteral("hooks"), QStringLiteral("--project"), project,
                         file}),
                 0);
        QCOMPARE(runCli({QStringLiteral("rollback"), QStringLiteral("--project"), project,
                         QStringLiteral("--yes")}),
                 0);
        QCOMPARE(
            runCli({QStringLiteral("import"), QStringLiteral("--project"), project,
                    QStringLiteral("--output"), m_projectDir.filePath(QStringLiteral("imported.hookmail"))}),
            0);
    }

    // Release builds (NDEBUG, as the dev and release presets build) set RLIMIT_CORE to 0 first thing in
    // main(): a core dump could hold a key. Look at a running hookmail's limits while it holds the key.
    void coreDumpsDisabled()
    {
#ifndef NDEBUG
        QSKIP("debug build: core dumps are only disabled in release builds");
#endif
        test::ScenarioServer hang;
        QVERIFY(hang.start());
        ScenarioResponse never = ScenarioResponse::json(200, "\"PONG!\"");
        never.mode = ScenarioResponse::Mode::NeverAnswer;
        hang.setDefaultResponse(never);
        QSignalSpy received(&hang, &test::ScenarioServer::requestReceived);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_KEY"), kMandrillKey);
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_URL"), hang.baseUrl().toString());
        process.setProcessEnvironment(env);
        process.start(test::binDir() + QStringLiteral("/hookmail"), {QStringLiteral("check-key")});
        QVERIFY(received.wait(20000)); // it is running and holds the key
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QByteArray text = limits.readAll();
        process.kill();
        process.waitForFinished();
        const qsizetype at = text.indexOf("Max core file size");
        QVERIFY(at >= 0);
        const QList<QByteArray> fields = text.mid(at, text.indexOf('\n', at) - at).simplified().split(' ');
        QVERIFY2(fields.size() >= 6 && fields.at(4) == "0" && fields.at(5) == "0", text.constData());
    }

    void noKeyAnywhere()
    {
        // Control: the search finds a key hidden at any offset inside a base64 body, URL-encoded or raw.
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray body = QByteArray(offset, 'x') + "local key = '" + kMandrillKey.toUtf8() + "';";
            QVERIFY(!hitsIn(body.toBase64(), QString()).isEmpty());
        }
        QVERIFY(!hitsIn(QUrl::toPercentEncoding(u"k=" + oryKey()), QString()).isEmpty());
        QList<Hit> hits = hitsIn(m_output, QStringLiteral("captured output"));
        QStringList roots{m_projectDir.path(), QDir::homePath(), QDir::tempPath()};
        for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                              QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                              QStandardPaths::GenericDataLocation, QStandardPaths::RuntimeLocation})
            roots << QStandardPaths::writableLocation(location);
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            roots << qEnvironmentVariable(var);
        roots.removeAll(QString());
        roots.removeDuplicates();
        QSet<QString> seen;
        int scanned = 0;
        qint64 bytes = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QFileInfo info = it.fileInfo();
                if (seen.contains(path) || info.lastModified() < m_start || info.size() > 32 * 1024 * 1024)
                    continue;
                seen.insert(path);
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray data = f.readAll();
                bytes += data.size();
                ++scanned;
                hits += hitsIn(data, path);
            }
        }
        for (const Hit &h : std::as_const(hits))
            qWarning("key found in %s (form %s)", qPrintable(h.where), h.form.constData());
        qInfo("secrets end to end: %d CLI steps, %d files written since the start searched (%lld bytes) + "
              "%lld bytes "
              "of output, %d forms per key, %d hits",
              m_steps, scanned, bytes, qint64(m_output.size()), int(test::secretForms(kMandrillKey).size()),
              int(hits.size()));
        QVERIFY(scanned >= 8); // exports, snapshots, the imported project, history… were really searched
        QCOMPARE(hits.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretsE2E)
#include "tst_secretse2e.moc"
