// Bad sample data and project files: malformed, truncated, wrong-typed and huge JSON for identities
// (validateSampleIdentity, `--identity FILE`, `--ctx FILE`) and projects (ProjectFile::load, the CLI).
// Each gives a clear error and leaves the previous state untouched: the file's bytes are unchanged, and a
// project already in memory (or already saved) stays as it was.
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/model/ProjectFile.h"
#include "core/model/SampleContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace hookmail;

namespace {

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? sha(f.readAll()) : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const QByteArray kGoodIdentity = R"({"id":"i1","schema_id":"default","state":"active",
 "traits":{"email":"ada@example.org","name":{"first":"Ada"}},
 "verifiable_addresses":[{"value":"ada@example.org","via":"email","verified":true,"status":"completed"}],
 "recovery_addresses":[{"value":"ada@example.org","via":"email"}],"metadata_public":null})";

QByteArray nested(int depth)
{
    return "{\"traits\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/hookmail"), args);
    CliRun r;
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A message a user can act on: says something, names no C++ internals.
void verifyClear(const QString &message)
{
    QVERIFY2(message.trimmed().size() > 20, qPrintable(message));
    for (const char *internal : {"QJson", "nlohmann", "std::", "Q_ASSERT", "(null)", "%1"})
        QVERIFY2(!message.contains(QLatin1String(internal)), qPrintable(message));
}

} // namespace

