#include "core/mandrill/MandrillResponses.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

Error unexpectedShape(const QString &what)
{
    return Error{
        Tr::tr(
            "Mandrill's answer did not have the expected shape. The Mandrill base URL in Settings may point "
            "at something that is not Mandrill's API; check it (normally https://mandrillapp.com/api/1.0)."),
        what, QStringLiteral("unexpected-json")};
}

// Parses any JSON value (Qt 6.4's QJsonDocument refuses top-level scalars such as "PONG!"), telling empty,
// HTML, cut-off and otherwise broken answers apart.
Result<QJsonValue> parseValue(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return Error{Tr::tr("The server sent an empty answer instead of Mandrill's JSON. A proxy or firewall "
                            "may have cut "
                            "the connection; try again, and check the Mandrill base URL in Settings."),
                     {},
                     QStringLiteral("empty-body")};
    if (trimmed.startsWith('<'))
        return Error{
            Tr::tr(
                "The server answered with a web page (HTML) instead of Mandrill's JSON. Check the Mandrill "
                "base URL in Settings (normally https://mandrillapp.com/api/1.0) and whether a proxy or "
                "captive portal is in the way."),
            excerpt(trimmed), QStringLiteral("html")};
    // Objects and arrays are parsed as they are; a scalar is wrapped in [] first.
    const bool scalar = !trimmed.startsWith('{') && !trimmed.startsWith('[');
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(scalar ? "[" + trimmed + "]" : trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || (scalar && document.array().size() != 1)) {
        const bool cutOff =
            scalar ? (trimmed.startsWith('"') && parseError.error == QJsonParseError::UnterminatedString)
                   : (parseError.error != QJsonParseError::GarbageAtEnd &&
                      parseError.offset >= trimmed.size() - 1); // the parser ran out of input
        if (cutOff)
            return Error{
                Tr::tr("Mandrill's answer was cut off before its end (incomplete JSON). The connection was "
                       "probably interrupted; try again."),
                excerpt(trimmed), QStringLiteral("truncated-json")};
        return Error{
            Tr::tr(
                "The server's answer is not valid JSON, so it is probably not Mandrill. Check the Mandrill "
                "base URL in Settings."),
            QStringLiteral("%1 at byte %2: %3")
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(excerpt(trimmed)),
            QStringLiteral("not-json")};
    }
    if (scalar)
        return document.array().at(0);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Typed field readers recording the first mismatch.
struct Reader
{
    QString problem;
    QString string(const QJsonObject &o, const char *name, const QString &where, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        fail(where + QLatin1Char('.') + QLatin1String(name) +
             (v.isUndefined() ? QStringLiteral(" is missing") : QStringLiteral(" is not a string")));
        return {};
    }
    qint64 integer(const QJsonObject &o, const char *name, const QString &where, bool required,
                   qint64 fallback)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isDouble()) {
            // Clamp before converting: a double outside qint64's range (1e300 from a broken server) would be
            // undefined behaviour; counts this large are nonsense anyway.
            const double d = v.toDouble();
            constexpr double limit = 4503599627370496.0; // 2^52
            return std::isfinite(d) ? qint64(qBound(-limit, d, limit)) : fallback;
        }
        if ((v.isUndefined() || v.isNull()) && !required)
            return fallback;
        fail(where + QLatin1Char('.') + QLatin1String(name) +
             (v.isUndefined() ? QStringLiteral(" is missing") : QStringLiteral(" is not a number")));
        return fallback;
    }
    bool boolean(const QJsonObject &o, const char *name, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(where + QLatin1Char('.') + QLatin1String(name) + QStringLiteral(" is not true/false"));
        return false;
    }
    void fail(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }
};

DomainCheck readCheck(Reader &r, const QJsonObject &o, const char *name, const QString &where)
{
    DomainCheck check;
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull())
        return check;
    if (!v.isObject()) {
        r.fail(where + QLatin1Char('.') + QLatin1String(name) + QStringLiteral(" is not an object"));
        return check;
    }
    const QString sub = where + QLatin1Char('.') + QLatin1String(name);
    check.present = true;
    check.valid = r.boolean(v.toObject(), "valid", sub);
    check.validAfter = r.string(v.toObject(), "valid_after", sub, false);
    check.error = r.string(v.toObject(), "error", sub, false);
    return check;
}

