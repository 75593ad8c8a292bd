#include "TestEnv.h"
#include "core/model/HookPoint.h"
#include "core/model/SampleContext.h"

#include <QDir>
#include <QFile>
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

// The value at a dotted path ("session.devices.0.id"); undefined when any step is missing.
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &step : path.split(u'.')) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex && v.isArray()) {
            const QJsonArray a = v.toArray();
            if (index < 0 || index >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(index);
        } else if (v.isObject() && v.toObject().contains(step)) {
            v = v.toObject().value(step);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

QString show(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"<absent>"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

const QString kNil = u"00000000-0000-0000-0000-000000000000"_s;

// Where Kratos copies the submitted transient payload into the flow, written out from the issue's list
// (issue 17 §1) rather than taken from the code under test.
const QSet<QString> kPayloadPresent = {
    u"registration/after/password"_s,
    u"registration/after/oidc"_s,
    u"registration/after/code"_s,
    u"registration/after/passkey"_s,
    u"registration/after/webauthn"_s,
    u"registration/after"_s, // the two-step profile sign-up runs the generic list
    u"login/after/password"_s,
    u"login/after/oidc"_s,
    u"login/after/code"_s,
    u"login/after/totp"_s,
    u"login/after/webauthn"_s,
    u"settings/after/oidc"_s,
    u"recovery/after"_s,
    u"verification/after"_s,
};

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

void addExampleRows(const QString &variant)
{
    const auto row = [&variant](const char *name) {
        return &QTest::newRow(qPrintable(QString::fromLatin1(name) + u", "_s + variant));
    };
    *row("registration before") << u"registration-before"_s << u"registration/before"_s << u"default"_s
                                << false << variant;
    *row("registration after password")
        << u"registration-after-password"_s << u"registration/after/password"_s << u"default"_s << false
        << variant;
    *row("registration after password, pre-persist")
        << u"registration-after-password-parse-prepersist"_s << u"registration/after/password"_s
        << u"default"_s << true << variant;
    *row("registration after oidc") << u"registration-after-oidc"_s << u"registration/after/oidc"_s
                                    << u"oidc-google"_s << false << variant;
    *row("registration after oidc, no email")
        << u"registration-after-oidc-no-email"_s << u"registration/after/oidc"_s << u"oidc-no-email"_s
        << false << variant;
    *row("login after password") << u"login-after-password"_s << u"login/after/password"_s << u"verified"_s
                                 << false << variant;
    *row("settings after profile") << u"settings-after-profile"_s << u"settings/after/profile"_s
                                   << u"verified"_s << false << variant;
    *row("recovery after") << u"recovery-after-code"_s << u"recovery/after"_s << u"verified"_s << false
                           << variant;
    *row("verification after") << u"verification-after-code"_s << u"verification/after"_s << u"default"_s
                               << false << variant;
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
        QTest::addColumn<QString>("variant");
        for (const QString &variant : {u"self-hosted"_s, u"standard"_s})
            addExampleRows(variant);
    }
    void matchesOryExamples()
    {
        HOOKMAIL_REQUIRE_SHARED();
        QFETCH(QString, example);
        QFETCH(QString, hookPoint);
        QFETCH(QString, preset);
        QFETCH(bool, prePersist);
        QFETCH(QString, variant);
        const QString file = test::sharedReferenceDir() + u"/ory/ctx-examples/"_s + example + u".json"_s;
        if (!QFile::exists(file))
            QSKIP(qPrintable(u"Ory's example ctx is absent here: "_s + file));
        const QJsonObject expected = QJsonDocument::fromJson(test::readFile(file)).object();
        QVERIFY(!expected.isEmpty());
        SampleContextOptions options;
        options.prePersist = prePersist;
        options.variant = *sampleVariantFromKey(variant);
        options.transientPayload =
            expected.value(u"flow"_s).toObject().value(u"transient_payload"_s).toObject();
        const QJsonObject ctx = buildSampleContext(point(hookPoint), presetIdentity(preset), options);
        const QSet<QString> ours = keysOf(ctx);
        QSet<QString> theirs = keysOf(expected);
        // The examples are open-source Kratos; on Ory Network every identity also has a region.
        if (options.variant == SampleVariant::Standard) {
            for (const QString &key : {u"identity"_s, u"session.identity"_s, u"flow.identity"_s}) {
                if (theirs.contains(key))
                    theirs.insert(key + u".region"_s);
            }
        }
        QVERIFY2(ours == theirs, qPrintable(u"missing: "_s + describe(theirs - ours) + u"\nextra: "_s +
                                            describe(ours - theirs)));
        // The values issue 17 corrected: unsaved sign-in session, verified addresses, the verification UI.
        for (const QString &path :
             {u"session.id"_s, u"session.devices.0.id"_s, u"session.authenticator_assurance_level"_s,
              u"flow.requested_aal"_s, u"flow.type"_s, u"flow.ui.method"_s,
              u"identity.verifiable_addresses.0.verified"_s, u"identity.verifiable_addresses.0.status"_s,
              u"session.identity.verifiable_addresses.0.verified"_s})
            QVERIFY2(valueAt(ctx, path) == valueAt(expected, path),
                     qPrintable(path + u": ours "_s + show(valueAt(ctx, path)) + u", Ory's "_s +
                                show(valueAt(expected, path))));
        QStringList ourNodes, theirNodes;
        for (const QJsonValue &n : valueAt(ctx, u"flow.ui.nodes"_s).toArray())
            ourNodes << n.toObject().value(u"type"_s).toString();
        for (const QJsonValue &n : valueAt(expected, u"flow.ui.nodes"_s).toArray())
            theirNodes << n.toObject().value(u"type"_s).toString();
        QVERIFY2(ourNodes.contains(u"a"_s) == theirNodes.contains(u"a"_s),
                 qPrintable(ourNodes.join(u',') + u" vs "_s + theirNodes.join(u',')));
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

    // One row per hook point: the payload is in ctx.flow exactly where Kratos copies it (issue 17 §1).
    void transientPayloadPerHookPoint_data()
    {
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<bool>("present");
        for (const HookPoint &p : HookPoint::all())
            QTest::newRow(qPrintable(p.toString())) << p.toString() << kPayloadPresent.contains(p.toString());
    }
    void transientPayloadPerHookPoint()
    {
        QFETCH(QString, hookPoint);
        QFETCH(bool, present);
        const TransientPayloadAvailability availability = transientPayloadAvailability(point(hookPoint));
        QCOMPARE(availability.available, present);
        // A reason, on one line, exactly where the payload is dropped.
        QCOMPARE(availability.reason.isEmpty(), present);
        QVERIFY(!availability.reason.contains(u'\n'));
        // Ory's SAML code is closed: Hookmail says it cannot confirm, rather than claiming Ory drops it.
        if (hookPoint.endsWith(u"/saml"))
            QVERIFY2(availability.reason.contains(u"cannot confirm"), qPrintable(availability.reason));
        SampleContextOptions options;
        options.transientPayload = QJsonObject{{u"plan"_s, u"pro"_s}};
        for (bool prePersist : {false, true}) {
            options.prePersist = prePersist;
            const QJsonObject ctx =
                buildSampleContext(point(hookPoint), presetIdentity(u"default"_s), options);
            const QJsonObject flow = ctx.value(u"flow"_s).toObject();
            QCOMPARE(flow.contains(u"transient_payload"_s), present);
            if (present)
                QCOMPARE(flow.value(u"transient_payload"_s).toObject(), options.transientPayload);
            QVERIFY(!ctx.contains(u"transient_payload"_s));
        }
    }

    // One row per difference issue 17 found between Hookmail's sample ctx and what Kratos passes.
    void issue17Differences_data()
    {
        QTest::addColumn<QString>("hookPoint");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("prePersist");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("expected"); // JSON value, or "absent"
        const auto row = [](const char *name, const QString &hp, const QString &path, const QByteArray &json,
                            const QString &variant = u"standard"_s, bool prePersist = false) {
            QTest::newRow(name) << hp << variant << prePersist << path << json;
        };
        const QByteArray nil = "\"00000000-0000-0000-0000-000000000000\"";
        const QByteArray sessionId = "\"f0e1d2c3-b4a5-4968-8776-655443322110\"";
        // The sign-in session is saved only after the hooks ran.
        for (const char *m : {"password", "oidc", "code", "passkey", "webauthn"}) {
            const QString hp = u"login/after/"_s + QString::fromLatin1(m);
            row(qPrintable(hp + u" session.id nil"_s), hp, u"session.id"_s, nil);
            row(qPrintable(hp + u" device id nil"_s), hp, u"session.devices.0.id"_s, nil);
            row(qPrintable(hp + u" aal1"_s), hp, u"session.authenticator_assurance_level"_s, "\"aal1\"");
            row(qPrintable(hp + u" one method"_s), hp, u"session.authentication_methods.1"_s, "absent");
        }
        row("login generic list session.id nil", u"login/after"_s, u"session.id"_s, nil);
        // Settings run inside a saved session.
        row("settings/after/password session.id saved", u"settings/after/password"_s, u"session.id"_s,
            sessionId);
        row("settings/before device id saved", u"settings/before"_s, u"session.devices.0.id"_s,
            "\"3b5d7f9a-1c2e-4a6b-8d0f-2e4a6c8e0b1d\"");
        // A second factor upgrades the existing session.
        const QList<std::pair<QString, QString>> secondFactors = {
            {u"login/after/totp"_s, u"standard"_s},
            {u"login/after/lookup_secret"_s, u"standard"_s},
            {u"login/after/webauthn"_s, u"second-factor"_s}};
        for (const auto &[hp, variant] : secondFactors) {
            const QString method = hp.section(u'/', 2);
            row(qPrintable(hp + u" requested_aal"_s), hp, u"flow.requested_aal"_s, "\"aal2\"", variant);
            row(qPrintable(hp + u" real session id"_s), hp, u"session.id"_s, sessionId, variant);
            row(qPrintable(hp + u" aal2"_s), hp, u"session.authenticator_assurance_level"_s, "\"aal2\"",
                variant);
            row(qPrintable(hp + u" first factor"_s), hp, u"session.authentication_methods.0.aal"_s,
                "\"aal1\"", variant);
            row(qPrintable(hp + u" second method"_s), hp, u"session.authentication_methods.1.method"_s,
                QByteArray('"' + method.toLatin1() + '"'), variant);
            row(qPrintable(hp + u" second aal"_s), hp, u"session.authentication_methods.1.aal"_s, "\"aal2\"",
                variant);
            row(qPrintable(hp + u" only two"_s), hp, u"session.authentication_methods.2"_s, "absent",
                variant);
        }
        // A used code verifies its address.
        for (const QString &hp : {u"login/after/code"_s, u"registration/after/code"_s}) {
            row(qPrintable(hp + u" state"_s), hp, u"flow.state"_s, "\"passed_challenge\"");
            row(qPrintable(hp + u" verified"_s), hp, u"identity.verifiable_addresses.0.verified"_s, "true");
            row(qPrintable(hp + u" completed"_s), hp, u"identity.verifiable_addresses.0.status"_s,
                "\"completed\"");
            row(qPrintable(hp + u" verified_at"_s), hp, u"identity.verifiable_addresses.0.verified_at"_s,
                "\"2025-05-12T09:31:44.120533Z\"");
        }
        row("login/after/code session identity verified", u"login/after/code"_s,
            u"session.identity.verifiable_addresses.0.status"_s, "\"completed\"");
        row("registration/after/code pre-persist verified", u"registration/after/code"_s,
            u"identity.verifiable_addresses.0.status"_s, "\"completed\"", u"standard"_s, true);
        row("registration/after/password stays unverified", u"registration/after/password"_s,
            u"identity.verifiable_addresses.0.verified"_s, "false");
        // Verification re-reads the verified identity; its UI is a GET "continue" link.
        row("verification/after verified", u"verification/after"_s,
            u"identity.verifiable_addresses.0.verified"_s, "true");
        row("verification/after completed", u"verification/after"_s,
            u"identity.verifiable_addresses.0.status"_s, "\"completed\"");
        row("verification/after ui GET", u"verification/after"_s, u"flow.ui.method"_s, "\"GET\"");
        row("verification/after continue link", u"verification/after"_s, u"flow.ui.nodes.1.attributes.id"_s,
            "\"continue\"");
        row("verification/after link to return_to", u"verification/after"_s,
            u"flow.ui.nodes.1.attributes.href"_s, "\"https://app.example.com/welcome\"");
        // Settings pre-persist still shows the form.
        row("settings/after/profile pre-persist state", u"settings/after/profile"_s, u"flow.state"_s,
            "\"show_form\"", u"standard"_s, true);
        row("settings/after/profile pre-persist no success message", u"settings/after/profile"_s,
            u"flow.ui.messages"_s, "absent", u"standard"_s, true);
        row("settings/after/profile post-persist state", u"settings/after/profile"_s, u"flow.state"_s,
            "\"success\"");
        // An unsaved identity has no schema URL yet.
        row("registration/after/password pre-persist schema_url", u"registration/after/password"_s,
            u"identity.schema_url"_s, "\"\"", u"standard"_s, true);
        row("registration/after/password post-persist schema_url", u"registration/after/password"_s,
            u"identity.schema_url"_s,
            "\"https://example-slug-a1b2c3.projects.oryapis.com/schemas/ZGVmYXVsdA\"");
        // Variants.
        row("native app flow type", u"login/after/password"_s, u"flow.type"_s, "\"api\"", u"native-app"_s);
        row("native app no cookies", u"login/after/password"_s, u"request_cookies"_s, "{}", u"native-app"_s);
        row("native app no CSRF node", u"registration/after/password"_s, u"flow.ui.nodes.0.attributes.name"_s,
            "\"method\"", u"native-app"_s);
        row("native app no browser headers", u"login/after/password"_s, u"request_headers.Sec-Fetch-Mode"_s,
            "absent", u"native-app"_s);
        row("native app JSON body", u"registration/after/password"_s, u"request_headers.Content-Type.0"_s,
            "\"application/json\"", u"native-app"_s);
        row("native app flow URL", u"registration/before"_s, u"flow.request_url"_s,
            "\"https://example-slug-a1b2c3.projects.oryapis.com/self-service/registration/api\"",
            u"native-app"_s);
        row("browser cookies", u"login/after/password"_s,
            u"request_cookies.csrf_token_3f1c0a9e0d6b4c8a9b2e7f41d5a6c3b2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6"_s,
            "\"fake-csrf-cookie-value=\"");
        row("social sign-up from sign-in page", u"registration/after/oidc"_s, u"flow.request_url"_s,
            "\"https://example-slug-a1b2c3.projects.oryapis.com/self-service/login/browser?return_to="
            "https%3A%2F%2Fapp.example.com%2F\"",
            u"social-from-sign-in"_s);
        row("social sign-up from sign-up page", u"registration/after/oidc"_s, u"flow.request_url"_s,
            "\"https://example-slug-a1b2c3.projects.oryapis.com/self-service/registration/browser\"");
        row("Ory Network region", u"registration/after/password"_s, u"identity.region"_s, "\"eu-central\"");
        row("self-hosted no region", u"registration/after/password"_s, u"identity.region"_s, "absent",
            u"self-hosted"_s);
        row("Cloudflare device location", u"login/after/password"_s, u"session.devices.0.location"_s,
            "\"Berlin, DE\"");
        row("no Cloudflare, no location", u"login/after/password"_s, u"session.devices.0.location"_s, "\"\"",
            u"self-hosted"_s);
        row("variant that does not exist here is ignored", u"login/after/password"_s, u"flow.requested_aal"_s,
            "\"aal1\"", u"second-factor"_s);
        // SAML single sign-on (Ory Network only): the IdP posts its answer through the browser to the ACS URL
        // (HTTP-POST binding), cross-site, as a form; the session names the provider like OIDC does.
        const QByteArray acs =
            "\"https://example-slug-a1b2c3.projects.oryapis.com/self-service/methods/saml/acs/acme-okta\"";
        const QByteArray organization = "\"c7e9a1b3-5d7f-4a0c-9e2b-4d6f8a0c2e4b\"";
        for (const QString &hp : {u"registration/after/saml"_s, u"login/after/saml"_s}) {
            row(qPrintable(hp + u" POST"_s), hp, u"request_method"_s, "\"POST\"");
            row(qPrintable(hp + u" to the ACS URL"_s), hp, u"request_url"_s, acs);
            row(qPrintable(hp + u" cross-site"_s), hp, u"request_headers.Sec-Fetch-Site.0"_s,
                "\"cross-site\"");
            row(qPrintable(hp + u" form body"_s), hp, u"request_headers.Content-Type.0"_s,
                "\"application/x-www-form-urlencoded\"");
            row(qPrintable(hp + u" from the IdP"_s), hp, u"request_headers.Origin.0"_s,
                "\"https://acme.okta.com\"");
            row(qPrintable(hp + u" no user gesture"_s), hp, u"request_headers.Sec-Fetch-User"_s, "absent");
            row(qPrintable(hp + u" no Lax cookies cross-site"_s), hp, u"request_cookies"_s, "{}");
            row(qPrintable(hp + u" browser flow"_s), hp, u"flow.type"_s, "\"browser\"");
            row(qPrintable(hp + u" active"_s), hp, u"flow.active"_s, "\"saml\"");
            row(qPrintable(hp + u" provider node"_s), hp, u"flow.ui.nodes.1.attributes.value"_s,
                "\"acme-okta\"");
            row(qPrintable(hp + u" provider node group"_s), hp, u"flow.ui.nodes.1.group"_s, "\"saml\"");
            row(qPrintable(hp + u" identity organization"_s), hp, u"identity.organization_id"_s,
                organization);
            row(qPrintable(hp + u" flow organization"_s), hp, u"flow.organization_id"_s, organization);
            row(qPrintable(hp + u" Ory Network region"_s), hp, u"identity.region"_s, "\"eu-central\"");
            // No native-app and no self-hosted variant: asking for one gives the browser on Ory Network.
            row(qPrintable(hp + u" native app ignored"_s), hp, u"flow.type"_s, "\"browser\"",
                u"native-app"_s);
            row(qPrintable(hp + u" self-hosted ignored"_s), hp, u"identity.region"_s, "\"eu-central\"",
                u"self-hosted"_s);
        }
        row("registration/after/saml no return_to in request_url", u"registration/after/saml"_s,
            u"flow.request_url"_s,
            "\"https://example-slug-a1b2c3.projects.oryapis.com/self-service/registration/browser\"");
        row("login/after/saml session method", u"login/after/saml"_s,
            u"session.authentication_methods.0.method"_s, "\"saml\"");
        row("login/after/saml session provider", u"login/after/saml"_s,
            u"session.authentication_methods.0.provider"_s, "\"acme-okta\"");
        row("login/after/saml session organization", u"login/after/saml"_s,
            u"session.authentication_methods.0.organization"_s, organization);
        row("login/after/saml one method", u"login/after/saml"_s, u"session.authentication_methods.1"_s,
            "absent");
        row("login/after/saml aal1", u"login/after/saml"_s, u"session.authenticator_assurance_level"_s,
            "\"aal1\"");
        row("login/after/saml session.id nil", u"login/after/saml"_s, u"session.id"_s, nil);
        row("login/after/saml device location", u"login/after/saml"_s, u"session.devices.0.location"_s,
            "\"Berlin, DE\"");
        row("login/after/oidc has no organization", u"login/after/oidc"_s,
            u"session.authentication_methods.0.organization"_s, "absent");
        row("login/after/oidc flow organization null", u"login/after/oidc"_s, u"flow.organization_id"_s,
            "null");
    }
    void issue17Differences()
    {
        QFETCH(QString, hookPoint);
        QFETCH(QString, variant);
        QFETCH(bool, prePersist);
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        SampleContextOptions options;
        options.prePersist = prePersist;
        const auto v = sampleVariantFromKey(variant);
        QVERIFY(v.has_value());
        options.variant = *v;
        const QJsonObject ctx = buildSampleContext(point(hookPoint), presetIdentity(u"default"_s), options);
        const QJsonValue actual = valueAt(ctx, path);
        const QJsonValue want = expected == "absent"
                                    ? QJsonValue(QJsonValue::Undefined)
                                    : QJsonDocument::fromJson("[" + expected + "]").array().at(0);
        QVERIFY2(expected == "absent" || !want.isUndefined(), expected.constData());
        QVERIFY2(actual == want, qPrintable(path + u": got "_s + show(actual) + u", want "_s + show(want)));
    }

    void variantsPerHookPoint()
    {
        for (const HookPoint &p : HookPoint::all()) {
            const QList<SampleVariant> variants = sampleVariantsFor(p);
            QCOMPARE(variants.first(), SampleVariant::Standard);
            // SAML exists only on Ory Network and only in a browser: the standard moment is the only one.
            if (p.isOryNetworkOnly()) {
                QCOMPARE(variants, QList<SampleVariant>{SampleVariant::Standard});
                continue;
            }
            QVERIFY(variants.contains(SampleVariant::SelfHosted));
            for (SampleVariant v : variants) {
                QVERIFY(!sampleVariantTitle(v).isEmpty());
                QCOMPARE(sampleVariantFromKey(sampleVariantKey(v)), std::optional<SampleVariant>(v));
            }
            // A native app cannot run a browser-only method (social callback, passkey, security key).
            const bool browserOnly = p.method == u"oidc" || p.method == u"passkey" || p.method == u"webauthn";
            QCOMPARE(variants.contains(SampleVariant::NativeApp), !browserOnly);
            QCOMPARE(variants.contains(SampleVariant::SocialFromSignIn),
                     p.toString() == u"registration/after/oidc");
            QCOMPARE(variants.contains(SampleVariant::SecondFactor), p.toString() == u"login/after/webauthn");
        }
        QVERIFY(!sampleVariantFromKey(u"nope"_s).has_value());
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
    // Even a project whose allow-list passes Cookie gets none at the SAML ACS: the IdP's cross-site form POST
    // does not carry Ory's SameSite=Lax cookies (an assumption, SampleContext.cpp), unlike a sign-in form.
    void samlAcsCarriesNoCookieEvenWhenAllowListed()
    {
        SampleContextOptions options;
        options.headerAllowlist = QStringList{u"Cookie"_s, u"Origin"_s};
        const QJsonObject saml =
            buildSampleContext(point(u"login/after/saml"_s), presetIdentity(u"default"_s), options);
        QCOMPARE(saml.value(u"request_headers"_s).toObject().keys(), QStringList{u"Origin"_s});
        QCOMPARE(saml.value(u"request_cookies"_s).toObject(), QJsonObject());
        const QJsonObject password =
            buildSampleContext(point(u"login/after/password"_s), presetIdentity(u"default"_s), options);
        QCOMPARE(password.value(u"request_headers"_s).toObject().keys(),
                 (QStringList{u"Cookie"_s, u"Origin"_s}));
        QVERIFY(!password.value(u"request_cookies"_s).toObject().isEmpty());
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

    // The Ory Network sample identity's region is one the Console API knows (identity "region" enum).
    void regionIsOneOryNetworkHas()
    {
        HOOKMAIL_REQUIRE_SHARED();
        const QByteArray spec = test::readFile(test::sharedReferenceDir() + u"/ory/console-api.json"_s);
        const QJsonObject schemas = QJsonDocument::fromJson(spec)
                                        .object()
                                        .value(u"components"_s)
                                        .toObject()
                                        .value(u"schemas"_s)
                                        .toObject();
        QStringList regions;
        for (auto it = schemas.begin(); it != schemas.end(); ++it) {
            const QJsonObject region =
                it.value().toObject().value(u"properties"_s).toObject().value(u"region"_s).toObject();
            for (const QJsonValue &v : region.value(u"enum"_s).toArray())
                regions.append(v.toString());
        }
        QVERIFY2(!regions.isEmpty(), "the Console API spec names no identity regions");
        const QJsonObject ctx =
            buildSampleContext(point(u"registration/after/password"_s), presetIdentity(u"default"_s), {});
        const QString region = ctx.value(u"identity"_s).toObject().value(u"region"_s).toString();
        QVERIFY2(regions.contains(region), qPrintable(region + u" not in "_s + regions.join(u", ")));
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
