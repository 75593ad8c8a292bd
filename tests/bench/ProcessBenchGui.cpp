// Figures 6 and 7: measured in child processes (the real `hookmail`, and hookmail-bench --child-memory).
#include "BenchWindow.h"
#include "ProcessBench.h"
#include "preview/EmailPreviewView.h"
#include "session/PreviewController.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace hookmail::bench {

namespace {

QMap<QString, qint64> parseBenchLines(const QByteArray &text)
{
    QMap<QString, qint64> fields;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.at(0) == "HOOKMAIL_BENCH")
            fields.insert(QString::fromLatin1(parts.at(1)), parts.at(2).toLongLong());
        const qsizetype eq = line.indexOf('=');
        if (parts.size() == 1 && eq > 0)
            fields.insert(QString::fromLatin1(line.left(eq)), line.mid(eq + 1).toLongLong());
    }
    return fields;
}

// A throwaway HOME/XDG tree so the app starts with the default project and touches no user file.
QProcessEnvironment childEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    return env;
}

} // namespace

void figureStartup(Report &report, const Options &options, const BareWindow &bare, double eMs)
{
    report.heading(
        QStringLiteral("6. Start-up: launch of `hookmail` (default project) -> first email preview "
                       "painted (HOOKMAIL_BENCH_STARTUP=1)"));
    const QString program = options.binDir + QStringLiteral("/hookmail-bench-startup");
    const int reps = options.smoke ? 1 : qMax(3, qMin(options.reps, 7));
    QList<double> total, qt, window, evaluation, web;
    int byTimeout = 0;
    for (int i = 0; i <= reps; ++i) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = childEnvironment(home);
        env.insert(QStringLiteral("HOOKMAIL_BENCH_STARTUP"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        const qint64 t0 = monotonicNs();
        process.start(program, {});
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            report.failure(QStringLiteral("6: hookmail did not report a painted preview within 90 s"));
            return;
        }
        const QByteArray err = process.readAllStandardError();
        const auto f = parseBenchLines(err);
        qint64 painted = f.value(QStringLiteral("preview_painted"));
        if (!painted && f.contains(QStringLiteral("preview_painted_by_timeout"))) {
            painted = f.value(QStringLiteral("html_loaded"));
            ++byTimeout;
        }
        if (!painted || !f.contains(QStringLiteral("first_result"))) {
            report.failure(QStringLiteral("6: no preview milestones from hookmail: %1")
                               .arg(QString::fromLocal8Bit(err.right(600))));
            return;
        }
        if (i == 0)
            continue; // warm-up launch (page cache)
        auto msBetween = [](qint64 a, qint64 b) { return double(b - a) / 1e6; };
        total << msBetween(t0, painted);
        qt << msBetween(t0, f.value(QStringLiteral("qt_ready")));
        window << msBetween(f.value(QStringLiteral("qt_ready")), f.value(QStringLiteral("window_shown")));
        evaluation << msBetween(f.value(QStringLiteral("window_shown")),
                                f.value(QStringLiteral("first_result")));
        web << msBetween(f.value(QStringLiteral("first_result")), painted);
    }
    const Stats st = statsOf(total);
    const double limit = bare.startMs.median + 2 * eMs + 300;
    report.line(QStringLiteral("launch -> preview painted  %1  = %2 x W")
                    .arg(describe(st))
                    .arg(st.median / bare.startMs.median, 0, 'f', 2));
    report.line(
        QStringLiteral("parts (medians): Qt start (exec -> QApplication + settings) %1 ms, window built "
                       "and shown %2 ms, first evaluation (start() -> result) %3 ms, web engine start + "
                       "HTML load + paint %4 ms%5")
            .arg(statsOf(qt).median, 0, 'f', 0)
            .arg(statsOf(window).median, 0, 'f', 0)
            .arg(statsOf(evaluation).median, 0, 'f', 0)
            .arg(statsOf(web).median, 0, 'f', 0)
            .arg(byTimeout ? QStringLiteral(" (%1 runs: no paint after load; load time used)").arg(byTimeout)
                           : QString()));
    report.target(QStringLiteral("6 start-up"), st.median <= limit,
                  QStringLiteral("median %1 ms <= W + 2 x E + 300 ms = %2 + %3 + 300 = %4 ms")
                      .arg(st.median, 0, 'f', 0)
                      .arg(bare.startMs.median, 0, 'f', 0)
                      .arg(2 * eMs, 0, 'f', 0)
                      .arg(limit, 0, 'f', 0));
}

