// The Mandrill key dialog and the test-send pane, offscreen, with a MemorySecretStore and the scenario fake.
#include "ScenarioServer.h"
#include "core/mandrill/MandrillClient.h"
#include "core/secrets/SessionSecretStore.h"
#include "mandrill/MandrillKeyDialog.h"
#include "mandrill/TestSendPane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;
using test::ScenarioResponse;

namespace {
const QString kKey = QStringLiteral("hookmail-fake-dialog-key-0007");

// A primary store that behaves like a machine without a keychain.
class NoKeychainStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isAvailable() const override { return false; }
};
} // namespace

class TestMandrillKeyDialog : public QObject
{
    Q_OBJECT
    test::ScenarioServer *m_server = nullptr;
    MandrillClient *m_client = nullptr;
    MemorySecretStore *m_store = nullptr;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = new test::ScenarioServer(this);
        QVERIFY(m_server->start());
        m_client = new MandrillClient(this);
        m_client->setBaseUrl(m_server->baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(5));
        m_store = new MemorySecretStore(this);
    }
    void cleanup()
    {
        delete m_client;
        delete m_store;
        delete m_server;
    }

    void savesIntoTheStore()
    {
        MandrillKeyDialog dialog(m_store, m_client);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keyLineEdit"));
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, u"  "_s + kKey + u" "_s);
        QSignalSpy saved(&dialog, &MandrillKeyDialog::keySaved);
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QVERIFY(saved.wait(2000));
        QCOMPARE(m_store->readAndWait(SecretStore::Slot::MandrillKey).value(), kKey); // trimmed
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void loadsAndRemovesTheStoredKey()
    {
        QVERIFY(m_store->writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        MandrillKeyDialog dialog(m_store, m_client);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("keyLineEdit"));
        QTRY_COMPARE_WITH_TIMEOUT(edit->text(), kKey, 2000);
        QSignalSpy removed(&dialog, &MandrillKeyDialog::keyRemoved);
        dialog.findChild<QPushButton *>(QStringLiteral("removeButton"))->click();
        QVERIFY(removed.wait(2000));
        QVERIFY(edit->text().isEmpty());
        QCOMPARE(m_store->readAndWait(SecretStore::Slot::MandrillKey).value(), QString());
    }

    void revealToggle()
    {
        MandrillKeyDialog dialog(m_store, m_client);
        auto *reveal = dialog.findChild<QAction *>(QStringLiteral("revealKeyAction"));
        QVERIFY(reveal);
        QVERIFY(!dialog.isKeyRevealed());
        reveal->trigger();
        QVERIFY(dialog.isKeyRevealed());
        reveal->trigger();
        QVERIFY(!dialog.isKeyRevealed());
    }

    void pasteButton()
    {
        QGuiApplication::clipboard()->setText(u"\n"_s + kKey + u"\n"_s);
        MandrillKeyDialog dialog(m_store, m_client);
        dialog.findChild<QPushButton *>(QStringLiteral("pasteButton"))->click();
        QCOMPARE(dialog.enteredKey(), kKey);
        QGuiApplication::clipboard()->clear();
    }

    void checkKeyShowsAccount()
    {
        m_server->setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        m_server->setResponse(
            "/users/info",
            ScenarioResponse::json(
                200, R"({"username":"acme-mail","reputation":82,"hourly_quota":250,"backlog":0})"));
        MandrillKeyDialog dialog(m_store, m_client);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyLineEdit"))->setText(kKey);
        dialog.findChild<QPushButton *>(QStringLiteral("checkKeyButton"))->click();
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("checkResultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"acme-mail"), 5000);
        QVERIFY(label->text().contains(u"82"));
        QVERIFY(label->text().contains(u"250"));
        QVERIFY(label->text().contains(u"test key"));
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().first().body).object().value(u"key").toString(),
                 kKey);
    }

    void checkKeyExplainsMarketingKey()
    {
        m_server->setResponse(
            "/users/ping",
            ScenarioResponse::json(
                500, R"({"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"})"));
        MandrillKeyDialog dialog(m_store, m_client);
        dialog.findChild<QLineEdit *>(QStringLiteral("keyLineEdit"))
            ->setText(QStringLiteral("0123abcd-us21"));
        dialog.findChild<QPushButton *>(QStringLiteral("checkKeyButton"))->click();
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("checkResultLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Marketing"), 5000);
    }

    void explainsRestrictionAndNoKeychain()
    {
        SessionSecretStore store(new NoKeychainStore);
        QVERIFY(store.isSessionOnly());
        MandrillKeyDialog dialog(&store, m_client);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("restrictionLabel"))
                    ->text()
                    .contains(u"messages/send"));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("restrictionLabel"))->text().contains(u"unencrypted"));
        const QString storage = dialog.findChild<QLabel *>(QStringLiteral("storageLabel"))->text();
        QVERIFY2(storage.contains(u"No keychain is available") && storage.contains(u"this run only"),
                 qPrintable(storage));
    }

    void paneSendsAndRecordsHistory()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.hookmail"));
        QVERIFY(m_store->writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        m_server->setResponse(
            "/messages/send",
            ScenarioResponse::json(
                200,
                R"([{"email":"me@example.net","status":"rejected","reject_reason":"unsigned","_id":"id-1"}])"));
        TestSendPane pane(m_client, m_store);
        pane.setProjectPath(project);
        pane.setRenderedBody(
            QJsonDocument::fromJson(
                R"({"message":{"from_email":"hi@example.com","subject":"Hello","to":[{"email":"u@example.org"}]}})")
                .object(),
            QStringLiteral("hi@example.com"));
        auto *send = pane.findChild<QPushButton *>(QStringLiteral("sendTestButton"));
        QVERIFY(!send->isEnabled()); // no address yet
        pane.setTestAddresses({QStringLiteral("me@example.net")});
        QVERIFY(send->isEnabled());
        QSignalSpy finished(&pane, &TestSendPane::sendFinished);
        send->click();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        auto *table = pane.findChild<QTableWidget *>(QStringLiteral("sendResultsTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("rejected"));
        QVERIFY(table->item(0, 2)->text().contains(u"not verified"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("id-1"));
        auto *history = pane.findChild<QListWidget *>(QStringLiteral("historyList"));
        QCOMPARE(history->count(), 1);
        // Reopen: a new pane on the same project shows the history and prefills the address.
        TestSendPane again(m_client, m_store);
        again.setProjectPath(project);
        QCOMPARE(again.testAddresses(), QStringList{QStringLiteral("me@example.net")});
        again.findChild<QListWidget *>(QStringLiteral("historyList"))->setCurrentRow(0);
        QCOMPARE(again.findChild<QTableWidget *>(QStringLiteral("sendResultsTable"))->item(0, 3)->text(),
                 QStringLiteral("id-1"));
        QFile::remove(TestSendHistory(project).filePath());
    }

    void paneCancelKeepsWindowUsable()
    {
        QVERIFY(m_store->writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        ScenarioResponse silent;
        silent.mode = ScenarioResponse::Mode::NeverAnswer;
        m_server->setResponse("/messages/send", silent);
        TestSendPane pane(m_client, m_store);
        pane.setRenderedBody(QJsonObject{{QStringLiteral("message"), QJsonObject{}}}, QString());
        pane.setTestAddresses({QStringLiteral("me@example.net")});
        QSignalSpy received(m_server, &test::ScenarioServer::requestReceived);
        pane.findChild<QPushButton *>(QStringLiteral("sendTestButton"))->click();
        QVERIFY(received.wait(3000));
        QVERIFY(pane.isSending());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("sendTestButton"))->isEnabled());
        auto *cancel = pane.findChild<QPushButton *>(QStringLiteral("cancelSendButton"));
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isSending(), 2000);
        QVERIFY(pane.findChild<QPushButton *>(QStringLiteral("sendTestButton"))->isEnabled());
        QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("sendStatusLabel"))->text(),
                 QStringLiteral("Cancelled."));
    }

    void paneDomainStatus()
    {
        QVERIFY(m_store->writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        m_server->setResponse(
            "/senders/domains",
            ScenarioResponse::json(
                200,
                R"([{"domain":"example.com","verified_at":null,"spf":{"valid":true},"dkim":{"valid":false},"valid_signing":false}])"));
        TestSendPane pane(m_client, m_store);
        pane.setRenderedBody(QJsonObject{}, QStringLiteral("hi@example.com"));
        pane.findChild<QPushButton *>(QStringLiteral("checkDomainButton"))->click();
        auto *label = pane.findChild<QLabel *>(QStringLiteral("domainStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"DKIM is not valid"), 5000);
        QVERIFY(label->text().contains(u"Ownership of “example.com” is not verified"));
    }
};

QTEST_MAIN(TestMandrillKeyDialog)
#include "tst_mandrillkeydialog.moc"
