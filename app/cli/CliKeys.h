#pragma once

#include "core/secrets/KeyProvider.h"

namespace hookmail::cli {

// The command line's KeyProvider: one per run, over the OS keychain, which it asks at most once per key.
KeyProvider &cliKeys();

} // namespace hookmail::cli
