#pragma once

#include "core/secrets/SecretStore.h"

namespace hookmail {

class KeychainSecretStore;

// The app's secret store: the OS keychain when it answers; when no keychain is available, keys are kept in
// memory for this run only (the Mandrill key dialog says so). Never a plaintext file. The primary store is
// injectable so tests can simulate a missing keychain.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject *parent = nullptr); // primary = KeychainSecretStore("Hookmail")
    SessionSecretStore(SecretStore *primary, QObject *parent = nullptr); // takes ownership

    bool isAvailable() const override { return true; } // it can always hold a key, at worst for this run
    QString backendName() const override;
    void read(Slot slot, ReadCallback done) override;
    void write(Slot slot, const QString &secret, WriteCallback done) override;
    void remove(Slot slot, WriteCallback done) override;

    // True when keys live only in memory until the app quits (no keychain).
    bool isSessionOnly() const { return m_sessionOnly; }
    // Plain-words explanation for the UI of where keys are kept.
    QString stateDescription() const;
    // Asks the keychain whether it is there (KeychainSecretStore::probe); switches to session-only if not.
    void probe(std::function<void(bool sessionOnly)> done);

signals:
    void sessionOnlyChanged(bool sessionOnly);

private:
    void switchToSessionOnly();
    SecretStore *m_primary;
    MemorySecretStore *m_memory;
    bool m_sessionOnly = false;
};

} // namespace hookmail
