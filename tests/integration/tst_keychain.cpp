// KeychainSecretStore against the real gnome-keyring of the test session (scripts/test-session.sh).
#include "core/common/Settings.h"
#include "core/secrets/KeyProvider.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SessionSecretStore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT
    const QString m_service = QStringLiteral("Hookmail-test-%1").arg(QCoreApplication::applicationPid());
    const QString m_fakeKey = QStringLiteral("hookmail-fake-keychain-key-0004");

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
        QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
        if (qEnvironmentVariable("HOOKMAIL_KEYRING_READY") != u"1")
            QSKIP(
                "Needs the unlocked gnome-keyring of the test session: run through scripts/test-session.sh.");
    }

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store(nullptr, m_service);
        bool available = false;
        bool probed = false;
        store.probe([&](bool a) {
            available = a;
            probed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 10000);
        QVERIFY2(available, "gnome-keyring did not answer");
        QVERIFY(store.isAvailable());

        const auto slot = SecretStore::Slot::MandrillKey;
        QVERIFY(store.removeAndWait(slot).ok()); // clean start; removing nothing is fine
        auto empty = store.readAndWait(slot);
        QVERIFY2(empty.ok(), qPrintable(empty.error().message));
        QCOMPARE(empty.value(), QString()); // not found = empty, not an error

        QVERIFY(store.writeAndWait(slot, m_fakeKey).ok());
        QCOMPARE(store.readAndWait(slot).value(), m_fakeKey);
        QVERIFY(store.writeAndWait(slot, m_fakeKey + u"-2").ok());
        QCOMPARE(store.readAndWait(slot).value(), m_fakeKey + u"-2");
        // Slots are separate.
        QCOMPARE(store.readAndWait(SecretStore::Slot::OryWorkspaceKey).value(), QString());
        QVERIFY(store.removeAndWait(slot).ok());
        QCOMPARE(store.readAndWait(slot).value(), QString());
    }

    void sessionStoreUsesTheKeychainWhenPresent()
    {
        SessionSecretStore store(new KeychainSecretStore(nullptr, m_service));
        bool sessionOnly = true;
        bool probed = false;
        store.probe([&](bool s) {
            sessionOnly = s;
            probed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(probed, 10000);
        QVERIFY(!sessionOnly);
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, m_fakeKey).ok());
        // A second store (as after a restart) reads it back from the keychain.
        KeychainSecretStore again(nullptr, m_service);
        QCOMPARE(again.readAndWait(SecretStore::Slot::MandrillKey).value(), m_fakeKey);
        QVERIFY(store.removeAndWait(SecretStore::Slot::MandrillKey).ok());
    }

    void keyProviderOrder()
    {
        KeychainSecretStore store(nullptr, m_service);
        KeyProvider keys(&store);
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, m_fakeKey).ok());
        qputenv("HOOKMAIL_MANDRILL_KEY", "from-env-key");
        auto r = keys.keyAndWait(SecretStore::Slot::MandrillKey);
        QCOMPARE(r->value, QStringLiteral("from-env-key"));
        QCOMPARE(r->source, QStringLiteral("HOOKMAIL_MANDRILL_KEY"));
        qunsetenv("HOOKMAIL_MANDRILL_KEY");
        r = keys.keyAndWait(SecretStore::Slot::MandrillKey);
        QCOMPARE(r->value, m_fakeKey);
        QCOMPARE(r->source, QStringLiteral("keychain"));
        QVERIFY(store.removeAndWait(SecretStore::Slot::MandrillKey).ok());
        r = keys.keyAndWait(SecretStore::Slot::MandrillKey);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("no-key"));
        QVERIFY(r.error().message.contains(u"HOOKMAIL_MANDRILL_KEY"));
        // Last: a value given for this run only (typed, not saved); the keychain still wins over it.
        keys.setRunOnlyKey(SecretStore::Slot::MandrillKey, m_fakeKey + u"-run");
        r = keys.keyAndWait(SecretStore::Slot::MandrillKey);
        QCOMPARE(r->value, m_fakeKey + u"-run");
        QCOMPARE(r->source, QStringLiteral("this run"));
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, m_fakeKey).ok());
        r = keys.keyAndWait(SecretStore::Slot::MandrillKey);
        QCOMPARE(r->value, m_fakeKey);
        QVERIFY(store.removeAndWait(SecretStore::Slot::MandrillKey).ok());
    }

    void keyNeverInSettingsFiles()
    {
        KeychainSecretStore store(nullptr, m_service);
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, m_fakeKey).ok());
        {
            Settings settings; // the app writes its ordinary settings next to where a fallback would go
            settings.setMandrillBaseUrl(QStringLiteral("http://127.0.0.1:9"));
        }
        QVERIFY(store.removeAndWait(SecretStore::Slot::MandrillKey).ok());
        // No plaintext fallback: nothing under the config/data locations holds the key.
        QStringList roots{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)};
        const QString home = qEnvironmentVariable("HOOKMAIL_TEST_HOME");
        if (!home.isEmpty())
            roots << home + u"/.config"_s; // the real (non-test-mode) QSettings location of the session
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.fileName().contains(u"keyrings"))
                    continue; // gnome-keyring's own encrypted store
                if (f.open(QIODevice::ReadOnly)) {
                    ++scanned;
                    QVERIFY2(!f.readAll().contains(m_fakeKey.toUtf8()), qPrintable(f.fileName()));
                }
            }
        }
        QVERIFY(scanned > 0); // at least the settings file was searched
        qInfo("scanned %d files", scanned);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
