#pragma once

#include "core/mandrill/MandrillParsing.h"

#include <QList>
#include <QString>
#include <optional>

namespace hookmail {

// Whether a sending domain is ready for Mandrill, in words a user can act on (FACTS §5).

// A line of a domain report: what was found and, when not fine, what to do.
struct DomainFinding
{
    enum class Level
    {
        Ok,
        Warning,
        Problem
    };
    Level level = Level::Ok;
    QString text;
};

QString domainOfAddress(const QString &email); // lower-cased part after the last '@'; empty when none
bool isPublicMailDomain(const QString &domain);
// Findings for `domain` given the account's entry for it (nullopt = the domain is not added).
QList<DomainFinding> domainFindings(const QString &domain, const std::optional<SenderDomain> &entry);
std::optional<SenderDomain> findDomain(const QList<SenderDomain> &domains, const QString &domain);

} // namespace hookmail
