#pragma once

#include <QObject>

class QDialog;
class QWidget;

namespace hookmail {

class MandrillClient;
class SecretStore;
class SendResultPanel;
class TestSendPane;

// The toolbar's "Send test": one click sends the current email to the saved test addresses. The first time
// it asks, in one small dialog, for what is missing (Mandrill key, address), stores it (key in the
// keychain, address in the project) and sends. The result appears in a non-blocking SendResultPanel; the
// full pane (addresses, sending domain, per-recipient table, history) opens in a non-modal dialog.
class TestSendFlow : public QObject
{
    Q_OBJECT
public:
    TestSendFlow(MandrillClient *client, SecretStore *secrets, QWidget *window);
    ~TestSendFlow() override;

    TestSendPane *pane() const { return m_pane; }
    SendResultPanel *panel() const { return m_panel; }
    QDialog *detailsDialog() const { return m_dialog; }

signals:
    void sendingChanged(bool sending); // the toolbar shows "Sending…" meanwhile

public slots:
    void send();
    void showDetails();

private:
    void askThenSend(bool askKey, bool askAddress);

    SecretStore *m_secrets;
    QWidget *m_window;
    QDialog *m_dialog;
    TestSendPane *m_pane;
    SendResultPanel *m_panel;
    bool m_asking = false;
};

} // namespace hookmail
