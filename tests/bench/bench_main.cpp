// hookmail-bench: the performance figures of issue 7, each against a baseline measured in the same run
// (E = one in-process evaluation by the Jsonnet engine of the same template and ctx; O = go-jsonnet, Ory's engine,
// as a whole process on the same template (issue 16); W = start-up of a bare Qt
// Widgets window). Prints medians and p95 and a MET/MISSED line per target. Not a test: it never fails
// on timings; `--smoke` runs every figure a few times only to check that it executes.
#include "BenchSupport.h"
#include "CoreBench.h"
#include "EventTrace.h"
#include "GuiBench.h"
#include "Oracle.h"
#include "ProcessBench.h"
#include "eval/JsonnetEngine.h"
#include "preview/PreviewRendering.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <cstdio>

using namespace hookmail;
using namespace hookmail::bench;

namespace {

void usage()
{
    std::fputs("usage: hookmail-bench [--smoke] [--reps N] [--figures 1,2,...] [--bin-dir DIR]\n"
               "  Figures: 1 preview latency, 2 responsiveness, 3 worker overhead, 4 runaways,\n"
               "           5 check matrix, 6 start-up, 7 memory, 8 designed email cost, 9 design editing.\n"
               "  Baselines E and W are always measured.\n"
               "  Runs on $QT_QPA_PLATFORM (offscreen when unset and there is no $DISPLAY).\n",
               stderr);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed())
                                       : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    Options options;
    options.binDir = QStringLiteral(HOOKMAIL_BENCH_BIN_DIR);
    int memoryChildEdits = 0;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg = argv[i];
        const QByteArray next = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
        if (arg == "--smoke") {
            options.smoke = true;
        } else if (arg == "--reps" && !next.isEmpty()) {
            options.reps = qMax(3, next.toInt());
            ++i;
        } else if (arg == "--figures" && !next.isEmpty()) {
            for (const QByteArray &f : next.split(','))
                options.figures << f.toInt();
            ++i;
        } else if (arg == "--bin-dir" && !next.isEmpty()) {
            options.binDir = QString::fromLocal8Bit(next);
            ++i;
        } else if (arg == "--child-memory" && !next.isEmpty()) {
            memoryChildEdits = next.toInt();
            ++i;
        } else {
            usage();
            return 2;
        }
    }
    if (options.smoke)
        options.reps = 3;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // inherited by every child process, so W and the app match

    // As in app/main.cpp: how the email preview draws, set before the application exists.
    configurePreviewRendering();
    TracingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    QStandardPaths::setTestModeEnabled(true);
    if (memoryChildEdits > 0)
        return runMemoryChild(memoryChildEdits);

    Report report;
    out() << "Hookmail benchmark  " << QDateTime::currentDateTime().toString(Qt::ISODate) << "  platform "
          << QGuiApplication::platformName() << "  " << QThread::idealThreadCount() << " CPUs  Qt "
          << qVersion() << "  " << QSysInfo::prettyProductName()
          << (options.smoke ? "  [SMOKE: timings not judged]" : "") << Qt::endl
          << "Load average at start (other work on this machine): " << loadAverage() << Qt::endl
          << "Repetitions per timed figure: " << options.reps << "; times are wall-clock (CLOCK_MONOTONIC)."
          << Qt::endl;

    report.heading(QStringLiteral("Baselines (measured now)"));
    JsonnetEngine engine;
    const EvaluationRequest defaultReq = defaultRequest(defaultTemplate());
    const Stats eDefault = measureEngine(engine, defaultReq, options.reps);
    report.line(QStringLiteral("E  engine in-process, default template:        %1").arg(describe(eDefault)));
    EvaluationRequest emptyReq = defaultReq;
    emptyReq.templateSource = "function(ctx) {}";
    Stats eEmpty;
    {
        JsonnetEngine empty;
        eEmpty = measureEngine(empty, emptyReq, options.reps);
        report.line(QStringLiteral("   (for scale: `function(ctx) {}` alone:       %1)").arg(describe(eEmpty)));
    }
    // Baseline O (issue 16): Ory's own engine, go-jsonnet v0.21 as Kratos runs it, as a whole process (start-up
    // included) on the same template and ctx, in the same run. Target: E <= O.
    if (test::oracleExecutable().isEmpty()) {
        report.note(test::oracleMissingMessage() + QStringLiteral(" No O baseline."));
    } else {
        const auto measureOracle = [&](const EvaluationRequest &r) {
            QList<double> times;
            test::runOracle(r.templateSource, r.ctxJson); // warm the page cache
            for (int i = 0; i < options.reps; ++i) {
                const test::OracleResult o = test::runOracle(r.templateSource, r.ctxJson);
                if (!o.ok)
                    out() << "  warning: oracle evaluation failed: " << o.error.left(200) << Qt::endl;
                times << o.milliseconds;
            }
            return statsOf(times);
        };
        const Stats oDefault = measureOracle(defaultReq);
        const Stats oEmpty = measureOracle(emptyReq);
        report.line(QStringLiteral("O  go-jsonnet (oracle process), default:       %1").arg(describe(oDefault)));
        report.line(QStringLiteral("O  go-jsonnet (oracle process), empty:         %1").arg(describe(oEmpty)));
        report.line(QStringLiteral("E/O default template: %1   E/O empty template: %2")
                        .arg(eDefault.median / oDefault.median, 0, 'f', 2)
                        .arg(eEmpty.median / oEmpty.median, 0, 'f', 2));
        report.target(QStringLiteral("E(default) <= O(default)"), eDefault.median <= oDefault.median,
                      QStringLiteral("%1 ms vs %2 ms").arg(eDefault.median, 0, 'f', 1).arg(oDefault.median, 0, 'f', 1));
        report.target(QStringLiteral("E(empty) <= O(empty)"), eEmpty.median <= oEmpty.median,
                      QStringLiteral("%1 ms vs %2 ms").arg(eEmpty.median, 0, 'f', 1).arg(oEmpty.median, 0, 'f', 1));
    }
    const BareWindow bare = measureBareWindow(report, options);

    if (options.wants(1))
        figurePreviewLatency(report, options);
    if (options.wants(2))
        figureResponsiveness(report, options);
    if (options.wants(3))
        figureWorkerOverhead(report, options);
    if (options.wants(4))
        figureRunaways(report, options);
    if (options.wants(5))
        figureCheckMatrix(report, options);
    if (options.wants(6))
        figureStartup(report, options, bare, eDefault.median);
    if (options.wants(7))
        figureMemory(report, options, bare);
    if (options.wants(8))
        figureDesignCost(report, options);
    if (options.wants(9))
        figureDesignEditing(report, options);

    if (options.smoke)
        report.note(QStringLiteral("smoke mode: 3 repetitions; the MET/MISSED lines are not meaningful"));
    out() << Qt::endl << "Load average at end: " << loadAverage() << Qt::endl;
    report.printSummary();
    return report.failures() > 0 ? 1 : 0;
}
