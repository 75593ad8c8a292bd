#include "ProcessBench.h"

#include <QMap>
#include <QProcess>

namespace hookmail::bench {

namespace {

// key=value lines (and "HOOKMAIL_BENCH key value" lines) from a child's output.
QMap<QString, qint64> parseFields(const QByteArray &text)
{
    QMap<QString, qint64> fields;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("HOOKMAIL_BENCH ")) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() >= 3)
                fields.insert(QString::fromLatin1(parts.at(1)), parts.at(2).toLongLong());
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            fields.insert(QString::fromLatin1(line.left(eq)), line.mid(eq + 1).toLongLong());
    }
    return fields;
}

} // namespace

BareWindow measureBareWindow(Report &report, const Options &options)
{
    BareWindow bare;
    const QString program = options.binDir + QStringLiteral("/hookmail-bench-bare");
    QList<double> starts, peaks;
    const int reps = options.smoke ? 2 : qMax(5, options.reps);
    for (int i = 0; i <= reps; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        const qint64 t0 = monotonicNs();
        process.start(program, {});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            report.failure(QStringLiteral("W: %1 did not paint within 30 s").arg(program));
            return bare;
        }
        const auto fields = parseFields(process.readAllStandardOutput());
        if (!fields.contains(QStringLiteral("painted_ns"))) {
            report.failure(QStringLiteral("W: %1 printed no paint time (%2)")
                               .arg(program, QString::fromLocal8Bit(process.readAllStandardError())));
            return bare;
        }
        if (i == 0)
            continue; // the first launch warms the page cache
        starts << double(fields.value(QStringLiteral("painted_ns")) - t0) / 1e6;
        peaks << double(fields.value(QStringLiteral("hwm_kb")));
    }
    bare.startMs = statsOf(starts);
    bare.peakKb = qint64(statsOf(peaks).median);
    report.line(QStringLiteral("W  bare QPlainTextEdit window, launch -> first paint: %1; peak RSS %2")
                    .arg(describe(bare.startMs), mib(bare.peakKb)));
    return bare;
}

} // namespace hookmail::bench
