#pragma once

#include "core/mandrill/MandrillParsing.h"
#include "core/mandrill/TestSend.h"

#include <QJsonObject>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace hookmail {

class MandrillClient;
class SecretStore;

// "Test" tab: test addresses, the sending-domain status of the from address, Send / Cancel, what Mandrill did
// with each recipient, and the project's history of test sends. It never evaluates templates: the main
// window hands it the rendered body (without key) via setRenderedBody() or a provider called at send time.
class TestSendPane : public QWidget
{
    Q_OBJECT
public:
    TestSendPane(MandrillClient *client, SecretStore *store, QWidget *parent = nullptr);

    using BodyProvider = std::function<std::optional<QJsonObject>()>;
    void setBodyProvider(BodyProvider provider) { m_provider = std::move(provider); }
    void setRenderedBody(const QJsonObject &body, const QString &fromEmail);
    void setProjectPath(const QString &path); // loads the history and last test addresses
    void setTestAddresses(const QStringList &addresses);
    QStringList testAddresses() const;
    bool isSending() const { return m_sendTicket != 0; }
    QList<TestSendRecord> history() const { return m_history; }

public slots:
    void addAddress(const QString &address); // checked; announces testAddressesChanged
    void checkDomain();
    void sendTest();
    void cancelSend();

signals:
    void testAddressesChanged(const QStringList &addresses);
    void sendFinished(bool ok);
    // What happened to a send (sent, rejected or failed), for the window's result panel.
    void sendOutcome(const hookmail::TestSendRecord &record);
    // The send could not start (no key, nothing rendered, no address): words for the user.
    void sendRefused(const QString &message);
    void sendStarted(const QStringList &recipients);

private:
    void showRecord(const TestSendRecord &record);
    void reloadHistory();
    void updateButtons();
    QString fromDomain() const;

    MandrillClient *m_client;
    SecretStore *m_store;
    BodyProvider m_provider;
    std::optional<QJsonObject> m_body;
    QString m_fromEmail;
    QString m_projectPath;
    QList<TestSendRecord> m_history;
    quint64 m_sendTicket = 0;
    quint64 m_domainTicket = 0;

    QListWidget *m_addresses;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_domainLabel;
    QPushButton *m_checkDomainButton;
    QPushButton *m_sendButton;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    QTableWidget *m_results;
    QListWidget *m_historyList;
};

} // namespace hookmail
