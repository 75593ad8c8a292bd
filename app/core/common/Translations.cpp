#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QStringList>
#include <QTranslator>

namespace hookmail {

InstalledTranslations installTranslations(const QLocale &locale)
{
    InstalledTranslations installed;
    auto *app = QCoreApplication::instance();
    if (!app)
        return installed;
    installed.hookmail = installHookmailTranslator(locale);

    // Qt's own strings (QDialogButtonBox, QLineEdit's context menu, …) from the Qt installation (Debian:
    // qt6-translations-l10n). Only when Hookmail itself is translated, so a window never mixes two languages.
    if (installed.hookmail) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            installed.qt = QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    return installed;
}

} // namespace hookmail
