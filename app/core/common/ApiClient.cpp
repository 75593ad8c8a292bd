#include "core/common/ApiClient.h"

#include "core/common/Settings.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace hookmail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// The one place where a failed QNetworkReply becomes a Hookmail error kind.
ErrorCode transportCodeOf(QNetworkReply::NetworkError error, bool tlsErrorsSeen)
{
    switch (error) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply this way
    case QNetworkReply::TimeoutError:
        return ErrorCode::Timeout;
    case QNetworkReply::ConnectionRefusedError:
        return ErrorCode::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
        return ErrorCode::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return ErrorCode::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return ErrorCode::ConnectionClosed;
    default:
        return tlsErrorsSeen ? ErrorCode::Tls : ErrorCode::Network;
    }
}

} // namespace

ApiClient::ApiClient(const QString &baseUrl, QObject *parent) : QObject(parent)
{
    m_network.setParent(this);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // see the class comment
    setBaseUrl(baseUrl);
}

ApiClient::~ApiClient()
{
    // No callback runs from here on: the callers' objects may already be half destroyed.
    const auto calls = std::exchange(m_calls, {});
    m_chains.clear();
    for (const Call &c : calls) {
        disconnect(c.contextWatch);
        if (c.reply) {
            c.reply->disconnect(this);
            c.reply->abort();
            delete c.reply;
        }
    }
}

QByteArray ApiClient::userAgent()
{
    return QByteArrayLiteral("Hookmail/" HOOKMAIL_VERSION);
}

void ApiClient::setBaseUrl(const QString &url)
{
    m_baseUrl = url.trimmed();
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

Error ApiClient::cancelledError(const QString &) const
{
    return Error::of(ErrorCode::Cancelled, Tr::tr("Cancelled."));
}

Error ApiClient::redirectError(int status, const QUrl &location, const QString &) const
{
    return Error::of(
        ErrorCode::Redirect,
        Tr::tr("The server redirects elsewhere (HTTP %1 to %2). Hookmail does not follow redirects "
               "with your key; put the final address in Settings.")
            .arg(status)
            .arg(location.toString()));
}

ApiClient::Ticket ApiClient::insert(Call call, Ticket outer)
{
    const bool wasBusy = isBusy();
    const Ticket ticket = newTicket();
    QObject *context = call.context;
    auto it = m_calls.insert(ticket, std::move(call));
    if (outer)
        m_chains.insert(outer, ticket);
    if (context && context != this)
        it->contextWatch = connect(context, &QObject::destroyed, this, [this, ticket] { drop(ticket); });
    if (!wasBusy)
        emit busyChanged(true);
    return ticket;
}

ApiClient::Ticket ApiClient::failLater(Error error, RawCallback done, QObject *context, Ticket outer)
{
    Call call;
    call.done = std::move(done);
    call.context = context ? context : this;
    call.early = std::move(error);
    const Ticket ticket = insert(std::move(call), outer);
    QTimer::singleShot(0, this, [this, ticket] { finish(ticket); });
    return outer ? outer : ticket;
}

ApiClient::Ticket ApiClient::start(const Request &request, RawCallback done, QObject *context,
                                   std::optional<Error> refusal, Ticket outer)
{
    if (const QString problem = checkApiBaseUrl(m_baseUrl); !problem.isEmpty())
        return failLater(badBaseUrlError(problem, request.label), std::move(done), context, outer);
    if (refusal)
        return failLater(std::move(*refusal), std::move(done), context, outer);

    QUrl url(m_baseUrl + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[k, v] : request.query)
            q.addQueryItem(k, v);
        url.setQuery(q);
    }
    QNetworkRequest r(url);
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!request.body.isNull())
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setTransferTimeout(int(m_timeout.count()));
    QNetworkReply *reply = request.body.isNull() ? m_network.sendCustomRequest(r, request.verb)
                                                 : m_network.sendCustomRequest(r, request.verb, request.body);
    Call call;
    call.reply = reply;
    call.done = std::move(done);
    call.context = context ? context : this;
    call.label = request.label;
    const Ticket ticket = insert(std::move(call), outer);
    connect(reply, &QNetworkReply::sslErrors, this, [this, ticket](const QList<QSslError> &errors) {
        // Recorded for the message, never ignored: the handshake then fails and finished() reports it.
        auto it = m_calls.find(ticket);
        if (it == m_calls.end())
            return;
        QStringList reasons;
        for (const QSslError &e : errors)
            reasons << e.errorString();
        reasons.removeDuplicates();
        it->tlsReasons = reasons.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, ticket] { finish(ticket); });
    return outer ? outer : ticket;
}

