// Issue 16: one unit row for every row of the issue's table (what Ory's go-jsonnet v0.21 gives and Hookmail
// used to get wrong), plus go-jsonnet's own crashes and the limits on hostile YAML. Expected values are
// go-jsonnet's, taken from the reference evaluator (../shared/tools/go-jsonnet-oracle); this test does not need
// it at run time (tst_jsonnetdifferential compares with it live).
#include "core/render/TemplateEvaluator.h"
#include "eval/JsonnetEngine.h"

#include <QTest>

using namespace hookmail;

class TestGoParity : public QObject
{
    Q_OBJECT
private:
    JsonnetEngine m_engine;

    EvaluationResult eval(const QByteArray &source, const QByteArray &ctx = "{}")
    {
        EvaluationRequest r;
        r.templateSource = source;
        r.ctxJson = ctx;
        return m_engine.evaluate(r);
    }

private slots:
    void sameBytesAsGoJsonnet_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("expected"); // go-jsonnet's exact output
        QTest::newRow("parseYaml list of mappings")
            << QByteArray(R"(std.parseYaml("c:\n  - d: e\n"))")
            << QByteArray("{\n   \"c\": [\n      {\n         \"d\": \"e\"\n      }\n   ]\n}\n");
        QTest::newRow("parseYaml YAML 1.1 yes") << QByteArray(R"(std.parseYaml("a: yes"))")
                                                << QByteArray("{\n   \"a\": true\n}\n");
        QTest::newRow("parseYaml YAML 1.1 ~") << QByteArray(R"(std.parseYaml("a: ~"))")
                                              << QByteArray("{\n   \"a\": null\n}\n");
        QTest::newRow("parseYaml octal, hex, underscores")
            << QByteArray(R"([std.parseYaml("a: 017"), std.parseYaml("a: 0x1f"), std.parseYaml("a: 1_000")])")
            << QByteArray("[\n   {\n      \"a\": 15\n   },\n   {\n      \"a\": 31\n   },\n   {\n      \"a\": 1000\n   }\n]\n");
        QTest::newRow("parseYaml several documents")
            << QByteArray(R"(std.parseYaml("---\na: 1\n---\nb: 2\n"))")
            << QByteArray("[\n   {\n      \"a\": 1\n   },\n   {\n      \"b\": 2\n   }\n]\n");
        QTest::newRow("manifestJson shortest number")
            << QByteArray("std.manifestJson({a: 0.1})") << QByteArray("\"{\\n    \\\"a\\\": 0.1\\n}\"\n");
        QTest::newRow("manifestJson positional notation")
            << QByteArray("std.manifestJsonMinified([1e-7, 1/3])")
            << QByteArray("\"[0.0000001,0.3333333333333333]\"\n");
        QTest::newRow("manifestYamlDoc non-integers")
            << QByteArray("std.manifestYamlDoc([0.3, {a: 0.1}])") << QByteArray("\"- 0.3\\n- \\\"a\\\": 0.1\"\n");
        QTest::newRow("string conversion keeps 17 digits")
            << QByteArray(R"(["" + 0.1, std.toString(0.1)])")
            << QByteArray("[\n   \"0.10000000000000001\",\n   \"0.10000000000000001\"\n]\n");
        QTest::newRow("base64 of UTF-8") << QByteArray(R"(std.base64("é"))") << QByteArray("\"w6k=\"\n");
        QTest::newRow("base64Decode to UTF-8") << QByteArray(R"(std.base64Decode("w6k="))")
                                               << QByteArray("\"\xc3\xa9\"\n");
        QTest::newRow("escapeStringXML")
            << QByteArray("std.escapeStringXML('<a href=\"x\">Tom & Jerry\\'s</a>')")
            << QByteArray("\"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;\"\n");
        QTest::newRow("log2, atan2, pi") << QByteArray("[std.log2(8), std.atan2(1, 1), std.pi]")
                                         << QByteArray("[\n   3,\n   0.78539816339744828,\n   3.1415926535897931\n]\n");
        QTest::newRow("split with a multi-character separator")
            << QByteArray(R"(std.split("a, b, c", ", "))") << QByteArray("[\n   \"a\",\n   \"b\",\n   \"c\"\n]\n");
        QTest::newRow("splitLimitR multi-character")
            << QByteArray(R"(std.splitLimitR("a::b::c", "::", 1))") << QByteArray("[\n   \"a::b\",\n   \"c\"\n]\n");
        QTest::newRow("negative slice index") << QByteArray(R"("abcdef"[-3:])") << QByteArray("\"def\"\n");
        QTest::newRow("parseInt with plus") << QByteArray(R"(std.parseInt("+5"))") << QByteArray("5\n");
        QTest::newRow("text block |||-") << QByteArray("|||-\n  hello\n|||") << QByteArray("\"hello\"\n");
        QTest::newRow("request body bytes: 3 spaces, 17 digits, key order")
            << QByteArray("function(ctx) { key: 'k', message: { score: 0.1, to: [ctx.email] } }")
            << QByteArray("{\n   \"key\": \"k\",\n   \"message\": {\n      \"score\": 0.10000000000000001,\n      "
                          "\"to\": [\n         \"a@b.c\"\n      ]\n   }\n}\n");
        QTest::newRow("equalsIgnoreCase is Unicode")
            << QByteArray(R"([std.equalsIgnoreCase("Äpfel", "äPFEL"), std.equalsIgnoreCase("Straße", "STRASSE")])")
            << QByteArray("[\n   true,\n   false\n]\n");
    }
    void sameBytesAsGoJsonnet()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, expected);
        const EvaluationResult r = eval(source, R"({"email":"a@b.c"})");
        QVERIFY2(r.ok, qPrintable(r.error.raw));
        QCOMPARE(r.output, expected);
    }

    // Where Ory fails the hook, the preview must fail too.
    void failsWhereOryFails_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("kind");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{a: 1}") << int(EvaluationError::Kind::Syntax);
        QTest::newRow("the old prelude's variable is unknown")
            << QByteArray("__hookmail_std.trim(' x ')") << int(EvaluationError::Kind::Syntax);
        QTest::newRow("go-jsonnet crash: std.range(a, b), a > b + 1")
            << QByteArray("std.range(5, 1)") << int(EvaluationError::Kind::Runtime);
        QTest::newRow("go-jsonnet crash: std.removeAt out of range")
            << QByteArray("std.removeAt([1, 2], 5)") << int(EvaluationError::Kind::Runtime);
        QTest::newRow("go-jsonnet crash: std.objectRemoveKey of a + object")
            << QByteArray("std.objectRemoveKey({a: 1} + {b: 2}, 'a')") << int(EvaluationError::Kind::Runtime);
        QTest::newRow("go-jsonnet crash: std.parseYaml of nothing")
            << QByteArray("std.parseYaml('')") << int(EvaluationError::Kind::Runtime);
        QTest::newRow("YAML .inf is not JSON") << QByteArray("std.parseYaml('a: .inf')")
                                               << int(EvaluationError::Kind::Runtime);
    }
    void failsWhereOryFails()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, kind);
        const EvaluationResult r = eval(source);
        QVERIFY2(!r.ok, r.output.constData());
        QCOMPARE(int(r.error.kind), kind);
        QVERIFY(!r.error.message.isEmpty());
    }

    void stdHasExactlyGoJsonnetsFields()
    {
        // go-jsonnet v0.21's std, except its internal `$objectFlatMerge`: nothing Hookmail adds is visible.
        const EvaluationResult r = eval("std.length([f for f in std.objectFieldsAll(std) if std.startsWith(f, "
                                        "'__hookmail') || std.startsWith(f, '$hookmail')])");
        QVERIFY2(r.ok, qPrintable(r.error.raw));
        QCOMPARE(r.output, QByteArray("0\n"));
        for (const QString &name : JsonnetEngine::addedStdFunctions()) {
            const auto has = eval("std.objectHasAll(std, '" + name.toUtf8() + "')");
            QCOMPARE(has.output, QByteArray("true\n"));
        }
    }

    // Ory's limit: 262,143 bytes of output (its 256 KiB scanner token includes a NUL).
    void outputLimitIsOrys()
    {
        // A string of n characters prints as n + 3 bytes: the quotes and the final newline.
        const EvaluationResult under = eval("std.repeat('x', 262140)");
        QVERIFY2(under.ok, qPrintable(under.error.message));
        QCOMPARE(under.output.size(), 262143);
        const EvaluationResult at = eval("std.repeat('x', 262141)");
        QVERIFY(!at.ok);
        QCOMPARE(at.error.kind, EvaluationError::Kind::Limit);
        QVERIFY2(at.error.message.contains(QLatin1String("262")), qPrintable(at.error.message));
    }

    // 300 %-formatted lines: well inside Ory's 1 s, so the worker (1 s of CPU) must render it.
    void threeHundredFormattedLinesFitInOrysSecond()
    {
        TemplateEvaluator evaluator(1);
        EvaluationRequest r;
        r.templateSource = "function(ctx) { html: std.join('\\n', ['<tr><td>%03d</td><td>%s</td><td>%.2f</td></tr>' % "
                           "[i, ctx.name, i * 1.5] for i in std.range(1, 300)]) }";
        r.ctxJson = R"({"name":"Anna"})";
        const EvaluationResult result = evaluator.evaluateAndWait(r);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        qInfo("300 formatted lines: %.1f ms in the worker", double(result.elapsedMicros) / 1000.0);
    }

    // A YAML bomb and a deeply nested document end in an error (the limits), never a crash of the worker.
    void hostileYamlIsStoppedByLimits_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QByteArray bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        char prev = 'a';
        for (char c = 'b'; c <= 'j'; ++c) {
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
            for (int i = 0; i < 9; ++i)
                bomb += QByteArray(i ? ",*" : "*") + QByteArray(1, prev);
            bomb += "]\n";
            prev = c;
        }
        QTest::newRow("billion laughs") << bomb;
        // (Templates stay under the worker's 64 KiB input limit, so the YAML limits are what stops them.)
        QTest::newRow("20,000 nested flow sequences") << QByteArray(20000, '[') + QByteArray(20000, ']');
        QTest::newRow("5,000 nested block sequences") << QByteArray("- ").repeated(5000) + "x\n";

    }
    void hostileYamlIsStoppedByLimits()
    {
        QFETCH(QByteArray, yaml);
        TemplateEvaluator evaluator(1);
        EvaluationRequest r;
        QByteArray escaped = yaml;
        escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        r.templateSource = "std.parseYaml(\"" + escaped + "\")";
        r.ctxJson = "{}";
        const EvaluationResult result = evaluator.evaluateAndWait(r);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.kind == EvaluationError::Kind::Runtime || result.error.kind == EvaluationError::Kind::Limit,
                 qPrintable(result.error.message));
        // The worker survived: the next evaluation works.
        r.templateSource = "{ ok: true }";
        const EvaluationResult next = evaluator.evaluateAndWait(r);
        QVERIFY2(next.ok, qPrintable(next.error.message));
    }
};

QTEST_GUILESS_MAIN(TestGoParity)
#include "tst_goparity.moc"
