#include "eval/JsonnetEngine.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

namespace {

EvaluationResult run(JsonnetEngine &engine, const QByteArray &source,
                     const QByteArray &ctx = QByteArrayLiteral("{}"))
{
    EvaluationRequest r;
    r.templateSource = source;
    r.ctxJson = ctx;
    return engine.evaluate(r);
}

} // namespace

class TestJsonnetEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void evaluatesLikeOry_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("ctx");
        QTest::addColumn<QByteArray>("expectedJson"); // empty when an error is expected
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        const int none = -1;
        const auto runtime = int(EvaluationError::Kind::Runtime);
        const auto syntax = int(EvaluationError::Kind::Syntax);
        const auto cancelled = int(EvaluationError::Kind::Cancelled);

        QTest::newRow("ctx is a TLA") << QByteArray("function(ctx) { id: ctx.identity.id }")
                                      << QByteArray(R"({"identity":{"id":"abc"}})")
                                      << QByteArray(R"({"id":"abc"})") << none << QString() << 0 << 0;
        QTest::newRow("non-function template ignores ctx")
            << QByteArray("{ a: 1 }") << QByteArray(R"({"x":1})") << QByteArray(R"({"a":1})") << none
            << QString() << 0 << 0;
        QTest::newRow("locals before the function")
            << QByteArray("local greet(n) = 'Hi ' + n;\nfunction(ctx) greet(ctx.n)")
            << QByteArray(R"({"n":"Ada"})") << QByteArray(R"("Hi Ada")") << none << QString() << 0 << 0;
        QTest::newRow("function without ctx parameter")
            << QByteArray("function(context) {}") << QByteArray("{}") << QByteArray() << runtime
            << QStringLiteral("function has no parameter ctx") << 0 << 0;
        QTest::newRow("import refused")
            << QByteArray("function(ctx) import 'mail.libsonnet'") << QByteArray("{}") << QByteArray()
            << runtime << QStringLiteral("import not available mail.libsonnet") << 1 << 15;
        QTest::newRow("importstr refused")
            << QByteArray("function(ctx)\n  importstr 'body.html'") << QByteArray("{}") << QByteArray()
            << runtime << QStringLiteral("import not available body.html") << 2 << 3;
        QTest::newRow("importbin refused like go-jsonnet")
            << QByteArray("function(ctx) importbin 'logo.png'") << QByteArray("{}") << QByteArray() << runtime
            << QStringLiteral("import not available logo.png") << 1 << 15;
        QTest::newRow("cancel") << QByteArray("function(ctx) error 'cancel'") << QByteArray("{}")
                                << QByteArray() << cancelled << QStringLiteral("hook skipped (cancelled)")
                                << 1 << 15;
        QTest::newRow("cancelled also matches like Kratos")
            << QByteArray("function(ctx)\n  if true then error 'cancelled' else {}") << QByteArray("{}")
            << QByteArray() << cancelled << QStringLiteral("hook skipped (cancelled)") << 2 << 16;
        QTest::newRow("other error is not cancel")
            << QByteArray("function(ctx) error 'please cancel'") << QByteArray("{}") << QByteArray()
            << runtime << QStringLiteral("please cancel") << 1 << 15;
        QTest::newRow("missing field on line 1")
            << QByteArray("function(ctx) ctx.identity.verifiable_addresses[0].value")
            << QByteArray(R"({"identity":{}})") << QByteArray() << runtime
            << QStringLiteral("Field does not exist: verifiable_addresses") << 1 << 15;
        QTest::newRow("missing field on line 5")
            << QByteArray("function(ctx) {\n  a: 1,\n  b: 2,\n  c: 3,\n  to: ctx.email,\n}")
            << QByteArray("{}") << QByteArray() << runtime << QStringLiteral("Field does not exist: email")
            << 5 << 7;
        QTest::newRow("index out of bounds")
            << QByteArray("function(ctx) ctx.list[0]") << QByteArray(R"({"list":[]})") << QByteArray()
            << runtime << QStringLiteral("Index 0 out of bounds, not within [0, 0)") << 1 << 15;
        QTest::newRow("syntax error on line 1") << QByteArray("function(ctx) { a: 1 + }") << QByteArray("{}")
                                                << QByteArray() << syntax << QString() << 1 << 24;
        QTest::newRow("syntax error on line 3")
            << QByteArray("function(ctx) {\n  a: 1,\n  b: ,\n}") << QByteArray("{}") << QByteArray() << syntax
            << QString() << 3 << 6;
        QTest::newRow("unknown variable")
            << QByteArray("function(ctx) { a: cxt.id }") << QByteArray("{}") << QByteArray() << syntax
            << QStringLiteral("Unknown variable: cxt") << 1 << 20;
        QTest::newRow("no ext vars on web hooks")
            << QByteArray("function(ctx) std.extVar('claims')") << QByteArray("{}") << QByteArray() << runtime
            << QStringLiteral("Undefined external variable: claims") << 1 << 15;
    }
    void evaluatesLikeOry()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, ctx);
        QFETCH(QByteArray, expectedJson);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        JsonnetEngine engine;
        const EvaluationResult result = run(engine, source, ctx);
        if (!expectedJson.isEmpty()) {
            QVERIFY2(result.ok, qPrintable(result.error.raw));
            if (expectedJson.startsWith('{'))
                QCOMPARE(QJsonDocument::fromJson(result.output), QJsonDocument::fromJson(expectedJson));
            else
                QCOMPARE(result.output.trimmed(), expectedJson);
            return;
        }
        QVERIFY(!result.ok);
        QCOMPARE(int(result.error.kind), kind);
        if (!message.isEmpty())
            QCOMPARE(result.error.message, message);
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
        QVERIFY(!result.error.raw.contains(QLatin1String("__hookmail")));
    }

    void rawErrorHasUserPositionsOnly()
    {
        JsonnetEngine engine;
        const auto result = run(engine, "function(ctx) { to: std.trim(ctx.n) }", R"({"n": 5})");
        QCOMPARE(result.error.kind, EvaluationError::Kind::Runtime);
        QCOMPARE(result.error.message, QStringLiteral("Unexpected type number, expected string"));
        QCOMPARE(result.error.line, 1);
        QCOMPARE(result.error.column, 21);
        QCOMPARE(result.error.endColumn, 35);
        // Only frames in the user's text (and libjsonnet's own markers) remain, with user columns.
        QVERIFY2(result.error.raw.contains(QLatin1String("template.jsonnet:1:21-36")),
                 qPrintable(result.error.raw));
        QVERIFY2(!result.error.raw.contains(QLatin1String("std.jsonnet")), qPrintable(result.error.raw));
    }

    void outputLimit()
    {
        JsonnetEngine engine;
        // 2^19 = 512 KiB of 'x': twice Ory's 256 KiB output limit.
        const auto big =
            run(engine, "local d(s, n) = if n == 0 then s else d(s + s, n - 1);\nfunction(ctx) d('x', 19)");
        QVERIFY(!big.ok);
        QCOMPARE(big.error.kind, EvaluationError::Kind::Limit);
        QVERIFY2(big.error.message.contains(QLatin1String("256 KiB")), qPrintable(big.error.message));
        const auto fine =
            run(engine, "local d(s, n) = if n == 0 then s else d(s + s, n - 1);\nfunction(ctx) d('x', 17)");
        QVERIFY2(fine.ok, qPrintable(fine.error.message));
        QCOMPARE(fine.output.size(), (1 << 17) + 3); // quotes and newline
    }

    void engineIsReusable()
    {
        JsonnetEngine engine;
        // Errors, a different TLA and a non-function template in between must not leak into later runs.
        QVERIFY(!run(engine, "function(ctx) error 'x'").ok);
        QVERIFY(!run(engine, "function(ctx) {").ok);
        QCOMPARE(run(engine, "{ b: 2 }", R"({"a":1})").output.trimmed(), QByteArray("{\n   \"b\": 2\n}"));
        for (int i = 0; i < 5; ++i) {
            const auto r = run(engine, "function(ctx) ctx.a", "{\"a\":" + QByteArray::number(i) + "}");
            QVERIFY2(r.ok, qPrintable(r.error.message));
            QCOMPARE(r.output.trimmed(), QByteArray::number(i));
        }
        QVERIFY(run(engine, "{}").elapsedMicros > 0);
    }

    void format_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spacing and quotes") << QStringLiteral("{a:\"x\",b:[1,2], \"c-d\": 1}")
                                            << QStringLiteral("{ a: 'x', b: [1, 2], 'c-d': 1 }\n");
        QTest::newRow("two-space indent")
            << QStringLiteral("function(ctx) {\nmessage: {\n    subject: \"Hi\",\n},\n}")
            << QStringLiteral("function(ctx) {\n  message: {\n    subject: 'Hi',\n  },\n}\n");
        QTest::newRow("sorted imports")
            << QStringLiteral(
                   "local x = import \"b.libsonnet\";\nlocal a = import \"a.libsonnet\";\n{\"k\":   \"v\"}")
            << QStringLiteral(
                   "local a = import 'a.libsonnet';\nlocal x = import 'b.libsonnet';\n{ k: 'v' }\n");
    }
    void format()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const auto result = JsonnetEngine::format(source);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.text, expected);
    }

    void formatMatchesJsonnetfmt()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("jsonnetfmt"));
        if (tool.isEmpty())
            QSKIP("jsonnetfmt is not installed (Debian package jsonnet)");
        const QByteArray source =
            "local x = 1;\nfunction(ctx) {\n    a: [1,2,3],\n  \"b\": { c: \"d\" }, // note\n}\n";
        QProcess fmt;
        fmt.start(tool, {QStringLiteral("-")});
        QVERIFY(fmt.waitForStarted(5000));
        fmt.write(source);
        fmt.closeWriteChannel();
        QVERIFY(fmt.waitForFinished(5000));
        QCOMPARE(JsonnetEngine::format(QString::fromUtf8(source)).text,
                 QString::fromUtf8(fmt.readAllStandardOutput()));
    }

    void formatReportsSyntaxErrors()
    {
        const auto result =
            JsonnetEngine::format(QStringLiteral("{\n  a: ,\n}"), QStringLiteral("mail.jsonnet"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error.kind, EvaluationError::Kind::Syntax);
        QCOMPARE(result.error.line, 2);
        QCOMPARE(result.error.column, 6);
        QVERIFY(result.error.raw.startsWith(QLatin1String("STATIC ERROR: mail.jsonnet:2:6")));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("endColumn");
        QTest::addColumn<QString>("raw");
        const auto runtime = int(EvaluationError::Kind::Runtime);
        const auto syntax = int(EvaluationError::Kind::Syntax);
        QTest::newRow("static, shifted on line 1")
            << QStringLiteral("STATIC ERROR: t.jsonnet:1:110-114: did not expect: (STRING_DOUBLE, \"x\")\n")
            << 100 << syntax << QStringLiteral("did not expect: (STRING_DOUBLE, \"x\")") << 1 << 10 << 13
            << QStringLiteral("STATIC ERROR: t.jsonnet:1:10-14: did not expect: (STRING_DOUBLE, \"x\")");
        QTest::newRow("static, later line untouched")
            << QStringLiteral("STATIC ERROR: t.jsonnet:3:9: unexpected: \",\" while parsing terminal") << 100
            << syntax << QStringLiteral("unexpected: \",\" while parsing terminal") << 3 << 9 << 9
            << QStringLiteral("STATIC ERROR: t.jsonnet:3:9: unexpected: \",\" while parsing terminal");
        QTest::newRow("runtime, prelude frames dropped")
            << QStringLiteral(
                   "RUNTIME ERROR: Unexpected type number, expected string\n\tt.jsonnet:1:40-60\tfunction "
                   "<T>\n\tt.jsonnet:1:115-126\tfunction <top_level>\n\tTop-level function\t\n")
            << 100 << runtime << QStringLiteral("Unexpected type number, expected string") << 1 << 15 << 25
            << QStringLiteral(
                   "RUNTIME ERROR: Unexpected type number, expected string\n\tt.jsonnet:1:15-26\tfunction "
                   "<top_level>\n\tTop-level function\t");
        QTest::newRow("runtime, multi-line range")
            << QStringLiteral(
                   "RUNTIME ERROR: binary operator + requires matching types, got array and number.\n"
                   "\tt.jsonnet:(1:105)-(3:6)\tobject <anonymous>\n\tDuring manifestation\t")
            << 100 << runtime
            << QStringLiteral("binary operator + requires matching types, got array and number.") << 1 << 5
            << 0
            << QStringLiteral(
                   "RUNTIME ERROR: binary operator + requires matching types, got array and number.\n"
                   "\tt.jsonnet:(1:5)-(3:6)\tobject <anonymous>\n\tDuring manifestation\t");
        QTest::newRow("runtime, innermost user frame wins")
            << QStringLiteral("RUNTIME ERROR: field does not exist: y\n\tt.jsonnet:1:14-17\tfunction <f>\n"
                              "\tt.jsonnet:3:6-12\tobject <anonymous>\n\tDuring manifestation\t")
            << 0 << runtime << QStringLiteral("Field does not exist: y") << 1 << 14 << 16
            << QStringLiteral("RUNTIME ERROR: field does not exist: y\n\tt.jsonnet:1:14-17\tfunction <f>\n"
                              "\tt.jsonnet:3:6-12\tobject <anonymous>\n\tDuring manifestation\t");
        QTest::newRow("runtime, multi-line message")
            << QStringLiteral("RUNTIME ERROR: first\nsecond\n\tt.jsonnet:2:1-5\t") << 0 << runtime
            << QStringLiteral("first\nsecond") << 2 << 1 << 4
            << QStringLiteral("RUNTIME ERROR: first\nsecond\n\tt.jsonnet:2:1-5\t");
        QTest::newRow("not a jsonnet error")
            << QStringLiteral("something else") << 0 << int(EvaluationError::Kind::Internal)
            << QStringLiteral("something else") << 0 << 0 << 0 << QStringLiteral("something else");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, prefix);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, endColumn);
        QFETCH(QString, raw);
        const EvaluationError error = parseJsonnetError(text, QStringLiteral("t.jsonnet"), prefix);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.message, message);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QCOMPARE(error.endColumn, endColumn);
        QCOMPARE(error.raw, raw);
    }

    void kindNames()
    {
        QCOMPARE(evaluationKindName(EvaluationError::Kind::Syntax), QStringLiteral("syntax"));
        QCOMPARE(evaluationKindName(EvaluationError::Kind::Runtime), QStringLiteral("runtime"));
        QCOMPARE(evaluationKindName(EvaluationError::Kind::Limit), QStringLiteral("limit"));
        QCOMPARE(evaluationKindName(EvaluationError::Kind::Cancelled), QStringLiteral("cancelled"));
        QCOMPARE(evaluationKindName(EvaluationError::Kind::Internal), QStringLiteral("internal"));
    }
};

QTEST_GUILESS_MAIN(TestJsonnetEngine)
#include "tst_jsonnetengine.moc"
