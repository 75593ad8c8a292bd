#include "TestEnv.h"
#include "core/model/HookPoint.h"
#include "core/model/SampleContext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
HookPoint point(const QString &text)
{
    const auto p = HookPoint::parse(text);
    if (!p)
        qFatal("bad hook point %s", qPrintable(text));
    return *p;
}

QJsonObject presetIdentity(const QString &name)
{
    const auto preset = findIdentityPreset(name);
    if (!preset)
        qFatal("missing preset %s", qPrintable(name));
    return preset->identity;
}

// Key paths of a JSON document; arrays contribute their first element. Values whose inner keys are data, not
// structure (traits, headers, cookies, payload, UI nodes), stop the descent.
void collectKeys(const QJsonValue &value, const QString &prefix, QSet<QString> *out)
{
    static const QSet<QString> opaque = {
        u"traits"_s, u"request_headers"_s, u"request_cookies"_s, u"transient_payload"_s,
        u"nodes"_s,  u"metadata_public"_s, u"messages"_s};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            out->insert(path);
            if (!opaque.contains(it.key()))
                collectKeys(it.value(), path, out);
        }
    } else if (value.isArray() && !value.toArray().isEmpty()) {
        collectKeys(value.toArray().first(), prefix + u"[]"_s, out);
    }
}

QSet<QString> keysOf(const QJsonObject &object)
{
    QSet<QString> keys;
    collectKeys(object, {}, &keys);
    return keys;
}

QString describe(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u", "_s);
}

// Go's json.Marshal of a string, written out by hand for the size check.
QByteArray goQuote(const QByteArray &s)
{
    QByteArray out = "\"";
    for (const char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '<':
            out += "\\u003c";
            break;
        case '>':
            out += "\\u003e";
            break;
        case '&':
            out += "\\u0026";
            break;
        default:
            out += c;
        }
    }
    return out + '"';
}
} // namespace

class TestSampleContext : public QObject
{
    Q_OBJECT
private slots:
    void presets()
    {
        const QList<IdentityPreset> presets = identityPresets();
        QStringList names;
        for (const IdentityPreset &p : presets) {
            names << p.name;
            QVERIFY2(!p.title.isEmpty() && !p.description.isEmpty() && !p.locale.isEmpty(),
                     qPrintable(p.name));
            const Status valid = validateSampleIdentity(p.identity);
            QVERIFY2(valid.ok(), qPrintable(p.name + u": "_s + valid.error().message));
            QVERIFY2(!p.identity.contains(u"credentials"_s), qPrintable(p.name));
        }
        QCOMPARE(names.first(), u"default"_s);
        for (const QString &required : {u"default"_s, u"verified"_s, u"oidc-google"_s, u"oidc-no-email"_s,
                                        u"unverified"_s, u"unicode-long-name"_s, u"german-locale"_s})
            QVERIFY2(names.contains(required), qPrintable(required));
        QVERIFY(!findIdentityPreset(u"nope"_s).has_value());

        const QJsonObject fresh = presetIdentity(u"default"_s);
        const QJsonObject address = fresh.value(u"verifiable_addresses"_s).toArray().first().toObject();
        QCOMPARE(address.value(u"verified"_s).toBool(), false);
        QCOMPARE(address.value(u"status"_s).toString(), u"sent"_s);
        const QJsonObject noEmail = presetIdentity(u"oidc-no-email"_s);
        QVERIFY(!noEmail.contains(u"verifiable_addresses"_s));
        QVERIFY(!noEmail.contains(u"recovery_addresses"_s));
        QCOMPARE(findIdentityPreset(u"german-locale"_s)->locale, u"de-DE"_s);
    }

