#include "mandrill/TestSendFlow.h"

#include "core/secrets/KeyProvider.h"
#include "mandrill/FirstTestSendDialog.h"
#include "mandrill/SendResultPanel.h"
#include "mandrill/TestSendPane.h"
#include "window/WindowFit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hookmail {

TestSendFlow::TestSendFlow(MandrillClient *client, SecretStore *secrets, QWidget *window)
    : QObject(window), m_secrets(secrets), m_window(window), m_dialog(new QDialog(window)),
      m_pane(new TestSendPane(client, secrets)), m_panel(new SendResultPanel)
{
    m_pane->setObjectName(QStringLiteral("testSendPane"));
    m_dialog->setObjectName(QStringLiteral("testSendDialog"));
    m_dialog->setWindowTitle(tr("Test sends"));
    auto *layout = new QVBoxLayout(m_dialog);
    QScrollArea *scroll = scrollingUncut(m_pane);
    scroll->setObjectName(QStringLiteral("testSendScrollArea"));
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, m_dialog);
    connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::hide);
    layout->addWidget(buttons);
    m_dialog->resize(640, 600);

    connect(m_pane, &TestSendPane::sendStarted, m_panel, &SendResultPanel::showSending);
    connect(m_pane, &TestSendPane::sendRefused, m_panel, &SendResultPanel::showProblem);
    connect(m_pane, &TestSendPane::sendOutcome, m_panel, &SendResultPanel::showRecord);
    connect(m_pane, &TestSendPane::sendStarted, this, [this] { emit sendingChanged(true); });
    connect(m_pane, &TestSendPane::sendRefused, this, [this] { emit sendingChanged(false); });
    connect(m_pane, &TestSendPane::sendOutcome, this, [this] { emit sendingChanged(false); });
    connect(m_panel, &SendResultPanel::historyRequested, this, &TestSendFlow::showDetails);
    connect(m_panel, &SendResultPanel::setupRequested, this, &TestSendFlow::showDetails);
}

TestSendFlow::~TestSendFlow() = default;

void TestSendFlow::showDetails()
{
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void TestSendFlow::send()
{
    if (m_pane->isSending() || m_asking)
        return;
    const bool askAddress = m_pane->testAddresses().isEmpty();
    QPointer<TestSendFlow> self(this);
    KeyProvider::of(m_secrets)->key(SecretStore::Slot::MandrillKey, this,
                                    [self, askAddress](Result<ResolvedSecret> key) {
                                        if (!self)
                                            return;
                                        const bool askKey = !key && key.error().is(ErrorCode::NoKey);
                                        if (askKey || askAddress)
                                            self->askThenSend(askKey, askAddress);
                                        else
                                            self->m_pane->sendTest();
                                    });
}

// Window-modal but not a nested event loop: the answer arrives through finished().
void TestSendFlow::askThenSend(bool askKey, bool askAddress)
{
    m_asking = true;
    auto *dialog = new FirstTestSendDialog(askKey, askAddress, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_asking = false;
        if (result != QDialog::Accepted)
            return;
        if (!dialog->address().isEmpty())
            m_pane->addAddress(dialog->address());
        const QString key = dialog->key();
        if (key.isEmpty())
            return m_pane->sendTest();
        QPointer<TestSendFlow> self(this);
        m_secrets->write(SecretStore::Slot::MandrillKey, key, [self, key](Status saved) {
            if (!self)
                return;
            if (!saved) // no keychain: use it for this run and say so
                KeyProvider::of(self->m_secrets)->setRunOnlyKey(SecretStore::Slot::MandrillKey, key);
            self->m_pane->sendTest();
        });
    });
    dialog->open();
}

} // namespace hookmail
