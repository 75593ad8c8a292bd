#include "eval/JsonnetEngine.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace hookmail;

// The 27 std functions Ory's go-jsonnet v0.21 has and libjsonnet 0.18 lacks (reference/jsonnet/STD-DIFF.md).
//
// Expected values come from the Jsonnet standard library reference (https://jsonnet.org/ref/stdlib.html,
// generated from google/jsonnet doc/_stdlib_gen/stdlib-content.jsonnet) where it gives an example
// (std.splitLimitR, std.objectKeysValues, std.all/any "all([]) evaluates to true / any([]) to false"),
// otherwise from the behaviour its text describes and go-jsonnet's builtins.go implements (e.g. std.round
// is Go's math.Round, half away from zero; std.trim is strings.TrimSpace; std.avg([]) fails with
// "Cannot calculate average of an empty array."; minArray/maxArray take keyF and onEmpty). Hash values are
// the published FIPS 180 / FIPS 202 test vectors for "abc" and "".
class TestStdPrelude : public QObject
{
    Q_OBJECT
private:
    JsonnetEngine m_engine;

    EvaluationResult eval(const QByteArray &source)
    {
        EvaluationRequest r;
        r.templateSource = source;
        r.ctxJson = "{}";
        return m_engine.evaluate(r);
    }

private slots:
    void everyFunctionIsCovered()
    {
        const QStringList names = JsonnetEngine::addedStdFunctions();
        QCOMPARE(names.size(), 27);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 27);
        // Every added function is really present and hidden, like the rest of std.
        for (const QString &name : names) {
            const auto r = eval("[std.objectHasAll(std, '" + name.toUtf8() + "'), std.objectHas(std, '" +
                                name.toUtf8() + "')]");
            QVERIFY2(r.ok, qPrintable(r.error.raw));
            QCOMPARE(QJsonDocument::fromJson(r.output), QJsonDocument::fromJson("[true, false]"));
        }
    }

    void results_data()
    {
        QTest::addColumn<QByteArray>("expression");
        QTest::addColumn<QByteArray>("expected");
        // std.trim: strips whitespace as Go's strings.TrimSpace (Unicode White_Space, incl. NEL and NBSP).
        QTest::newRow("trim") << QByteArray(R"(std.trim("  hello world \t\n"))")
                              << QByteArray(R"("hello world")");
        QTest::newRow("trim unicode spaces")
            << QByteArray(R"(std.trim("\u00a0\u2003x y\u3000\u0085"))") << QByteArray(R"("x y")");
        QTest::newRow("trim empty") << QByteArray(R"(std.trim("   "))") << QByteArray(R"("")");
        QTest::newRow("isEmpty") << QByteArray(R"([std.isEmpty(""), std.isEmpty("a")])")
                                 << QByteArray("[true,false]");
        QTest::newRow("equalsIgnoreCase")
            << QByteArray(
                   R"([std.equalsIgnoreCase("Hello", "hELLO"), std.equalsIgnoreCase("Straße", "STRASSE"), std.equalsIgnoreCase("Äpfel", "äPFEL")])")
            << QByteArray("[true,false,true]");
        // jsonnet.org: "all([]) evaluates to true", "any([]) evaluates to false".
        QTest::newRow("all") << QByteArray("[std.all([]), std.all([true, true]), std.all([true, false])]")
                             << QByteArray("[true,true,false]");
        QTest::newRow("any") << QByteArray("[std.any([]), std.any([false, true]), std.any([false])]")
                             << QByteArray("[false,true,false]");
        QTest::newRow("contains") << QByteArray("[std.contains([1, 2, 3], 2), std.contains([1, 2], 5), "
                                                "std.contains([{a: [1]}], {a: [1]})]")
                                  << QByteArray("[true,false,true]");
        QTest::newRow("sum") << QByteArray("[std.sum([1, 2, 3.5]), std.sum([])]") << QByteArray("[6.5,0]");
        QTest::newRow("avg") << QByteArray("std.avg([1, 2, 3, 4])") << QByteArray("2.5");
        QTest::newRow("round half away from zero")
            << QByteArray("[std.round(2.5), std.round(-2.5), std.round(1.4), std.round(-1.6), std.round(3)]")
            << QByteArray("[3,-3,1,-2,3]");
        QTest::newRow("isEven/isOdd") << QByteArray("[std.isEven(4), std.isEven(-3), std.isOdd(-3), "
                                                    "std.isOdd(2), std.isEven(2.5), std.isOdd(3.7)]")
                                      << QByteArray("[true,false,true,false,true,true]");
        QTest::newRow("isInteger/isDecimal")
            << QByteArray("[std.isInteger(2), std.isInteger(2.5), std.isDecimal(2.5), std.isDecimal(-7)]")
            << QByteArray("[true,false,true,false]");
        QTest::newRow("xor/xnor") << QByteArray("[std.xor(true, false), std.xor(true, true), std.xnor(false, "
                                                "false), std.xnor(true, false)]")
                                  << QByteArray("[true,false,true,false]");
        QTest::newRow("minArray")
            << QByteArray("[std.minArray([3, 1, 2]), std.minArray(['b', 'a']), std.minArray([{n: 2}, {n: "
                          "1}], keyF=function(o) o.n), std.minArray([], onEmpty='none')]")
            << QByteArray(R"([1,"a",{"n":1},"none"])");
        QTest::newRow("maxArray")
            << QByteArray("[std.maxArray([3, 1, 2]), std.maxArray([[1, 2], [1, 3]]), std.maxArray([{n: 2}, "
                          "{n: 5}], function(o) o.n), std.maxArray([], onEmpty=0)]")
            << QByteArray(R"([3,[1,3],{"n":5},0])");
        QTest::newRow("objectKeysValues") << QByteArray("std.objectKeysValues({ a: 1, b:: 2, c: 'x' })")
                                          << QByteArray(R"([{"key":"a","value":1},{"key":"c","value":"x"}])");
        QTest::newRow("objectKeysValuesAll")
            << QByteArray("std.objectKeysValuesAll({ a: 1, b:: 2 })")
            << QByteArray(R"([{"key":"a","value":1},{"key":"b","value":2}])");
        QTest::newRow("objectRemoveKey") << QByteArray("local o = std.objectRemoveKey({ a: 1, b: 2, h:: 3 }, "
                                                       "'a'); [o, std.objectFieldsAll(o), o.h]")
                                         << QByteArray(R"([{"b":2},["b","h"],3])");
        QTest::newRow("objectRemoveKey missing key")
            << QByteArray("std.objectRemoveKey({ a: 1 }, 'z')") << QByteArray(R"({"a":1})");
        QTest::newRow("remove first occurrence")
            << QByteArray("[std.remove([1, 2, 1, 3], 1), std.remove([1, 2], 5)]")
            << QByteArray("[[2,1,3],[1,2]]");
        QTest::newRow("removeAt") << QByteArray("[std.removeAt([1, 2, 3], 1), std.removeAt(['a'], 0)]")
                                  << QByteArray(R"([[1,3],[]])");
        // FIPS 180-2 / FIPS 202 test vectors.
        QTest::newRow("sha1") << QByteArray("std.sha1('abc')")
                              << QByteArray(R"("a9993e364706816aba3e25717850c26c9cd0d89d")");
        QTest::newRow("sha256")
            << QByteArray("std.sha256('abc')")
            << QByteArray(R"("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")");
        QTest::newRow("sha512")
            << QByteArray("std.sha512('abc')")
            << QByteArray(
                   R"("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")");
        QTest::newRow("sha3 is SHA3-512")
            << QByteArray("std.sha3('')")
            << QByteArray(
                   R"("a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26")");
        QTest::newRow("sha of non-ASCII hashes UTF-8")
            << QByteArray("std.sha1('é')") << QByteArray(R"("bf15be717ac1b080b4f1c456692825891ff5073d")");
        // jsonnet.org example: std.splitLimitR("/_foo/_bar", "/_", 1) == ["/_foo", "bar"].
        QTest::newRow("splitLimitR doc example")
            << QByteArray(R"(std.splitLimitR("/_foo/_bar", "/_", 1))") << QByteArray(R"(["/_foo","bar"])");
        QTest::newRow("splitLimitR unlimited")
            << QByteArray(R"(std.splitLimitR("a.b.c", ".", -1))") << QByteArray(R"(["a","b","c"])");
        QTest::newRow("splitLimitR zero")
            << QByteArray(R"(std.splitLimitR("a.b", ".", 0))") << QByteArray(R"(["a.b"])");
        QTest::newRow("existing std still works")
            << QByteArray("[std.length('abc'), std.join('-', ['a', 'b']), 'x%d' % 1]")
            << QByteArray(R"([3,"a-b","x1"])");
        QTest::newRow("named parameter names as go-jsonnet")
            << QByteArray("[std.trim(str=' a '), std.sha1(s='abc') != '', std.contains(arr=[1], elem=1), "
                          "std.removeAt(arr=[1, 2], i=0)]")
            << QByteArray(R"(["a",true,true,[2]])");
    }
    void results()
    {
        QFETCH(QByteArray, expression);
        QFETCH(QByteArray, expected);
        const auto r = eval("function(ctx) [" + expression + "]");
        QVERIFY2(r.ok, qPrintable(r.error.raw));
        QCOMPARE(QJsonDocument::fromJson(r.output), QJsonDocument::fromJson("[" + expected + "]"));
    }

    // Errors raised inside the prelude point at the user's call, on the user's line and column.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("trim of a number, line 1")
            << QByteArray("function(ctx) std.trim(42)")
            << QStringLiteral("Unexpected type number, expected string") << 1 << 15;
        QTest::newRow("trim of a number, line 3")
            << QByteArray("function(ctx) {\n  subject: 'Hi',\n  text: std.trim(ctx),\n}")
            << QStringLiteral("Unexpected type object, expected string") << 3 << 9;
        QTest::newRow("avg of empty")
            << QByteArray("function(ctx)\n  std.avg([])")
            << QStringLiteral("Cannot calculate average of an empty array.") << 2 << 3;
        QTest::newRow("minArray of empty")
            << QByteArray("function(ctx) { m: std.minArray([]) }")
            << QStringLiteral("Expected at least one element in array. Got none") << 1 << 20;
        QTest::newRow("sum of strings")
            << QByteArray("function(ctx)\n\n\n  std.sum(['a'])")
            << QStringLiteral("Unexpected type string, expected number") << 4 << 3;
        QTest::newRow("xor of numbers")
            << QByteArray("function(ctx) std.xor(1, true)")
            << QStringLiteral("Unexpected type number, expected boolean") << 1 << 15;
        QTest::newRow("all with non-boolean")
            << QByteArray("function(ctx)\n  std.all([true, 1])")
            << QStringLiteral("element \"1\" of type number is not a boolean") << 2 << 3;
        QTest::newRow("splitLimitR empty separator")
            << QByteArray("function(ctx) std.splitLimitR('a', '', 1)")
            << QStringLiteral("std.splitLimitR second parameter should have length 1 or greater, got 0") << 1
            << 15;
        QTest::newRow("objectRemoveKey of array")
            << QByteArray("function(ctx)\n  std.objectRemoveKey([], 'a')")
            << QStringLiteral("Unexpected type array, expected object") << 2 << 3;
        QTest::newRow("sha256 of null") << QByteArray("function(ctx) std.sha256(null)")
                                        << QStringLiteral("Unexpected type null, expected string") << 1 << 15;
    }
    void errors()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto r = eval(source);
        QVERIFY(!r.ok);
        QCOMPARE(r.error.kind, EvaluationError::Kind::Runtime);
        QCOMPARE(r.error.message, message);
        QCOMPARE(r.error.line, line);
        QCOMPARE(r.error.column, column);
        QVERIFY2(!r.error.raw.contains(QLatin1String("std.jsonnet")), qPrintable(r.error.raw));
    }

    void userMayShadowStdFunctions()
    {
        const auto r =
            eval("local std2 = std { trim(s):: 'mine' };\nfunction(ctx) [std2.trim(' x '), std.trim(' x ')]");
        QVERIFY2(r.ok, qPrintable(r.error.raw));
        QCOMPARE(QJsonDocument::fromJson(r.output), QJsonDocument::fromJson(R"(["mine","x"])"));
    }
};

QTEST_GUILESS_MAIN(TestStdPrelude)
#include "tst_stdprelude.moc"
