// Speed of the engine against Ory's own (issue 16): E = one evaluation inside the worker (its own clock, the
// same in-process time the benchmark's E measures), O = go-jsonnet v0.21 as Kratos runs it, the whole oracle
// process (../shared/tools/go-jsonnet-oracle), on the same template and ctx, in the same run. Prints both and
// E/O for the empty template and the default welcome email. The targets are E <= O (judged by hookmail-bench);
// this test fails only when E exceeds 2 x O, which means the parsed standard library is no longer kept.
#include "Oracle.h"
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"

#include <QTest>
#include <algorithm>

using namespace hookmail;

class TestEngineSpeed : public QObject
{
    Q_OBJECT

private slots:
    void engineAgainstGoJsonnet_data();
    void engineAgainstGoJsonnet();
};

namespace {

HookPoint registrationAfter(const QString &method)
{
    HookPoint p;
    p.flow = HookPoint::Flow::Registration;
    p.phase = HookPoint::Phase::After;
    p.method = method;
    return p;
}

// As hookmail-bench's baseline: the default project's first action, after a password registration.
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

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

void TestEngineSpeed::engineAgainstGoJsonnet_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("empty") << QStringLiteral("function(ctx) {}");
    QTest::newRow("default email") << defaultProject().actions.value(0).templateSource;
}

void TestEngineSpeed::engineAgainstGoJsonnet()
{
    QFETCH(QString, source);
    if (test::oracleExecutable().isEmpty())
        QSKIP(qPrintable(test::oracleMissingMessage()));
    const EvaluationRequest request = defaultRequest(source);
    TemplateEvaluator evaluator(1);
    const int reps = qMax(5, qEnvironmentVariableIntValue("HOOKMAIL_SPEED_REPS"));
    QList<double> e, o;
    evaluator.evaluateAndWait(request); // start and warm the worker
    test::runOracle(request.templateSource, request.ctxJson);
    for (int i = 0; i < reps; ++i) {
        const EvaluationResult r = evaluator.evaluateAndWait(request);
        QVERIFY2(r.ok, qPrintable(r.error.message));
        e << double(r.elapsedMicros) / 1000.0;
        const test::OracleResult g = test::runOracle(request.templateSource, request.ctxJson);
        QVERIFY2(g.ok, qPrintable(g.error));
        o << g.milliseconds;
        QCOMPARE(r.output, g.output); // and the same bytes
    }
    const double em = median(e), om = median(o);
    qInfo("%s: E %.1f ms (min %.1f)  O %.1f ms (min %.1f)  E/O %.2f  (median of %d)", QTest::currentDataTag(), em,
          *std::min_element(e.begin(), e.end()), om, *std::min_element(o.begin(), o.end()), em / om, reps);
    QVERIFY2(em <= 2 * om, "the engine is more than twice as slow as go-jsonnet: is the parsed std library kept?");
}

QTEST_GUILESS_MAIN(TestEngineSpeed)
#include "tst_enginespeed.moc"
