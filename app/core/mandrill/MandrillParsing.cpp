#include "core/mandrill/MandrillParsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hookmail {

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses (all Mandrill files share it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

Error unexpectedShape(const QString &what)
{
    return Error{
        Tr::tr(
            "Mandrill's answer did not have the expected shape. The Mandrill base URL in Settings may point "
            "at something that is not Mandrill's API; check it (normally https://mandrillapp.com/api/1.0)."),
        what, errorCodeName(ErrorCode::UnexpectedJson)};
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
                     errorCodeName(ErrorCode::EmptyBody)};
    if (trimmed.startsWith('<'))
        return Error{
            Tr::tr(
                "The server answered with a web page (HTML) instead of Mandrill's JSON. Check the Mandrill "
                "base URL in Settings (normally https://mandrillapp.com/api/1.0) and whether a proxy or "
                "captive portal is in the way."),
            bodyExcerpt(trimmed), errorCodeName(ErrorCode::Html)};
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
                bodyExcerpt(trimmed), errorCodeName(ErrorCode::TruncatedJson)};
        return Error{
            Tr::tr(
                "The server's answer is not valid JSON, so it is probably not Mandrill. Check the Mandrill "
                "base URL in Settings."),
            QStringLiteral("%1 at byte %2: %3")
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(bodyExcerpt(trimmed)),
            errorCodeName(ErrorCode::NotJson)};
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

Result<QJsonValue> parseMandrillJson(const QByteArray &body)
{
    return parseValue(body);
}

Error unexpectedMandrillShape(const QString &what)
{
    return unexpectedShape(what);
}

Result<QString> parsePing(const QByteArray &body)
{
    const Result<QJsonValue> value = parseValue(body);
    if (!value)
        return value.error();
    if (value->isString())
        return value->toString();
    if (value->isObject() && value->toObject().value(QLatin1String("PING")).isString()) // users/ping2
        return value->toObject().value(QLatin1String("PING")).toString();
    return unexpectedShape(QStringLiteral("users/ping answer is not a string: %1").arg(bodyExcerpt(body)));
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

} // namespace hookmail
