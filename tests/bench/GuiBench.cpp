#include "GuiBench.h"

#include "BenchWindow.h"
#include "CoreBench.h"
#include "Heartbeat.h"
#include "core/model/Project.h"
#include "core/render/Checks.h"
#include "core/render/TemplateEvaluator.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "eval/JsonnetEngine.h"
#include "preview/EmailPreviewView.h"
#include "window/MainWindow.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>

namespace hookmail::bench {

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct TemplateCase
{
    QString name;
    QString source;
};

QList<TemplateCase> previewTemplates()
{
    const QByteArray ctx = defaultRequest(defaultTemplate()).ctxJson;
    return {
        {QStringLiteral("default"), defaultTemplate()},
        {QStringLiteral("40 KiB HTML"), htmlEmailTemplate(40 * 1024)},
        {QStringLiteral("near 64 KiB input"), nearLimitTemplate(ctx)},
    };
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace

void figurePreviewLatency(Report &report, const Options &options)
{
    report.heading(QStringLiteral("1. Preview latency in the real MainWindow: last keystroke -> new preview "
                                  "painted, minus the debounce"));
    BenchWindow bench;
    QString error;
    if (!bench.start(&error)) {
        report.failure(QStringLiteral("1: ") + error);
        return;
    }
    const int debounce = bench.debounceMs();
    report.line(
        QStringLiteral("debounce delay (PreviewController): %1 ms; edit = one keystroke inside the HTML "
                       "heading (insert, then Backspace)")
            .arg(debounce));
    JsonnetEngine engine;
    QStringList growth;
    for (const TemplateCase &tc : previewTemplates()) {
        if (!bench.replaceTemplate(tc.source)) {
            report.failure(QStringLiteral("1 [%1]: the template's preview never appeared (state %2: %3)")
                               .arg(tc.name)
                               .arg(int(bench.window()->previewView()->state()))
                               .arg(bench.window()->previewView()->bannerText()));
            continue;
        }
        const EvaluationRequest request = defaultRequest(tc.source);
        Action action;
        action.templateSource = tc.source;
        const qsizetype input = oryInputSizeFor(action, request.ctxJson);
        const EvaluationResult sample = engine.evaluate(request);
        const QJsonObject email =
            QJsonDocument::fromJson(sample.output).object().value(u"message").toObject();
        const qsizetype htmlBytes = email.value(u"html").toString().toUtf8().size();
        const int position = htmlEditPosition(bench.codeEdit()->toPlainText());

        QList<double> e, latency, toResult, toLoad, toPaint;
        bench.deliveryMs.clear();
        bench.keystrokeMs.clear();
        int painted = 0;
        for (int i = 0; i < options.reps; ++i) {
            // Interleave the baseline so machine load affects both alike.
            const qint64 e0 = monotonicNs();
            engine.evaluate(request);
            e << msSince(e0);
            bench.settle(100);
            const bool backspace = i % 2 == 1;
            const qint64 t0 = bench.typeAt(backspace ? position + 1 : position, backspace);
            BenchWindow::Milestones m;
            if (!bench.waitForPreview(t0, &m)) {
                report.failure(QStringLiteral("1 [%1]: no preview after keystroke %2").arg(tc.name).arg(i));
                break;
            }
            const qint64 end = m.paintedNs ? m.paintedNs : m.loadedNs;
            painted += m.paintedNs ? 1 : 0;
            latency << ms(end - t0) - debounce;
            toResult << ms(m.outcomeNs - t0) - debounce;
            toLoad << ms(m.loadedNs - m.writeNs);
            toPaint << ms(end - m.writeNs);
        }
        if (latency.isEmpty())
            continue;
        const Stats se = statsOf(e), sl = statsOf(latency);
        report.line(QStringLiteral("[%1] template %2 KiB, HTML %3 KiB, Ory input %4 KiB")
                        .arg(tc.name)
                        .arg(double(tc.source.toUtf8().size()) / 1024, 0, 'f', 1)
                        .arg(double(htmlBytes) / 1024, 0, 'f', 1)
                        .arg(double(input) / 1024, 0, 'f', 1));
        report.line(QStringLiteral("[%1] E        %2").arg(tc.name, describe(se)));
        report.line(QStringLiteral("[%1] latency  %2  = %3 x E (median), %4 x E (p95)")
                        .arg(tc.name, describe(sl))
                        .arg(sl.median / se.median, 0, 'f', 2)
                        .arg(sl.p95 / se.median, 0, 'f', 2));
        report.line(QStringLiteral(
                        "[%1] parts (medians): result delivered %2 ms; HTML written -> painted +%4 ms "
                        "(written -> confirmed by the page +%3 ms; paint seen %5/%6); GUI thread: keystroke "
                        "%7 ms, result handling %8 ms")
                        .arg(tc.name)
                        .arg(statsOf(toResult).median, 0, 'f', 1)
                        .arg(statsOf(toLoad).median, 0, 'f', 1)
                        .arg(statsOf(toPaint).median, 0, 'f', 1)
                        .arg(painted)
                        .arg(latency.size())
                        .arg(statsOf(bench.keystrokeMs).median, 0, 'f', 1)
                        .arg(statsOf(bench.deliveryMs).median, 0, 'f', 1));
        growth << QStringLiteral("%1 KiB template / %2 KiB HTML: latency %3 ms, E %4 ms")
                      .arg(double(tc.source.toUtf8().size()) / 1024, 0, 'f', 1)
                      .arg(double(htmlBytes) / 1024, 0, 'f', 1)
                      .arg(sl.median, 0, 'f', 1)
                      .arg(se.median, 0, 'f', 1);
        report.target(QStringLiteral("1 preview latency [%1]").arg(tc.name),
                      sl.median <= 1.5 * se.median && sl.p95 <= 2.0 * se.median,
                      QStringLiteral("median %1 ms <= 1.5 x E = %2 ms; p95 %3 ms <= 2 x E = %4 ms")
                          .arg(sl.median, 0, 'f', 1)
                          .arg(1.5 * se.median, 0, 'f', 1)
                          .arg(sl.p95, 0, 'f', 1)
                          .arg(2.0 * se.median, 0, 'f', 1));
    }
    report.line(QStringLiteral("growth with size: ") + growth.join(QStringLiteral("; ")));
}

namespace {

// Where the GUI thread's time goes when one result arrives: the same calls the window makes, timed one by
// one.
void resultHandlingBreakdown(Report &report, BenchWindow &bench, const QString &name, const QString &source,
                             int reps)
{
    const Project project = defaultProject();
    RenderRequest request;
    request.action = project.actions.value(0);
    request.action.templateSource = source;
    request.point = *HookPoint::parse(QStringLiteral("registration/after/password"));
    request.identity = project.sampleIdentity;
    request.locale = project.sampleLocale;
    RenderOutcome outcomes[2];
    outcomes[0] = bench.renderer().renderAndWait(request);
    request.action.templateSource =
        QString(source).replace(QStringLiteral("</h1>"), QStringLiteral("!</h1>"));
    outcomes[1] = bench.renderer().renderAndWait(request);
    RenderOutcome limit = outcomes[0];
    limit.evaluation.ok = false;
    limit.evaluation.error.kind = EvaluationError::Kind::Limit;
    limit.evaluation.error.message = QStringLiteral("The template ran longer than Ory's 1 s limit");
    EmailPreviewView *view = bench.window()->previewView();
    QList<double> parse, checks, requestBody, email, findings, problems, limitShown;
    for (int i = 0; i < reps; ++i) {
        const RenderOutcome &o = outcomes[i % 2];
        qint64 t = monotonicNs();
        const QJsonObject body = QJsonDocument::fromJson(o.evaluation.output).object();
        const RenderedEmail parsed = emailFromBody(body);
        parse << msSince(t);
        t = monotonicNs();
        const QList<Finding> f = ActionChecker::checkOutcomes(request.action, {o});
        checks << msSince(t);
        t = monotonicNs();
        view->setRequestBody(o.body);
        requestBody << msSince(t);
        t = monotonicNs();
        view->showEmail(parsed);
        email << msSince(t);
        t = monotonicNs();
        view->setFindings(f);
        findings << msSince(t);
        t = monotonicNs();
        bench.window()->editorPane()->showProblems(o.evaluation, f);
        problems << msSince(t);
        t = monotonicNs();
        view->showOutcome(limit);
        limitShown << msSince(t);
        bench.settle(50);
    }
    auto med = [](const QList<double> &v) { return QString::number(statsOf(v).median, 'f', 2); };
    report.line(
        QStringLiteral("[%1] GUI thread per result, by step (medians, ms): parse body %2, checks %3, request "
                       "view %4, email (labels, text, setHtml) %5, findings %6, editor problems %7; a limit "
                       "banner instead %8")
            .arg(name, med(parse), med(checks), med(requestBody), med(email), med(findings), med(problems),
                 med(limitShown)));
}

} // namespace

void figureResponsiveness(Report &report, const Options &options)
{
    report.heading(QStringLiteral(
        "2. Responsiveness: longest GUI-thread stall (1 ms heartbeat) in the real MainWindow"));
    BenchWindow bench;
    QString error;
    if (!bench.start(&error)) {
        report.failure(QStringLiteral("2: ") + error);
        return;
    }
    const int keystrokes = options.smoke ? 20 : 200;
    Heartbeat heartbeat;
    for (const TemplateCase &tc : previewTemplates()) {
        if (tc.name == u"40 KiB HTML")
            continue; // the default and the largest document bracket it
        if (!bench.replaceTemplate(tc.source)) {
            report.failure(QStringLiteral("2 [%1]: the template's preview never appeared").arg(tc.name));
            continue;
        }
        const int position = htmlEditPosition(bench.codeEdit()->toPlainText());
        int sent = 0;
        qint64 last = 0;
        QTimer typer;
        typer.setTimerType(Qt::PreciseTimer);
        typer.setInterval(50); // 20 keystrokes per second
        QObject::connect(&typer, &QTimer::timeout, &typer, [&] {
            last = bench.typeAt(position + sent, false);
            if (++sent == keystrokes)
                typer.stop();
        });
        bench.keystrokeMs.clear();
        bench.deliveryMs.clear();
        heartbeat.start();
        typer.start();
        while (sent < keystrokes)
            spin(20);
        BenchWindow::Milestones m;
        const bool shown = bench.waitForPreview(last, &m);
        heartbeat.stop();
        if (!shown)
            report.failure(QStringLiteral("2 [%1]: no preview after typing").arg(tc.name));
        report.line(QStringLiteral("[%1] %2 keystrokes at 20/s, then the preview: %3 (%4 heartbeats)")
                        .arg(tc.name)
                        .arg(keystrokes)
                        .arg(heartbeat.describeStall())
                        .arg(heartbeat.ticks()));
        report.line(
            QStringLiteral("[%1] GUI thread per keystroke %2; per result delivered %3")
                .arg(tc.name, describe(statsOf(bench.keystrokeMs)), describe(statsOf(bench.deliveryMs))));
        resultHandlingBreakdown(report, bench, tc.name, tc.source, options.smoke ? 3 : 7);
        report.target(QStringLiteral("2 responsiveness, typing [%1]").arg(tc.name),
                      heartbeat.maxGapMs() <= 16.0,
                      heartbeat.describeStall() + QStringLiteral(" (target <= 16 ms)"));
    }

    // A runaway pasted into the editor, stopped, then replaced by a good template (as a user would fix it).
    if (!bench.replaceTemplate(defaultTemplate())) {
        report.failure(QStringLiteral("2: the default template's preview never came back"));
        return;
    }
    {
        // Costs on the GUI thread around a runaway: starting a replacement worker (fork + exec from this big
        // process) and pasting a template.
        QList<double> spawn, paste;
        for (int i = 0; i < (options.smoke ? 2 : 5); ++i) {
            qint64 t = monotonicNs();
            auto *pool = new TemplateEvaluator(1);
            spawn << msSince(t);
            delete pool;
            QTextCursor cursor(bench.codeEdit()->document());
            cursor.select(QTextCursor::Document);
            t = monotonicNs();
            cursor.insertText(i % 2 ? defaultTemplate() : runawayTemplates().first().source);
            paste << msSince(t);
        }
        bench.replaceTemplate(defaultTemplate());
        report.line(QStringLiteral("GUI thread: starting a worker process %1; pasting a template %2")
                        .arg(describe(statsOf(spawn)), describe(statsOf(paste))));
    }
    double worst = 0;
    QString worstText;
    QList<double> stoppedAt, shownAt;
    const int reps = options.smoke ? 1 : 3;
    for (const Runaway &runaway : runawayTemplates()) {
        for (int i = 0; i < reps; ++i) {
            bench.deliveryMs.clear();
            heartbeat.start();
            const qint64 t0 = monotonicNs();
            QTextCursor cursor(bench.codeEdit()->document());
            cursor.select(QTextCursor::Document);
            cursor.insertText(runaway.source);
            BenchWindow::Milestones m;
            const bool stopped = bench.waitForPreview(t0, &m, 10000, false);
            const auto state = bench.window()->previewView()->state();
            const qint64 t1 = monotonicNs();
            cursor.select(QTextCursor::Document);
            cursor.insertText(defaultTemplate());
            BenchWindow::Milestones good;
            // The same HTML as before the runaway: the view keeps its page, so the outcome is the milestone.
            const bool back = bench.waitForPreview(t1, &good, 10000, false);
            heartbeat.stop();
            if (heartbeat.maxGapMs() > worst) {
                worst = heartbeat.maxGapMs();
                worstText = heartbeat.describeStall();
            }
            if (!stopped || state == EmailPreviewView::State::Normal || !back) {
                report.failure(
                    QStringLiteral("2 [%1]: runaway not stopped or the good preview did not return")
                        .arg(runaway.name));
                continue;
            }
            stoppedAt << ms(m.outcomeNs - t0);
            shownAt << ms(good.outcomeNs - t1);
            report.line(
                QStringLiteral("[%1] %2; GUI thread per result delivered: %3")
                    .arg(runaway.name, heartbeat.describeStall(), describe(statsOf(bench.deliveryMs))));
            bench.settle(200);
        }
    }
    report.line(
        QStringLiteral("runaways pasted (x%1 each): error shown after %2 (incl. the debounce); the fixed "
                       "template's result shown %3 after pasting it")
            .arg(reps)
            .arg(describe(statsOf(stoppedAt)), describe(statsOf(shownAt))));
    report.target(QStringLiteral("2 responsiveness, runaway being stopped"), worst <= 16.0,
                  worstText + QStringLiteral(" (target <= 16 ms)"));
}

namespace {

// The Text block of the built-in welcome design, selected in the designer, and its editor (as a person clicks
// the "Text — …" row). Null when the designer has no such block.
QTextEdit *selectTextBlock(BenchWindow &bench)
{
    DesignPane *pane = bench.window()->editorPane()->designPane();
    auto *list = pane->findChild<QListWidget *>(QStringLiteral("blockList"));
    if (!list)
        return nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(u"Text")) {
            list->setCurrentRow(i);
            auto *edit = pane->findChild<QTextEdit *>(QStringLiteral("richTextEdit"));
            return edit && edit->isVisible() ? edit : nullptr;
        }
    }
    return nullptr;
}

} // namespace

