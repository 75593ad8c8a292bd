#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace hookmail {

// What is left of the old Form mode (issue 14 replaced it with the designer): the recipient choices, which
// the designer's Envelope tab offers ("Send to"), under their old name and translation context so existing
// translations still apply. Not a widget any more. To be moved into the designer (ui/design) and removed.
class EmailFormPane
{
    Q_DECLARE_TR_FUNCTIONS(hookmail::EmailFormPane)
public:
    // The recipient choices: title → recipientSources (Envelope::recipientSources).
    static QList<std::pair<QString, QStringList>> recipientChoices()
    {
        const QString verified = QStringLiteral("verified");
        const QString address = QStringLiteral("address");
        const QString trait = QStringLiteral("trait:email");
        return {
            {tr("Primary verified address, else the first address (recommended)"),
             {verified, address, trait}},
            {tr("Primary verified address only"), {verified}},
            {tr("First email address, verified or not"), {address, trait}},
            {tr("The email field of the profile (traits.email)"), {trait}},
        };
    }
};

} // namespace hookmail
