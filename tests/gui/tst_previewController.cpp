// PreviewController with the real worker pool: a render asked for again while the same render is in flight
// is kept (one result, no worker killed), a different one supersedes it (the old worker is replaced and only
// the newest result is shown), and debounced edits that come back to the in-flight request keep it too.
#include "core/model/Project.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "session/PreviewController.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace hookmail;

namespace {
RenderRequest requestFor(const QString &subject)
{
    static const Project project = defaultProject(); // one project: its ids are random per call
    RenderRequest request;
    request.action = project.actions.first();
    request.action.templateSource =
        QStringLiteral(
            "function(ctx) { key: 'k', message: { subject: '%1', to: [{ email: 'a@example.org' }], "
            "from_email: 'hello@example.com', html: '<p>x</p>', text: 'x' } }")
            .arg(subject);
    request.point = request.action.hookPoints.first();
    request.identity = project.sampleIdentity;
    return request;
}

// Waits until every worker of the pool has started (QProcess is Running once its `started` has been
// handled, which is when the pool marks the worker ready), so a render is handed to a worker on the next
// loop turn.
bool poolReady(const TemplateEvaluator &evaluator)
{
    return QTest::qWaitFor(
        [&] {
            const QList<QProcess *> workers = evaluator.findChildren<QProcess *>();
            return workers.size() == evaluator.poolSize() &&
                   std::all_of(workers.begin(), workers.end(),
                               [](const QProcess *w) { return w->state() == QProcess::Running; });
        },
        10000);
}

QString subjectOf(const QSignalSpy &spy, int index)
{
    return spy.at(index).first().value<RenderOutcome>().email.subject;
}
} // namespace

// The pool, the service and the controller as the window has them, with the pool's workers started.
struct Preview
{
    TemplateEvaluator evaluator{2};
    RenderService renderer{&evaluator};
    PreviewController controller{&renderer};
    QSignalSpy outcomes{&controller, &PreviewController::outcomeReady};
    QSignalSpy started{&evaluator, &TemplateEvaluator::evaluationStarted};
    QList<qint64> workers; // the pool's process ids before the test acts

    bool ready()
    {
        if (!poolReady(evaluator))
            return false;
        workers = evaluator.workerProcessIds();
        return true;
    }
    // Starts a render and waits until a worker has it.
    bool renderInWorker(const QString &subject)
    {
        const qsizetype before = started.size();
        controller.renderNow(requestFor(subject));
        return started.size() > before || started.wait(10000);
    }
    // Waits for the result, then lets everything already queued run. Whether a second (wrong) result could
    // follow is checked through `started`: each result needs an evaluation that started in a worker.
    bool settled()
    {
        if (!outcomes.wait(10000))
            return false;
        QCoreApplication::processEvents();
        return true;
    }
};

class TestPreviewController : public QObject
{
    Q_OBJECT
private slots:
    void sameRenderInFlightIsKept()
    {
        Preview p;
        QVERIFY(p.ready());
        QVERIFY(p.renderInWorker(QStringLiteral("one")));
        p.controller.renderNow(requestFor(QStringLiteral("one"))); // e.g. a document showing its action twice
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("one"));
        QCOMPARE(p.evaluator.workerProcessIds(), p.workers);
        QCOMPARE(p.started.size(), 1); // the second ask started nothing
        QVERIFY(!p.controller.isBusy());
    }

    void differentRenderSupersedes()
    {
        Preview p;
        QVERIFY(p.ready());
        QVERIFY(p.renderInWorker(QStringLiteral("one")));
        p.controller.renderNow(requestFor(QStringLiteral("two")));
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("two"));
        QVERIFY(p.evaluator.workerProcessIds() != p.workers); // the stale evaluation's worker was replaced
        QCOMPARE(p.started.size(), 2); // "one", stopped with its worker, can send no result
        QVERIFY(!p.controller.isBusy());
    }

    void editUndoneWithinDebounceKeepsTheRender()
    {
        Preview p;
        p.controller.setDebounceMs(0); // fires long before the worker can answer
        QVERIFY(p.ready());
        QVERIFY(p.renderInWorker(QStringLiteral("one")));
        p.controller.schedule(requestFor(QStringLiteral("onex"))); // typed…
        p.controller.schedule(requestFor(QStringLiteral("one")));  // …and deleted again
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("one"));
        QCOMPARE(p.evaluator.workerProcessIds(), p.workers);
        QCOMPARE(p.started.size(), 1);
        QVERIFY(!p.controller.isBusy());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestPreviewController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewController.moc"
