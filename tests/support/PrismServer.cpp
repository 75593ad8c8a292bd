#include "PrismServer.h"

#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace hookmail::test {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

PrismServer::PrismServer(QString specPath, QStringList extraArgs)
    : m_spec(std::move(specPath)), m_extraArgs(std::move(extraArgs))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

PrismServer::~PrismServer()
{
    stop();
}

QString PrismServer::prismBinary()
{
    const QString env = qEnvironmentVariable("HOOKMAIL_PRISM_BIN");
    return env.isEmpty() ? QStringLiteral(HOOKMAIL_PRISM_BIN) : env;
}

QString PrismServer::missingReason(const QString &specPath)
{
    if (sharedReferenceDir().isEmpty())
        return sharedMissingMessage();
    if (!QFileInfo(specPath).isFile())
        return QStringLiteral("The API spec %1 is missing, so Prism cannot serve it.").arg(specPath);
    if (!QFileInfo(prismBinary()).isExecutable())
        return QStringLiteral("Prism is not installed (looked for %1). Run `cd tests/prism && npm ci` "
                              "or set HOOKMAIL_PRISM_BIN.")
            .arg(prismBinary());
    return {};
}

QUrl PrismServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QByteArray PrismServer::output() const
{
    return m_output + const_cast<QProcess &>(m_process).readAll();
}

bool PrismServer::start(int timeoutMs)
{
    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("No free loopback port for Prism.");
        return false;
    }
    QStringList args{QStringLiteral("mock"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(m_port)};
    args << m_extraArgs << m_spec;
    m_process.start(prismBinary(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("Prism did not start: %1").arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_output += m_process.readAll();
            m_error = QStringLiteral("Prism exited early (code %1):\n%2")
                          .arg(m_process.exitCode())
                          .arg(QString::fromUtf8(m_output));
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(250)) {
            socket.disconnectFromHost();
            return true;
        }
        // Not listening yet: wait for Prism to print something (its start-up log) or a short poll interval.
        m_process.waitForReadyRead(150);
        m_output += m_process.readAll();
    }
    m_error = QStringLiteral("Prism did not answer on port %1 within %2 ms. Output:\n%3")
                  .arg(m_port)
                  .arg(timeoutMs)
                  .arg(QString::fromUtf8(output()));
    stop();
    return false;
}

void PrismServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    m_output += m_process.readAll();
}

} // namespace hookmail::test