std::optional<ApiClient::Call> ApiClient::take(Ticket ticket)
{
    auto it = m_calls.find(ticket);
    if (it == m_calls.end())
        return std::nullopt;
    Call call = std::move(*it);
    m_calls.erase(it);
    m_chains.removeIf([ticket](const auto &entry) { return entry.value() == ticket; });
    disconnect(call.contextWatch);
    return call;
}

void ApiClient::finish(Ticket ticket)
{
    auto taken = take(ticket);
    if (!taken)
        return;
    Call &call = *taken;

    if (call.early) {
        deliver(call, call.cancelled ? cancelledError(call.label) : *call.early);
        return;
    }
    QNetworkReply *reply = call.reply;
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const auto error = reply->error();
    if (call.cancelled) {
        deliver(call, cancelledError(call.label));
        return;
    }
    // An HTTP answer arrived: no error, or one derived from the HTTP status (≥ ContentAccessDenied). A
    // failure after a 2xx/3xx header (a reset mid-body) is a transport failure, not a server answering
    // nonsense.
    if (status != 0 && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        if (status >= 300 && status < 400) {
            deliver(call, redirectError(
                              status, reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location"))),
                              call.label));
            return;
        }
        deliver(call, Response{status, reply->isOpen() ? reply->readAll() : QByteArray(),
                               reply->header(QNetworkRequest::ContentTypeHeader).toString()});
        return;
    }
    TransportFailure failure;
    failure.code = transportCodeOf(error, !call.tlsReasons.isEmpty());
    failure.host = hostOf(reply->url());
    failure.errorString = reply->errorString();
    failure.detail = QStringLiteral("%1 (%2)").arg(reply->errorString()).arg(int(error));
    failure.tlsReasons = call.tlsReasons;
    failure.label = call.label;
    deliver(call, transportError(failure));
}

void ApiClient::deliver(Call &call, Result<Response> outcome)
{
    // A callback whose context is gone is not called (the context's destruction normally drops the call
    // first; this covers a context that was deleted while its call's answer was already queued).
    if (call.context)
        call.done(std::move(outcome));
    settleBusy();
}

void ApiClient::settleBusy()
{
    if (!isBusy())
        emit busyChanged(false);
}

void ApiClient::drop(Ticket ticket)
{
    auto taken = take(ticket);
    if (!taken)
        return;
    Call &call = *taken;
    if (call.reply) {
        call.reply->disconnect(this);
        call.reply->abort();
        call.reply->deleteLater();
    }
    // Queued: listeners of busyChanged may be the very object being destroyed right now.
    QMetaObject::invokeMethod(this, &ApiClient::settleBusy, Qt::QueuedConnection);
}

ApiClient::Ticket ApiClient::resolve(Ticket ticket) const
{
    return m_chains.value(ticket, ticket);
}

void ApiClient::cancel(Ticket ticket)
{
    ticket = resolve(ticket);
    auto it = m_calls.find(ticket);
    if (it == m_calls.end())
        return;
    it->cancelled = true;
    if (it->reply)
        it->reply->abort(); // finished() → finish() → the "cancelled" answer
    // An early answer still pending answers "cancelled" when its timer fires.
}

void ApiClient::cancelAll()
{
    const auto tickets = m_calls.keys();
    for (Ticket t : tickets)
        cancel(t);
}

} // namespace hookmail

#include "moc_ApiClient.cpp"