    void keysPerHookPoint_data()
    {
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<bool>("identity");
        QTest::addColumn<bool>("session");
        QTest::addColumn<QString>("method");
        for (const HookPoint &p : HookPoint::all()) {
            const bool after = p.phase == HookPoint::Phase::After;
            const bool session =
                p.flow == HookPoint::Flow::Settings || (p.flow == HookPoint::Flow::Login && after);
            const QString method = !after || p.method == u"oidc" ? u"GET"_s : u"POST"_s;
            QTest::newRow(qPrintable(p.toString())) << p.toString() << after << session << method;
        }
    }
    void keysPerHookPoint()
    {
        QFETCH(QString, hookPoint);
        QFETCH(bool, identity);
        QFETCH(bool, session);
        QFETCH(QString, method);
        const QJsonObject ctx = buildSampleContext(point(hookPoint), presetIdentity(u"default"_s), {});
        QCOMPARE(ctx.contains(u"identity"_s), identity);
        QCOMPARE(ctx.contains(u"session"_s), session);
        QCOMPARE(ctx.value(u"request_method"_s).toString(), method);
        QVERIFY(!ctx.contains(u"transient_payload"_s)); // only ever inside flow
        QVERIFY(!ctx.value(u"flow"_s).toObject().contains(u"transient_payload"_s));
        for (const QString &key : {u"flow"_s, u"request_headers"_s, u"request_url"_s, u"request_cookies"_s})
            QVERIFY2(ctx.contains(key), qPrintable(key));
        const QJsonObject flow = ctx.value(u"flow"_s).toObject();
        QVERIFY(flow.value(u"ui"_s).toObject().value(u"nodes"_s).toArray().size() >= 1);
        for (const QString &key :
             {u"id"_s, u"type"_s, u"expires_at"_s, u"issued_at"_s, u"request_url"_s, u"state"_s})
            QVERIFY2(flow.contains(key), qPrintable(key));
        if (session) {
            const QJsonObject s = ctx.value(u"session"_s).toObject();
            QVERIFY(s.value(u"identity"_s).isObject());
            QCOMPARE(s.value(u"identity"_s).toObject().value(u"id"_s),
                     presetIdentity(u"default"_s).value(u"id"_s));
        }
        const QByteArray text = QJsonDocument(ctx).toJson();
        QVERIFY(!text.contains("credentials"));
        QVERIFY(!text.contains("metadata_admin"));
        // `active` is not set for password sign-ups, and set to the method otherwise.
        const HookPoint p = point(hookPoint);
        if (p.flow == HookPoint::Flow::Registration)
            QCOMPARE(flow.contains(u"active"_s),
                     p.phase == HookPoint::Phase::After && !p.method.isEmpty() && p.method != u"password");
        if (p.flow == HookPoint::Flow::Login && p.phase == HookPoint::Phase::After && !p.method.isEmpty())
            QCOMPARE(flow.value(u"active"_s).toString(), p.method);
    }