std::optional<SenderDomain> readDomain(Reader &r, const QJsonValue &value, const QString &where)
{
    if (!value.isObject()) {
        r.fail(where + QStringLiteral(" is not an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    SenderDomain d;
    d.domain = r.string(o, "domain", where, true);
    d.createdAt = r.string(o, "created_at", where, false);
    d.lastTestedAt = r.string(o, "last_tested_at", where, false);
    d.verifiedAt = r.string(o, "verified_at", where, false);
    d.verifyTxtKey = r.string(o, "verify_txt_key", where, false);
    d.spf = readCheck(r, o, "spf", where);
    d.dkim = readCheck(r, o, "dkim", where);
    d.dmarc = readCheck(r, o, "dmarc", where);
    d.validSigning = r.boolean(o, "valid_signing", where);
    return d;
}

} // namespace

Result<QString> parsePing(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    if (value->isString())
        return value->toString();
    if (value->isObject() && value->toObject().value(QLatin1String("PING")).isString()) // users/ping2
        return value->toObject().value(QLatin1String("PING")).toString();
    return unexpectedShape(QStringLiteral("users/ping answer is not a string: %1").arg(excerpt(body)));
}

Result<UserInfo> parseUserInfo(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    if (!value->isObject())
        return unexpectedShape(QStringLiteral("users/info answer is not an object"));
    const QJsonObject o = value->toObject();
    Reader r;
    const QString where = QStringLiteral("info");
    UserInfo info;
    info.username = r.string(o, "username", where, true);
    info.createdAt = r.string(o, "created_at", where, false);
    info.publicId = r.string(o, "public_id", where, false);
    info.reputation = int(r.integer(o, "reputation", where, false, -1));
    info.hourlyQuota = int(r.integer(o, "hourly_quota", where, false, -1));
    info.backlog = int(r.integer(o, "backlog", where, false, 0));
    const QJsonObject stats = o.value(QLatin1String("stats")).toObject();
    info.sentToday = r.integer(stats.value(QLatin1String("today")).toObject(), "sent",
                               where + u".stats.today"_s, false, -1);
    info.sentLast30Days = r.integer(stats.value(QLatin1String("last_30_days")).toObject(), "sent",
                                    where + u".stats.last_30_days"_s, false, -1);
    if (!r.problem.isEmpty())
        return unexpectedShape(r.problem);
    return info;
}

Result<SenderDomain> parseDomain(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    Reader r;
    const std::optional<SenderDomain> d = readDomain(r, value.value(), QStringLiteral("domain"));
    if (!d || !r.problem.isEmpty())
        return unexpectedShape(r.problem);
    return *d;
}

Result<QList<SenderDomain>> parseDomains(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    if (!value->isArray())
        return unexpectedShape(QStringLiteral("senders/domains answer is not a list"));
    Reader r;
    QList<SenderDomain> out;
    const QJsonArray items = value->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (auto d = readDomain(r, items.at(i), QStringLiteral("item %1").arg(i)))
            out.append(*d);
    }
    if (!r.problem.isEmpty())
        return unexpectedShape(r.problem);
    return out;
}

Result<QList<SendResult>> parseSendResults(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    if (!value->isArray())
        return unexpectedShape(QStringLiteral("messages/send answer is not a list of recipients"));
    Reader r;
    QList<SendResult> out;
    const QJsonArray items = value->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("recipient %1").arg(i);
        if (!items.at(i).isObject()) {
            r.fail(where + QStringLiteral(" is not an object"));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        SendResult s;
        s.email = r.string(o, "email", where, true);
        s.status = r.string(o, "status", where, true);
        s.rejectReason = r.string(o, "reject_reason", where, false);
        s.queuedReason = r.string(o, "queued_reason", where, false);
        s.id = r.string(o, "_id", where, false);
        out.append(s);
    }
    if (!r.problem.isEmpty())
        return unexpectedShape(r.problem);
    return out;
}

std::optional<MandrillApiError> parseError(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (o.value(QLatin1String("status")).toString() != u"error" || !o.value(QLatin1String("name")).isString())
        return std::nullopt;
    MandrillApiError e;
    e.name = o.value(QLatin1String("name")).toString();
    e.code = o.value(QLatin1String("code")).toInt();
    e.message = o.value(QLatin1String("message")).toString();
    return e;
}

bool looksLikeMarketingKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("-us\\d+$"));
    return pattern.match(key.trimmed()).hasMatch();
}

