// PreviewController with the real worker pool: a render asked for again while the same render is in flight
// is kept (one result, no worker killed), a different one supersedes it (the old worker is replaced and only
// the newest result is shown), and debounced edits that come back to the in-flight request keep it too.
#include "core/model/Project.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "session/PreviewController.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

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

// Waits until both workers have started, so a render is handed to a worker on the next loop turn.
bool poolReady(const TemplateEvaluator &evaluator)
{
    if (!QTest::qWaitFor([&] { return !evaluator.workerProcessIds().contains(0); }, 10000))
        return false;
    QTest::qWait(300);
    return true;
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
    QList<qint64> workers; // the pool's process ids before the test acts

    bool ready()
    {
        if (!poolReady(evaluator))
            return false;
        workers = evaluator.workerProcessIds();
        return true;
    }
    // Starts a render and lets it reach a worker (an evaluation takes well over 30 ms).
    void renderInWorker(const QString &subject)
    {
        controller.renderNow(requestFor(subject));
        QTest::qWait(10);
    }
    // Waits for the result and a little longer, so a second (wrong) one would be counted too.
    bool settled()
    {
        if (!outcomes.wait(10000))
            return false;
        QTest::qWait(300);
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
        p.renderInWorker(QStringLiteral("one"));
        p.controller.renderNow(requestFor(QStringLiteral("one"))); // e.g. a document showing its action twice
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("one"));
        QCOMPARE(p.evaluator.workerProcessIds(), p.workers);
    }

    void differentRenderSupersedes()
    {
        Preview p;
        QVERIFY(p.ready());
        p.renderInWorker(QStringLiteral("one"));
        p.controller.renderNow(requestFor(QStringLiteral("two")));
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("two"));
        QVERIFY(p.evaluator.workerProcessIds() != p.workers); // the stale evaluation's worker was replaced
    }

    void editUndoneWithinDebounceKeepsTheRender()
    {
        Preview p;
        p.controller.setDebounceMs(0); // fires long before the worker can answer
        QVERIFY(p.ready());
        p.renderInWorker(QStringLiteral("one"));
        p.controller.schedule(requestFor(QStringLiteral("onex"))); // typed…
        p.controller.schedule(requestFor(QStringLiteral("one")));  // …and deleted again
        QVERIFY(p.settled());
        QCOMPARE(p.outcomes.size(), 1);
        QCOMPARE(subjectOf(p.outcomes, 0), QStringLiteral("one"));
        QCOMPARE(p.evaluator.workerProcessIds(), p.workers);
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
