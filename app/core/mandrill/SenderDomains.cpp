#include "core/mandrill/SenderDomains.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses (all Mandrill files share it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

} // namespace

QString domainOfAddress(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QString domain = email.mid(at + 1).trimmed().toLower();
    if (domain.endsWith(QLatin1Char('>')))
        domain.chop(1);
    return domain;
}

bool isPublicMailDomain(const QString &domain)
{
    static const QStringList publicDomains{
        QStringLiteral("gmail.com"),   QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("hotmail.com"), QStringLiteral("outlook.com"),    QStringLiteral("live.com"),
        QStringLiteral("aol.com"),     QStringLiteral("icloud.com"),     QStringLiteral("me.com"),
        QStringLiteral("gmx.de"),      QStringLiteral("gmx.net"),        QStringLiteral("web.de"),
        QStringLiteral("proton.me"),   QStringLiteral("protonmail.com"), QStringLiteral("yandex.ru"),
        QStringLiteral("mail.ru")};
    return publicDomains.contains(domain.toLower());
}

std::optional<SenderDomain> findDomain(const QList<SenderDomain> &domains, const QString &domain)
{
    for (const SenderDomain &d : domains) {
        if (d.domain.compare(domain, Qt::CaseInsensitive) == 0)
            return d;
    }
    return std::nullopt;
}

QList<DomainFinding> domainFindings(const QString &domain, const std::optional<SenderDomain> &entry)
{
    using L = DomainFinding::Level;
    QList<DomainFinding> out;
    if (domain.isEmpty()) {
        out.append({L::Problem, Tr::tr("The from address has no domain; set a from address such as "
                                       "hello@your-domain.com.")});
        return out;
    }
    if (isPublicMailDomain(domain)) {
        out.append({L::Problem,
                    Tr::tr("“%1” is a public mail provider: Mandrill cannot send from it. Use a from address "
                           "on a domain you own.")
                        .arg(domain)});
    }
    if (!entry) {
        out.append({L::Problem,
                    Tr::tr("“%1” is not a sending domain of this Mandrill account, so every message from it "
                           "is rejected as “unsigned”. Add it in Mandrill → Settings → Domains → Sending "
                           "Domains (or run “hookmail check-domain %1 --add”), then publish the DNS records "
                           "Mandrill shows.")
                        .arg(domain)});
        return out;
    }
    if (entry->verified())
        out.append({L::Ok, Tr::tr("Ownership verified (%1).").arg(entry->verifiedAt)});
    else
        out.append(
            {L::Problem,
             Tr::tr("Ownership of “%1” is not verified. In Mandrill → Settings → Domains → Sending Domains "
                    "click "
                    "“Verify Domain” and follow the email or add the TXT record%2.")
                 .arg(domain, entry->verifyTxtKey.isEmpty()
                                  ? QString()
                                  : Tr::tr(" (value “mandrill_verify.%1”)").arg(entry->verifyTxtKey))});
    if (entry->spf.valid)
        out.append({L::Ok, Tr::tr("SPF is valid.")});
    else
        out.append({L::Problem,
                    Tr::tr("SPF is not valid%1. Add “include:spf.mandrillapp.com” to the domain's SPF (TXT) "
                           "record.")
                        .arg(entry->spf.error.isEmpty() ? QString() : u": "_s + entry->spf.error)});
    if (entry->dkim.valid)
        out.append({L::Ok, Tr::tr("DKIM is valid.")});
    else
        out.append({L::Problem,
                    Tr::tr("DKIM is not valid%1. Publish the DKIM record Mandrill shows for the domain "
                           "(mandrill._domainkey.%2).")
                        .arg(entry->dkim.error.isEmpty() ? QString() : u": "_s + entry->dkim.error, domain)});
    if (entry->dmarc.present && !entry->dmarc.valid)
        out.append({L::Warning,
                    Tr::tr("No valid DMARC record. Mandrill does not require one, but Gmail and Yahoo expect "
                           "it from bulk senders.")});
    if (entry->validSigning)
        out.append({L::Ok, Tr::tr("Mandrill can sign mail for this domain.")});
    else
        out.append({L::Problem,
                    Tr::tr("Mandrill cannot sign mail for this domain yet (valid_signing is false): messages "
                           "from it are rejected as “unsigned” until the steps above are done.")});
    return out;
}

} // namespace hookmail
