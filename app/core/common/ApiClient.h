#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace hookmail {

// The one shape of a remote call, shared by MandrillClient and OryProjectClient:
// - one QNetworkAccessManager per client;
// - every call gets a Ticket; cancel(ticket) / cancelAll() answer "cancelled" (ErrorCode::Cancelled);
// - one timeout type (std::chrono::milliseconds, per transfer; default 30 s);
// - one redirect policy: redirects are NOT followed. API endpoints do not redirect, and following one would
//   carry the key (in the body for Mandrill, in the Authorization header for Ory) to wherever the answer
//   points; a 3xx is reported as ErrorCode::Redirect so the user can put the final address in Settings;
// - transport failures are classified here, in one place (transportCodeOf); the client words the message;
// - every callback runs exactly once, later (never inside the call that started it), on this object's
//   thread — unless its context object is destroyed first (the call is then aborted and the callback
//   dropped), or the client itself is destroyed (calls are aborted, no callback runs during or after the
//   destructor).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;
    using Timeout = std::chrono::milliseconds;
    template <typename T> using Callback = std::function<void(Result<T>)>;

    ~ApiClient() override;

    // The base URL, used as given minus trailing slashes. Plain http is refused except to loopback (calls
    // then fail with ErrorCode::BadBaseUrl, before anything is sent).
    void setBaseUrl(const QString &url);
    QString baseUrl() const { return m_baseUrl; }
    void setTimeout(Timeout timeout) { m_timeout = timeout; }
    Timeout timeout() const { return m_timeout; }

    void cancel(Ticket ticket);
    void cancelAll();
    bool isBusy() const { return !m_calls.isEmpty(); }
    int pendingCount() const { return int(m_calls.size()); }

    static QByteArray userAgent(); // "Hookmail/<version>"

signals:
    void busyChanged(bool busy);

protected:
    explicit ApiClient(const QString &baseUrl, QObject *parent = nullptr);

    struct Request
    {
        QByteArray verb = "GET";
        QString path; // appended to the base URL ("/projects/…" or "/users/ping")
        QList<QPair<QString, QString>> query;
        QByteArray body; // null: no body
        QList<QPair<QByteArray, QByteArray>> headers;
        QString label; // names the call in messages: Mandrill's method, Ory's action ("read the project")
    };
    struct Response
    {
        int status = 0;
        QByteArray body;
        QString contentType;
    };
    using RawCallback = std::function<void(Result<Response>)>;

    // A transport failure, classified; the client words it (transportError).
    struct TransportFailure
    {
        ErrorCode code = ErrorCode::Network;
        QString host;        // host[:port]
        QString detail;      // "<Qt's error string> (<error number>)"
        QString errorString; // Qt's error string
        QString tlsReasons;  // the TLS errors seen, "; "-joined (empty when none)
        QString label;       // Request::label
    };

    // Starts a request. `refusal` (checked after the base URL) makes the call fail without sending, e.g.
    // "no key". `context` null = this client. `outer` non-zero: this request is a step of the call `outer`
    // (a chain such as ping→info or paging); cancel(outer) then cancels the step in flight.
    Ticket start(const Request &request, RawCallback done, QObject *context,
                 std::optional<Error> refusal = {}, Ticket outer = 0);
    // An answer that needs no request (a refused call), delivered later like every other outcome.
    Ticket failLater(Error error, RawCallback done, QObject *context, Ticket outer = 0);
    Ticket newTicket() { return m_next++; }

    virtual Error transportError(const TransportFailure &failure) const = 0;
    virtual Error badBaseUrlError(const QString &problem, const QString &label) const = 0;
    virtual Error cancelledError(const QString &label) const;
    virtual Error redirectError(int status, const QUrl &location, const QString &label) const;

private:
    struct Call
    {
        QPointer<QNetworkReply> reply;
        RawCallback done;
        QPointer<QObject> context;
        QMetaObject::Connection contextWatch; // context destroyed → drop this call
        QString label;
        QString tlsReasons;
        std::optional<Error> early; // failLater: the answer to give
        bool cancelled = false;
    };
    Ticket insert(Call call, Ticket outer);
    // Removes the call (and its chain entry and context watch) and hands it over; nullopt when already gone.
    std::optional<Call> take(Ticket ticket);
    void finish(Ticket ticket);
    void deliver(Call &call, Result<Response> outcome);
    void drop(Ticket ticket); // context gone: abort quietly, no callback
    void settleBusy();
    Ticket resolve(Ticket ticket) const;

    QNetworkAccessManager m_network;
    QHash<Ticket, Call> m_calls;
    QHash<Ticket, Ticket> m_chains; // outer ticket → step in flight
    Ticket m_next = 1;
    QString m_baseUrl;
    Timeout m_timeout{30000};
};

} // namespace hookmail
