#include "core/mandrill/MandrillClient.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

const QString kSendMethod = QStringLiteral("messages/send");
const QString kSendTemplateMethod = QStringLiteral("messages/send-template");

} // namespace

MandrillClient::MandrillClient(QObject *parent) : ApiClient(QString(), parent) {}

Error MandrillClient::badBaseUrlError(const QString &problem, const QString &) const
{
    return Error::of(ErrorCode::BadBaseUrl, problem, baseUrl());
}

Error MandrillClient::transportError(const TransportFailure &f) const
{
    const bool isSend = f.label == kSendMethod || f.label == kSendTemplateMethod;
    switch (f.code) {
    case ErrorCode::Timeout: {
        QString message =
            Tr::tr("Mandrill did not answer within %1 seconds. Check your internet connection and try "
                   "again later.")
                .arg(QString::number(double(timeout().count()) / 1000.0, 'g', 3));
        if (isSend)
            message += QLatin1Char(' ') +
                       Tr::tr("The message may still have been sent; look in Mandrill → Outbound → "
                              "Activity before sending again.");
        return Error::of(f.code, message, f.detail);
    }
    case ErrorCode::ConnectionRefused:
        return Error::of(
            f.code,
            Tr::tr("Could not connect to %1: the connection was refused. Check the Mandrill base "
                   "URL in Settings "
                   "(for a local mock: is it running?).")
                .arg(f.host),
            f.detail);
    case ErrorCode::HostNotFound:
        return Error::of(f.code,
                         Tr::tr("The server name “%1” could not be found. Check your internet connection and "
                                "the Mandrill base URL in Settings.")
                             .arg(f.host.section(u':', 0, 0)),
                         f.detail);
    case ErrorCode::Tls:
        return Error::of(f.code,
                         Tr::tr("The secure connection to %1 could not be verified (%2). Hookmail does not "
                                "send your key over "
                                "a connection it cannot verify. If your network inspects HTTPS traffic, ask "
                                "your administrator to install its certificate on this computer.")
                             .arg(f.host, f.tlsReasons.isEmpty() ? f.errorString : f.tlsReasons),
                         f.detail);
    case ErrorCode::ConnectionClosed: {
        QString message =
            Tr::tr("The connection to %1 closed before the whole answer arrived. Try again.").arg(f.host);
        if (isSend)
            message += QLatin1Char(' ') +
                       Tr::tr("The message may have been sent; look in Mandrill → Outbound → Activity "
                              "before sending again.");
        return Error::of(f.code, message, f.detail);
    }
    default:
        return Error::of(ErrorCode::Network,
                         Tr::tr("Could not reach Mandrill at %1: %2. Check your internet connection and the "
                                "Mandrill base URL "
                                "in Settings.")
                             .arg(f.host, f.errorString),
                         f.detail);
    }
}

template <typename T>
MandrillClient::Ticket MandrillClient::call(const QString &method, QJsonObject body, const QString &key,
                                            Result<T> (*parse)(const QByteArray &), Callback<T> done,
                                            QObject *context, Ticket outer)
{
    std::optional<Error> refusal;
    if (key.isEmpty())
        refusal = Error::of(ErrorCode::NoKey,
                            Tr::tr("No Mandrill key is set. Enter it in Settings → Mandrill key (or set "
                                   "HOOKMAIL_MANDRILL_KEY for the command line)."));
    Request request;
    request.verb = "POST";
    request.path = u'/' + method;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.label = method;
    return start(
        request,
        [parse, key, method, done = std::move(done)](Result<Response> raw) {
            if (!raw)
                return done(raw.error());
            if (raw->status < 200 || raw->status > 299)
                return done(errorForHttpResponse(raw->status, raw->body, key, method));
            done(parse(raw->body));
        },
        context, std::move(refusal), outer);
}

namespace {

QJsonObject keyed(const QString &key)
{
    return QJsonObject{{QStringLiteral("key"), key}};
}

} // namespace

MandrillClient::Ticket MandrillClient::ping(const QString &key, Callback<QString> done, QObject *context)
{
    const QString k = key.trimmed();
    return call<QString>(QStringLiteral("users/ping"), keyed(k), k, &parsePing, std::move(done), context);
}

MandrillClient::Ticket MandrillClient::info(const QString &key, Callback<UserInfo> done, QObject *context)
{
    const QString k = key.trimmed();
    return call<UserInfo>(QStringLiteral("users/info"), keyed(k), k, &parseUserInfo, std::move(done),
                          context);
}

MandrillClient::Ticket MandrillClient::domains(const QString &key, Callback<QList<SenderDomain>> done,
                                               QObject *context)
{
    const QString k = key.trimmed();
    return call<QList<SenderDomain>>(QStringLiteral("senders/domains"), keyed(k), k, &parseDomains,
                                     std::move(done), context);
}

MandrillClient::Ticket MandrillClient::checkDomain(const QString &key, const QString &domain,
                                                   Callback<SenderDomain> done, QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = keyed(k);
    body.insert(QStringLiteral("domain"), domain.trimmed());
    return call<SenderDomain>(QStringLiteral("senders/check-domain"), body, k, &parseDomain, std::move(done),
                              context);
}

