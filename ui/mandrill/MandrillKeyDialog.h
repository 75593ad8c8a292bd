#pragma once

#include <QDialog>
#include <memory>

class QAction;

namespace Ui {
class MandrillKeyDialog;
}

namespace hookmail {

class MandrillClient;
class SecretStore;

// Enter, check, save or remove the Mandrill key. Reads and writes go through the SecretStore it is given
// (the keychain in the app, a MemorySecretStore in tests); "Check key" uses the MandrillClient it is given.
// Shows where the key is kept (or that no keychain exists and it is kept for this run only) and recommends a
// key restricted to messages/send because Ory stores the request body, key included, unencrypted.
class MandrillKeyDialog : public QDialog
{
    Q_OBJECT
public:
    MandrillKeyDialog(SecretStore *store, MandrillClient *client, QWidget *parent = nullptr);
    ~MandrillKeyDialog() override;

    QString enteredKey() const;
    bool isKeyRevealed() const;

signals:
    void keySaved();
    void keyRemoved();

private:
    void loadStoredKey();
    void checkKey();
    void save();
    void removeKey();
    void updateStorageLabel();
    void setBusy(bool busy);

    std::unique_ptr<Ui::MandrillKeyDialog> m_ui;
    SecretStore *m_store;
    MandrillClient *m_client;
    QAction *m_revealAction = nullptr;
    quint64 m_checkTicket = 0;
};

} // namespace hookmail
