#include "mandrill/FirstTestSendDialog.h"

#include "core/mandrill/TestSend.h"
#include "window/WindowFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookmail {

FirstTestSendDialog::FirstTestSendDialog(bool askKey, bool askAddress, QWidget *parent)
    : QDialog(parent), m_askKey(askKey), m_askAddress(askAddress)
{
    setObjectName(QStringLiteral("firstTestSendDialog"));
    setWindowTitle(tr("Send a test email"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("firstTestSendIntro"));
    intro->setWordWrap(true);
    QString text;
    if (askKey && askAddress)
        text =
            tr("Hookmail sends the email through your Mandrill account to an address of yours. It needs two "
               "things, once.");
    else if (askKey)
        text =
            tr("Hookmail sends the email through your Mandrill account. It needs your Mandrill key, once.");
    else
        text = tr("Where should the test email go? Hookmail remembers the address for this project.");
    intro->setText(text);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    if (askKey) {
        m_key = new QLineEdit(this);
        m_key->setObjectName(QStringLiteral("firstSendKeyLineEdit"));
        m_key->setEchoMode(QLineEdit::Password);
        m_key->setAccessibleName(tr("Mandrill key"));
        m_key->setPlaceholderText(tr("Mailchimp Transactional API key"));
        form->addRow(tr("Mandrill &key:"), m_key);
        auto *where = new QLabel(tr("Kept in the system keychain, never in the project file. A key allowed "
                                    "only to send messages is safest."),
                                 this);
        where->setObjectName(QStringLiteral("firstSendKeyNote"));
        where->setWordWrap(true);
        form->addRow(QString(), where);
        connect(m_key, &QLineEdit::textChanged, this, &FirstTestSendDialog::validate);
    }
    if (askAddress) {
        m_address = new QLineEdit(this);
        m_address->setObjectName(QStringLiteral("firstSendAddressLineEdit"));
        m_address->setAccessibleName(tr("Test address"));
        m_address->setPlaceholderText(tr("you@example.com"));
        form->addRow(tr("Send &to:"), m_address);
        connect(m_address, &QLineEdit::textChanged, this, &FirstTestSendDialog::validate);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("firstSendProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &send"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("firstSendOkButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    validate();
    keepContentUncut(this, 420);
}

QString FirstTestSendDialog::key() const
{
    return m_key ? m_key->text().trimmed() : QString();
}

QString FirstTestSendDialog::address() const
{
    return m_address ? m_address->text().trimmed() : QString();
}

void FirstTestSendDialog::validate()
{
    QString problem;
    if (m_askAddress && !address().isEmpty())
        problem = checkTestAddress(address());
    const bool complete = (!m_askKey || !key().isEmpty()) && (!m_askAddress || !address().isEmpty());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && problem.isEmpty());
}

} // namespace hookmail
