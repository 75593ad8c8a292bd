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
    // English is the source language. Checked first because load() would otherwise go on to a later
    // preference (LANGUAGE=en:de) and show German to someone who asked for English.
    const QStringList languages = locale.uiLanguages();
    if (languages.isEmpty() || languages.constFirst().startsWith(u"en"))
        return installed;

    // QTranslator::load(QLocale, …) walks the locale's UI languages (de_DE → de), so de_AT or de_CH find
    // hookmail_de.qm too; nothing is installed for English, which is the source language.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("hookmail"), QStringLiteral("_"),
                  QString::fromLatin1(kTranslationsResourceDir))) {
        installed.hookmail = QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }

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