class TestBadInputs : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_identityCases = 0, m_ctxCases = 0, m_projectCases = 0, m_rejected = 0, m_changed = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Control: the good identity passes everything, so the rejections below are about the bad bytes.
        QVERIFY(validateSampleIdentity(QJsonDocument::fromJson(kGoodIdentity).object()).ok());
        const QString good = m_dir.filePath(QStringLiteral("good-identity.json"));
        QVERIFY(writeBytes(good, kGoodIdentity));
        const CliRun r =
            runCli({QStringLiteral("render"), QStringLiteral("--identity"), good, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void identity_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>(
            "badForCtxToo"); // also not usable as a --ctx file (syntax / not an object / huge)
        QTest::newRow("empty file") << QByteArray() << true;
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << true;
        QTest::newRow("truncated at 10%") << kGoodIdentity.left(kGoodIdentity.size() / 10) << true;
        QTest::newRow("truncated at 50%") << kGoodIdentity.left(kGoodIdentity.size() / 2) << true;
        QTest::newRow("truncated one byte short") << kGoodIdentity.chopped(1) << true;
        QTest::newRow("trailing comma") << QByteArray(R"({"traits":{"email":"a@example.org",}})") << true;
        QTest::newRow("single quotes") << QByteArray(R"({'traits':{'email':'a@example.org'}})") << true;
        QTest::newRow("comments") << QByteArray("// identity\n{\"traits\":{}}") << true;
        QTest::newRow("jsonnet not json") << QByteArray("{ traits: { email: 'a@example.org' } }") << true;
        QTest::newRow("two documents") << QByteArray(R"({"traits":{}}{"traits":{}})") << true;
        QTest::newRow("array") << QByteArray(R"([{"traits":{"email":"a@example.org"}}])") << true;
        QTest::newRow("string") << QByteArray(R"("ada@example.org")") << true;
        QTest::newRow("number") << QByteArray("42") << true;
        QTest::newRow("null") << QByteArray("null") << true;
        QTest::newRow("nul byte") << QByteArray("{\"traits\":{\"email\":\"a\0b\"}}", 27) << true;
        QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
        QTest::newRow("latin-1 text") << QByteArray("{\"traits\":{\"name\":\"Jos\xe9\"}}") << true;
        QTest::newRow("utf-16 with BOM") << QByteArray("\xff\xfe{\0}\0", 6) << true;
        QTest::newRow("nested 100000 deep") << nested(100000) << true;
        QTest::newRow("huge: 3 MB of traits")
            << QByteArray("{\"traits\":{\"email\":\"a@example.org\",\"bio\":\"" +
                          QByteArray(3 * 1024 * 1024, 'x') + "\"}}")
            << true;
        // Wrong types: valid JSON objects, but not an identity Kratos could have.
        QTest::newRow("no traits") << QByteArray(R"({"id":"x"})") << false;
        QTest::newRow("traits is a string") << QByteArray(R"({"traits":"ada@example.org"})") << false;
        QTest::newRow("traits is null") << QByteArray(R"({"traits":null})") << false;
        QTest::newRow("traits is an array") << QByteArray(R"({"traits":[]})") << false;
        QTest::newRow("id is a number") << QByteArray(R"({"id":7,"traits":{}})") << false;
        QTest::newRow("state unknown") << QByteArray(R"({"state":"banned","traits":{}})") << false;
        QTest::newRow("metadata_public is a list")
            << QByteArray(R"({"traits":{},"metadata_public":[1]})") << false;
        QTest::newRow("verifiable_addresses is an object")
            << QByteArray(R"({"traits":{},"verifiable_addresses":{"value":"a@example.org"}})") << false;
        QTest::newRow("address without value")
            << QByteArray(R"({"traits":{},"verifiable_addresses":[{"via":"email"}]})") << false;
        QTest::newRow("address value is a number")
            << QByteArray(R"({"traits":{},"recovery_addresses":[{"value":5}]})") << false;
        QTest::newRow("address via pigeon")
            << QByteArray(
                   R"({"traits":{},"verifiable_addresses":[{"value":"a@example.org","via":"pigeon"}]})")
            << false;
        QTest::newRow("verified is text")
            << QByteArray(
                   R"({"traits":{},"verifiable_addresses":[{"value":"a@example.org","verified":"yes"}]})")
            << false;
        QTest::newRow("status unknown")
            << QByteArray(
                   R"({"traits":{},"verifiable_addresses":[{"value":"a@example.org","status":"done"}]})")
            << false;
        QTest::newRow("address is a string")
            << QByteArray(R"({"traits":{},"verifiable_addresses":["a@example.org"]})") << false;
    }
    void identity()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, badForCtxToo);
        ++m_identityCases;

        // Core: what does not parse as an object never reaches validation; what does must be refused.
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        const bool parsesAsObject = parseError.error == QJsonParseError::NoError && doc.isObject();
        if (parsesAsObject && !badForCtxToo) {
            const Status status = validateSampleIdentity(doc.object());
            QVERIFY(!status.ok());
            verifyClear(status.error().message);
        }

        // CLI: --identity FILE → exit 2 with a message naming the file; nothing printed on stdout; file
        // intact.
        const QString path = m_dir.filePath(QStringLiteral("identity-%1.json").arg(m_identityCases));
        QVERIFY(writeBytes(path, bytes));
        const QByteArray before = fileHash(path);
        const CliRun r =
            runCli({QStringLiteral("render"), QStringLiteral("--identity"), path, QStringLiteral("--json")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(300)));
        verifyClear(r.err);
        QVERIFY2(r.err.contains(QFileInfo(path).fileName()), qPrintable(r.err));
        ++m_rejected;
        if (fileHash(path) != before)
            ++m_changed;
        QCOMPARE(fileHash(path), before);

        if (badForCtxToo) {
            ++m_ctxCases;
            const CliRun c =
                runCli({QStringLiteral("render"), QStringLiteral("--ctx"), path, QStringLiteral("--json")});
            QVERIFY2(!c.crashed, qPrintable(c.err));
            QCOMPARE(c.exitCode, 2);
            QVERIFY(c.out.isEmpty());
            verifyClear(c.err);
            QVERIFY2(c.err.contains(QFileInfo(path).fileName()), qPrintable(c.err));
            ++m_rejected;
            QCOMPARE(fileHash(path), before);
        }
    }

    void project_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good =
            test::readFile(test::testDataDir() + QStringLiteral("/projects/minimal-valid.hookmail"));
        // Every broken fixture in tests/data/projects.
        const QDir fixtures(test::testDataDir() + QStringLiteral("/projects"));
        for (const QString &name : fixtures.entryList({QStringLiteral("*.hookmail")}, QDir::Files)) {
            if (name == u"minimal-valid.hookmail" || name == u"v1-form.hookmail") // the valid ones
                continue;
            QTest::newRow(qPrintable(QStringLiteral("fixture ") + name))
                << test::readFile(fixtures.filePath(name));
        }
        for (int percent : {1, 25, 50, 75, 99})
            QTest::newRow(qPrintable(QStringLiteral("truncated at %1%").arg(percent)))
                << good.left(good.size() * percent / 100);
        QTest::newRow("nul bytes") << QByteArray(64, '\0');
        QTest::newRow("nul inside") << QByteArray(good).insert(good.indexOf("actions"), '\0');
        QTest::newRow("utf-16") << QByteArray("\xff\xfe{\0\"\0}\0", 8);
        QTest::newRow("latin-1 in a string") << QByteArray(good).replace("Login notice", "Caf\xe9 notice");
        QTest::newRow("nested 100000 deep")
            << QByteArray("{\"format\":\"hookmail-project\",\"version\":1,\"actions\":" +
                          QByteArray(100000, '[') + QByteArray(100000, ']') + "}");
        QTest::newRow("actions is an object")
            << QByteArray(R"({"format":"hookmail-project","version":1,"actions":{"a":1}})");
        QTest::newRow("action is a string")
            << QByteArray(R"({"format":"hookmail-project","version":1,"actions":["welcome"]})");
        QTest::newRow("template is a number") << QByteArray(good).replace(
            "\"template\": \"function(ctx) { message: { subject: 'New sign-in' } }\\n\"", "\"template\": 7");
        QTest::newRow("version negative") << QByteArray(good).replace("\"version\": 1", "\"version\": -1");
        QTest::newRow("version huge") << QByteArray(good).replace("\"version\": 1", "\"version\": 1e308");
        QTest::newRow("no format") << QByteArray(good).replace("\"format\": \"hookmail-project\",", "");
        QTest::newRow("huge: 17 MB") << QByteArray(good).replace("New sign-in",
                                                                 QByteArray(17 * 1024 * 1024, 'x'));
    }
    void project()
    {
        QFETCH(QByteArray, bytes);
        ++m_projectCases;
        // The project the user has open and saved: a failed load must not touch it.
        const QString openPath = m_dir.filePath(QStringLiteral("open.hookmail"));
        Result<Project> open =
            ProjectFile::load(test::testDataDir() + QStringLiteral("/projects/minimal-valid.hookmail"));
        QVERIFY(open.ok());
        QVERIFY(ProjectFile::save(openPath, open.value()).ok());
        const Project inMemory = open.value();
        const QByteArray openHash = fileHash(openPath);

        const QString path = m_dir.filePath(QStringLiteral("bad-%1.hookmail").arg(m_projectCases));
        QVERIFY(writeBytes(path, bytes));
        const QByteArray before = fileHash(path);

        Result<Project> loaded = ProjectFile::load(path);
        QVERIFY2(!loaded.ok(), "a broken project loaded");
        verifyClear(loaded.error().message);
        QVERIFY(!loaded.error().code.isEmpty());
        Result<Project> parsed = ProjectFile::parse(bytes, QStringLiteral("x.hookmail"));
        QVERIFY(!parsed.ok() ||
                bytes.size() > ProjectFile::maxFileBytes); // parse() has no size limit of its own

        const CliRun r = runCli({QStringLiteral("render"), path, QStringLiteral("--json")});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        verifyClear(r.err);
        ++m_rejected;

        if (fileHash(path) != before || fileHash(openPath) != openHash)
            ++m_changed;
        QCOMPARE(fileHash(path), before);
        QCOMPARE(fileHash(openPath), openHash);
        QVERIFY(open.value() == inMemory);
    }

    // A save that cannot happen leaves the previous file exactly as it was.
    void failedSaveKeepsPreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.hookmail"));
        Result<Project> project =
            ProjectFile::load(test::testDataDir() + QStringLiteral("/projects/minimal-valid.hookmail"));
        QVERIFY(project.ok());
        QVERIFY(ProjectFile::save(path, project.value()).ok());
        const QByteArray before = fileHash(path);
        Project edited = project.value();
        edited.actions.first().name = QStringLiteral("Edited");
        // Make the write itself fail half-way (as on a full disk), which also works when running as root: the
        // process may write at most 64 bytes per file; SIGXFSZ is ignored so write() fails with EFBIG.
        edited.actions.first().templateSource = QString(4096, u'x');
        rlimit old{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = signal(SIGXFSZ, SIG_IGN);
        rlimit tiny = old;
        tiny.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const Status saved = ProjectFile::save(path, edited);
        setrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, oldHandler);
        QVERIFY2(!saved.ok(), qPrintable(QStringLiteral("the save should have failed; file now %1 bytes")
                                             .arg(QFileInfo(path).size())));
        verifyClear(saved.error().message);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("p.hookmail")});
    }

    void cleanupTestCase()
    {
        qInfo(
            "bad inputs: %d identity cases (%d also as --ctx), %d project cases; %d rejections with a clear "
            "message, %d files changed",
            m_identityCases, m_ctxCases, m_projectCases, m_rejected, m_changed);
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_badinputs.moc"
