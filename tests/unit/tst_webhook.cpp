#include "ReferenceJsonnet.h"
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/ory/WebHook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
Action sampleAction(const QString &templateSource)
{
    Action action;
    action.id = u"a1"_s;
    action.name = u"Welcome"_s;
    action.hookId = u"hookmail-1234"_s;
    action.templateSource = templateSource;
    return action;
}

const QByteArray kCtx = R"({"identity":{"id":"i-1","traits":{"email":"a@example.com"}}})";
} // namespace

class TestWebHook : public QObject
{
    Q_OBJECT
private slots:
    void base64RoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte (two pad chars)") << QByteArray("f");
        QTest::newRow("two bytes (one pad char)") << QByteArray("fo");
        QTest::newRow("three bytes (no padding)") << QByteArray("foo");
        QTest::newRow("jsonnet") << QByteArray("function(ctx) { to: ctx.identity.traits.email }\n");
        QTest::newRow("unicode") << QString(u"Grüße, 日本語, עברית, 🎉 — \u2028"_s).toUtf8();
        QTest::newRow("bytes that need + and /") << QByteArray("\xfb\xff\xfe\x3e\x3f", 5);
        QByteArray longText;
        for (int i = 0; i < 200; ++i)
            longText += "line " + QByteArray::number(i) + '\n';
        QTest::newRow("long (would wrap with GNU base64)") << longText;
    }
    void base64RoundTrip()
    {
        QFETCH(QByteArray, data);
        const QString body = toBase64Body(data);
        QVERIFY(body.startsWith(u"base64://"));
        QVERIFY(!body.contains(u'\n'));
        QVERIFY(!body.contains(u'-') && !body.contains(u'_'));
        QCOMPARE((body.size() - 9) % 4, 0);
        const auto decoded = fromBase64Body(body);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, data);
    }

    void base64Decoding_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("padded with prefix") << u"base64://Zm9vYg=="_s << true << QByteArray("foob");
        QTest::newRow("without prefix") << u"Zm9vYg=="_s << true << QByteArray("foob");
        QTest::newRow("LF ignored like Go") << u"base64://Zm9v\nYg=="_s << true << QByteArray("foob");
        QTest::newRow("CRLF ignored like Go") << u"base64://Zm9v\r\nYg==\r\n"_s << true << QByteArray("foob");
        QTest::newRow("unpadded (RawStdEncoding)") << u"base64://Zm9vYg"_s << false << QByteArray();
        QTest::newRow("URL-safe alphabet -") << u"base64://-_-_"_s << false << QByteArray();
        QTest::newRow("URL-safe alphabet _") << u"base64://ab_d"_s << false << QByteArray();
        QTest::newRow("space inside") << u"base64://Zm9v Yg=="_s << false << QByteArray();
        QTest::newRow("padding in the middle") << u"base64://Zg==Zm9v"_s << false << QByteArray();
        QTest::newRow("three pad chars") << u"base64://Z==="_s << false << QByteArray();
        QTest::newRow("non-ASCII") << u"base64://Zm9vYg=ä"_s << false << QByteArray();
        QTest::newRow("plus and slash are standard")
            << u"base64://+/+/"_s << true << QByteArray("\xfb\xff\xbf", 3);
    }
    void base64Decoding()
    {
        QFETCH(QString, body);
        QFETCH(bool, valid);
        const auto decoded = fromBase64Body(body);
        QCOMPARE(decoded.has_value(), valid);
        if (valid) {
            QFETCH(QByteArray, expected);
            QCOMPARE(*decoded, expected);
        }
    }

    void masking_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("masked");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("short is fully hidden") << u"abc123"_s << u"••••"_s;
        QTest::newRow("key keeps last four") << u"md-FAKEFAKEFAKE1a2b"_s << u"••••1a2b"_s;
    }
    void masking()
    {
        QFETCH(QString, secret);
        QFETCH(QString, masked);
        QCOMPARE(maskSecret(secret), masked);
        if (secret.size() > 4)
            QVERIFY(!maskSecret(secret).contains(secret.left(secret.size() - 4)));
    }

    void shippedRoundTrip_data()
    {
        QTest::addColumn<QString>("userTemplate");
        QTest::newRow("function")
            << u"function(ctx) { message: { to: [{ email: ctx.identity.traits.email }] } }"_s;
        QTest::newRow("trailing line comment") << u"function(ctx) { a: 1 } // the end"_s;
        QTest::newRow("trailing newlines and spaces") << u"function(ctx) {}\n\n  "_s;
        QTest::newRow("contains the tail text")
            << u"// + { key: 'x' }\n;\nfunction(ctx)\nfunction(ctx) { s: '\\n;\\nfunction(ctx)' }"_s;
        QTest::newRow("unicode") << u"function(ctx) { subject: 'Grüße 🎉 שלום' }"_s;
        QTest::newRow("non-function template") << u"{ message: {} }"_s;
        QTest::newRow("empty") << QString();
    }
    void shippedRoundTrip()
    {
        QFETCH(QString, userTemplate);
        const Action action = sampleAction(userTemplate);
        const QByteArray shipped = shippedTemplate(action, u"md-FAKE-KEY"_s);
        QVERIFY(shipped.startsWith("// Hookmail action hookmail-1234 — edit in Hookmail"));
        const auto unwrapped = unwrapShippedTemplate(shipped);
        QVERIFY(unwrapped.has_value());
        QCOMPARE(unwrapped->userTemplate, userTemplate.toUtf8());
        QCOMPARE(unwrapped->hookId, u"hookmail-1234"_s);
    }

    void unwrapRejectsForeignTemplates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain template") << QByteArray("function(ctx) {}");
        QTest::newRow("header only") << QByteArray(
            "// Hookmail action x — edit in Hookmail; the Mandrill key is "
            "added below, outside your template.\n");
        const QByteArray shipped = shippedTemplate(sampleAction(u"function(ctx) {}"_s), {});
        QTest::newRow("tail removed") << shipped.left(shipped.indexOf("\n;\nfunction"));
        QTest::newRow("edited tail") << QByteArray(shipped).replace("{ key: ", "{ kee: ");
    }
    void unwrapRejectsForeignTemplates()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!unwrapShippedTemplate(text).has_value());
    }

    void keyInjectionEvaluates_data()
    {
        QTest::addColumn<QString>("userTemplate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expectedKey");
        const QString fn = u"function(ctx) { message: { to: [{ email: ctx.identity.traits.email }] } }"_s;
        QTest::newRow("plain key") << fn << u"md-FAKE_key-123"_s << u"md-FAKE_key-123"_s;
        QTest::newRow("quote and backslash escaped") << fn << u"a'b\\c\"d"_s << u"a'b\\c\"d"_s;
        QTest::newRow("newline escaped") << fn << u"a\nb"_s << u"a\nb"_s;
        QTest::newRow("no key → placeholder") << fn << QString() << u"<MANDRILL_API_KEY>"_s;
        QTest::newRow("template's own key is overridden")
            << u"function(ctx) { key: 'user-typed', message: {} }"_s << u"md-FAKE"_s << u"md-FAKE"_s;
        QTest::newRow("non-function template") << u"{ message: {} }"_s << u"md-FAKE"_s << u"md-FAKE"_s;
        QTest::newRow("trailing comment") << u"function(ctx) { message: {} } // done"_s << u"k"_s << u"k"_s;
    }
    void keyInjectionEvaluates()
    {
        QFETCH(QString, userTemplate);
        QFETCH(QString, key);
        QFETCH(QString, expectedKey);
        const auto result = test::referenceEvaluate(shippedTemplate(sampleAction(userTemplate), key), kCtx);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.json.object().value(u"key"_s).toString(), expectedKey);
        QVERIFY(result.json.object().contains(u"message"_s));
    }

    void keySplicedAsOrySends_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty object")
            << QByteArray("{ }\n") << u"K"_s << QByteArray("{\n   \"key\": \"K\"\n}\n");
        QTest::newRow("before message")
            << QByteArray("{\n   \"message\": {\n      \"b\": 0.10000000000000001\n   }\n}\n") << u"K"_s
            << QByteArray(
                   "{\n   \"key\": \"K\",\n   \"message\": {\n      \"b\": 0.10000000000000001\n   }\n}\n");
        QTest::newRow("last") << QByteArray("{\n   \"Key\": [ ],\n   \"async\": false\n}\n") << u"K"_s
                              << QByteArray(
                                     "{\n   \"Key\": [ ],\n   \"async\": false,\n   \"key\": \"K\"\n}\n");
        QTest::newRow("own key replaced, escaped")
            << QByteArray("{\n   \"key\": \"md-literal\",\n   \"z\": \"}\"\n}\n") << u"a\"b\\\n\u0001é"_s
            << QByteArray("{\n   \"key\": \"a\\\"b\\\\\\n\\u0001\xc3\xa9\",\n   \"z\": \"}\"\n}\n");
        QTest::newRow("own key last") << QByteArray("{\n   \"a\": {\"x\": 1},\n   \"key\": 1\n}") << u"K"_s
                                      << QByteArray("{\n   \"a\": {\"x\": 1},\n   \"key\": \"K\"\n}");
        QTest::newRow("not an object") << QByteArray("[\n   1\n]\n") << u"K"_s << QByteArray();
        QTest::newRow("unterminated") << QByteArray("{\n   \"a\": \"x") << u"K"_s << QByteArray();
    }
    void keySplicedAsOrySends()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, key);
        QFETCH(QByteArray, expected);
        QCOMPARE(withKeyAsOrySends(output, key), expected);
    }

    void wrapperKeepsOryCallingConvention()
    {
        // Ory passes ctx by name (TLA): a template whose parameter is not called ctx fails there, and must
        // fail here too rather than silently work.
        const auto result =
            test::referenceEvaluate(shippedTemplate(sampleAction(u"function(context) {}"_s), u"k"_s), kCtx);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"ctx"), qPrintable(result.error));
        // error "cancel" passes through, so Ory still skips the hook.
        const auto cancel = test::referenceEvaluate(
            shippedTemplate(sampleAction(u"function(ctx) error 'cancel'"_s), u"k"_s), kCtx);
        QVERIFY(!cancel.ok);
        QVERIFY(cancel.error.contains(u"cancel"));
    }

    void hookJson_data()
    {
        QTest::addColumn<bool>("ignore");
        QTest::addColumn<bool>("parse");
        QTest::addColumn<bool>("includeId");
        QTest::addColumn<QString>("bodyOverride");
        QTest::addColumn<bool>("expectParse");
        QTest::newRow("async default") << true << false << true << QString() << false;
        QTest::newRow("ignore and parse → ignore wins") << true << true << true << QString() << false;
        QTest::newRow("parse only") << false << true << false << QString() << true;
        QTest::newRow("file body") << true << false << false << u"file:///etc/config/kratos/w.jsonnet"_s
                                   << false;
    }
    void hookJson()
    {
        QFETCH(bool, ignore);
        QFETCH(bool, parse);
        QFETCH(bool, includeId);
        QFETCH(QString, bodyOverride);
        QFETCH(bool, expectParse);
        Action action = sampleAction(u"function(ctx) {}"_s);
        action.responseIgnore = ignore;
        action.responseParse = parse;
        WebHookOptions options;
        options.includeId = includeId;
        options.bodyOverride = bodyOverride;
        const QJsonObject hook = hookmail::webHookJson(action, options);
        QCOMPARE(hook.value(u"hook"_s).toString(), u"web_hook"_s);
        const QJsonObject config = hook.value(u"config"_s).toObject();
        QCOMPARE(config.contains(u"id"_s), includeId);
        if (includeId)
            QCOMPARE(config.value(u"id"_s).toString(), action.hookId);
        QCOMPARE(config.value(u"url"_s).toString(), action.url);
        QCOMPARE(config.value(u"method"_s).toString(), u"POST"_s);
        const QJsonObject response = config.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"ignore"_s).toBool(), ignore);
        QCOMPARE(response.value(u"parse"_s).toBool(), expectParse);
        QVERIFY(!(response.value(u"ignore"_s).toBool() && response.value(u"parse"_s).toBool()));
        const QString body = config.value(u"body"_s).toString();
        if (!bodyOverride.isEmpty()) {
            QCOMPARE(body, bodyOverride);
            return;
        }
        const auto decoded = fromBase64Body(body);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, shippedTemplate(action, {}));
        QVERIFY(decoded->contains("<MANDRILL_API_KEY>"));
        const auto unwrapped = unwrapShippedTemplate(*decoded);
        QVERIFY(unwrapped.has_value());
        QCOMPARE(unwrapped->userTemplate, action.templateSource.toUtf8());
    }

    void webHookJsonWithKey()
    {
        WebHookOptions options;
        options.key = u"md-FAKEFAKEFAKE9z9z"_s;
        const QJsonObject hook = hookmail::webHookJson(sampleAction(u"function(ctx) {}"_s), options);
        const auto decoded = fromBase64Body(hook.value(u"config"_s).toObject().value(u"body"_s).toString());
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->contains("md-FAKEFAKEFAKE9z9z"));
        // The key never appears in clear outside the base64 body.
        QVERIFY(!QJsonDocument(hook).toJson().contains("md-FAKEFAKEFAKE9z9z"));
    }

    void evaluatedBodyKeys()
    {
        const QJsonObject body{{u"message"_s, QJsonObject{{u"subject"_s, u"Hi"_s}}}};
        const QString key = u"md-FAKEFAKEFAKE1a2b"_s;
        QCOMPARE(withKey(body, key).value(u"key"_s).toString(), key);
        QCOMPARE(withKey(body, {}).value(u"key"_s).toString(), u"<MANDRILL_API_KEY>"_s);
        const QJsonObject masked = withMaskedKey(body, key);
        QCOMPARE(masked.value(u"key"_s).toString(), u"••••1a2b"_s);
        QVERIFY(!QJsonDocument(masked).toJson().contains(key.toUtf8()));
        QCOMPARE(masked.value(u"message"_s), body.value(u"message"_s));
        QCOMPARE(withMaskedKey(body, {}).value(u"key"_s).toString(), u"<MANDRILL_API_KEY>"_s);
        // A key the template wrote itself is replaced.
        QJsonObject own = body;
        own.insert(u"key"_s, u"typed-by-user"_s);
        QCOMPARE(withMaskedKey(own, key).value(u"key"_s).toString(), u"••••1a2b"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebHook)
#include "tst_webhook.moc"
