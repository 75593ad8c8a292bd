#include "core/common/AppLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

namespace hookmail {

namespace {
QMutex logMutex; // Qt delivers messages from any thread
QFile *logFile = nullptr;
bool logVerbose = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    const QMutexLocker lock(&logMutex);
    if (logFile && logFile->isOpen()) {
        logFile->write(line.toUtf8() + '\n');
        logFile->flush();
    }
    if (logVerbose || type == QtFatalMsg || (!logFile || !logFile->isOpen())) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}
} // namespace

QString diagnosticsLogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/hookmail.log");
}

void routeDiagnostics(bool verbose)
{
    const QString path = diagnosticsLogPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        const QMutexLocker lock(&logMutex);
        logVerbose = verbose;
        if (!logFile) {
            logFile = new QFile(path); // lives for the whole run: messages arrive until the very end
            if (!logFile->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
                std::fprintf(stderr, "hookmail: cannot write the log %s; diagnostics go to stderr\n",
                             path.toLocal8Bit().constData());
        }
    }
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-dd hh:mm:ss.zzz} %{type} %{if-category}%{category}: "
                                      "%{endif}%{message}"));
    qInstallMessageHandler(handleMessage);
}

QByteArray quietWebEngineFlags(bool verbose)
{
    // Chromium writes its own log lines straight to stderr; level 3 keeps only fatal ones.
    return verbose ? QByteArray() : QByteArrayLiteral("--log-level=3");
}

} // namespace hookmail