void figureDesignEditing(Report &report, const Options &options)
{
    report.heading(
        QStringLiteral("9. Design mode (issue 14): design edit -> preview painted, and the GUI stall "
                       "while typing into a Text block"));
    BenchWindow bench;
    QString error;
    if (!bench.start(&error, {}, true)) {
        report.failure(QStringLiteral("9: ") + error);
        return;
    }
    ActionEditorPane *editor = bench.window()->editorPane();
    QTextEdit *text = editor->isDesignMode() ? selectTextBlock(bench) : nullptr;
    if (!text) {
        report.failure(QStringLiteral("9: the built-in email is not in Design mode with a Text block"));
        return;
    }
    bench.settle(300);
    const int debounce = bench.debounceMs();
    // E of the designed email: the template the designer generates, with the same ctx as the preview.
    JsonnetEngine engine;
    const QString source = editor->action().templateSource;
    const EvaluationRequest request = defaultRequest(source);
    report.line(
        QStringLiteral("designed email: template %1 KiB; debounce %2 ms; edit = one keystroke at the end "
                       "of the Text block (insert, then Backspace), which the designer turns into a new "
                       "design and template")
            .arg(double(source.toUtf8().size()) / 1024, 0, 'f', 1)
            .arg(debounce));

    QList<double> e, latency, toResult, toPaint;
    bench.keystrokeMs.clear();
    bench.deliveryMs.clear();
    for (int i = 0; i < options.reps; ++i) {
        const qint64 e0 = monotonicNs();
        engine.evaluate(request);
        e << msSince(e0);
        bench.settle(100);
        const qint64 t0 = bench.typeInto(text, i % 2 == 1);
        BenchWindow::Milestones m;
        if (!bench.waitForPreview(t0, &m)) {
            report.failure(QStringLiteral("9: no preview after design edit %1").arg(i));
            break;
        }
        const qint64 end = m.paintedNs ? m.paintedNs : m.loadedNs;
        latency << ms(end - t0) - debounce;
        toResult << ms(m.outcomeNs - t0) - debounce;
        toPaint << ms(end - m.writeNs);
    }
    if (!latency.isEmpty()) {
        const Stats se = statsOf(e), sl = statsOf(latency);
        report.line(QStringLiteral("[design] E        %1").arg(describe(se)));
        report.line(QStringLiteral("[design] latency  %1  = %2 x E (median), %3 x E (p95)")
                        .arg(describe(sl))
                        .arg(sl.median / se.median, 0, 'f', 2)
                        .arg(sl.p95 / se.median, 0, 'f', 2));
        report.line(
            QStringLiteral("[design] parts (medians): result delivered %1 ms; written -> painted +%2 ms; "
                           "GUI thread: keystroke (designer + template + schedule) %3 ms, result "
                           "handling %4 ms")
                .arg(statsOf(toResult).median, 0, 'f', 1)
                .arg(statsOf(toPaint).median, 0, 'f', 1)
                .arg(statsOf(bench.keystrokeMs).median, 0, 'f', 1)
                .arg(statsOf(bench.deliveryMs).median, 0, 'f', 1));
        report.target(QStringLiteral("9 design edit -> preview painted"), sl.median <= 1.5 * se.median,
                      QStringLiteral("median %1 ms <= 1.5 x E = %2 ms (%3 x E)")
                          .arg(sl.median, 0, 'f', 1)
                          .arg(1.5 * se.median, 0, 'f', 1)
                          .arg(sl.median / se.median, 0, 'f', 2));
    }

    // Typing: 20 keystrokes per second into the Text block, as figure 2 does in the code editor.
    const int keystrokes = options.smoke ? 20 : 200;
    Heartbeat heartbeat;
    int sent = 0;
    qint64 last = 0;
    QTimer typer;
    typer.setTimerType(Qt::PreciseTimer);
    typer.setInterval(50);
    QObject::connect(&typer, &QTimer::timeout, &typer, [&] {
        last = bench.typeInto(text, false);
        if (++sent == keystrokes)
            typer.stop();
    });
    bench.settle(200);
    bench.keystrokeMs.clear();
    bench.deliveryMs.clear();
    heartbeat.start();
    typer.start();
    while (sent < keystrokes)
        spin(20);
    BenchWindow::Milestones m;
    const bool shown = bench.waitForPreview(last, &m);
    heartbeat.stop();
    if (!shown)
        report.failure(QStringLiteral("9: no preview after typing into the Text block"));
    report.line(QStringLiteral("[design] %1 keystrokes at 20/s into the Text block, then the preview: %2 (%3 "
                               "heartbeats)")
                    .arg(keystrokes)
                    .arg(heartbeat.describeStall())
                    .arg(heartbeat.ticks()));
    report.line(QStringLiteral("[design] GUI thread per keystroke %1; per result delivered %2")
                    .arg(describe(statsOf(bench.keystrokeMs)), describe(statsOf(bench.deliveryMs))));
    report.target(QStringLiteral("9 responsiveness, typing into a Text block"), heartbeat.maxGapMs() <= 16.0,
                  heartbeat.describeStall() + QStringLiteral(" (target <= 16 ms)"));
}

} // namespace hookmail::bench