namespace {

QString invalidKeyMessage(const QString &key, const QString &call)
{
    if (looksLikeMarketingKey(key)) {
        const QString suffix = key.trimmed().mid(key.trimmed().lastIndexOf(QLatin1Char('-')));
        return Tr::
            tr("Mandrill rejected the key (Invalid_Key): it looks like a Mailchimp Marketing API key (it "
               "ends in "
               "“%1”). Mandrill needs its own Transactional key: in Mailchimp open Account → Extras → API "
               "keys → "
               "“Create A Mandrill API Key” (or mandrillapp.com → Settings → SMTP & API Info → “+ Add API "
               "Key”) and paste that key instead.")
                .arg(suffix);
    }
    if (key.trimmed().isEmpty())
        return Tr::tr(
            "Mandrill rejected the request because no key was sent (Invalid_Key). Enter your Mandrill "
            "API key "
            "in Settings → Mandrill key.");
    QString text =
        Tr::tr("Mandrill rejected the key (Invalid_Key). Check that you copied the whole key, that it is a "
               "Mailchimp Transactional (Mandrill) key and that it was not deleted in mandrillapp.com → "
               "Settings → SMTP & API Info.");
    if (call.startsWith(u"users/") || call.startsWith(u"senders/"))
        text += QLatin1Char(' ') +
                Tr::tr("If the key is restricted to some API calls (for example only messages/send, "
                       "as recommended for Ory), Mandrill may refuse this check although sending "
                       "works; try a test send.");
    return text;
}

} // namespace

