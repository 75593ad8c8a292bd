// PreviewController with the real worker pool: a render asked for again while the same render is in flight
// is kept (one result, no worker killed), a different one supersedes it (the old worker is replaced and only
// the newest result is shown), and debounced edits that come back to the in-flight request keep it too.
#include "PreviewController.h"
#include "core/Project.h"
#include "core/RenderService.h"
#include "core/TemplateEvaluator.h"

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

class TestPreviewController : public QObject
{
    Q_OBJECT
private slots:
    void sameRenderInFlightIsKept()
    {
        TemplateEvaluator evaluator(2);
        RenderService renderer(&evaluator);
        PreviewController preview(&renderer);
        QSignalSpy outcomes(&preview, &PreviewController::outcomeReady);
        QVERIFY(poolReady(evaluator));
        const QList<qint64> workers = evaluator.workerProcessIds();

        preview.renderNow(requestFor(QStringLiteral("one")));
        QTest::qWait(10); // now in a worker (an evaluation takes well over 30 ms)
        preview.renderNow(requestFor(QStringLiteral("one"))); // e.g. a document showing its action twice
        QVERIFY(outcomes.wait(10000));
        QTest::qWait(300);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(subjectOf(outcomes, 0), QStringLiteral("one"));
        QCOMPARE(evaluator.workerProcessIds(), workers);
    }

    void differentRenderSupersedes()
    {
        TemplateEvaluator evaluator(2);
        RenderService renderer(&evaluator);
        PreviewController preview(&renderer);
        QSignalSpy outcomes(&preview, &PreviewController::outcomeReady);
        QVERIFY(poolReady(evaluator));
        const QList<qint64> workers = evaluator.workerProcessIds();

        preview.renderNow(requestFor(QStringLiteral("one")));
        QTest::qWait(10);
        preview.renderNow(requestFor(QStringLiteral("two")));
        QVERIFY(outcomes.wait(10000));
        QTest::qWait(300);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(subjectOf(outcomes, 0), QStringLiteral("two"));
        QVERIFY(evaluator.workerProcessIds() != workers); // the stale evaluation's worker was replaced
    }

    void editUndoneWithinDebounceKeepsTheRender()
    {
        TemplateEvaluator evaluator(2);
        RenderService renderer(&evaluator);
        PreviewController preview(&renderer);
        preview.setDebounceMs(0); // fires long before the worker can answer
        QSignalSpy outcomes(&preview, &PreviewController::outcomeReady);
        QVERIFY(poolReady(evaluator));
        const QList<qint64> workers = evaluator.workerProcessIds();

        preview.renderNow(requestFor(QStringLiteral("one")));
        QTest::qWait(10);
        preview.schedule(requestFor(QStringLiteral("onex"))); // typed…
        preview.schedule(requestFor(QStringLiteral("one")));  // …and deleted again
        QVERIFY(outcomes.wait(10000));
        QTest::qWait(300);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(subjectOf(outcomes, 0), QStringLiteral("one"));
        QCOMPARE(evaluator.workerProcessIds(), workers);
        QVERIFY(!preview.isBusy());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestPreviewController test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewController.moc"
