#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace hookmail::test {

// One scripted answer of the ScenarioServer.
struct ScenarioResponse
{
    enum class Mode
    {
        Normal,       // status line + headers + body, then close
        NeverAnswer,  // read the request, say nothing (client timeouts)
        ResetMidBody, // announce the full Content-Length, send `cutAt` body bytes, then reset the connection
        Truncated,    // send only `cutAt` body bytes with a matching Content-Length (well-formed HTTP, cut
                      // content)
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    QByteArray body;
    int delayMs = 0;
    Mode mode = Mode::Normal;
    qsizetype cutAt = -1;

    static ScenarioResponse json(int status, const QByteArray &body);
    static ScenarioResponse html(int status, const QByteArray &body);
};

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for scenario tests (errors, slowness, broken answers).
// Answers by exact request path; unknown paths get the default response (404 unless set). Optional TLS
// with a caller-supplied certificate (for "self-signed certificate" tests). Generic: used for Mandrill
// and Ory fakes alike.
class ScenarioServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit ScenarioServer(QObject *parent = nullptr);
    ~ScenarioServer() override;

    bool start();         // listens on 127.0.0.1:<free port>
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT
    void setResponse(const QByteArray &path, const ScenarioResponse &response);
    void setDefaultResponse(const ScenarioResponse &response) { m_default = response; }
    void enableTls(const QSslCertificate &certificate, const QSslKey &key);

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const QByteArray &path);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScenarioResponse &response);
    QHash<QByteArray, ScenarioResponse> m_responses;
    ScenarioResponse m_default;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
};

// Creates a throwaway self-signed certificate for 127.0.0.1 with the `openssl` tool. Returns false (and a
// reason) when openssl is unavailable.
bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key, QString *reason);

} // namespace hookmail::test
