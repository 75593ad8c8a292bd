#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace hookmail {

// What Mandrill (Mailchimp Transactional) answers, as types, and the pure parsers that read its answers:
// free of I/O so they can be tested row by row and fuzzed. Facts: docs/ARCHITECTURE.md, Mandrill §2,
// §4, §5. The errors of a non-2xx answer: MandrillErrors.h; words for users: MandrillExplanations.h,
// SenderDomains.h.

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

Result<QString> parsePing(const QByteArray &body); // "PONG!"
Result<UserInfo> parseUserInfo(const QByteArray &body);
Result<SenderDomain> parseDomain(const QByteArray &body);
Result<QList<SenderDomain>> parseDomains(const QByteArray &body);
Result<QList<SendResult>> parseSendResults(const QByteArray &body);
std::optional<MandrillApiError> parseError(const QByteArray &body); // nullopt when not Mandrill's error shape

// Any answer's JSON value, with the same plain-language errors for empty, HTML, cut-off and broken answers
// (for parsers in other files, e.g. MandrillTemplates.cpp); and the "not the expected shape" error.
Result<QJsonValue> parseMandrillJson(const QByteArray &body);
Error unexpectedMandrillShape(const QString &what);

// A short, one-line excerpt of an answer (at most 300 bytes) for an error's details.
QString bodyExcerpt(const QByteArray &body);

} // namespace hookmail
