#pragma once

#include "core/common/Result.h"
#include "core/secrets/SecretStore.h"

namespace hookmail {

// A secret and where it came from (for messages; never the value itself in output).
struct ResolvedSecret
{
    QString value;
    QString source; // "HOOKMAIL_MANDRILL_KEY" / "HOOKMAIL_ORY_KEY" or "keychain"
};

// The environment variable that overrides a slot for headless use: HOOKMAIL_MANDRILL_KEY, HOOKMAIL_ORY_KEY.
QString secretEnvironmentVariable(SecretStore::Slot slot);

// For the CLI: the environment variable first, else the OS keychain (blocking read; not for GUI code).
// `store` may be null (a KeychainSecretStore is used). Error code "no-key" when neither has it.
Result<ResolvedSecret> resolveSecret(SecretStore::Slot slot, SecretStore *store = nullptr);

} // namespace hookmail
