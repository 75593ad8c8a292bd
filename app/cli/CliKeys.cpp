#include "CliKeys.h"

#include "OryCommands.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>

namespace hookmail::cli {

KeyProvider &cliKeys()
{
    // Children of the application object, so they go before Qt's D-Bus connection does.
    static KeyProvider *const provider = [] {
        auto *store = new KeychainSecretStore(QCoreApplication::instance());
        auto *keys = new KeyProvider(store, store);
        keys->setRememberStoreAnswers(true);
        return keys;
    }();
    return *provider;
}

QString resolveOryKey()
{
    const auto r = cliKeys().keyAndWait(SecretStore::Slot::OryWorkspaceKey);
    return r ? r->value : QString();
}

QString resolveMandrillKey()
{
    const auto r = cliKeys().keyAndWait(SecretStore::Slot::MandrillKey);
    return r ? r->value : QString();
}

} // namespace hookmail::cli
