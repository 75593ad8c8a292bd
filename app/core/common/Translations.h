#pragma once
// Picks the user interface language from the system locale (LANGUAGE / LC_ALL / LC_MESSAGES / LANG on Linux)
// and installs Hookmail's own translation plus Qt's (standard dialogs, context menus). Call once after the
// QCoreApplication exists, before any window or CLI output is created. English needs no translation.
#include "eval/EvalTranslations.h"

#include <QLocale>
#include <QString>

namespace hookmail {

struct InstalledTranslations
{
    bool hookmail = false; // Hookmail's own strings were found for the locale
    bool qt = false;       // Qt's qtbase strings were found for the locale
};

// Installs translators on the running application for `locale`; the translators are owned by the application.
InstalledTranslations installTranslations(const QLocale &locale = QLocale::system());

} // namespace hookmail
