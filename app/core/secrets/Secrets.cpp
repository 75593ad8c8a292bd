#include "core/secrets/Secrets.h"

#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>

namespace hookmail {

QString secretEnvironmentVariable(SecretStore::Slot slot)
{
    switch (slot) {
    case SecretStore::Slot::MandrillKey:
        return QStringLiteral("HOOKMAIL_MANDRILL_KEY");
    case SecretStore::Slot::OryWorkspaceKey:
        return QStringLiteral("HOOKMAIL_ORY_KEY");
    }
    return {};
}

Result<ResolvedSecret> resolveSecret(SecretStore::Slot slot, SecretStore *store)
{
    const QString variable = secretEnvironmentVariable(slot);
    const QString fromEnv = qEnvironmentVariable(variable.toLatin1().constData()).trimmed();
    if (!fromEnv.isEmpty())
        return ResolvedSecret{fromEnv, variable};

    KeychainSecretStore keychain;
    SecretStore *source = store ? store : &keychain;
    const Result<QString> stored = source->readAndWait(slot);
    const QString what = slot == SecretStore::Slot::MandrillKey
                             ? QCoreApplication::translate("Secrets", "Mandrill key")
                             : QCoreApplication::translate("Secrets", "Ory workspace key");
    if (!stored)
        return Error{QCoreApplication::translate("Secrets",
                                                 "Could not read the %1 from the keychain: %2 You can also "
                                                 "set %3 for the command line.")
                         .arg(what, stored.error().message, variable),
                     stored.error().detail, QStringLiteral("no-key")};
    if (stored->trimmed().isEmpty())
        return Error{QCoreApplication::translate("Secrets",
                                                 "No %1 is set. Save it in Hookmail (Settings → %1) or set "
                                                 "%2 for the command line.")
                         .arg(what, variable),
                     {},
                     QStringLiteral("no-key")};
    return ResolvedSecret{stored->trimmed(), QStringLiteral("keychain")};
}

} // namespace hookmail
