#pragma once

#include "core/common/Result.h"
#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace hookmail {

// A key and where it came from (for messages; never the value itself in output).
struct ResolvedSecret
{
    QString value;
    QString source; // "HOOKMAIL_MANDRILL_KEY" / "HOOKMAIL_ORY_KEY", "keychain" or "this run"
};

// The one place that decides which Mandrill key or Ory workspace key Hookmail uses, for the GUI and the CLI
// alike. Order: the environment (HOOKMAIL_MANDRILL_KEY / HOOKMAIL_ORY_KEY, for headless use and CI), then
// the SecretStore (the OS keychain; SessionSecretStore falls back to memory when there is none), then a
// value given for this run only (setRunOnlyKey: typed in the window but not saved). Keys are then passed
// per call to the clients; no client holds one.
class KeyProvider : public QObject
{
    Q_OBJECT
public:
    using Slot = SecretStore::Slot;
    using Callback = std::function<void(Result<ResolvedSecret>)>;

    // `store` may be null (the environment and this-run values only). The provider does not own it.
    explicit KeyProvider(SecretStore *store, QObject *parent = nullptr);

    // The provider of `store`, shared by everything that uses that store (created on first use as the
    // store's child), so the window's panes agree on this-run values without another object to hand round.
    static KeyProvider *of(SecretStore *store);

    SecretStore *store() const { return m_store; }
    static QString environmentVariable(Slot slot); // HOOKMAIL_MANDRILL_KEY, HOOKMAIL_ORY_KEY

    void setRunOnlyKey(Slot slot, const QString &key); // empty clears it
    // Ask the store at most once per slot for the provider's lifetime (the CLI: one run, several uses).
    void setRememberStoreAnswers(bool remember) { m_remember = remember; }

    // The environment's key alone, without asking the keychain (which may prompt): for showing a masked
    // key in `hookmail render` output. Empty when the variable is not set.
    static QString environmentKey(Slot slot);

    // Asynchronous (the keychain may prompt): `done` runs once, later, unless `context` is destroyed first.
    // Error code "no-key" (ErrorCode::NoKey) when no source has one.
    void key(Slot slot, QObject *context, Callback done);
    // Blocking (runs a local event loop): for the CLI and tests only, never GUI code.
    Result<ResolvedSecret> keyAndWait(Slot slot);

private:
    Result<ResolvedSecret> decide(Slot slot, const Result<QString> &stored) const;

    SecretStore *m_store;
    QHash<int, QString> m_runOnly;
    QHash<int, Result<QString>> m_storeAnswers;
    bool m_remember = false;
};

} // namespace hookmail
