#include "core/mandrill/MandrillErrors.h"

#include "core/mandrill/MandrillParsing.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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
    if (call.startsWith(u"templates/") || call.startsWith(u"mctemplates/"))
        return text + QLatin1Char(' ') +
               Tr::tr("If the key is restricted to some API calls (for example only messages/send, as "
                      "recommended for Ory), it has no permission for templates: picking and checking a "
                      "template needs templates/list, templates/info and templates/render (a separate key "
                      "for Hookmail is fine); the key pushed to Ory needs messages/send-template.");
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
        const QString detail = redactText(QStringLiteral("%1, code %2: %3 (%4)")
                                              .arg(api->name)
                                              .arg(api->code)
                                              .arg(api->message, statusText),
                                          {key});
        const QString serverText = redactText(api->message, {key});
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
        detail += QStringLiteral(": ") + redactText(bodyExcerpt(body), {key});
    if (httpStatus == 429)
        return Error{
            Tr::tr(
                "Mandrill is limiting requests (HTTP 429 Too Many Requests). Wait a minute and try again."),
            detail, errorCodeName(ErrorCode::Http429)};
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
        return Error{message, detail, errorCodeName(ErrorCode::Http5xx)};
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
            redactText(QString::fromUtf8(body), {key}), errorCodeName(ErrorCode::Http4xx)};
    }
    if (httpStatus == 404)
        return Error{
            Tr::tr("Nothing answers at this address (HTTP 404). Check the Mandrill base URL in Settings: "
                   "normally https://mandrillapp.com/api/1.0, or http://127.0.0.1:PORT for a local mock."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    // Statuses without Mandrill's error object come from something in between (a proxy, a wrong base URL) or
    // from a newer API; say what each one means in the user's terms.
    switch (httpStatus) {
    case 400:
        return Error{
            Tr::tr("The server could not understand the request (HTTP 400 Bad Request). Check the Mandrill "
                   "base URL in Settings; if it is right, check that the template renders a valid body."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    case 401:
        return Error{
            Tr::tr("The server did not accept the key (HTTP 401 Unauthorized). Check the Mandrill key in "
                   "Settings → Mandrill key: it must be a Transactional key, not a Marketing one."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    case 402:
        return Error{
            Tr::tr("Mandrill wants payment first (HTTP 402 Payment Required): the account needs credit or "
                   "a paid plan. Check Mandrill → Account → Billing."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    case 403:
        return Error{
            Tr::tr("The server refused access (HTTP 403 Forbidden). The key may not be allowed to make this "
                   "call (check its API restrictions in Mandrill → Settings → SMTP & API Info), or a "
                   "network filter blocks it."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    case 409:
        return Error{
            Tr::tr("The server reported a conflict (HTTP 409 Conflict), which Mandrill's API never does. "
                   "Check the Mandrill base URL in Settings."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    case 422:
        return Error{
            Tr::tr("The server could not process the request (HTTP 422 Unprocessable Content). Check the "
                   "rendered body: from_email, to and subject must be filled in."),
            detail, errorCodeName(ErrorCode::Http4xx)};
    default:
        break;
    }
    return Error{Tr::tr("The server refused the request (HTTP %1). Check the Mandrill base URL in Settings.")
                     .arg(httpStatus),
                 detail, errorCodeName(ErrorCode::Http4xx)};
}

bool isRetryable(const Error &error)
{
    // Mandrill's own error names, then Hookmail's kinds.
    static const QStringList retryable{QStringLiteral("GeneralError"),
                                       QStringLiteral("ServiceUnavailable"),
                                       QStringLiteral("RequestLimitExceeded"),
                                       errorCodeName(ErrorCode::Http429),
                                       errorCodeName(ErrorCode::Http5xx),
                                       errorCodeName(ErrorCode::Timeout),
                                       errorCodeName(ErrorCode::ConnectionClosed),
                                       errorCodeName(ErrorCode::TruncatedJson),
                                       errorCodeName(ErrorCode::EmptyBody),
                                       errorCodeName(ErrorCode::Network)};
    return retryable.contains(error.code);
}

} // namespace hookmail
