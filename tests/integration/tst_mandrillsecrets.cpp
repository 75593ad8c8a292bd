// A full test send (and key checks) with a known fake key, then a search of every file written under the
// test HOME/XDG dirs, the app's data/config locations and the temp dir, and of all captured output, for the
// key, its base64 and its URL-encoded forms: zero hits. The fake server echoes the key back in its error
// messages to make sure Hookmail does not repeat what a server says verbatim.
#include "ScenarioServer.h"
#include "cli/Commands.h"
#include "core/mandrill/TestSend.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace hookmail;
using namespace Qt::StringLiterals;
using test::ScenarioResponse;

namespace {
const QString kKey = QStringLiteral("hookmail-fake-LEAKCHECK-key-0006");

QList<QByteArray> forms()
{
    const QByteArray raw = kKey.toUtf8();
    return {raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding), QUrl::toPercentEncoding(kKey),
            raw.toHex()};
}

int countHits(const QByteArray &data)
{
    int hits = 0;
    for (const QByteArray &f : forms())
        hits += data.count(f);
    return hits;
}
} // namespace

class TestMandrillSecrets : public QObject
{
    Q_OBJECT
    QDateTime m_start;
    QByteArray m_captured;
    test::ScenarioServer m_server;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
        QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
        m_start = QDateTime::currentDateTime().addSecs(-2);
        QVERIFY(m_server.start());
        qputenv("HOOKMAIL_MANDRILL_KEY", kKey.toUtf8());
        qputenv("HOOKMAIL_MANDRILL_URL", m_server.baseUrl().toString().toUtf8());
    }

    void sendTestInProcess()
    {
        m_server.setResponse(
            "/messages/send",
            ScenarioResponse::json(
                200,
                R"([{"email":"me@example.net","status":"rejected","reject_reason":"unsigned","_id":"m1"}])"));
        const QJsonObject rendered =
            QJsonDocument::fromJson(
                R"({"message":{"from_email":"hi@example.com","subject":"Welcome","html":"<p>x</p>",
                "to":[{"email":"user@example.org"}]}})")
                .object();
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = cli::runSendTest(rendered, {QStringLiteral("me@example.net")}, false, o, e,
                                          QStringLiteral("/tmp/leakcheck-project.hookmail"));
        o.flush();
        e.flush();
        QCOMPARE(code, 1); // rejected → exit 1
        QVERIFY2(out.contains(u"unsigned") || out.contains(u"not verified"), qPrintable(out));
        m_captured += out.toUtf8() + err.toUtf8();
        // The key did travel to the server (so the search below is able to find it where it exists).
        QVERIFY(countHits(m_server.requests().last().body) > 0);
        // JSON mode and a failing call whose server message echoes the key.
        m_server.setResponse(
            "/messages/send",
            ScenarioResponse::json(
                500,
                QByteArray(
                    "{\"status\":\"error\",\"code\":-2,\"name\":\"ValidationError\",\"message\":\"bad key ") +
                    kKey.toUtf8() + "\"}"));
        out.clear();
        err.clear();
        QCOMPARE(cli::runSendTest(rendered, {QStringLiteral("me@example.net")}, true, o, e,
                                  QStringLiteral("/tmp/leakcheck-project.hookmail")),
                 1);
        o.flush();
        e.flush();
        QVERIFY2(out.contains(u"ValidationError"), qPrintable(out));
        m_captured += out.toUtf8() + err.toUtf8();
        const auto history = TestSendHistory(QStringLiteral("/tmp/leakcheck-project.hookmail")).load();
        QCOMPARE(history.size(), 2);
    }

    void cliProcess_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("status");
        QTest::newRow("check-key invalid")
            << QStringList{QStringLiteral("check-key")} << QByteArray("/users/ping")
            << ("{\"status\":\"error\",\"code\":-1,\"name\":\"Invalid_Key\",\"message\":\"Invalid API key: " +
                kKey.toUtf8() + "\"}")
            << 500;
        QTest::newRow("check-key json") << QStringList{QStringLiteral("check-key"), QStringLiteral("--json")}
                                        << QByteArray("/users/ping") << QByteArray("\"PONG!\"") << 200;
        QTest::newRow("check-domain")
            << QStringList{QStringLiteral("check-domain"), QStringLiteral("example.com")}
            << QByteArray("/senders/domains")
            << ("[{\"domain\":\"x.org\",\"verify_txt_key\":\"" + kKey.toUtf8() + "\"}]") << 200;
    }
    void cliProcess()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, response);
        QFETCH(int, status);
        m_server.setResponse(path, ScenarioResponse::json(status, response));
        m_server.setResponse(
            "/users/info", ScenarioResponse::json(
                               200, R"({"username":"acme","reputation":80,"hourly_quota":100,"backlog":0})"));
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished); // the fake server needs this event loop running
        process.start(QStringLiteral(HOOKMAIL_BIN_DIR "/hookmail"), args);
        QVERIFY(finished.wait(20000));
        const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(!out.isEmpty(), "the CLI printed nothing");
        m_captured += out;
    }

    void noLeakAnywhere()
    {
        QCOMPARE(countHits(m_captured), 0);
        QStringList roots{QDir::tempPath(),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        const QString home = qEnvironmentVariable("HOOKMAIL_TEST_HOME");
        if (!home.isEmpty())
            roots << home;
        int scanned = 0;
        bool sawHistory = false;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                const QFileInfo info(file);
                if (info.lastModified() < m_start || info.size() > 4 * 1024 * 1024 ||
                    file.contains(u"/keyrings/"))
                    continue; // only what was written during this test; gnome-keyring's store is encrypted
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                sawHistory = sawHistory || file.contains(u"/history/");
                QVERIFY2(countHits(f.readAll()) == 0, qPrintable(u"key found in "_s + file));
            }
        }
        QVERIFY(sawHistory); // the history file the send wrote was among the searched files
        qInfo("searched %d files written during the test and %lld bytes of output", scanned,
              qint64(m_captured.size()));
    }

    void cleanupTestCase()
    {
        QFile::remove(TestSendHistory(QStringLiteral("/tmp/leakcheck-project.hookmail")).filePath());
        qunsetenv("HOOKMAIL_MANDRILL_KEY");
        qunsetenv("HOOKMAIL_MANDRILL_URL");
    }
};

QTEST_GUILESS_MAIN(TestMandrillSecrets)
#include "tst_mandrillsecrets.moc"