Error errorForHttpResponse(int httpStatus, const QByteArray &body, const QString &key, const QString &call)
{
    const QString statusText = QStringLiteral("HTTP %1").arg(httpStatus);
    if (const std::optional<MandrillApiError> api = parseError(body)) {
        const QString detail = scrubSecret(QStringLiteral("%1, code %2: %3 (%4)")
                                               .arg(api->name)
                                               .arg(api->code)
                                               .arg(api->message, statusText),
                                           key);
        const QString serverText = scrubSecret(api->message, key);
        const QString &name = api->name;
        QString message;
        if (name == u"Invalid_Key")
            message = invalidKeyMessage(key, call);
        else if (name == u"PaymentRequired")
            message =
                Tr::tr("Mandrill refused because this needs a paid feature or a positive account balance "
                       "(PaymentRequired), for example scheduling with send_at. Remove that option from the "
                       "template or add credit in Mandrill → Account → Billing.");
        else if (name == u"ValidationError")
            message = Tr::tr("Mandrill found a problem in the request (ValidationError): “%1”. Fix the named "
                             "field in the "
                             "template and try again.")
                          .arg(serverText);
        else if (name == u"Unknown_Subaccount")
            message =
                Tr::tr(
                    "The subaccount named in the template does not exist in this Mandrill account "
                    "(Unknown_Subaccount): “%1”. Create it in Mandrill → Subaccounts or remove “subaccount” "
                    "from the template.")
                    .arg(serverText);
        else if (name == u"GeneralError")
            message =
                Tr::tr(
                    "Mandrill had an internal error (GeneralError): “%1”. This is on Mandrill's side, not in "
                    "your template; try again in a few minutes.")
                    .arg(serverText);
        else if (name == u"ServiceUnavailable")
            message =
                Tr::tr("Part of Mandrill is temporarily unavailable (ServiceUnavailable). Try again in a few "
                       "minutes.");
        else if (name == u"RequestLimitExceeded")
            message = Tr::tr(
                "Too many requests to Mandrill in a short time (RequestLimitExceeded). Wait a minute and "
                "try again.");
        else if (name == u"Unknown_Template")
            message = Tr::tr("Mandrill has no template with that name (Unknown_Template): “%1”. Use the "
                             "template's slug "
                             "as shown in Mandrill → Templates.")
                          .arg(serverText);
        else
            message = Tr::tr("Mandrill refused the request (%1): “%2”.").arg(name, serverText);
        return Error{message, detail, name};
    }

    const bool html = body.trimmed().startsWith('<');
    QString detail = statusText;
    if (!body.trimmed().isEmpty())
        detail += QStringLiteral(": ") + scrubSecret(excerpt(body), key);
    if (httpStatus == 429)
        return Error{
            Tr::tr(
                "Mandrill is limiting requests (HTTP 429 Too Many Requests). Wait a minute and try again."),
            detail, QStringLiteral("http-429")};
    if (httpStatus >= 500) {
        QString message =
            httpStatus == 502
                ? Tr::tr("A gateway between Hookmail and Mandrill got no valid answer from Mandrill (HTTP "
                         "502 Bad Gateway). This is not caused by your template; try again in a few "
                         "minutes.")
            : httpStatus == 503
                ? Tr::tr("Mandrill is temporarily unavailable (HTTP 503 Service Unavailable), for example "
                         "during "
                         "maintenance. This is not caused by your template; try again in a few minutes.")
                : Tr::tr(
                      "The Mandrill server had a problem (HTTP %1). This is not caused by your template; try "
                      "again in a few minutes.")
                      .arg(httpStatus);
        if (html)
            message += QLatin1Char(' ') +
                       Tr::tr("The answer was a web page, not Mandrill's JSON, which usually comes "
                              "from a proxy or load balancer in between.");
        return Error{message, detail, QStringLiteral("http-5xx")};
    }
    // Prism (and other OpenAPI validators) answer 422/400 with a problem+json list of what is wrong.
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    const QJsonArray validation = problem.value(QLatin1String("validation")).toArray();
    if (!validation.isEmpty()) {
        QStringList items;
        for (const QJsonValue &v : validation)
            items << v.toObject().value(QLatin1String("message")).toString();
        return Error{
            Tr::tr("The request does not match Mandrill's API (%1): %2.").arg(statusText, items.join(u"; ")),
            scrubSecret(QString::fromUtf8(body), key), QStringLiteral("http-4xx")};
    }
    if (httpStatus == 404)
        return Error{
            Tr::tr("Nothing answers at this address (HTTP 404). Check the Mandrill base URL in Settings: "
                   "normally https://mandrillapp.com/api/1.0, or http://127.0.0.1:PORT for a local mock."),
            detail, QStringLiteral("http-4xx")};
    // Statuses without Mandrill's error object come from something in between (a proxy, a wrong base URL) or
    // from a newer API; say what each one means in the user's terms.
    switch (httpStatus) {
    case 400:
        return Error{
            Tr::tr("The server could not understand the request (HTTP 400 Bad Request). Check the Mandrill "
                   "base URL in Settings; if it is right, check that the template renders a valid body."),
            detail, QStringLiteral("http-4xx")};
    case 401:
        return Error{
            Tr::tr("The server did not accept the key (HTTP 401 Unauthorized). Check the Mandrill key in "
                   "Settings → Mandrill key: it must be a Transactional key, not a Marketing one."),
            detail, QStringLiteral("http-4xx")};
    case 402:
        return Error{
            Tr::tr("Mandrill wants payment first (HTTP 402 Payment Required): the account needs credit or "
                   "a paid plan. Check Mandrill → Account → Billing."),
            detail, QStringLiteral("http-4xx")};
    case 403:
        return Error{
            Tr::tr("The server refused access (HTTP 403 Forbidden). The key may not be allowed to make this "
                   "call (check its API restrictions in Mandrill → Settings → SMTP & API Info), or a "
                   "network filter blocks it."),
            detail, QStringLiteral("http-4xx")};
    case 409:
        return Error{
            Tr::tr("The server reported a conflict (HTTP 409 Conflict), which Mandrill's API never does. "
                   "Check the Mandrill base URL in Settings."),
            detail, QStringLiteral("http-4xx")};
    case 422:
        return Error{
            Tr::tr("The server could not process the request (HTTP 422 Unprocessable Content). Check the "
                   "rendered body: from_email, to and subject must be filled in."),
            detail, QStringLiteral("http-4xx")};
    default:
        break;
    }
    return Error{Tr::tr("The server refused the request (HTTP %1). Check the Mandrill base URL in Settings.")
                     .arg(httpStatus),
                 detail, QStringLiteral("http-4xx")};
}

bool isRetryable(const Error &error)
{
    static const QStringList retryable{QStringLiteral("GeneralError"),
                                       QStringLiteral("ServiceUnavailable"),
                                       QStringLiteral("RequestLimitExceeded"),
                                       QStringLiteral("http-429"),
                                       QStringLiteral("http-5xx"),
                                       QStringLiteral("timeout"),
                                       QStringLiteral("connection-closed"),
                                       QStringLiteral("truncated-json"),
                                       QStringLiteral("empty-body"),
                                       QStringLiteral("network")};
    return retryable.contains(error.code);
}

QString explainStatus(const QString &status)
{
    if (status == u"sent")
        return Tr::tr("Sent: Mandrill accepted the message and handed it on for delivery.");
    if (status == u"queued")
        return Tr::tr("Queued: Mandrill accepted the message and will send it a little later.");
    if (status == u"scheduled")
        return Tr::tr("Scheduled: Mandrill will send the message at the time given in send_at.");
    if (status == u"rejected")
        return Tr::tr("Rejected: Mandrill did not send the message.");
    if (status == u"invalid")
        return Tr::tr(
            "Invalid: Mandrill did not send the message because it considers the address invalid; check it "
            "for typos.");
    return Tr::tr("Mandrill answered with the status “%1”.").arg(status);
}

