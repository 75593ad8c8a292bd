#include "CoreBench.h"

#include "Heartbeat.h"
#include "core/design/DesignGenerator.h"
#include "core/model/Project.h"
#include "core/render/Checks.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "eval/JsonnetEngine.h"

#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>
#include <optional>

namespace hookmail::bench {

namespace {

HookPoint registrationAfter(const QString &method)
{
    HookPoint p;
    p.flow = HookPoint::Flow::Registration;
    p.phase = HookPoint::Phase::After;
    p.method = method;
    return p;
}

// Waits for `ticket`'s result on the evaluator (no nested loop in app code; this is the benchmark).
std::optional<EvaluationResult> waitFor(TemplateEvaluator &evaluator, quint64 ticket, int timeoutMs)
{
    std::optional<EvaluationResult> result;
    QEventLoop loop;
    const auto conn = QObject::connect(&evaluator, &TemplateEvaluator::finished, &loop,
                                       [&](quint64 t, const EvaluationResult &r) {
                                           if (t != ticket)
                                               return;
                                           result = r;
                                           loop.quit();
                                       });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(conn);
    return result;
}

} // namespace

EvaluationRequest defaultRequest(const QString &templateSource)
{
    const Project project = defaultProject();
    RenderRequest render;
    render.action = project.actions.value(0);
    render.action.templateSource = templateSource;
    render.point = registrationAfter(QStringLiteral("password"));
    render.identity = project.sampleIdentity;
    render.locale = project.sampleLocale;
    return evaluationRequestFor(render, nullptr);
}

Stats measureEngine(JsonnetEngine &engine, const EvaluationRequest &request, int reps, QList<double> *samples)
{
    QList<double> times;
    engine.evaluate(request); // warm caches
    for (int i = 0; i < reps; ++i) {
        const qint64 t0 = monotonicNs();
        const EvaluationResult r = engine.evaluate(request);
        times << msSince(t0);
        if (!r.ok)
            out() << "  warning: baseline evaluation failed: " << r.error.message << Qt::endl;
    }
    if (samples)
        *samples = times;
    return statsOf(times);
}

void figureWorkerOverhead(Report &report, const Options &options)
{
    report.heading(
        QStringLiteral("3. Worker overhead: round trip through TemplateEvaluator (1 warm worker) minus E"));
    JsonnetEngine engine;
    TemplateEvaluator evaluator(1);
    const QList<std::pair<QString, QString>> templates = {
        {QStringLiteral("default"), defaultTemplate()},
        {QStringLiteral("40 KiB HTML"), htmlEmailTemplate(40 * 1024)},
    };
    for (const auto &[name, source] : templates) {
        const EvaluationRequest request = defaultRequest(source);
        for (int i = 0; i < 2; ++i)
            evaluator.evaluateAndWait(request); // warm the worker
        // Interleaved so machine load affects both alike.
        QList<double> e, trip, inWorker, paired;
        for (int i = 0; i < options.reps; ++i) {
            qint64 t0 = monotonicNs();
            engine.evaluate(request);
            e << msSince(t0);
            t0 = monotonicNs();
            const EvaluationResult r = evaluator.evaluateAndWait(request);
            const double ms = msSince(t0);
            trip << ms;
            inWorker << double(r.elapsedMicros) / 1000.0;
            paired << ms - double(r.elapsedMicros) / 1000.0;
            if (!r.ok)
                report.line(QStringLiteral("warning: evaluation failed: ") + r.error.message);
        }
        const Stats se = statsOf(e), st = statsOf(trip), sp = statsOf(paired), sw = statsOf(inWorker);
        const double overhead = st.median - se.median;
        report.line(QStringLiteral("[%1] E (in-process)       %2").arg(name, describe(se)));
        report.line(QStringLiteral("[%1] round trip           %2").arg(name, describe(st)));
        report.line(QStringLiteral("[%1] evaluation in worker %2").arg(name, describe(sw)));
        report.line(
            QStringLiteral("[%1] round trip - E = %2 ms (medians); round trip - worker's own evaluation "
                           "time: %3")
                .arg(name)
                .arg(overhead, 0, 'f', 2)
                .arg(describe(sp)));
        report.target(
            QStringLiteral("3 worker overhead [%1]").arg(name), overhead <= 2.0,
            QStringLiteral("median round trip - E = %1 ms (target <= 2 ms; framing+IPC alone: median "
                           "%2 ms)")
                .arg(overhead, 0, 'f', 2)
                .arg(sp.median, 0, 'f', 2));
    }
}

void figureRunaways(Report &report, const Options &options)
{
    report.heading(QStringLiteral(
        "4. Runaway templates: submitted, stopped by the 1 s limit (or the memory cap), then the next good "
        "evaluation delivered (pool of 2 workers, as the app)"));
    TemplateEvaluator evaluator(2);
    const EvaluationRequest good = defaultRequest(defaultTemplate());
    evaluator.evaluateAndWait(good);
    evaluator.evaluateAndWait(good);
    const int reps = options.smoke ? 1 : qMax(3, qMin(options.reps, 5));
    Heartbeat heartbeat;
    double worstStall = 0;
    for (const Runaway &runaway : runawayTemplates()) {
        EvaluationRequest bad = good;
        bad.templateSource = runaway.source.toUtf8();
        QList<double> stopped, shown, afterStop, goodEval;
        QString how;
        for (int i = 0; i < reps; ++i) {
            heartbeat.start();
            const qint64 t0 = monotonicNs();
            const auto stop = waitFor(evaluator, evaluator.evaluate(bad), 10000);
            stopped << msSince(t0);
            const auto next = waitFor(evaluator, evaluator.evaluate(good), 10000);
            shown << msSince(t0);
            afterStop << shown.last() - stopped.last();
            if (next)
                goodEval << double(next->elapsedMicros) / 1000.0;
            heartbeat.stop();
            worstStall = qMax(worstStall, heartbeat.maxGapMs());
            if (!stop || stop->ok)
                how = QStringLiteral("NOT STOPPED");
            else
                how = evaluationKindName(stop->error.kind) + QStringLiteral(": ") +
                      stop->error.message.left(60);
            if (!next || !next->ok)
                how += QStringLiteral(" / next good evaluation FAILED");
        }
        const Stats ss = statsOf(stopped), sh = statsOf(shown);
        report.line(
            QStringLiteral("[%1] stopped after        %2  (%3…)").arg(runaway.name, describe(ss), how));
        report.line(QStringLiteral("[%1] next good result at  %2").arg(runaway.name, describe(sh)));
        report.line(
            QStringLiteral(
                "[%1] from the stop to the good result %2; of which the good template's own evaluation "
                "in the worker: median %3 ms (the rest is IPC and scheduling)")
                .arg(runaway.name, describe(statsOf(afterStop)))
                .arg(statsOf(goodEval).median, 0, 'f', 1));
        report.target(QStringLiteral("4 runaway [%1]").arg(runaway.name), sh.p95 <= 1200.0,
                      QStringLiteral("next good result p95 %1 ms after submission (target <= 1200 ms)")
                          .arg(sh.p95, 0, 'f', 0));
    }
    report.line(
        QStringLiteral("longest stall of the calling thread meanwhile: %1 ms").arg(worstStall, 0, 'f', 1));
}

void figureCheckMatrix(Report &report, const Options &options)
{
    report.heading(QStringLiteral("5. Check matrix: ActionChecker over all hook points of an action with %1 "
                                  "methods x sample identities")
                       .arg(HookPoint::methodsFor(HookPoint::Flow::Registration).size()));
    Project project = defaultProject();
    Action action = project.actions.value(0);
    action.hookPoints.clear();
    for (const QString &method : HookPoint::methodsFor(HookPoint::Flow::Registration))
        action.hookPoints << registrationAfter(method);
    QList<CheckIdentity> identities = ActionChecker::defaultIdentities(project);
    if (options.smoke)
        identities = identities.mid(0, 2);
    const int contexts = int(action.hookPoints.size() * identities.size());

    // Sum of in-process evaluations of exactly these contexts.
    JsonnetEngine engine;
    QList<EvaluationRequest> requests;
    for (const HookPoint &point : action.hookPoints) {
        for (const CheckIdentity &identity : identities) {
            RenderRequest r;
            r.action = action;
            r.point = point;
            r.identity = identity.identity;
            r.locale = project.sampleLocale;
            requests << evaluationRequestFor(r, nullptr);
        }
    }
    auto sumOfE = [&] {
        const qint64 t0 = monotonicNs();
        for (const EvaluationRequest &r : std::as_const(requests))
            engine.evaluate(r);
        return msSince(t0);
    };
    sumOfE();
    const int passes = options.smoke ? 1 : 3;
    QList<double> sums;
    for (int i = 0; i < passes; ++i)
        sums << sumOfE();
    const double sumE = statsOf(sums).median;
    report.line(QStringLiteral(
                    "%1 hook points x %2 identities = %3 contexts; contexts x E (measured sum, median of %4) "
                    "= %5 ms (E ~ %6 ms)")
                    .arg(action.hookPoints.size())
                    .arg(identities.size())
                    .arg(contexts)
                    .arg(passes)
                    .arg(sumE, 0, 'f', 0)
                    .arg(sumE / contexts, 0, 'f', 1));

    const int cpus = QThread::idealThreadCount();
    QList<int> pools = {1, 2};
    if (options.smoke)
        pools = {2};
    if (cpus > 2)
        pools << cpus;
    const int reps = options.smoke ? 1 : qMax(3, qMin(options.reps, 5));
    for (int workers : pools) {
        TemplateEvaluator evaluator(workers);
        RenderService renderer(&evaluator);
        ActionChecker checker(&renderer);
        checker.check(project, action, {action.hookPoints.first()}, {identities.first()}); // workers started
        QList<double> times;
        int findings = 0;
        for (int i = 0; i < reps; ++i) {
            const qint64 t0 = monotonicNs();
            findings = int(checker.check(project, action, {}, identities).size());
            times << msSince(t0);
        }
        const Stats s = statsOf(times);
        const double limit = 1.2 * sumE / workers;
        report.line(QStringLiteral("workers used: %1 (of %2 CPUs)  wall %3  findings %4")
                        .arg(workers)
                        .arg(cpus)
                        .arg(describe(s))
                        .arg(findings));
        report.target(QStringLiteral("5 check matrix [%1 worker%2]")
                          .arg(workers)
                          .arg(workers > 1 ? QStringLiteral("s") : QString()),
                      s.median <= limit,
                      QStringLiteral("median %1 ms vs 1.2 x %2 contexts x E / %3 = %4 ms (ratio %5)")
                          .arg(s.median, 0, 'f', 0)
                          .arg(contexts)
                          .arg(workers)
                          .arg(limit, 0, 'f', 0)
                          .arg(s.median / (sumE / workers), 0, 'f', 2));
    }
}

void figureDesignCost(Report &report, const Options &options)
{
    report.heading(QStringLiteral("8. Cost of a designed email: E of the generated Jsonnet against E of "
                                  "`function(ctx) {}` (libjsonnet in-process, default sample ctx)"));
    // Every block kind, placeholders in text, heading, button label and URL, for scale.
    EmailDesign every = defaultWelcomeDesign();
    for (BlockKind kind : {BlockKind::Image, BlockKind::Divider, BlockKind::Heading, BlockKind::Text,
                           BlockKind::Spacer, BlockKind::Button, BlockKind::CustomHtml})
        every.blocks << newBlock(kind, every);
    const Theme theme;
    QString handWritten;
    QFile v1(QStringLiteral(HOOKMAIL_BENCH_DATA_DIR "/templates/v1-default-welcome.jsonnet"));
    if (v1.open(QIODevice::ReadOnly))
        handWritten = QString::fromUtf8(v1.readAll());
    struct Variant
    {
        QString name;
        EvaluationRequest request;
        QList<double> times;
    };
    QList<Variant> variants = {
        {QStringLiteral("function(ctx) {}"), defaultRequest(QStringLiteral("function(ctx) {}")), {}},
        {QStringLiteral("default designed email"),
         defaultRequest(DesignGenerator::jsonnet(defaultWelcomeDesign(), theme)),
         {}},
        {QStringLiteral("design with every block"),
         defaultRequest(DesignGenerator::jsonnet(every, theme)),
         {}}};
    if (!handWritten.isEmpty())
        variants << Variant{
            QStringLiteral("v1 hand-written default (for reference)"), defaultRequest(handWritten), {}};
    // Interleaved in one loop, so load on the machine affects every variant alike.
    JsonnetEngine engine;
    for (Variant &v : variants) {
        const EvaluationResult r = engine.evaluate(v.request); // warm caches
        if (!r.ok)
            report.failure(v.name + QStringLiteral(" does not evaluate: ") + r.error.message);
    }
    const int reps = qMax(options.reps, options.smoke ? 3 : 31);
    for (int i = 0; i < reps; ++i) {
        for (Variant &v : variants) {
            const qint64 t0 = monotonicNs();
            engine.evaluate(v.request);
            v.times << msSince(t0);
        }
    }
    const double empty = statsOf(variants.first().times).median;
    for (const Variant &v : std::as_const(variants)) {
        const Stats s = statsOf(v.times);
        report.line(QStringLiteral("%1  %2  = %3 x E(function(ctx) {})  (template %4 bytes)")
                        .arg(v.name.leftJustified(42), describe(s))
                        .arg(s.median / empty, 0, 'f', 2)
                        .arg(v.request.templateSource.size()));
    }
    const double ratio = statsOf(variants.at(1).times).median / empty;
    report.target(QStringLiteral("8 E(default designed email) / E(function(ctx) {})"), ratio <= 1.5,
                  QStringLiteral("%1 (target <= 1.5, same run)").arg(ratio, 0, 'f', 2));
}

} // namespace hookmail::bench
