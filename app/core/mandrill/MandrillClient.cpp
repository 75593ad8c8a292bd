#include "core/mandrill/MandrillClient.h"

#include "core/common/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Error transportError(QNetworkReply *reply, const QList<QSslError> &sslErrors,
                     std::chrono::milliseconds timeout, const QString &method)
{
    const QUrl url = reply->url();
    const QString host = hostOf(url);
    const QString detail = QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(int(reply->error()));
    const bool isSend = method == u"messages/send";
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError: {
        QString message =
            Tr::tr("Mandrill did not answer within %1 seconds. Check your internet connection and try "
                   "again later.")
                .arg(QString::number(double(timeout.count()) / 1000.0, 'g', 3));
        if (isSend)
            message += QLatin1Char(' ') +
                       Tr::tr("The message may still have been sent; look in Mandrill → Outbound → "
                              "Activity before sending again.");
        return Error{message, detail, QStringLiteral("timeout")};
    }
    case QNetworkReply::ConnectionRefusedError:
        return Error{Tr::tr("Could not connect to %1: the connection was refused. Check the Mandrill base "
                            "URL in Settings "
                            "(for a local mock: is it running?).")
                         .arg(host),
                     detail, QStringLiteral("connection-refused")};
    case QNetworkReply::HostNotFoundError:
        return Error{
            Tr::tr("The server name “%1” could not be found. Check your internet connection and the Mandrill "
                   "base URL in Settings.")
                .arg(url.host()),
            detail, QStringLiteral("host-not-found")};
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError: {
        QStringList reasons;
        for (const QSslError &e : sslErrors)
            reasons << e.errorString();
        reasons.removeDuplicates();
        return Error{Tr::tr("The secure connection to %1 could not be verified (%2). Hookmail does not send "
                            "your key over "
                            "a connection it cannot verify. If your network inspects HTTPS traffic, ask your "
                            "administrator to install its certificate on this computer.")
                         .arg(host, reasons.isEmpty() ? reply->errorString() : reasons.join(u"; ")),
                     detail, QStringLiteral("tls")};
    }
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError: {
        QString message =
            Tr::tr("The connection to %1 closed before the whole answer arrived. Try again.").arg(host);
        if (isSend)
            message += QLatin1Char(' ') +
                       Tr::tr("The message may have been sent; look in Mandrill → Outbound → Activity "
                              "before sending again.");
        return Error{message, detail, QStringLiteral("connection-closed")};
    }
    default:
        if (!sslErrors.isEmpty())
            return transportError(reply, sslErrors, timeout, method); // unreachable in practice
        return Error{Tr::tr("Could not reach Mandrill at %1: %2. Check your internet connection and the "
                            "Mandrill base URL "
                            "in Settings.")
                         .arg(host, reply->errorString()),
                     detail, QStringLiteral("network")};
    }
}

} // namespace

MandrillClient::MandrillClient(QObject *parent) : QObject(parent)
{
    m_network.setParent(this);
    // Never follow redirects silently to another host with the key in the body.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

MandrillClient::~MandrillClient()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (const Call &c : calls) {
        if (c.reply) {
            c.reply->disconnect(this);
            c.reply->abort();
            c.reply->deleteLater();
        }
    }
}

QByteArray MandrillClient::userAgent()
{
    return QByteArrayLiteral("Hookmail/" HOOKMAIL_VERSION);
}

void MandrillClient::setBaseUrl(const QString &url)
{
    m_baseUrl = url.trimmed();
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
}

void MandrillClient::setApiKey(const QString &key)
{
    m_key = key.trimmed();
}

void MandrillClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

MandrillClient::Ticket MandrillClient::post(const QString &method, const QJsonObject &body,
                                            const QString &key, RawCallback done)
{
    const Ticket ticket = m_next++;
    const bool wasBusy = isBusy();
    Call call;
    call.done = std::move(done);
    call.method = method;
    call.key = key;

    const QString urlProblem = checkApiBaseUrl(m_baseUrl);
    std::optional<Error> early;
    if (!urlProblem.isEmpty())
        early = Error{urlProblem, m_baseUrl, QStringLiteral("insecure-url")};
    else if (key.isEmpty())
        early = Error{
            Tr::tr(
                "No Mandrill key is set. Enter it in Settings → Mandrill key (or set HOOKMAIL_MANDRILL_KEY "
                "for the command line)."),
            {},
            QStringLiteral("no-key")};
    if (early) {
        // Answer asynchronously like every other outcome, so callers see one code path.
        m_calls.insert(ticket, std::move(call));
        QTimer::singleShot(0, this, [this, ticket, error = *early] {
            auto it = m_calls.find(ticket);
            if (it == m_calls.end())
                return;
            RawCallback cb = std::move(it->done);
            m_calls.erase(it);
            cb(error);
            if (!isBusy())
                emit busyChanged(false);
        });
        if (!wasBusy)
            emit busyChanged(true);
        return ticket;
    }

    QNetworkRequest request(QUrl(m_baseUrl + QLatin1Char('/') + method));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    call.reply = reply;
    m_calls.insert(ticket, std::move(call));
    connect(reply, &QNetworkReply::sslErrors, this, [this, ticket](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake then fails and finished() reports it.
        auto it = m_calls.find(ticket);
        if (it != m_calls.end())
            it->sslErrors += errors;
    });
    connect(reply, &QNetworkReply::finished, this, [this, ticket] { finish(ticket); });
    if (!wasBusy)
        emit busyChanged(true);
    return ticket;
}

