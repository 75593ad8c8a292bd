// The bad-template corpus (tests/data/bad-templates, expectations in expected.json decided from Jsonnet/Ory
// semantics) run through the evaluator the app uses (TemplateEvaluator, with the same 64 KiB input check
// RenderService applies before evaluating) and through the CLI (`hookmail render FILE --json --ctx FILE`).
// Each case must give its expected kind (syntax|runtime|limit|cancelled|not-object|ok) and line; nothing
// may crash.
#include "BadTemplateCorpus.h"
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/model/ProjectFile.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

namespace {

struct Outcome
{
    QString kind; // syntax|runtime|limit|cancelled|not-object|ok|internal|crash|no-answer
    int line = 0;
    QString message;
};

QString ctxPath()
{
    return test::testDataDir() + QStringLiteral("/ctx/registration-after-password.json");
}

QString kindOfOutput(const QByteArray &output)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(output, &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? QStringLiteral("ok")
                                                                     : QStringLiteral("not-object");
}

} // namespace

class TestBadTemplates : public QObject
{
    Q_OBJECT
    TemplateEvaluator *m_evaluator = nullptr;
    QByteArray m_ctxJson;
    int m_total[2] = {0, 0};
    int m_asExpected[2] = {0, 0};
    int m_crashes[2] = {0, 0};

    Outcome viaEvaluator(const QByteArray &source)
    {
        // RenderService refuses inputs over Ory's 64 KiB before evaluating; do the same check here, on the
        // raw bytes (an Action holds text, which cannot carry invalid UTF-8).
        Action action;
        action.templateSource = QString::fromUtf8(source);
        if (oryInputSizeFor(action, m_ctxJson) > limits::maxInputBytes)
            return {QStringLiteral("limit"), 0, QStringLiteral("input over 64 KiB")};
        EvaluationRequest request;
        request.templateSource = source;
        request.ctxJson = m_ctxJson;
        QSignalSpy spy(m_evaluator, &TemplateEvaluator::finished);
        const quint64 ticket = m_evaluator->evaluate(request);
        for (int i = 0; i < 200; ++i) {
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).value<quint64>() != ticket)
                    continue;
                const auto result = args.at(1).value<EvaluationResult>();
                if (result.ok)
                    return {kindOfOutput(result.output), 0, {}};
                return {evaluationKindName(result.error.kind), result.error.line, result.error.message};
            }
            spy.wait(50);
        }
        return {QStringLiteral("no-answer"), 0, {}};
    }

    static Outcome viaCli(const QString &path)
    {
        QProcess process;
        process.start(
            test::binDir() + QStringLiteral("/hookmail"),
            {QStringLiteral("render"), path, QStringLiteral("--json"), QStringLiteral("--ctx"), ctxPath()});
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return {QStringLiteral("no-answer"), 0, {}};
        }
        if (process.exitStatus() == QProcess::CrashExit)
            return {QStringLiteral("crash"), 0, QString::fromUtf8(process.readAllStandardError())};
        const QByteArray out = process.readAllStandardOutput();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitCode() == 2) {
            // Input errors (the file could not be loaded, e.g. not UTF-8) are plain text on stderr; they
            // say where the problem is ("line L, column C").
            static const QRegularExpression where(QStringLiteral("line (\\d+), column (\\d+)"));
            const auto m = where.match(err);
            return {QStringLiteral("syntax"), m.hasMatch() ? m.captured(1).toInt() : 0, err.trimmed()};
        }
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        if (o.isEmpty())
            return {QStringLiteral("internal"), 0,
                    QStringLiteral("no JSON on stdout (exit %1): %2").arg(process.exitCode()).arg(err)};
        if (o.value(u"cancelled").toBool())
            return {QStringLiteral("cancelled"), 0, {}};
        if (o.value(u"ok").toBool()) {
            if (process.exitCode() != 0)
                return {QStringLiteral("internal"), 0,
                        QStringLiteral("ok but exit %1").arg(process.exitCode())};
            return {o.contains(u"body") ? QStringLiteral("ok") : QStringLiteral("not-object"), 0, {}};
        }
        const QJsonObject e = o.value(u"error").toObject();
        if (process.exitCode() != 1)
            return {QStringLiteral("internal"), 0,
                    QStringLiteral("error but exit %1").arg(process.exitCode())};
        return {e.value(u"kind").toString(), e.value(u"line").toInt(), e.value(u"message").toString()};
    }

    void check(int path, const Outcome &got, const QString &kind, int line)
    {
        ++m_total[path];
        if (got.kind == u"crash")
            ++m_crashes[path];
        const bool lineOk = line == 0 || got.line == line;
        if (got.kind == kind && lineOk)
            ++m_asExpected[path];
        QVERIFY2(got.kind != u"crash", qPrintable(got.message));
        QVERIFY2(got.kind == kind, qPrintable(QStringLiteral("expected %1, got %2 (line %3): %4")
                                                  .arg(kind, got.kind)
                                                  .arg(got.line)
                                                  .arg(got.message)));
        QVERIFY2(lineOk, qPrintable(QStringLiteral("expected line %1, got line %2: %3")
                                        .arg(line)
                                        .arg(got.line)
                                        .arg(got.message)));
        // Every error says something a user can read.
        if (kind != u"ok" && kind != u"not-object" && kind != u"cancelled")
            QVERIFY2(!got.message.trimmed().isEmpty(), "an error without a message");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<EvaluationResult>();
        m_ctxJson = QJsonDocument::fromJson(test::readFile(ctxPath())).toJson(QJsonDocument::Compact);
        QVERIFY(!m_ctxJson.isEmpty());
        m_evaluator = new TemplateEvaluator(1, {}, this);
        const QJsonArray cases = test::badTemplateCases();
        QVERIFY2(cases.size() >= 60, "the corpus must hold at least 60 cases");
        // Every file in the folder is in the manifest and the other way round.
        QStringList files =
            QDir(test::badTemplatesDir()).entryList({QStringLiteral("*.jsonnet")}, QDir::Files);
        QStringList listed;
        for (const QJsonValue &v : cases)
            listed << v.toObject().value(u"file").toString();
        files.sort();
        listed.sort();
        QCOMPARE(listed, files);
    }

    void evaluator_data() { test::addBadTemplateRows(); }
    void evaluator()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, line);
        check(0, viaEvaluator(test::readFile(test::badTemplatesDir() + u'/' + file)), kind, line);
    }

    void cli_data() { test::addBadTemplateRows(); }
    void cli()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, line);
        check(1, viaCli(test::badTemplatesDir() + u'/' + file), kind, line);
    }

    // The evaluator is still healthy after the whole corpus (crashed workers were replaced).
    void evaluatorStillWorks()
    {
        const Outcome o =
            viaEvaluator(QByteArrayLiteral("function(ctx) { email: ctx.identity.traits.email }"));
        QCOMPARE(o.kind, QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        qInfo("bad-template corpus (evaluator): %d cases, %d as expected, %d crashes", m_total[0],
              m_asExpected[0], m_crashes[0]);
        qInfo("bad-template corpus (CLI): %d cases, %d as expected, %d crashes", m_total[1], m_asExpected[1],
              m_crashes[1]);
    }
};

QTEST_GUILESS_MAIN(TestBadTemplates)
#include "tst_badtemplates.moc"
