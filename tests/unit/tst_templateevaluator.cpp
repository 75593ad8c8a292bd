#include "TestEnv.h"
#include "core/render/TemplateEvaluator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace hookmail;

namespace {

EvaluationRequest request(const QByteArray &source, const QByteArray &ctx = QByteArrayLiteral("{}"))
{
    EvaluationRequest r;
    r.templateSource = source;
    r.ctxJson = ctx;
    return r;
}

QByteArray templateFile(const QString &name)
{
    return test::readFile(test::testDataDir() + QStringLiteral("/templates/") + name);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// Waits for the result of one ticket, collecting every `finished` on the way.
EvaluationResult waitFor(QSignalSpy &spy, quint64 ticket, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const auto &args : std::as_const(spy)) {
            if (args.at(0).value<quint64>() == ticket)
                return args.at(1).value<EvaluationResult>();
        }
        spy.wait(50);
    }
    EvaluationResult none;
    none.error.message = QStringLiteral("no result within %1 ms").arg(timeoutMs);
    return none;
}

// CPU time (user + system) a process has used so far, from /proc; -1 when unknown.
qint64 cpuMsOf(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    static const long hz = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / hz;
}

int countFor(const QSignalSpy &spy, quint64 ticket)
{
    int n = 0;
    for (const auto &args : spy)
        n += args.at(0).value<quint64>() == ticket ? 1 : 0;
    return n;
}

} // namespace

class TestTemplateEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!TemplateEvaluator::locateWorker().isEmpty(),
                 "HOOKMAIL_WORKER must point at the built worker");
    }

    void evaluatesInWorker()
    {
        TemplateEvaluator evaluator;
        const auto result =
            evaluator.evaluateAndWait(request(templateFile(QStringLiteral("welcome.jsonnet")),
                                              R"({"name":"  Ada  ","email":"ada@example.com"})"));
        QVERIFY2(result.ok, qPrintable(result.error.message));
        const QJsonObject message = parseObject(result.output).value(QLatin1String("message")).toObject();
        QCOMPARE(message.value(QLatin1String("subject")).toString(), QStringLiteral("Welcome Ada"));
        QCOMPARE(message.value(QLatin1String("to"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("ada@example.com"));
    }

    void errorsCarryUserPositions()
    {
        TemplateEvaluator evaluator;
        const auto result = evaluator.evaluateAndWait(
            request(templateFile(QStringLiteral("error-line5.jsonnet")), R"({"identity":{"id":"x"}})"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Runtime);
        QCOMPARE(result.error.message, QStringLiteral("Field does not exist: verifiable_addresses"));
        QCOMPARE(result.error.line, 5);
        QCOMPARE(result.error.column, 14);
    }

    void poolReusesWorker()
    {
        TemplateEvaluator evaluator(1);
        QTRY_VERIFY_WITH_TIMEOUT(evaluator.workerProcessIds().value(0) != 0, 5000);
        const qint64 pid = evaluator.workerProcessIds().value(0);
        for (int i = 0; i < 3; ++i) {
            const auto result = evaluator.evaluateAndWait(
                request("function(ctx) ctx.n * 2", "{\"n\":" + QByteArray::number(i) + "}"));
            QVERIFY2(result.ok, qPrintable(result.error.message));
            QCOMPARE(result.output.trimmed(), QByteArray::number(i * 2));
            QCOMPARE(evaluator.workerProcessIds().value(0), pid);
        }
    }

    void runawayTemplatesHitLimit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("infinite recursion") << QStringLiteral("runaway-recursion.jsonnet");
        QTest::newRow("huge array") << QStringLiteral("runaway-huge-array.jsonnet");
        QTest::newRow("giant string") << QStringLiteral("runaway-giant-string.jsonnet");
    }
    void runawayTemplatesHitLimit()
    {
        QFETCH(QString, file);
        TemplateEvaluator evaluator(1);
        // Timed from the moment the worker has the request, as Ory's limit is: the worker's start-up (slow
        // when another test starts Chromium at the same time, `ctest -j2`) is not part of it. The worker's
        // CPU time is sampled meanwhile: the limit is about the evaluation, so on a loaded machine the pool
        // gives a worker that did not get the CPU the rest of its second (up to a wall-clock cap).
        QElapsedTimer timer;
        qint64 pid = 0;
        qint64 cpuAtStart = -1;
        qint64 cpuUsed = -1;
        QTimer sampler;
        sampler.setInterval(10);
        connect(&sampler, &QTimer::timeout, this, [&] {
            const qint64 cpu = cpuMsOf(pid);
            if (cpu >= 0 && cpuAtStart >= 0)
                cpuUsed = cpu - cpuAtStart;
        });
        connect(&evaluator, &TemplateEvaluator::evaluationStarted, this, [&] {
            timer.start();
            pid = evaluator.workerProcessIds().value(0);
            cpuAtStart = cpuMsOf(pid);
            sampler.start();
        });
        const auto result = evaluator.evaluateAndWait(request(templateFile(file)));
        QVERIFY(timer.isValid());
        const qint64 elapsed = timer.elapsed();
        sampler.stop();
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Limit);
        QVERIFY(!result.error.message.isEmpty());
        const QString took = QStringLiteral("took %1 ms, %2 ms of CPU").arg(elapsed).arg(cpuUsed);
        QVERIFY2(cpuUsed >= 0, qPrintable(took));
        // Not stopped by the clock before Ory would stop it, and not let run much past its 1 s of evaluation.
        // A template that grows memory may meet the memory cap first (sooner on a fast engine): that stop
        // may come at any time, as in Ory, whose worker has a memory cap too.
        const bool memoryStop = result.error.message.contains(QLatin1String("memory"));
        QVERIFY2(elapsed >= 950 || memoryStop, qPrintable(took + QLatin1Char(' ') + result.error.message));
        QVERIFY2(cpuUsed < 1300, qPrintable(took));
        // Ory's limit is 1 s; allow for the kill. Longer only when the worker did not have the CPU.
        QVERIFY2(elapsed < 1600 || cpuUsed < elapsed * 3 / 4, qPrintable(took));

        const auto next = evaluator.evaluateAndWait(request("function(ctx) { ok: true }"));
        QVERIFY2(next.ok, qPrintable(next.error.message));
        QCOMPARE(parseObject(next.output).value(QLatin1String("ok")).toBool(), true);
    }

    void timeoutMessageNamesOryLimit()
    {
        TemplateEvaluator evaluator(1);
        evaluator.setTimeoutMs(300);
        QCOMPARE(evaluator.timeoutMs(), 300);
        const auto result =
            evaluator.evaluateAndWait(request(templateFile(QStringLiteral("runaway-recursion.jsonnet"))));
        QCOMPARE(result.error.kind, EvaluationError::Kind::Limit);
        QVERIFY2(result.error.message.contains(QLatin1String("Ory's 1 s limit")),
                 qPrintable(result.error.message));
    }

    void killedWorkerIsReplaced()
    {
        TemplateEvaluator evaluator(1);
        QTRY_VERIFY_WITH_TIMEOUT(evaluator.workerProcessIds().value(0) != 0, 5000);
        const qint64 pid = evaluator.workerProcessIds().value(0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluator.workerProcessIds().value(0) != 0 && evaluator.workerProcessIds().value(0) != pid, 5000);
        const auto result = evaluator.evaluateAndWait(request("function(ctx) 1 + 1"));
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.output.trimmed(), QByteArray("2"));
    }

    void workerKilledDuringEvaluationReportsOnce()
    {
        TemplateEvaluator evaluator(1);
        QSignalSpy spy(&evaluator, &TemplateEvaluator::finished);
        QSignalSpy started(&evaluator, &TemplateEvaluator::evaluationStarted);
        const quint64 ticket =
            evaluator.evaluate(request(templateFile(QStringLiteral("runaway-recursion.jsonnet"))));
        // The request is in the worker (on a loaded machine that can take far longer than any fixed wait).
        QVERIFY(started.wait(10000));
        QCOMPARE(started.first().first().value<quint64>(), ticket);
        const qint64 pid = evaluator.workerProcessIds().value(0);
        QVERIFY(pid != 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        const auto result = waitFor(spy, ticket);
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Limit);
        QVERIFY(result.error.message.contains(QLatin1String("restarted")));
        const auto next = evaluator.evaluateAndWait(request("function(ctx) 'fine'"));
        QVERIFY2(next.ok, qPrintable(next.error.message));
        QCOMPARE(countFor(spy, ticket), 1);
    }

    void cancelDropsQueuedAndRunning()
    {
        TemplateEvaluator evaluator(1);
        QSignalSpy spy(&evaluator, &TemplateEvaluator::finished);
        QSignalSpy started(&evaluator, &TemplateEvaluator::evaluationStarted);
        const quint64 running =
            evaluator.evaluate(request(templateFile(QStringLiteral("runaway-recursion.jsonnet"))));
        const quint64 queued = evaluator.evaluate(request("function(ctx) 'queued'"));
        QVERIFY(started.wait(10000)); // the first one is now running in the only worker
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<quint64>(), running);
        const qint64 pid = evaluator.workerProcessIds().value(0);
        QVERIFY(pid != 0);
        evaluator.cancel(queued);
        evaluator.cancel(running);
        const quint64 after = evaluator.evaluate(request("function(ctx) 'after'"));
        const auto result = waitFor(spy, after);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.output.trimmed(), QByteArray("\"after\""));
        QVERIFY(evaluator.workerProcessIds().value(0) != pid); // the running evaluation was stopped
        // Deliberate: let time pass beyond the 1 s limit the cancelled evaluation would have hit, so a late
        // result or limit report for it would be seen. There is no event for "nothing happened".
        QTest::qWait(1200);
        QCOMPARE(countFor(spy, running), 0);
        QCOMPARE(countFor(spy, queued), 0);
        QCOMPARE(spy.count(), 1);
    }

    void manyConcurrentRequestsAnsweredOnce()
    {
        TemplateEvaluator evaluator(2);
        QCOMPARE(evaluator.poolSize(), 2);
        QSignalSpy spy(&evaluator, &TemplateEvaluator::finished);
        QSignalSpy started(&evaluator, &TemplateEvaluator::evaluationStarted);
        QHash<quint64, int> expected;
        for (int i = 0; i < 16; ++i) {
            const quint64 ticket = evaluator.evaluate(
                request("function(ctx) ctx.i * 10", "{\"i\":" + QByteArray::number(i) + "}"));
            expected.insert(ticket, i * 10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 16, 20000);
        QSet<quint64> seen;
        for (const auto &args : std::as_const(spy)) {
            const auto ticket = args.at(0).value<quint64>();
            const auto result = args.at(1).value<EvaluationResult>();
            QVERIFY(!seen.contains(ticket));
            seen.insert(ticket);
            QVERIFY2(result.ok, qPrintable(result.error.message));
            QCOMPARE(result.output.trimmed(), QByteArray::number(expected.value(ticket)));
        }
        QCOMPARE(seen.size(), 16);
        // Every request went to a worker once; none was sent twice (which is how a second answer would come).
        QCOMPARE(started.size(), 16);
        QSet<quint64> startedOnce;
        for (const auto &args : std::as_const(started))
            startedOnce.insert(args.at(0).value<quint64>());
        QCOMPARE(startedOnce.size(), 16);
        // Deliberate: a short window for a duplicate answer already on its way from a worker (none may come).
        QVERIFY(!spy.wait(50));
        QCOMPARE(spy.count(), 16);
    }

    void missingWorkerIsAnError()
    {
        TemplateEvaluator evaluator(1, QStringLiteral("/nonexistent/dir/hookmail-worker"));
        const auto result = evaluator.evaluateAndWait(request("{}"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Internal);
        QVERIFY2(result.error.message.contains(QLatin1String("could not be started")),
                 qPrintable(result.error.message));
        const auto again = evaluator.evaluateAndWait(request("{}"));
        QCOMPARE(again.error.kind, EvaluationError::Kind::Internal);
    }

    void locateWorkerHonoursEnvironment()
    {
        const QByteArray saved = qgetenv("HOOKMAIL_WORKER");
        qputenv("HOOKMAIL_WORKER", "/nonexistent/hookmail-worker");
        const QString located = TemplateEvaluator::locateWorker();
        TemplateEvaluator evaluator(1);
        const auto result = evaluator.evaluateAndWait(request("{}"));
        qputenv("HOOKMAIL_WORKER", saved);
        QVERIFY(located.isEmpty());
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Internal);
        QVERIFY2(result.error.message.contains(QLatin1String("HOOKMAIL_WORKER")),
                 qPrintable(result.error.message));
        QCOMPARE(TemplateEvaluator::locateWorker(),
                 QFileInfo(QString::fromLocal8Bit(saved)).absoluteFilePath());
    }

    // The Kratos fixtures behave as docs/ARCHITECTURE.md, Ory §2/§4 says, against every sample ctx.
    void kratosFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("ctxFile");
        QTest::addColumn<QString>("expect"); // ok | cancelled | runtime
        const QString ref = test::sharedReferenceDir();
        if (ref.isEmpty())
            QSKIP(qPrintable(test::sharedMissingMessage()));
        const QStringList ctxFiles = QDir(ref + QStringLiteral("/ory/ctx-examples"))
                                         .entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(ctxFiles.size() >= 9);
        for (const QString &ctx : ctxFiles) {
            for (const char *ok :
                 {"selfservice_hook_stub_test_body.jsonnet", "e2e_profiles_webhooks_webhook_body.jsonnet",
                  "e2e_profiles_network_webhook.jsonnet"}) {
                // The e2e template reads ctx.identity.traits.email, which a social sign-up without an
                // e-mail does not have (docs/ARCHITECTURE.md, Ory §2): Ory fails that hook, and so must we.
                const bool noEmail = ctx == QLatin1String("registration-after-oidc-no-email.json") &&
                                     qstrcmp(ok, "e2e_profiles_webhooks_webhook_body.jsonnet") == 0;
                QTest::addRow("%s on %s", ok, qPrintable(ctx))
                    << QString::fromLatin1(ok) << ctx
                    << (noEmail ? QStringLiteral("no-email") : QStringLiteral("ok"));
            }
        }
        const QString any = QStringLiteral("registration-after-password.json");
        QTest::newRow("selfservice cancel") << QStringLiteral("selfservice_hook_stub_cancel_template.jsonnet")
                                            << any << QStringLiteral("cancelled");
        QTest::newRow("request cancel")
            << QStringLiteral("request_stub_cancel_body.jsonnet") << any << QStringLiteral("cancelled");
        QTest::newRow("bad template") << QStringLiteral("selfservice_hook_stub_bad_template.jsonnet") << any
                                      << QStringLiteral("runtime");
    }
    void kratosFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, ctxFile);
        QFETCH(QString, expect);
        static TemplateEvaluator *evaluator = new TemplateEvaluator(2, {}, this);
        const QString dir = test::sharedReferenceDir() + QStringLiteral("/ory/ctx-examples/");
        const QByteArray ctx = test::readFile(dir + ctxFile);
        EvaluationRequest r = request(test::readFile(dir + QStringLiteral("fixtures/") + fixture), ctx);
        r.filename = fixture;
        const auto result = evaluator->evaluateAndWait(r);
        if (expect == QLatin1String("ok")) {
            QVERIFY2(result.ok, qPrintable(result.error.raw));
            const QJsonObject out = parseObject(result.output);
            const QJsonObject in = parseObject(ctx);
            if (fixture.startsWith(QLatin1String("selfservice_hook_stub_test_body"))) {
                QCOMPARE(out.value(QLatin1String("flow_id")),
                         in.value(QLatin1String("flow")).toObject().value(QLatin1String("id")));
                QCOMPARE(out.contains(QLatin1String("identity_id")), in.contains(QLatin1String("identity")));
                QCOMPARE(out.contains(QLatin1String("session_id")), in.contains(QLatin1String("session")));
            } else if (fixture.startsWith(QLatin1String("e2e_profiles_webhooks"))) {
                QCOMPARE(out.value(QLatin1String("ctx")).toObject(), in);
            } else {
                QCOMPARE(out, QJsonObject());
            }
        } else if (expect == QLatin1String("cancelled")) {
            QVERIFY(result.cancelled());
            QCOMPARE(result.error.message, QStringLiteral("hook skipped (cancelled)"));
        } else if (expect == QLatin1String("no-email")) {
            QVERIFY(!result.ok);
            QCOMPARE(result.error.kind, EvaluationError::Kind::Runtime);
            QCOMPARE(result.error.message, QStringLiteral("Field does not exist: email"));
            QCOMPARE(result.error.line, 3);
        } else {
            QVERIFY(!result.ok);
            QCOMPARE(result.error.kind, EvaluationError::Kind::Runtime);
            QCOMPARE(result.error.message, QStringLiteral("Field does not exist: foo"));
            QCOMPARE(result.error.line, 2);
            QCOMPARE(result.error.column, 12);
        }
    }

    void requestStubWithItsOwnCtx()
    {
        HOOKMAIL_REQUIRE_SHARED();
        TemplateEvaluator evaluator;
        const QString path = test::sharedReferenceDir() +
                             QStringLiteral("/ory/ctx-examples/fixtures/request_stub_test_body.jsonnet");
        const auto result = evaluator.evaluateAndWait(
            request(test::readFile(path), R"({"from":"a@example.com","to":"b@example.com","body":"hi"})"));
        QVERIFY2(result.ok, qPrintable(result.error.raw));
        QCOMPARE(parseObject(result.output).value(QLatin1String("body")).toString(), QStringLiteral("hi"));
    }
};

QTEST_GUILESS_MAIN(TestTemplateEvaluator)
#include "tst_templateevaluator.moc"
