#include "eval/EvalTranslations.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>

namespace hookmail {

bool installHookmailTranslator(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    // English is the source language. Checked first because load() would otherwise go on to a later
    // preference (LANGUAGE=en:de) and show German to someone who asked for English.
    const QStringList languages = locale.uiLanguages();
    if (languages.isEmpty() || languages.constFirst().startsWith(u"en"))
        return false;
    // QTranslator::load(QLocale, …) walks the locale's UI languages (de_DE → de), so de_AT or de_CH find
    // hookmail_de.qm too.
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("hookmail"), QStringLiteral("_"),
                  QString::fromLatin1(kTranslationsResourceDir)) &&
        QCoreApplication::installTranslator(own))
        return true;
    delete own;
    return false;
}

} // namespace hookmail