namespace {

// The preview engine's floor: hookmail-bench-webfloor (one QWebEngineView set up like the app's preview,
// showing one paragraph), medians over a few launches. Fields app_hwm_kb, web_hwm_kb, web_processes.
QMap<QString, qint64> measureWebEngineFloor(Report &report, const Options &options)
{
    const QString program = options.binDir + QStringLiteral("/hookmail-bench-webfloor");
    QList<double> app, web, processes;
    const int reps = options.smoke ? 1 : 3;
    for (int i = 0; i < reps; ++i) {
        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(childEnvironment(home));
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(program, {});
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            report.failure(QStringLiteral("7: %1 did not finish within 60 s").arg(program));
            return {};
        }
        const auto f = parseBenchLines(process.readAllStandardOutput());
        if (process.exitCode() != 0 || !f.contains(QStringLiteral("app_hwm_kb"))) {
            report.failure(
                QStringLiteral("7: %1 failed: %2")
                    .arg(program, QString::fromLocal8Bit(process.readAllStandardError().right(600))));
            return {};
        }
        app << double(f.value(QStringLiteral("app_hwm_kb")));
        web << double(f.value(QStringLiteral("web_hwm_kb")));
        processes << double(f.value(QStringLiteral("web_processes")));
    }
    return {{QStringLiteral("app"), qint64(statsOf(app).median)},
            {QStringLiteral("web"), qint64(statsOf(web).median)},
            {QStringLiteral("processes"), qint64(statsOf(processes).median)}};
}

} // namespace

void figureMemory(Report &report, const Options &options, const BareWindow &bare)
{
    const int edits = options.smoke ? 20 : 500;
    report.heading(QStringLiteral("7. Memory: %1 edits in the real window (child process), each rendered and "
                                  "painted; peak RSS (VmHWM) per process")
                       .arg(edits));
    QTemporaryDir home;
    QProcess process;
    process.setProcessEnvironment(childEnvironment(home));
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child-memory"), QString::number(edits)});
    if (!process.waitForFinished(600000)) {
        process.kill();
        process.waitForFinished();
        report.failure(QStringLiteral("7: the memory child did not finish within 10 min"));
        return;
    }
    const auto f = parseBenchLines(process.readAllStandardOutput());
    if (process.exitCode() != 0 || !f.contains(QStringLiteral("final_app_hwm"))) {
        report.failure(QStringLiteral("7: the memory child failed: %1")
                           .arg(QString::fromLocal8Bit(process.readAllStandardError().right(600))));
        return;
    }
    const QMap<QString, qint64> floor = measureWebEngineFloor(report, options);
    if (floor.isEmpty())
        return;
    const qint64 floorApp = floor.value(QStringLiteral("app"));
    const qint64 floorAll = floorApp + floor.value(QStringLiteral("web"));
    auto v = [&](const char *key) { return f.value(QString::fromLatin1(key)); };
    const qint64 appWorker = v("final_app_hwm") + v("final_worker_hwm");
    const qint64 everything = appWorker + v("final_web_hwm");
    report.line(
        QStringLiteral("app process peak %1, evaluation workers (%2) peak %3 -> app + worker %4 = %5 x "
                       "bare window (%6)")
            .arg(mib(v("final_app_hwm")))
            .arg(v("workers"))
            .arg(mib(v("final_worker_hwm")), mib(appWorker))
            .arg(double(appWorker) / double(qMax<qint64>(1, bare.peakKb)), 0, 'f', 2)
            .arg(mib(bare.peakKb)));
    report.line(
        QStringLiteral("app process before the web engine started (window shown, workers running): %1 RSS; "
                       "Qt WebEngine's browser side (Chromium) lives in the app process")
            .arg(mib(v("pre_app_rss"))));
    report.line(QStringLiteral("web engine processes (%1) peak %2; everything %3 (sum of peaks; shared pages "
                               "counted in each process). PSS now: app %4, workers %5, web engine %6")
                    .arg(v("web_processes"))
                    .arg(mib(v("final_web_hwm")), mib(everything), mib(v("final_app_pss")),
                         mib(v("final_worker_pss")), mib(v("final_web_pss"))));
    const qint64 at100 = v("at100_app_rss") + v("at100_worker_rss") + v("at100_web_rss");
    const qint64 atEnd = v("final_app_rss") + v("final_worker_rss") + v("final_web_rss");
    const double growth = at100 > 0 ? 100.0 * double(atEnd - at100) / double(at100) : 0.0;
    report.line(
        QStringLiteral("current RSS at edit %1: app %2, workers %3, web %4; at edit %5: app %6, workers "
                       "%7, web %8 -> growth %9 %")
            .arg(qMin(100, edits))
            .arg(mib(v("at100_app_rss")), mib(v("at100_worker_rss")), mib(v("at100_web_rss")))
            .arg(edits)
            .arg(mib(v("final_app_rss")), mib(v("final_worker_rss")), mib(v("final_web_rss")))
            .arg(growth, 0, 'f', 1));
    const qint64 appGrowth = v("final_app_rss") - v("at100_app_rss");
    report.line(QStringLiteral("app process alone: %1 KiB more at edit %2 than at edit 100")
                    .arg(appGrowth)
                    .arg(edits));
    report.line(
        QStringLiteral("floor, the preview engine alone (one QWebEngineView set up like the preview, "
                       "showing one paragraph; median of %1): app process peak %2 = %3 x bare window; "
                       "web engine processes (%4) peak %5; everything %6")
            .arg(options.smoke ? 1 : 3)
            .arg(mib(floorApp))
            .arg(double(floorApp) / double(qMax<qint64>(1, bare.peakKb)), 0, 'f', 2)
            .arg(floor.value(QStringLiteral("processes")))
            .arg(mib(floor.value(QStringLiteral("web"))), mib(floorAll)));
    report.line(
        QStringLiteral("Hookmail above that floor: app process %1, workers %2, web engine processes %3")
            .arg(mib(v("final_app_hwm") - floorApp), mib(v("final_worker_hwm")),
                 mib(v("final_web_hwm") - floor.value(QStringLiteral("web")))));
    report.target(QStringLiteral("7 memory, app + worker"), double(appWorker) <= 3.0 * double(bare.peakKb),
                  QStringLiteral("%1 <= 3 x bare window %2 = %3 (the preview engine alone: %4)")
                      .arg(mib(appWorker), mib(bare.peakKb), mib(3 * bare.peakKb), mib(floorApp)));
    const qint64 pss = v("final_app_pss") + v("final_worker_pss") + v("final_web_pss");
    report.target(
        QStringLiteral("7 memory, everything"), everything <= 300 * 1024,
        QStringLiteral("sum of peak RSS %1 <= 300 MiB (the preview engine alone: %2; without double-counted "
                       "shared pages, PSS at the end: %3)")
            .arg(mib(everything), mib(floorAll), mib(pss)));
    report.target(QStringLiteral("7 memory, growth edit 100 -> %1").arg(edits), growth <= 5.0,
                  QStringLiteral("%1 % (target <= 5 %)").arg(growth, 0, 'f', 1));
}

