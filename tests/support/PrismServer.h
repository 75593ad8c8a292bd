#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace hookmail::test {

// Runs Prism (`prism mock -h 127.0.0.1 -p <free port> <spec>`) for one test and stops it again.
// Generic: any OpenAPI spec path (Mandrill, Ory). Prism's routes have no server base path, so the
// base URL to give a client is exactly baseUrl() ("http://127.0.0.1:PORT").
class PrismServer
{
public:
    explicit PrismServer(QString specPath, QStringList extraArgs = {});
    ~PrismServer(); // SIGTERM, then kill after 3 s
    PrismServer(const PrismServer &) = delete;
    PrismServer &operator=(const PrismServer &) = delete;

    // Starts Prism and waits until it accepts connections (bounded by timeoutMs: 60 s by default, for a
    // loaded CI machine; it usually takes 1-2 s).
    bool start(int timeoutMs = 60000);
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QByteArray output() const; // what Prism printed so far (for failure messages)

    // HOOKMAIL_PRISM_BIN from the environment, else the build's compile definition.
    static QString prismBinary();
    // Empty when prism and the spec exist; otherwise a plain explanation for QSKIP.
    static QString missingReason(const QString &specPath);

private:
    QString m_spec;
    QStringList m_extraArgs;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
    QString m_error;
};

// Finds a free loopback TCP port (bind to 0, read, release).
quint16 freeLoopbackPort();

} // namespace hookmail::test

// Starts `server` or skips (prism/spec missing) or fails (prism did not come up), from a test function.
#define HOOKMAIL_START_PRISM(server, specPath)                                                               \
    do {                                                                                                     \
        const QString reason_ = hookmail::test::PrismServer::missingReason(specPath);                        \
        if (!reason_.isEmpty())                                                                              \
            QSKIP(qPrintable(reason_));                                                                      \
        if (!(server).start())                                                                               \
            QFAIL(qPrintable((server).errorString()));                                                       \
    } while (false)
