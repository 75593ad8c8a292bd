#include "mandrill/MandrillKeyDialog.h"

#include "core/mandrill/MandrillClient.h"
#include "core/secrets/SessionSecretStore.h"
#include "ui_MandrillKeyDialog.h"
#include "window/WindowFit.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>
#include <QPushButton>
#include <QStyle>

namespace hookmail {

MandrillKeyDialog::MandrillKeyDialog(SecretStore *store, MandrillClient *client, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MandrillKeyDialog>()), m_store(store), m_client(client)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_revealAction = m_ui->keyLineEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                                  QLineEdit::TrailingPosition);
    m_revealAction->setObjectName(QStringLiteral("revealKeyAction"));
    m_revealAction->setCheckable(true);
    m_revealAction->setToolTip(tr("Show or hide the key"));
    m_revealAction->setText(tr("Show key"));
    connect(m_revealAction, &QAction::toggled, this, [this](bool shown) {
        m_ui->keyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_revealAction->setText(shown ? tr("Hide key") : tr("Show key"));
    });
    m_ui->restrictionLabel->setText(tr(
        "Recommended: create a key that may only call <b>messages/send</b> (and "
        "<b>messages/send-template</b> if you send templates kept in Mandrill) (Mandrill → Settings → SMTP "
        "&amp; API "
        "Info → edit the key → “Only allow this key to use certain API calls”). Ory stores the hook's "
        "request "
        "body — and so this key — unencrypted in the project configuration, so a restricted key limits "
        "the harm "
        "if it leaks. Note that a restricted key may fail “Check key” although it sends fine."));
    m_ui->restrictionLabel->setTextFormat(Qt::RichText);

    connect(m_ui->pasteButton, &QPushButton::clicked, this,
            [this] { m_ui->keyLineEdit->setText(QGuiApplication::clipboard()->text().trimmed()); });
    connect(m_ui->checkKeyButton, &QPushButton::clicked, this, &MandrillKeyDialog::checkKey);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MandrillKeyDialog::removeKey);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MandrillKeyDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->keyLineEdit, &QLineEdit::textChanged, this, [this] { m_ui->checkResultLabel->clear(); });
    if (auto *session = qobject_cast<SessionSecretStore *>(m_store))
        connect(session, &SessionSecretStore::sessionOnlyChanged, this,
                &MandrillKeyDialog::updateStorageLabel);
    updateStorageLabel();
    loadStoredKey();
    keepContentUncut(this, 460);
}

MandrillKeyDialog::~MandrillKeyDialog()
{
    if (m_checkTicket && m_client)
        m_client->cancel(m_checkTicket);
}

QString MandrillKeyDialog::enteredKey() const
{
    return m_ui->keyLineEdit->text().trimmed();
}

bool MandrillKeyDialog::isKeyRevealed() const
{
    return m_ui->keyLineEdit->echoMode() == QLineEdit::Normal;
}

void MandrillKeyDialog::updateStorageLabel()
{
    if (auto *session = qobject_cast<SessionSecretStore *>(m_store)) {
        m_ui->storageLabel->setText(session->stateDescription());
        return;
    }
    m_ui->storageLabel->setText(m_store->isAvailable()
                                    ? tr("The key is kept in: %1.").arg(m_store->backendName())
                                    : tr("No keychain is available, so the key cannot be saved."));
}

void MandrillKeyDialog::loadStoredKey()
{
    QPointer<MandrillKeyDialog> self(this);
    m_store->read(SecretStore::Slot::MandrillKey, [self](Result<QString> r) {
        if (!self)
            return;
        if (!r) {
            self->m_ui->checkResultLabel->setText(r.error().message);
            return;
        }
        if (self->m_ui->keyLineEdit->text().isEmpty())
            self->m_ui->keyLineEdit->setText(r.value());
        self->m_ui->checkResultLabel->clear();
    });
}

void MandrillKeyDialog::setBusy(bool busy)
{
    m_ui->checkKeyButton->setEnabled(!busy);
    m_ui->checkKeyButton->setText(busy ? tr("Checking…") : tr("&Check key"));
}

void MandrillKeyDialog::checkKey()
{
    if (!m_client)
        return;
    setBusy(true);
    m_ui->checkResultLabel->setText(tr("Asking Mandrill…"));
    QPointer<MandrillKeyDialog> self(this);
    // Checks the key as typed (maybe not saved yet), passed with the call.
    m_checkTicket = m_client->checkKey(
        enteredKey(),
        [self](Result<KeyCheck> r) {
            if (!self)
                return;
            self->m_checkTicket = 0;
            self->setBusy(false);
            if (!r) {
                self->m_ui->checkResultLabel->setText(r.error().is(ErrorCode::Cancelled) ? QString()
                                                                                         : r.error().message);
                return;
            }
            QStringList lines{tr("The key works.")};
            if (r->info) {
                const UserInfo &i = *r->info;
                lines << tr("Account: %1").arg(i.username)
                      << tr("Reputation: %1 of 100 (75 is good)").arg(i.reputation)
                      << tr("Hourly quota: %1 messages").arg(i.hourlyQuota);
            } else {
                lines << tr("Account details unavailable: %1").arg(r->infoError);
            }
            lines << r->notes;
            self->m_ui->checkResultLabel->setText(lines.join(u'\n'));
        },
        this); // bound to the dialog: closing it aborts the check unanswered
}

void MandrillKeyDialog::save()
{
    const QString key = enteredKey();
    if (key.isEmpty()) {
        m_ui->checkResultLabel->setText(tr("Enter a key first, or use “Remove key”."));
        return;
    }
    QPointer<MandrillKeyDialog> self(this);
    m_store->write(SecretStore::Slot::MandrillKey, key, [self](Status r) {
        if (!self)
            return;
        if (!r) {
            self->m_ui->checkResultLabel->setText(r.error().message);
            return;
        }
        self->updateStorageLabel();
        emit self->keySaved();
        self->accept();
    });
}

void MandrillKeyDialog::removeKey()
{
    QPointer<MandrillKeyDialog> self(this);
    m_store->remove(SecretStore::Slot::MandrillKey, [self](Status r) {
        if (!self)
            return;
        if (!r) {
            self->m_ui->checkResultLabel->setText(r.error().message);
            return;
        }
        self->m_ui->keyLineEdit->clear();
        self->m_ui->checkResultLabel->setText(tr("The key was removed."));
        emit self->keyRemoved();
    });
}

} // namespace hookmail
