#pragma once
// Hookmail's own translation (German) for code that runs without hookmail_core: the evaluation worker's
// messages (app/worker) and the engine's (JsonnetEngine). The app installs the same translation through
// installTranslations() (core/common/Translations.h); the worker inherits the app's environment, so both pick
// the same language.
#include <QLocale>

namespace hookmail {

// Where lrelease puts the compiled translations inside the app and the worker (see app/CMakeLists.txt).
inline constexpr auto kTranslationsResourceDir = ":/hookmail/i18n";

// Installs Hookmail's translation for `locale` on the running QCoreApplication (the translator is owned by
// it). False for English (the source language) and for a language without a translation.
bool installHookmailTranslator(const QLocale &locale = QLocale::system());

} // namespace hookmail
