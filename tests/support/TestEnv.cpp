#include "TestEnv.h"

#include <QDir>
#include <QFile>

namespace hookmail::test {

QString sharedReferenceDir()
{
    QString base = qEnvironmentVariable("HOOKMAIL_SHARED_DIR");
    if (base.isEmpty())
        base = QStringLiteral(HOOKMAIL_DEFAULT_SHARED_DIR);
    const QDir dir(base + QStringLiteral("/reference"));
    return dir.exists() ? dir.absolutePath() : QString();
}

QString sharedMissingMessage()
{
    return QStringLiteral("This test reads the official specs and samples in ../shared/reference, which is absent "
                          "(looked in %1; set HOOKMAIL_SHARED_DIR to point elsewhere).")
        .arg(QStringLiteral(HOOKMAIL_DEFAULT_SHARED_DIR));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test file %s", qPrintable(path));
    return f.readAll();
}

QString testDataDir()
{
    return QStringLiteral(HOOKMAIL_TEST_DATA_DIR);
}

QString binDir()
{
    return QStringLiteral(HOOKMAIL_BIN_DIR);
}

} // namespace hookmail::test
