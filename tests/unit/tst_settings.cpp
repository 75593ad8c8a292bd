#include "core/common/Settings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void baseUrlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https mandrill") << "https://mandrillapp.com/api/1.0" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:4010" << true;
        QTest::newRow("http loopback other") << "http://127.3.4.5:4010" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::newRow("http remote") << "http://mandrillapp.com/api/1.0" << false;
        QTest::newRow("http private range") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("not a url") << "mandrill" << false;
    }
    void baseUrlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(checkApiBaseUrl(url).isEmpty(), accepted);
    }
    void defaultsAndEnvironmentOverride()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        qunsetenv("HOOKMAIL_MANDRILL_URL");
        QCOMPARE(settings.mandrillBaseUrl(), QStringLiteral("https://mandrillapp.com/api/1.0"));
        QCOMPARE(settings.oryBaseUrl(), QStringLiteral("https://api.console.ory.com"));
        settings.setMandrillBaseUrl(QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(settings.mandrillBaseUrl(), QStringLiteral("http://127.0.0.1:1"));
        qputenv("HOOKMAIL_MANDRILL_URL", "http://127.0.0.1:2");
        QCOMPARE(settings.mandrillBaseUrl(), QStringLiteral("http://127.0.0.1:2"));
        qunsetenv("HOOKMAIL_MANDRILL_URL");
    }
    void recentFilesAreMostRecentFirstAndBounded()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(QStringLiteral("/p/%1.hookmail").arg(i));
        settings.addRecentFile(QStringLiteral("/p/5.hookmail"));
        const QStringList recent = settings.recentFiles();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("/p/5.hookmail"));
        QCOMPARE(recent.count(QStringLiteral("/p/5.hookmail")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