    void matchesOryExamples_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<bool>("prePersist");
        QTest::newRow("registration before")
            << u"registration-before"_s << u"registration/before"_s << u"default"_s << false;
        QTest::newRow("registration after password")
            << u"registration-after-password"_s << u"registration/after/password"_s << u"default"_s << false;
        QTest::newRow("registration after password, pre-persist")
            << u"registration-after-password-parse-prepersist"_s << u"registration/after/password"_s
            << u"default"_s << true;
        QTest::newRow("registration after oidc")
            << u"registration-after-oidc"_s << u"registration/after/oidc"_s << u"oidc-google"_s << false;
        QTest::newRow("registration after oidc, no email")
            << u"registration-after-oidc-no-email"_s << u"registration/after/oidc"_s << u"oidc-no-email"_s
            << false;
        QTest::newRow("login after password")
            << u"login-after-password"_s << u"login/after/password"_s << u"verified"_s << false;
        QTest::newRow("settings after profile")
            << u"settings-after-profile"_s << u"settings/after/profile"_s << u"verified"_s << false;
        QTest::newRow("recovery after")
            << u"recovery-after-code"_s << u"recovery/after"_s << u"verified"_s << false;
        QTest::newRow("verification after")
            << u"verification-after-code"_s << u"verification/after"_s << u"verified"_s << false;
    }
    void matchesOryExamples()
    {
        HOOKMAIL_REQUIRE_SHARED();
        QFETCH(QString, example);
        QFETCH(QString, hookPoint);
        QFETCH(QString, preset);
        QFETCH(bool, prePersist);
        const QJsonObject expected =
            QJsonDocument::fromJson(
                test::readFile(test::sharedReferenceDir() + u"/ory/ctx-examples/"_s + example + u".json"_s))
                .object();
        QVERIFY(!expected.isEmpty());
        SampleContextOptions options;
        options.prePersist = prePersist;
        options.transientPayload =
            expected.value(u"flow"_s).toObject().value(u"transient_payload"_s).toObject();
        const QJsonObject ctx = buildSampleContext(point(hookPoint), presetIdentity(preset), options);
        const QSet<QString> ours = keysOf(ctx);
        const QSet<QString> theirs = keysOf(expected);
        QVERIFY2(ours == theirs, qPrintable(u"missing: "_s + describe(theirs - ours) + u"\nextra: "_s +
                                            describe(ours - theirs)));
        // Same request headers (after Ory's allow-list), same method.
        QCOMPARE(keysOf(ctx.value(u"request_headers"_s).toObject()),
                 keysOf(expected.value(u"request_headers"_s).toObject()));
        QCOMPARE(ctx.value(u"request_method"_s), expected.value(u"request_method"_s));
        QCOMPARE(ctx.value(u"flow"_s).toObject().value(u"active"_s),
                 expected.value(u"flow"_s).toObject().value(u"active"_s));
        QCOMPARE(ctx.value(u"flow"_s).toObject().value(u"state"_s),
                 expected.value(u"flow"_s).toObject().value(u"state"_s));
        if (prePersist)
            QCOMPARE(ctx.value(u"identity"_s).toObject().value(u"verifiable_addresses"_s),
                     expected.value(u"identity"_s).toObject().value(u"verifiable_addresses"_s));
    }

    void noEmailPresetOmitsAddressKeys()
    {
        for (const QString &hp :
             {u"registration/after/oidc"_s, u"login/after/oidc"_s, u"settings/after/profile"_s}) {
            const QJsonObject ctx = buildSampleContext(point(hp), presetIdentity(u"oidc-no-email"_s), {});
            const QJsonObject identity = ctx.value(u"identity"_s).toObject();
            QVERIFY(!identity.isEmpty());
            QVERIFY(!identity.contains(u"verifiable_addresses"_s));
            QVERIFY(!identity.contains(u"recovery_addresses"_s));
        }
        // An empty list typed by the user is omitted too (Kratos' omitempty).
        QJsonObject typed = presetIdentity(u"default"_s);
        typed.insert(u"verifiable_addresses"_s, QJsonArray{});
        const QJsonObject ctx = buildSampleContext(point(u"registration/after/password"_s), typed, {});
        QVERIFY(!ctx.value(u"identity"_s).toObject().contains(u"verifiable_addresses"_s));
        QVERIFY(ctx.value(u"identity"_s).toObject().contains(u"recovery_addresses"_s));
    }

    void prePersist()
    {
        SampleContextOptions options;
        options.prePersist = true;
        const QJsonObject ctx = buildSampleContext(point(u"registration/after/password"_s),
                                                   presetIdentity(u"default"_s), options);
        const QJsonObject identity = ctx.value(u"identity"_s).toObject();
        QCOMPARE(identity.value(u"id"_s).toString(), u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(identity.value(u"created_at"_s).toString(), u"0001-01-01T00:00:00Z"_s);
        const QJsonObject address = identity.value(u"verifiable_addresses"_s).toArray().first().toObject();
        QCOMPARE(address.value(u"id"_s).toString(), u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(address.value(u"created_at"_s).toString(), u"0001-01-01T00:00:00Z"_s);
        QVERIFY(!ctx.contains(u"session"_s));
        // Post-persist (default): the saved identity's real id.
        const QJsonObject saved =
            buildSampleContext(point(u"registration/after/password"_s), presetIdentity(u"default"_s), {});
        QCOMPARE(saved.value(u"identity"_s).toObject().value(u"id"_s),
                 presetIdentity(u"default"_s).value(u"id"_s));
        // prePersist means nothing for login hooks: identities there are always saved.
        const QJsonObject login =
            buildSampleContext(point(u"login/after/password"_s), presetIdentity(u"default"_s), options);
        QCOMPARE(login.value(u"identity"_s).toObject().value(u"id"_s),
                 presetIdentity(u"default"_s).value(u"id"_s));
    }

    void transientPayloadOnlyWhenSet()
    {
        SampleContextOptions options;
        options.transientPayload = QJsonObject{{u"plan"_s, u"pro"_s}};
        const QJsonObject ctx = buildSampleContext(point(u"registration/after/password"_s),
                                                   presetIdentity(u"default"_s), options);
        QCOMPARE(ctx.value(u"flow"_s).toObject().value(u"transient_payload"_s).toObject(),
                 options.transientPayload);
        QVERIFY(!ctx.contains(u"transient_payload"_s));
    }

    void locale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("acceptLanguage");
        QTest::newRow("en-US") << u"en-US"_s << u"en-US,en;q=0.9"_s;
        QTest::newRow("de-DE") << u"de-DE"_s << u"de-DE,de;q=0.9,en;q=0.8"_s;
        QTest::newRow("underscore") << u"fr_FR"_s << u"fr-FR,fr;q=0.9,en;q=0.8"_s;
        QTest::newRow("bare language") << u"ja"_s << u"ja,en;q=0.8"_s;
    }
    void locale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, acceptLanguage);
        SampleContextOptions options;
        options.locale = locale;
        const QJsonObject ctx = buildSampleContext(point(u"registration/after/password"_s),
                                                   presetIdentity(u"default"_s), options);
        QCOMPARE(ctx.value(u"request_headers"_s).toObject().value(u"Accept-Language"_s).toArray(),
                 QJsonArray{acceptLanguage});
    }

    void headerAllowList_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kept");
        QTest::newRow("user agent") << u"User-Agent"_s << u"User-Agent"_s;
        QTest::newRow("lower case is canonicalised") << u"accept-language"_s << u"Accept-Language"_s;
        QTest::newRow("sec-ch-ua-platform") << u"SEC-CH-UA-PLATFORM"_s << u"Sec-Ch-Ua-Platform"_s;
        QTest::newRow("cookie dropped") << u"Cookie"_s << QString();
        QTest::newRow("authorization dropped") << u"Authorization"_s << QString();
        QTest::newRow("x-forwarded-for dropped") << u"X-Forwarded-For"_s << QString();
    }
    void headerAllowList()
    {
        QFETCH(QString, name);
        QFETCH(QString, kept);
        const QJsonObject out = allowListedRequestHeaders(QJsonObject{{name, u"v"_s}});
        if (kept.isEmpty()) {
            QVERIFY(out.isEmpty());
        } else {
            QCOMPARE(out.keys(), QStringList{kept});
            QCOMPARE(out.value(kept).toArray(), QJsonArray{u"v"_s}); // values are arrays
        }
    }
    void sampleHeadersAreAllowListed()
    {
        const QStringList allowed = oryWebhookHeaderAllowlist();
        QCOMPARE(allowed.size(), 17);
        for (const HookPoint &p : HookPoint::all()) {
            const QJsonObject headers = buildSampleContext(p, presetIdentity(u"default"_s), {})
                                            .value(u"request_headers"_s)
                                            .toObject();
            QVERIFY(headers.contains(u"User-Agent"_s));
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                QVERIFY2(allowed.contains(it.key()), qPrintable(it.key()));
                QVERIFY(it.value().isArray());
            }
        }
    }

    void validateIdentity_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mustContain"); // empty → valid
        QTest::newRow("minimal") << QByteArray(R"({"traits":{}})") << QString();
        QTest::newRow("no traits") << QByteArray(R"({"id":"x"})") << u"needs \"traits\""_s;
        QTest::newRow("traits not object") << QByteArray(R"({"traits":"a@b"})") << u"must be an object"_s;
        QTest::newRow("addresses not array") << QByteArray(R"({"traits":{},"verifiable_addresses":{}})")
                                             << u"\"verifiable_addresses\" must be a list"_s;
        QTest::newRow("address not object")
            << QByteArray(R"({"traits":{},"verifiable_addresses":["a@b"]})") << u"verifiable_addresses[0]"_s;
        QTest::newRow("address without value")
            << QByteArray(R"({"traits":{},"recovery_addresses":[{"via":"email"}]})")
            << u"recovery_addresses[0] needs a \"value\""_s;
        QTest::newRow("value not text")
            << QByteArray(R"({"traits":{},"verifiable_addresses":[{"value":5}]})") << u"needs a \"value\""_s;
        QTest::newRow("verified not bool")
            << QByteArray(R"({"traits":{},"verifiable_addresses":[{"value":"a@b","verified":"yes"}]})")
            << u"\"verified\""_s;
        QTest::newRow("bad status")
            << QByteArray(R"({"traits":{},"verifiable_addresses":[{"value":"a@b","status":"done"}]})")
            << u"\"status\""_s;
        QTest::newRow("bad via")
            << QByteArray(R"({"traits":{},"verifiable_addresses":[{"value":"a@b","via":"fax"}]})")
            << u"\"via\""_s;
        QTest::newRow("metadata not object")
            << QByteArray(R"({"traits":{},"metadata_public":[1]})") << u"metadata_public"_s;
        QTest::newRow("id not text") << QByteArray(R"({"traits":{},"id":7})") << u"\"id\""_s;
        QTest::newRow("bad state") << QByteArray(R"({"traits":{},"state":"gone"})") << u"\"state\""_s;
    }
    void validateIdentity()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mustContain);
        const Status status = validateSampleIdentity(QJsonDocument::fromJson(json).object());
        QCOMPARE(status.ok(), mustContain.isEmpty());
        if (!mustContain.isEmpty())
            QVERIFY2(status.error().message.contains(mustContain), qPrintable(status.error().message));
    }

    void inputSize_data()
    {
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QByteArray>("snippet");
        QTest::addColumn<QByteArray>("ctx");
        QTest::newRow("plain") << u"base64://e30="_s << QByteArray("{}") << QByteArray(R"({"a":1})");
        QTest::newRow("html escaped")
            << u"base64://Zm9v"_s << QByteArray("function(ctx) { html: '<p>a & b</p>' }\n")
            << QByteArray(R"({"s":"<b>\"x\"</b>"})"
                          "\n");
    }
    void inputSize()
    {
        QFETCH(QString, filename);
        QFETCH(QByteArray, snippet);
        QFETCH(QByteArray, ctx);
        QByteArray ctxValue = ctx.endsWith('\n') ? ctx : ctx + '\n';
        const QByteArray expected = "{\"Filename\":" + goQuote(filename.toUtf8()) +
                                    ",\"Snippet\":" + goQuote(snippet) +
                                    ",\"TLACodes\":[{\"Key\":\"ctx\",\"Value\":" + goQuote(ctxValue) +
                                    "}],\"TLAVars\":null,\"ExtCodes\":null,\"ExtVars\":null}";
        QCOMPARE(oryEvaluationInputSize(filename, snippet, ctx), expected.size());
    }
    void inputSizeHandComputed()
    {
        // {"Filename":"f","Snippet":"<","TLACodes":[{"Key":"ctx","Value":"{}\n"}],"TLAVars":null,"ExtCodes":null,
        // "ExtVars":null} → 123 bytes with "<" written as \u003c (6) and the newline as \n (2).
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "<", "{}"), 123);
        // Unicode: é is 2 bytes raw, U+2028 is escaped (6), an invalid byte becomes \ufffd (6).
        const qsizetype base = oryEvaluationInputSize(u"f"_s, "", "{}");
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "\xc3\xa9", "{}") - base, 2);
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "\xe2\x80\xa8", "{}") - base, 6);
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "\xff", "{}") - base, 6);
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "\t", "{}") - base, 2);
        QCOMPARE(oryEvaluationInputSize(u"f"_s, "\x01", "{}") - base, 6);
    }
};

QTEST_GUILESS_MAIN(TestSampleContext)
#include "tst_samplecontext.moc"
