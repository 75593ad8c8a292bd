// A normal start of the real `hookmail` window (the default email rendered into the preview, then a clean
// quit) prints nothing on stderr, offscreen and on the X display the test session provides: Qt's and the web
// engine's chatter goes to the log file, where it is kept. With --verbose it reaches stderr too.
#include "TestEnv.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {
struct Start
{
    int exitCode = -1;
    QByteArray err;
    QByteArray log;
};

Start startWindow(const QString &platform, const QStringList &args = {})
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOOKMAIL_SMOKE_EXIT_MS"), QStringLiteral("8000")); // start, preview, quit
    env.remove(QStringLiteral("HOOKMAIL_VERBOSE"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::binDir() + QStringLiteral("/hookmail"), args);
    Start s;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return s;
    }
    s.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    s.err = p.readAllStandardError();
    QFile log(home.filePath(QStringLiteral(".local/share/Hookmail/Hookmail/hookmail.log")));
    if (log.open(QIODevice::ReadOnly))
        s.log = log.readAll();
    return s;
}
} // namespace

class TestQuietStart : public QObject
{
    Q_OBJECT
private slots:
    void normalStartPrintsNothing_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("offscreen") << QStringLiteral("offscreen");
        if (!qEnvironmentVariableIsEmpty("DISPLAY"))
            QTest::newRow("X display (Xvfb)") << QStringLiteral("xcb");
    }
    void normalStartPrintsNothing()
    {
        QFETCH(QString, platform);
        const Start s = startWindow(platform);
        QCOMPARE(s.exitCode, 0);
        QCOMPARE(QString::fromLocal8Bit(s.err), QString());
        // The chatter was kept, not lost: the web engine's start-up report is in the log.
        QVERIFY2(s.log.contains("qt.webenginecontext"), s.log.constData());
    }
    void verboseShowsTheChatter()
    {
        const Start s = startWindow(QStringLiteral("offscreen"), {QStringLiteral("--verbose")});
        QCOMPARE(s.exitCode, 0);
        QVERIFY(s.err.contains("qt.webenginecontext"));
    }
};

QTEST_GUILESS_MAIN(TestQuietStart)
#include "tst_quietstart.moc"
