// hookmail-bench: the performance figures of issue 7, each against a baseline measured in the same run
// (E = one in-process libjsonnet evaluation of the same template and ctx; W = start-up of a bare Qt
// Widgets window). Prints medians and p95 and a MET/MISSED line per target. Not a test: it never fails
// on timings; `--smoke` runs every figure a few times only to check that it executes.
#include "BenchSupport.h"
#include "CoreBench.h"
#include "EventTrace.h"
#include "GuiBench.h"
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
    report.line(QStringLiteral("E  libjsonnet in-process, default template:    %1").arg(describe(eDefault)));
    {
        JsonnetEngine empty;
        EvaluationRequest r = defaultReq;
        r.templateSource = "function(ctx) {}";
        report.line(QStringLiteral("   (for scale: `function(ctx) {}` alone:       %1)")
                        .arg(describe(measureEngine(empty, r, options.reps))));
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
