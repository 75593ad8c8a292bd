// With no Secret Service on the session bus, the keychain store says so plainly and the app store keeps
// the key for this run only (memory), never in a file.
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SessionSecretStore.h"

#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keychainSaysUnavailable()
    {
        KeychainSecretStore store(nullptr, QStringLiteral("Hookmail-test-nokeychain"));
        const auto r = store.readAndWait(SecretStore::Slot::MandrillKey);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("keychain-unavailable"));
        QVERIFY2(r.error().message.startsWith(u"No keychain is available (is gnome-keyring running?)"),
                 qPrintable(r.error().message + u" | " + r.error().detail));
        QVERIFY(!store.isAvailable());
        qInfo("no keychain → %s", qPrintable(r.error().message));
    }

    void sessionStoreKeepsKeyForThisRunOnly()
    {
        SessionSecretStore store(
            new KeychainSecretStore(nullptr, QStringLiteral("Hookmail-test-nokeychain")));
        QVERIFY(
            store.writeAndWait(SecretStore::Slot::MandrillKey, QStringLiteral("hookmail-fake-session-0005"))
                .ok());
        QVERIFY(store.isSessionOnly());
        QVERIFY(store.stateDescription().contains(u"this run only"));
        QCOMPARE(store.readAndWait(SecretStore::Slot::MandrillKey).value(),
                 QStringLiteral("hookmail-fake-session-0005"));
        SessionSecretStore fresh(
            new KeychainSecretStore(nullptr, QStringLiteral("Hookmail-test-nokeychain")));
        QCOMPARE(fresh.readAndWait(SecretStore::Slot::MandrillKey).value(),
                 QString()); // gone "after restart"
    }
};

int main(int argc, char **argv)
{
    // A session bus that does not exist: QtKeychain finds no Secret Service (and no KWallet).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hookmail-no-bus");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_nokeychain.moc"