QString explainRejectReason(const QString &reason)
{
    if (reason == u"unsigned")
        return Tr::tr(
            "The sending domain of the from address is not verified in Mandrill (domain ownership, SPF and "
            "DKIM). Add and verify it in Mandrill → Settings → Domains → Sending Domains, then send again; "
            "the "
            "domain check shows what is missing.");
    if (reason == u"hard-bounce")
        return Tr::tr(
            "This address bounced permanently before, so it is on Mandrill's rejection denylist. Check the "
            "address; if it works now, remove it in Mandrill → Outbound → Rejection Denylist.");
    if (reason == u"soft-bounce")
        return Tr::tr(
            "This address bounced temporarily several times and is on Mandrill's rejection denylist for a "
            "while. Try again later or remove it in Mandrill → Outbound → Rejection Denylist.");
    if (reason == u"spam")
        return Tr::tr(
            "The recipient marked an earlier message as spam, so Mandrill will not mail them again from this "
            "account.");
    if (reason == u"unsub")
        return Tr::tr("The recipient unsubscribed from your messages, so Mandrill will not mail them.");
    if (reason == u"custom")
        return Tr::tr(
            "The address was put on the rejection denylist by hand (Mandrill → Outbound → Rejection "
            "Denylist).");
    if (reason == u"invalid-sender")
        return Tr::tr(
            "Mandrill does not accept the from address. Use an address on a sending domain you verified in "
            "Mandrill.");
    if (reason == u"invalid")
        return Tr::tr("The address is not valid.");
    if (reason == u"test-mode-limit")
        return Tr::tr("The test key's sending limit was reached. Wait a day or use a live key.");
    if (reason == u"rule")
        return Tr::tr(
            "A rule in Mandrill's Rules engine rejected the message (Mandrill → Settings → Rules).");
    return Tr::tr("Mandrill gave the reason “%1”.").arg(reason);
}

QString explainQueuedReason(const QString &reason)
{
    if (reason == u"attachments")
        return Tr::tr(
            "Messages with attachments are checked before sending; this is normal and it goes out shortly.");
    if (reason == u"multiple-recipients")
        return Tr::tr("Messages to many recipients are sent in the background; this is normal.");
    if (reason == u"free-trial-sends-exhausted")
        return Tr::tr("The free trial's sends are used up; the message waits until the account is upgraded.");
    if (reason == u"hourly-quota-exhausted")
        return Tr::tr(
            "The account's hourly sending quota is used up; the message goes out during the next hour. The "
            "quota grows with your sending reputation (see “Check key”).");
    if (reason == u"monthly-limit-reached")
        return Tr::tr(
            "The plan's monthly limit is reached; the message waits until more sends are bought or the month "
            "renews.");
    if (reason == u"sending-paused")
        return Tr::tr("Sending is paused for this account; resume it in Mandrill (Outbound) to send.");
    if (reason == u"sending-suspended" || reason == u"account-suspended")
        return Tr::tr("Mandrill suspended sending for this account; contact Mailchimp support.");
    if (reason == u"sending-backlogged")
        return Tr::tr("Mandrill has a backlog for this account; the message goes out when it catches up.");
    return Tr::tr("Mandrill gave the reason “%1”.").arg(reason);
}

QString explainSendResult(const SendResult &result)
{
    QString text = explainStatus(result.status);
    if (result.status == u"rejected" && !result.rejectReason.isEmpty())
        text += QLatin1Char(' ') + explainRejectReason(result.rejectReason);
    else if (result.status == u"queued" && !result.queuedReason.isEmpty())
        text += QLatin1Char(' ') + explainQueuedReason(result.queuedReason);
    return text;
}

QString testKeyNote()
{
    return Tr::tr(
        "Mandrill cannot tell from the key itself whether it is a test key. With a test key nothing is "
        "delivered: messages show up only in Mandrill's web app while it is switched to test mode, and they "
        "don't count toward your quota.");
}

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

QString scrubSecret(QString text, const QString &secret)
{
    if (secret.size() < 4)
        return text;
    const QString mask = QStringLiteral("••••");
    text.replace(secret, mask);
    text.replace(QString::fromLatin1(secret.toUtf8().toBase64()), mask);
    text.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), mask);
    return text;
}

} // namespace hookmail
