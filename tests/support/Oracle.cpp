#include "Oracle.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#ifndef HOOKMAIL_DEFAULT_SHARED_DIR
#error "HOOKMAIL_DEFAULT_SHARED_DIR must be defined"
#endif

namespace hookmail::test {

QString oracleExecutable()
{
    QString base = qEnvironmentVariable("HOOKMAIL_SHARED_DIR");
    if (base.isEmpty())
        base = QStringLiteral(HOOKMAIL_DEFAULT_SHARED_DIR);
    const QFileInfo exe(base + QStringLiteral("/tools/go-jsonnet-oracle/go-jsonnet-oracle"));
    return exe.isExecutable() ? exe.absoluteFilePath() : QString();
}

QString oracleMissingMessage()
{
    return QStringLiteral("The go-jsonnet reference evaluator (../shared/tools/go-jsonnet-oracle) is absent "
                          "(looked in %1; set HOOKMAIL_SHARED_DIR to point elsewhere): nothing to compare with.")
        .arg(QStringLiteral(HOOKMAIL_DEFAULT_SHARED_DIR));
}

OracleResult runOracle(const QByteArray &templateSource, const QByteArray &ctxJson, int timeoutMs)
{
    OracleResult result;
    const QString exe = oracleExecutable();
    if (exe.isEmpty())
        return result;
    static QTemporaryDir dir; // one per process; files rewritten for every call
    const QString templatePath = dir.filePath(QStringLiteral("template.jsonnet"));
    const QString ctxPath = dir.filePath(QStringLiteral("ctx.json"));
    for (const auto &[path, bytes] : {std::pair{templatePath, templateSource}, std::pair{ctxPath, ctxJson}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return result;
        f.write(bytes);
    }
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(exe, {templatePath, ctxPath});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    result.ran = process.exitStatus() == QProcess::NormalExit;
    result.ok = result.ran && process.exitCode() == 0;
    result.output = process.readAllStandardOutput();
    result.error = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace hookmail::test