void MandrillClient::finish(Ticket ticket)
{
    auto it = m_calls.find(ticket);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    QNetworkReply *reply = call.reply;
    reply->deleteLater();

    Result<Raw> outcome = Error{};
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (call.cancelled) {
        outcome = Error{Tr::tr("Cancelled."), {}, QStringLiteral("cancelled")};
    } else if (statusAttribute.isValid() && (reply->error() == QNetworkReply::NoError ||
                                             reply->error() >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP answer arrived (errors ≥ ContentAccessDenied are HTTP-status errors, not transport ones).
        const int status = statusAttribute.toInt();
        if (status >= 200 && status < 300)
            outcome = Raw{status, body};
        else if (status >= 300 && status < 400)
            outcome = Error{
                Tr::tr("The Mandrill base URL redirects elsewhere (HTTP %1 to %2). Hookmail does not follow "
                       "redirects with your key; put the final address in Settings.")
                    .arg(status)
                    .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString()),
                {},
                QStringLiteral("http-4xx")};
        else
            outcome = errorForHttpResponse(status, body, call.key, call.method);
    } else {
        outcome = transportError(reply, call.sslErrors, m_timeout, call.method);
    }
    call.done(std::move(outcome));
    if (!isBusy())
        emit busyChanged(false);
}

template <typename T>
MandrillClient::Ticket MandrillClient::call(const QString &method, const QJsonObject &body,
                                            const QString &key, Result<T> (*parse)(const QByteArray &),
                                            Callback<T> done)
{
    return post(method, body, key, [parse, done = std::move(done)](Result<Raw> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(parse(raw->body));
    });
}

MandrillClient::Ticket MandrillClient::ping(Callback<QString> done)
{
    return call<QString>(QStringLiteral("users/ping"), {{QStringLiteral("key"), m_key}}, m_key, &parsePing,
                         std::move(done));
}

MandrillClient::Ticket MandrillClient::info(Callback<UserInfo> done)
{
    return call<UserInfo>(QStringLiteral("users/info"), {{QStringLiteral("key"), m_key}}, m_key,
                          &parseUserInfo, std::move(done));
}

MandrillClient::Ticket MandrillClient::domains(Callback<QList<SenderDomain>> done)
{
    return call<QList<SenderDomain>>(QStringLiteral("senders/domains"), {{QStringLiteral("key"), m_key}},
                                     m_key, &parseDomains, std::move(done));
}

MandrillClient::Ticket MandrillClient::checkDomain(const QString &domain, Callback<SenderDomain> done)
{
    return call<SenderDomain>(QStringLiteral("senders/check-domain"),
                              {{QStringLiteral("key"), m_key}, {QStringLiteral("domain"), domain.trimmed()}},
                              m_key, &parseDomain, std::move(done));
}

MandrillClient::Ticket MandrillClient::send(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done)
{
    const QString key = bodyWithKey.value(QLatin1String("key")).toString();
    return call<QList<SendResult>>(QStringLiteral("messages/send"), bodyWithKey, key, &parseSendResults,
                                   std::move(done));
}

MandrillClient::Ticket MandrillClient::checkKey(Callback<KeyCheck> done)
{
    const Ticket outer = m_next++;
    const Ticket first = ping([this, outer, done](Result<QString> pong) {
        if (!pong) {
            m_chains.remove(outer);
            done(pong.error());
            return;
        }
        const Ticket second = info([this, outer, done](Result<UserInfo> info) {
            m_chains.remove(outer);
            KeyCheck check;
            if (info)
                check.info = info.value();
            else if (info.error().code == u"cancelled") {
                done(info.error());
                return;
            } else
                check.infoError = info.error().message;
            check.notes << testKeyNote();
            done(check);
        });
        m_chains.insert(outer, second);
    });
    m_chains.insert(outer, first);
    return outer;
}

void MandrillClient::cancel(Ticket ticket)
{
    if (auto chained = m_chains.find(ticket); chained != m_chains.end())
        ticket = chained.value();
    auto it = m_calls.find(ticket);
    if (it == m_calls.end())
        return;
    it->cancelled = true;
    if (it->reply) {
        it->reply->abort(); // finished() → finish() → the "cancelled" answer
        return;
    }
    // Not started (early error pending): answer "cancelled" instead.
    Call call = std::move(*it);
    m_calls.erase(it);
    QTimer::singleShot(0, this, [this, done = std::move(call.done)] {
        done(Error{Tr::tr("Cancelled."), {}, QStringLiteral("cancelled")});
        if (!isBusy())
            emit busyChanged(false);
    });
}

void MandrillClient::cancelAll()
{
    const auto tickets = m_calls.keys();
    for (Ticket t : tickets)
        cancel(t);
}

} // namespace hookmail

// Explicit moc include: keeps this class out of mocs_compilation.cpp (faster builds, and linking it never
// drags in the meta-objects of unrelated headers).
#include "moc_MandrillClient.cpp"