MandrillClient::Ticket MandrillClient::send(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done,
                                            QObject *context)
{
    const QString key = bodyWithKey.value(QLatin1String("key")).toString();
    return call<QList<SendResult>>(kSendMethod, bodyWithKey, key, &parseSendResults, std::move(done),
                                   context);
}

MandrillClient::Ticket MandrillClient::templates(const QString &key, Callback<QList<MandrillTemplate>> done,
                                                 QObject *context)
{
    const QString k = key.trimmed();
    return call<QList<MandrillTemplate>>(QStringLiteral("templates/list"), keyed(k), k, &parseTemplateList,
                                         std::move(done), context);
}

MandrillClient::Ticket MandrillClient::mailchimpTemplates(const QString &key,
                                                          Callback<QList<MandrillTemplate>> done,
                                                          QObject *context)
{
    const QString k = key.trimmed();
    return call<QList<MandrillTemplate>>(QStringLiteral("mctemplates/list"), keyed(k), k, &parseTemplateList,
                                         std::move(done), context);
}

MandrillClient::Ticket MandrillClient::mailchimpTemplateInfo(const QString &key, qint64 id,
                                                             Callback<MandrillTemplate> done,
                                                             QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = keyed(k);
    body.insert(QStringLiteral("mc_template_id"), double(id));
    return call<MandrillTemplate>(QStringLiteral("mctemplates/info"), body, k, &parseTemplateInfo,
                                  std::move(done), context);
}

MandrillClient::Ticket MandrillClient::templateInfo(const QString &key, const QString &slug,
                                                    Callback<MandrillTemplate> done, QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = keyed(k);
    body.insert(QStringLiteral("name"), slug);
    return call<MandrillTemplate>(QStringLiteral("templates/info"), body, k, &parseTemplateInfo,
                                  std::move(done), context);
}

MandrillClient::Ticket MandrillClient::renderTemplate(const QString &key, const QString &slug,
                                                      const QJsonArray &templateContent,
                                                      const QJsonArray &mergeVars, Callback<QString> done,
                                                      QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = keyed(k);
    body.insert(QStringLiteral("template_name"), slug);
    body.insert(QStringLiteral("template_content"), templateContent);
    body.insert(QStringLiteral("merge_vars"), mergeVars);
    return call<QString>(QStringLiteral("templates/render"), body, k, &parseRenderedHtml, std::move(done),
                         context);
}

MandrillClient::Ticket MandrillClient::addTemplate(const QString &key, const QJsonObject &bodyWithoutKey,
                                                   Callback<MandrillTemplate> done, QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = bodyWithoutKey;
    body.insert(QStringLiteral("key"), k);
    return call<MandrillTemplate>(QStringLiteral("templates/add"), body, k, &parseTemplateInfo,
                                  std::move(done), context);
}

MandrillClient::Ticket MandrillClient::publishTemplate(const QString &key, const QString &slug,
                                                       Callback<MandrillTemplate> done, QObject *context)
{
    const QString k = key.trimmed();
    QJsonObject body = keyed(k);
    body.insert(QStringLiteral("name"), slug);
    return call<MandrillTemplate>(QStringLiteral("templates/publish"), body, k, &parseTemplateInfo,
                                  std::move(done), context);
}

MandrillClient::Ticket MandrillClient::sendTemplate(const QJsonObject &bodyWithKey,
                                                    Callback<QList<SendResult>> done, QObject *context)
{
    const QString key = bodyWithKey.value(QLatin1String("key")).toString();
    return call<QList<SendResult>>(kSendTemplateMethod, bodyWithKey, key, &parseSendResults, std::move(done),
                                   context);
}

MandrillClient::Ticket MandrillClient::sendAny(const QJsonObject &bodyWithKey,
                                               Callback<QList<SendResult>> done, QObject *context)
{
    if (bodyWithKey.contains(QLatin1String("template_name")))
        return sendTemplate(bodyWithKey, std::move(done), context);
    return send(bodyWithKey, std::move(done), context);
}

MandrillClient::Ticket MandrillClient::checkKey(const QString &key, Callback<KeyCheck> done, QObject *context)
{
    const QString k = key.trimmed();
    const Ticket outer = newTicket();
    call<QString>(
        QStringLiteral("users/ping"), keyed(k), k, &parsePing,
        [this, k, outer, done, context](Result<QString> pong) {
            if (!pong)
                return done(pong.error());
            call<UserInfo>(
                QStringLiteral("users/info"), keyed(k), k, &parseUserInfo,
                [done](Result<UserInfo> info) {
                    KeyCheck check;
                    if (info)
                        check.info = info.value();
                    else if (info.error().is(ErrorCode::Cancelled))
                        return done(info.error());
                    else
                        check.infoError = info.error().message;
                    check.notes << testKeyNote();
                    done(check);
                },
                context, outer);
        },
        context, outer);
    return outer;
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp (faster builds, and linking it never
// drags in the meta-objects of unrelated headers).
#include "moc_MandrillClient.cpp"
