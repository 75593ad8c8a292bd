#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace hookmail {

// Pure parsing and explanation of Mandrill (Mailchimp Transactional) answers, free of I/O so it can be
// tested row by row and fuzzed. Facts: ../shared/reference/mandrill/FACTS.md §2, §4, §5.

// The error object Mandrill sends with a non-2xx status: {"status":"error","code":…,"name":…,"message":…}.
struct MandrillApiError
{
    int code = 0;
    QString name;
    QString message;
};

// One recipient of messages/send.
struct SendResult
{
    QString email;
    QString status; // sent | queued | scheduled | rejected | invalid
    QString rejectReason;
    QString queuedReason;
    QString id;
    bool failed() const { return status == u"rejected" || status == u"invalid"; }
};

// users/info (only what Hookmail shows).
struct UserInfo
{
    QString username;
    QString createdAt;
    QString publicId;
    int reputation = -1; // 0–100; 75 ≈ good
    int hourlyQuota = -1;
    int backlog = 0;
    qint64 sentToday = -1;
    qint64 sentLast30Days = -1;
};

// One DNS check of a sending domain (spf, dkim, dmarc).
struct DomainCheck
{
    bool present = false;
    bool valid = false;
    QString validAfter;
    QString error;
};

// senders/domains item or senders/check-domain answer.
struct SenderDomain
{
    QString domain;
    QString createdAt;
    QString lastTestedAt;
    QString verifiedAt; // empty = ownership not verified
    QString verifyTxtKey;
    DomainCheck spf, dkim, dmarc;
    bool validSigning = false;
    bool verified() const { return !verifiedAt.isEmpty(); }
    bool readyToSend() const { return verified() && validSigning; }
};

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

Result<QString> parsePing(const QByteArray &body); // "PONG!"
Result<UserInfo> parseUserInfo(const QByteArray &body);
Result<SenderDomain> parseDomain(const QByteArray &body);
Result<QList<SenderDomain>> parseDomains(const QByteArray &body);
Result<QList<SendResult>> parseSendResults(const QByteArray &body);
std::optional<MandrillApiError> parseError(const QByteArray &body); // nullopt when not Mandrill's error shape

// The error to show for a non-2xx HTTP answer: decided by Mandrill's error `name` first, then the HTTP
// status. `key` (may be empty) only serves to recognise a Mailchimp Marketing key; it is never echoed.
// `context` names the call for messages ("check the key", "send"), e.g. "users/ping".
Error errorForHttpResponse(int httpStatus, const QByteArray &body, const QString &key,
                           const QString &call = {});

// Error::code values produced here and by MandrillClient: the Mandrill error name (Invalid_Key, …) or one of
// "http-429", "http-5xx", "http-4xx", "not-json", "html", "empty-body", "truncated-json", "unexpected-json",
// "timeout", "connection-refused", "host-not-found", "tls", "connection-closed", "network", "cancelled",
// "insecure-url", "no-key".
bool isRetryable(const Error &error);

// A Mailchimp *Marketing* API key ends in "-us<digits>"; Mandrill refuses those (FACTS §8.2).
bool looksLikeMarketingKey(const QString &key);

// Plain-language explanations for the UI and CLI.
QString explainStatus(const QString &status);
QString explainRejectReason(const QString &reason);
QString explainQueuedReason(const QString &reason);
QString explainSendResult(const SendResult &result); // status + the relevant reason, one sentence or two
QString testKeyNote();                               // test keys cannot be told apart; what they do

QString domainOfAddress(const QString &email); // lower-cased part after the last '@'; empty when none
bool isPublicMailDomain(const QString &domain);
// Findings for `domain` given the account's entry for it (nullopt = the domain is not added).
QList<DomainFinding> domainFindings(const QString &domain, const std::optional<SenderDomain> &entry);
std::optional<SenderDomain> findDomain(const QList<SenderDomain> &domains, const QString &domain);

// Replaces every occurrence of `secret` (and its base64 / percent-encoded forms) with a mask.
QString scrubSecret(QString text, const QString &secret);

} // namespace hookmail