int runMemoryChild(int edits)
{
    BenchWindow bench;
    QString error;
    const auto beforeWebEngine = [] {
        std::printf("pre_app_rss=%lld\n",
                    static_cast<long long>(procStatusKb(QCoreApplication::applicationPid(), "VmRSS")));
    };
    if (!bench.start(&error, beforeWebEngine)) {
        std::fprintf(stderr, "memory child: %s\n", qPrintable(error));
        return 1;
    }
    // Every edit is rendered and painted: memory does not depend on the debounce, so no need to wait for it.
    bench.window()->previewController()->setDebounceMs(0);
    const qint64 self = QCoreApplication::applicationPid();
    auto snapshot = [&](const char *prefix, bool final) {
        QList<qint64> workers;
        for (qint64 pid : bench.evaluator().workerProcessIds())
            if (pid > 0)
                workers << pid;
        QList<qint64> web;
        for (qint64 pid : descendantPids(self))
            if (!workers.contains(pid))
                web << pid;
        auto sum = [](const QList<qint64> &pids, auto reader) {
            qint64 total = 0;
            for (qint64 pid : pids)
                total += qMax<qint64>(0, reader(pid));
            return total;
        };
        auto hwm = [](qint64 pid) { return procStatusKb(pid, "VmHWM"); };
        auto rss = [](qint64 pid) { return procStatusKb(pid, "VmRSS"); };
        std::printf("%s_app_rss=%lld\n%s_worker_rss=%lld\n%s_web_rss=%lld\n", prefix,
                    static_cast<long long>(rss(self)), prefix, static_cast<long long>(sum(workers, rss)),
                    prefix, static_cast<long long>(sum(web, rss)));
        if (final) {
            std::printf("final_app_hwm=%lld\nfinal_worker_hwm=%lld\nfinal_web_hwm=%lld\n",
                        static_cast<long long>(hwm(self)), static_cast<long long>(sum(workers, hwm)),
                        static_cast<long long>(sum(web, hwm)));
            std::printf("final_app_pss=%lld\nfinal_worker_pss=%lld\nfinal_web_pss=%lld\nworkers=%lld\nweb_"
                        "processes=%lld\n",
                        static_cast<long long>(pssKb(self)), static_cast<long long>(sum(workers, pssKb)),
                        static_cast<long long>(sum(web, pssKb)), static_cast<long long>(workers.size()),
                        static_cast<long long>(web.size()));
        }
        std::fflush(stdout);
    };
    const int position = htmlEditPosition(bench.codeEdit()->toPlainText());
    for (int i = 1; i <= edits; ++i) {
        const bool backspace = i % 2 == 0;
        const qint64 t0 = bench.typeAt(backspace ? position + 1 : position, backspace);
        BenchWindow::Milestones m;
        if (!bench.waitForPreview(t0, &m, 20000)) {
            std::fprintf(stderr, "memory child: no preview after edit %d\n", i);
            return 1;
        }
        if (i == qMin(100, edits))
            snapshot("at100", false);
    }
    bench.settle(1000);
    snapshot("final", true);
    return 0;
}

} // namespace hookmail::bench
