#pragma once

#include "core/common/Result.h"
#include "core/common/WaitForResult.h"
#include "core/mandrill/MandrillResponses.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

namespace hookmail {

// What "Check key" found: users/ping worked; users/info may add the account details.
struct KeyCheck
{
    std::optional<UserInfo> info;
    QString infoError; // why users/info failed although ping worked (e.g. a key restricted to messages/send)
    QStringList notes; // always includes the test-key note
};

// Talks to Mailchimp Transactional (Mandrill): POST <base>/<group>/<method> with a JSON body carrying "key".
// The base URL is used exactly as given (https://mandrillapp.com/api/1.0, or http://127.0.0.1:PORT for Prism,
// whose routes have no /api/1.x prefix); no ".json" suffix, which both accept (FACTS §0.3, §6).
// Every call answers exactly once through its callback, on this object's thread: a value or an Error whose
// `code` says the kind (see MandrillResponses.h). cancel() answers with code "cancelled". Callbacks of calls
// still running when the client is destroyed are not invoked.
class MandrillClient : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;
    template <typename T> using Callback = std::function<void(Result<T>)>;

    explicit MandrillClient(QObject *parent = nullptr);
    ~MandrillClient() override;

    void setBaseUrl(const QString &url);
    QString baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key); // for ping/info/domains/checkDomain (send takes a body with its key)
    bool hasApiKey() const { return !m_key.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout); // per transfer; default 30 s
    std::chrono::milliseconds timeout() const { return m_timeout; }

    Ticket ping(Callback<QString> done);
    Ticket info(Callback<UserInfo> done);
    Ticket domains(Callback<QList<SenderDomain>> done);
    Ticket checkDomain(const QString &domain,
                       Callback<SenderDomain> done); // adds the domain if absent (Mandrill)
    Ticket send(const QJsonObject &bodyWithKey, Callback<QList<SendResult>> done);
    Ticket checkKey(Callback<KeyCheck> done); // ping, then info

    void cancel(Ticket ticket);
    void cancelAll();
    bool isBusy() const { return !m_calls.isEmpty(); }

    // Blocking helper for the CLI and tests only (runs a local event loop). Never from GUI code.
    template <typename T, typename Start> static Result<T> wait(Start start);

    static QByteArray userAgent(); // "Hookmail/<version>"

signals:
    void busyChanged(bool busy);

private:
    struct Raw
    {
        int httpStatus = 0;
        QByteArray body;
    };
    using RawCallback = std::function<void(Result<Raw>)>;
    Ticket post(const QString &method, const QJsonObject &body, const QString &key, RawCallback done);
    template <typename T>
    Ticket call(const QString &method, const QJsonObject &body, const QString &key,
                Result<T> (*parse)(const QByteArray &), Callback<T> done);
    void finish(Ticket ticket);

    struct Call
    {
        QPointer<QNetworkReply> reply;
        RawCallback done;
        QString method;
        QString key;
        QList<QSslError> sslErrors;
        bool cancelled = false;
    };
    QNetworkAccessManager m_network;
    QHash<Ticket, Call> m_calls;
    QHash<Ticket, Ticket> m_chains; // checkKey outer ticket → current inner ticket
    Ticket m_next = 1;
    QString m_baseUrl;
    QString m_key;
    std::chrono::milliseconds m_timeout{30000};
};

template <typename T, typename Start> Result<T> MandrillClient::wait(Start start)
{
    return waitForResult<T>(std::move(start));
}

} // namespace hookmail
