#include "ScenarioServer.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace hookmail::test {

ScenarioResponse ScenarioResponse::json(int status, const QByteArray &body)
{
    ScenarioResponse r;
    r.status = status;
    r.body = body;
    return r;
}

ScenarioResponse ScenarioResponse::html(int status, const QByteArray &body)
{
    ScenarioResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    r.body = body;
    return r;
}

ScenarioServer::ScenarioServer(QObject *parent) : QTcpServer(parent)
{
    m_default = ScenarioResponse::json(404, R"({"error":"no scenario for this path"})");
}

ScenarioServer::~ScenarioServer() = default;

bool ScenarioServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl ScenarioServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(serverPort()));
}

void ScenarioServer::setResponse(const QByteArray &path, const ScenarioResponse &response)
{
    m_responses.insert(path, response);
}

void ScenarioServer::enableTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

void ScenarioServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(socketDescriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        // The client is expected to refuse the certificate; the handshake error ends the connection.
        connect(ssl, &QSslSocket::sslErrors, ssl, [] {});
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_buffers.remove(socket);
        socket->deleteLater();
    });
}

void ScenarioServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    emit requestReceived(request.path);

    const ScenarioResponse response = m_responses.value(request.path, m_default);
    if (response.mode == ScenarioResponse::Mode::NeverAnswer)
        return;
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, socket, [this, socket, response] { respond(socket, response); });
        return;
    }
    respond(socket, response);
}

void ScenarioServer::respond(QTcpSocket *socket, const ScenarioResponse &response)
{
    QByteArray body = response.body;
    qsizetype announced = body.size();
    if (response.mode == ScenarioResponse::Mode::Truncated) {
        body = body.left(response.cutAt);
        announced = body.size();
    } else if (response.mode == ScenarioResponse::Mode::ResetMidBody) {
        body = body.left(response.cutAt);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scenario\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(announced) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    socket->flush();
    if (response.mode == ScenarioResponse::Mode::ResetMidBody) {
        socket->abort();
        return;
    }
    socket->disconnectFromHost();
}

bool makeSelfSignedCertificate(QSslCertificate *certificate, QSslKey *key, QString *reason)
{
    if (!QSslSocket::supportsSsl()) {
        *reason = QStringLiteral("Qt has no TLS backend here.");
        return false;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *reason =
            QStringLiteral("The openssl tool is not installed; cannot create a self-signed certificate.");
        return false;
    }
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            keyPath, QStringLiteral("-out"), certPath, QStringLiteral("-days"),
                            QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *reason = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    QFile keyFile(keyPath), certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        *reason = QStringLiteral("openssl wrote no certificate.");
        return false;
    }
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    *certificate = QSslCertificate(certFile.readAll());
    if (key->isNull() || certificate->isNull()) {
        *reason = QStringLiteral("Could not load the generated certificate.");
        return false;
    }
    return true;
}

} // namespace hookmail::test
