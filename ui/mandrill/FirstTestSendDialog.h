#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace hookmail {

// The first "Send test": asks, in one small dialog, for exactly what is missing — the Mandrill key, a test
// address, or both — and nothing else. The caller stores the answers (keychain, project) and then sends.
class FirstTestSendDialog : public QDialog
{
    Q_OBJECT
public:
    FirstTestSendDialog(bool askKey, bool askAddress, QWidget *parent = nullptr);

    QString key() const;
    QString address() const;

private:
    void validate();

    bool m_askKey;
    bool m_askAddress;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace hookmail
