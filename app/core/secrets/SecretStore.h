#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace hookmail {

// Where the Mandrill key and the Ory workspace key live. The app uses the OS keychain (QtKeychain);
// unit tests use MemorySecretStore. Secrets never go to QSettings, project files or logs.
// Calls are asynchronous (the keychain may prompt); each callback runs exactly once, on the caller's thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Slot
    {
        MandrillKey,
        OryWorkspaceKey
    };
    using ReadCallback = std::function<void(Result<QString>)>; // empty string value = not set
    using WriteCallback = std::function<void(Status)>;

    using QObject::QObject;
    virtual bool isAvailable() const = 0;
    virtual QString backendName() const = 0; // "GNOME Keyring / Secret Service", "memory (this run only)"
    virtual void read(Slot slot, ReadCallback done) = 0;
    virtual void write(Slot slot, const QString &secret, WriteCallback done) = 0;
    virtual void remove(Slot slot, WriteCallback done) = 0;

    static QString slotKey(Slot slot); // "mandrill-api-key", "ory-workspace-api-key"

    // Blocking helpers for the CLI and tests (run a local event loop). Never from GUI code.
    Result<QString> readAndWait(Slot slot);
    Status writeAndWait(Slot slot, const QString &secret);
    Status removeAndWait(Slot slot);
};

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    bool isAvailable() const override { return true; }
    QString backendName() const override;
    void read(Slot slot, ReadCallback done) override;
    void write(Slot slot, const QString &secret, WriteCallback done) override;
    void remove(Slot slot, WriteCallback done) override;

private:
    QHash<int, QString> m_values;
};

} // namespace hookmail
