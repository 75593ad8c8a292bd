#pragma once

#include "core/secrets/SecretStore.h"

namespace hookmail {

// SecretStore over QtKeychain (Secret Service / GNOME Keyring or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows), service name "Hookmail". The plaintext fallback QtKeychain offers is
// never enabled. QtKeychain 0.13 has no availability query, so the store starts "probably available"
// and learns the truth from probe() or from the first call that finds no backend.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, QString service = QStringLiteral("Hookmail"));

    bool isAvailable() const override { return m_available; }
    QString backendName() const override;
    void read(Slot slot, ReadCallback done) override;
    void write(Slot slot, const QString &secret, WriteCallback done) override;
    void remove(Slot slot, WriteCallback done) override;

    // Reads a probe entry to find out whether a keychain answers; `done(available)` runs once.
    void probe(std::function<void(bool)> done);
    bool probed() const { return m_probed; }

    // The plain-words explanation shown when no keychain is available.
    static QString unavailableMessage();

signals:
    void availabilityChanged(bool available);

private:
    void noteAvailability(bool available);
    QString m_service;
    bool m_available = true;
    bool m_probed = false;
};

} // namespace hookmail
