// ActionChecker: the static checks of an action's hook configuration, the findings of rendered outcomes,
// their merging and order, and a full check against sample identities through the real worker.
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"
#include "core/render/Checks.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>

Q_DECLARE_METATYPE(hookmail::Action)

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

// A body Mandrill accepts and Ory can render for every preset (no field a preset lacks).
const QString kGoodTemplate = uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome',
    html: '<p>Hi</p>',
    to: [{ email: 'someone@example.com', type: 'to' }],
  },
})"_s;

Action codeAction(const QString &source = kGoodTemplate,
                  const QStringList &points = {u"registration/after/password"_s})
{
    Action a = newAction(u"Welcome"_s);
    a.mode = EditMode::Code;
    a.templateSource = source;
    a.hookPoints.clear();
    for (const QString &p : points)
        a.hookPoints.append(*HookPoint::parse(p));
    return a;
}

QStringList codes(const QList<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list.append(severityName(f.severity) + u':' + f.code);
    list.sort();
    return list;
}

const Finding *findCode(const QList<Finding> &findings, const QString &code)
{
    const auto it =
        std::find_if(findings.begin(), findings.end(), [&](const Finding &f) { return f.code == code; });
    return it == findings.end() ? nullptr : &*it;
}

Finding finding(Finding::Severity severity, const QString &code, const QString &message,
                const QString &identity = {})
{
    Finding f;
    f.severity = severity;
    f.code = code;
    f.message = message;
    f.identity = identity;
    return f;
}

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!TemplateEvaluator::locateWorker().isEmpty(),
                 "HOOKMAIL_WORKER must point at the built worker");
    }

    // staticChecks: what is wrong with the hook configuration itself, with no rendering.
    void staticChecks_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("good") << codeAction() << QStringList{};
        Action a = codeAction();
        a.responseIgnore = false;
        QTest::newRow("blocking") << a << QStringList{u"warning:blocking"_s};
        a = codeAction();
        a.responseIgnore = true;
        a.responseParse = true;
        QTest::newRow("ignore-and-parse") << a << QStringList{u"error:ignore-and-parse"_s};
        a = codeAction();
        a.responseIgnore = false;
        a.responseParse = true;
        QTest::newRow("parse-mandrill") << a << QStringList{u"error:parse-mandrill"_s};
        a = codeAction();
        a.url = u"http://mandrillapp.com/api/1.0/messages/send"_s;
        QTest::newRow("http url") << a << QStringList{u"error:url"_s};
        a = codeAction();
        a.method = u"PUT"_s;
        QTest::newRow("method") << a << QStringList{u"warning:method"_s};
        QTest::newRow("no hook point")
            << codeAction(kGoodTemplate, {}) << QStringList{u"error:no-hook-point"_s};
        QTest::newRow("generic list")
            << codeAction(kGoodTemplate, {u"registration/after"_s}) << QStringList{u"warning:generic-list"_s};
        QTest::newRow("before hook") << codeAction(kGoodTemplate, {u"registration/before"_s})
                                     << QStringList{u"warning:before-hook"_s};
        QTest::newRow("literal key")
            << codeAction(u"function(ctx) {\n  key: 'md-FAKEkey0123456789',\n  message: {},\n}"_s)
            << QStringList{u"error:literal-key"_s};
        QTest::newRow("masked-looking short value is no key")
            << codeAction(u"function(ctx) { key: 'short', message: {} }"_s) << QStringList{};
        // Headers and cookies forwarded whole carry session and CSRF cookies to Mandrill (issue 17 §1).
        QTest::newRow("forwards request cookies")
            << codeAction(u"function(ctx) { message: {}, metadata: { c: ctx.request_cookies } }"_s)
            << QStringList{u"warning:forwards-request-data"_s};
        QTest::newRow("forwards request headers")
            << codeAction(u"function(ctx) { message: {}, metadata: { h: ctx . request_headers, } }"_s)
            << QStringList{u"warning:forwards-request-data"_s};
        QTest::newRow("forwards the whole ctx")
            << codeAction(u"function(ctx) {\n  message: {},\n  metadata: { all: ctx },\n}"_s)
            << QStringList{u"warning:forwards-request-data"_s};
        QTest::newRow("is the whole ctx")
            << codeAction(u"function(ctx) ctx\n"_s) << QStringList{u"warning:forwards-request-data"_s};
        QTest::newRow("one header is fine")
            << codeAction(u"function(ctx) { message: {}, ua: ctx.request_headers['User-Agent'][0] }"_s)
            << QStringList{};
        QTest::newRow("one cookie is fine")
            << codeAction(u"function(ctx) { message: {}, c: ctx.request_cookies.theme, id: ctx.identity }"_s)
            << QStringList{};
        QTest::newRow("a field named monkey is no key")
            << codeAction(u"function(ctx) { monkey: 'md-FAKEkey0123456789', message: {} }"_s)
            << QStringList{};
    }

    void staticChecks()
    {
        QFETCH(Action, action);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(codes(ActionChecker::staticChecks(action)), expected);
    }

    void staticChecksPointAndLine()
    {
        const QList<Finding> generic = ActionChecker::staticChecks(
            codeAction(kGoodTemplate, {u"login/after"_s, u"login/after/password"_s}));
        QCOMPARE(generic.size(), 1);
        QCOMPARE(generic.first().hookPoint, u"login/after"_s);
        QVERIFY2(generic.first().message.contains(u"login/after/password"),
                 qPrintable(generic.first().message));

        const QList<Finding> key = ActionChecker::staticChecks(
            codeAction(u"// a comment\nfunction(ctx) {\n  \"key\": \"md-FAKEkey0123456789\",\n}"_s));
        const Finding *literal = findCode(key, u"literal-key"_s);
        QVERIFY(literal);
        QCOMPARE(literal->line, 3);
        QVERIFY2(!literal->message.contains(u"md-FAKEkey"), "the finding must not repeat the key");
    }

    // findingsFor: findings from one outcome, built here by hand (sizes and kinds the worker rarely
    // produces).
    void findingsFor_data()
    {
        QTest::addColumn<RenderOutcome>("outcome");
        QTest::addColumn<QStringList>("expected");

        RenderOutcome ok;
        ok.evaluation.ok = true;
        ok.bodyIsObject = true;
        ok.body = QJsonDocument::fromJson(
                      R"({"message":{"from_email":"a@example.com","subject":"s","html":"<p>x</p>",
                                             "to":[{"email":"b@example.com"}]}})")
                      .object();
        ok.evaluation.output = QJsonDocument(ok.body).toJson(QJsonDocument::Compact);
        QTest::newRow("good") << ok << QStringList{};

        RenderOutcome near = ok;
        near.inputSize = limits::maxInputBytes * 3 / 4 + 1;
        QTest::newRow("input near limit") << near << QStringList{u"warning:input-near-limit"_s};
        near.inputSize = limits::maxInputBytes * 3 / 4;
        QTest::newRow("input just under three quarters") << near << QStringList{};

        RenderOutcome big = ok;
        big.evaluation.output = QByteArray(limits::maxOutputBytes * 3 / 4 + 1, ' ');
        QTest::newRow("output near limit") << big << QStringList{u"warning:output-near-limit"_s};

        RenderOutcome array = ok;
        array.bodyIsObject = false;
        array.body = {};
        QTest::newRow("not an object") << array << QStringList{u"error:not-object"_s};

        RenderOutcome noMessage = ok;
        noMessage.body = QJsonObject{{u"key"_s, u"x"_s}};
        QTest::newRow("no message") << noMessage << QStringList{u"error:mandrill-body"_s};

        RenderOutcome failed;
        failed.evaluation.error.kind = EvaluationError::Kind::Runtime;
        failed.evaluation.error.message = u"field does not exist: verifiable_addresses"_s;
        QTest::newRow("runtime") << failed << QStringList{u"error:template-fails"_s};
        failed.evaluation.error.kind = EvaluationError::Kind::Syntax;
        QTest::newRow("syntax") << failed << QStringList{u"error:syntax"_s};
        failed.evaluation.error.kind = EvaluationError::Kind::Limit;
        QTest::newRow("limit") << failed << QStringList{u"error:limit"_s};
        failed.evaluation.error.kind = EvaluationError::Kind::Cancelled;
        QTest::newRow("cancelled") << failed << QStringList{u"info:cancelled"_s};
    }

    void findingsFor()
    {
        QFETCH(RenderOutcome, outcome);
        QFETCH(QStringList, expected);
        outcome.point = *HookPoint::parse(u"registration/after/oidc"_s);
        const QList<Finding> found = ActionChecker::findingsFor(codeAction(), outcome, u"Someone"_s);
        QCOMPARE(codes(found), expected);
        for (const Finding &f : found) {
            QCOMPARE(f.hookPoint, u"registration/after/oidc"_s);
            QCOMPARE(f.identity, u"Someone"_s);
        }
    }

    void runtimeErrorsExplained_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QTest::newRow("verifiable_addresses") << u"field does not exist: verifiable_addresses"_s
                                              << u"std.objectHas(ctx.identity, 'verifiable_addresses')"_s;
        QTest::newRow("recovery_addresses")
            << u"field does not exist: recovery_addresses"_s << u"social sign-up"_s;
        QTest::newRow("no identity") << u"field does not exist: identity"_s << u"\"before\" hooks"_s;
        QTest::newRow("no session") << u"field does not exist: session"_s
                                    << u"ctx.session only after sign-in"_s;
        QTest::newRow("no transient payload") << u"field does not exist: transient_payload"_s
                                              << u"std.objectHas(ctx.flow, 'transient_payload')"_s;
        QTest::newRow("other") << u"division by zero"_s << QString();
    }

    void runtimeErrorsExplained()
    {
        QFETCH(QString, message);
        QFETCH(QString, hint);
        RenderOutcome failed;
        failed.evaluation.error.kind = EvaluationError::Kind::Runtime;
        failed.evaluation.error.message = message;
        failed.evaluation.error.line = 4;
        failed.evaluation.error.column = 7;
        const QList<Finding> found = ActionChecker::findingsFor(codeAction(), failed, {});
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(message), qPrintable(found.first().message));
        QCOMPARE(found.first().line, 4);
        QCOMPARE(found.first().column, 7);
        if (hint.isEmpty())
            QVERIFY2(found.first().message.endsWith(message + u'.'), qPrintable(found.first().message));
        else
            QVERIFY2(found.first().message.contains(hint), qPrintable(found.first().message));
    }

    void sortedMergesAndOrders()
    {
        using S = Finding::Severity;
        const QList<Finding> in{
            finding(S::Info, u"cancelled"_s, u"skipped"_s, u"A"_s),
            finding(S::Warning, u"blocking"_s, u"waits"_s),
            finding(S::Error, u"template-fails"_s, u"boom"_s, u"A"_s),
            finding(S::Error, u"template-fails"_s, u"boom"_s, u"B"_s),
            finding(S::Error, u"template-fails"_s, u"boom"_s, u"A"_s), // the same identity twice: named once
            finding(S::Error, u"template-fails"_s, u"other"_s, u"C"_s),
            finding(S::Warning, u"method"_s, u"put"_s),
        };
        const QList<Finding> out = ActionChecker::sorted(in);
        QStringList got;
        for (const Finding &f : out)
            got.append(f.message + u'/' + f.identity);
        // Errors, warnings, info; the order within a severity is kept (stable).
        QCOMPARE(got, (QStringList{u"boom/A, B"_s, u"other/C"_s, u"waits/"_s, u"put/"_s, u"skipped/A"_s}));
        QVERIFY(ActionChecker::hasErrors(out));
        QVERIFY(!ActionChecker::hasErrors(ActionChecker::sorted({in.at(0), in.at(1)})));
        QVERIFY(!ActionChecker::hasErrors({}));
    }

    void defaultIdentities()
    {
        Project project = defaultProject();
        const QList<CheckIdentity> ids = ActionChecker::defaultIdentities(project);
        QVERIFY(!ids.isEmpty());
        QCOMPARE(ids.first().name, u"project"_s);
        QCOMPARE(ids.first().identity, project.sampleIdentity);
        // The preset equal to the project's own identity is not checked twice.
        int sameAsProject = 0;
        for (const CheckIdentity &id : ids)
            sameAsProject += id.identity == project.sampleIdentity ? 1 : 0;
        QCOMPARE(sameAsProject, 1);
        QVERIFY(std::any_of(ids.begin(), ids.end(),
                            [](const CheckIdentity &id) { return id.name == u"oidc-no-email"; }));
        const QList<IdentityPreset> presets = identityPresets();
        const bool projectIsAPreset =
            std::any_of(presets.begin(), presets.end(),
                        [&](const IdentityPreset &p) { return p.identity == project.sampleIdentity; });
        QCOMPARE(ids.size(), presets.size() + (projectIsAPreset ? 0 : 1));
    }

    // check(): every hook point × identity rendered by the real worker, findings merged.
    void checkWithWorker_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("identityOf"); // the code whose finding must name only the social preset

        const QStringList password{u"registration/after/password"_s};
        QTest::newRow("good") << kGoodTemplate << password << QStringList{} << QString();
        QTest::newRow("syntax error") << u"function(ctx) {\n  message: {\n    subject: ,\n  },\n}"_s
                                      << password << QStringList{u"error:syntax"_s} << QString();
        QTest::newRow("cancel") << u"function(ctx) error 'cancel'"_s << password
                                << QStringList{u"info:cancelled"_s} << QString();
        QTest::newRow("array body") << u"function(ctx) [1, 2]"_s << password
                                    << QStringList{u"error:not-object"_s} << QString();
        QTest::newRow("no recipients")
            << u"function(ctx) { message: { from_email: 'a@example.com', subject: 's', html: 'x' } }"_s
            << password << QStringList{u"error:mandrill-body"_s} << QString();
        // Only the social sign-up without an email lacks verifiable_addresses: one finding, naming it alone.
        QTest::newRow("verifiable_addresses")
            << uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome',
    html: '<p>Hi</p>',
    to: [{ email: ctx.identity.verifiable_addresses[0].value, type: 'to' }],
  },
})"_s << QStringList{u"registration/after/oidc"_s}
            << QStringList{u"error:template-fails"_s} << u"template-fails"_s;
        // The payload reaches registration after password, but Ory drops it after a passkey sign-in
        // (issue 17 §1): the same template works at one and fails at the other.
        const QString readsPayload = uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome via ' + ctx.flow.transient_payload.campaign,
    html: '<p>Hi</p>',
    to: [{ email: 'someone@example.com', type: 'to' }],
  },
})"_s;
        QTest::newRow("payload where Ory keeps it")
            << readsPayload << QStringList{u"registration/after/password"_s, u"login/after/password"_s}
            << QStringList{} << QString();
        QTest::newRow("payload where Ory drops it") << readsPayload << QStringList{u"login/after/passkey"_s}
                                                    << QStringList{u"error:template-fails"_s} << QString();
        QTest::newRow("payload in settings") << readsPayload << QStringList{u"settings/after/profile"_s}
                                             << QStringList{u"error:template-fails"_s} << QString();
        QTest::newRow("payload read with a check") << uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome' + (if std.objectHas(ctx.flow, 'transient_payload') then ' back' else ''),
    html: '<p>Hi</p>',
    to: [{ email: 'someone@example.com', type: 'to' }],
  },
})"_s << QStringList{u"login/after/passkey"_s, u"settings/after/profile"_s}
                                                   << QStringList{} << QString();
        QTest::newRow("two points, static warning too")
            << kGoodTemplate << QStringList{u"registration/after/password"_s, u"registration/before"_s}
            << QStringList{u"warning:before-hook"_s} << QString();
    }

    void checkWithWorker()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, points);
        QFETCH(QStringList, expected);
        QFETCH(QString, identityOf);
        expected.sort();

        TemplateEvaluator evaluator(2);
        RenderService renderer(&evaluator);
        ActionChecker checker(&renderer);
        Project project = defaultProject();
        project.transientPayload = QJsonObject{{u"campaign"_s, u"spring"_s}};
        const Action action = codeAction(source, points);
        const QList<Finding> found = checker.check(project, action);
        QCOMPARE(codes(found), expected);
        for (const Finding &f : found)
            QVERIFY2(!f.message.isEmpty(), qPrintable(f.code));
        if (!identityOf.isEmpty()) {
            const Finding *f = findCode(found, identityOf);
            QVERIFY(f);
            const auto preset = findIdentityPreset(u"oidc-no-email"_s);
            QVERIFY(preset);
            QCOMPARE(f->identity, preset->title);
            QCOMPARE(f->hookPoint, points.first());
            QCOMPARE(f->line, 6);
            QVERIFY2(f->message.contains(u"std.objectHas"), qPrintable(f->message));
        }
    }

    // The person's session in the email: found from the render (any path, not only whole-ctx forwarding),
    // and only where the ctx holds it (the project's header allow-list decides for headers).
    void sessionInTheEmail()
    {
        TemplateEvaluator evaluator(2);
        RenderService renderer(&evaluator);
        ActionChecker checker(&renderer);
        const QString cookieTemplate = uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome',
    html: '<p>Hi</p><!-- ' + std.join(',', [ctx.request_cookies[k] for k in std.objectFields(ctx.request_cookies)]) + ' -->',
    to: [{ email: 'someone@example.com', type: 'to' }],
  },
})"_s;
        const QList<HookPoint> signIn{*HookPoint::parse(u"login/after/password"_s)};
        const Project project = defaultProject();
        const QList<CheckIdentity> one{ActionChecker::defaultIdentities(project).first()};
        QList<Finding> found = checker.check(project, codeAction(cookieTemplate), signIn, one);
        const Finding *leak = findCode(found, u"session-in-email"_s);
        QVERIFY2(leak, qPrintable(codes(found).join(u' ')));
        QCOMPARE(leak->severity, Finding::Severity::Error);
        QVERIFY2(leak->message.contains(u"ctx.request_cookies.ory_session_"_s), qPrintable(leak->message));
        // An app's API flow has no cookies: nothing to leak.
        found = checker.check(project, codeAction(cookieTemplate), signIn, one, SampleVariant::NativeApp);
        QVERIFY(!findCode(found, u"session-in-email"_s));

        // Request headers: the default list has no session header; a project that allow-lists Cookie does.
        const QString headerTemplate = uR"(function(ctx) {
  message: {
    from_email: 'hello@example.com',
    subject: 'Welcome',
    html: '<p>Hi</p>',
    to: [{ email: 'someone@example.com', type: 'to' }],
    headers: { 'X-Seen': std.join(';', [std.join(',', ctx.request_headers[k]) for k in std.objectFields(ctx.request_headers)]) },
  },
})"_s;
        found = checker.check(project, codeAction(headerTemplate), signIn, one);
        QVERIFY(!findCode(found, u"session-in-email"_s));
        Project allowsCookie = project;
        allowsCookie.headerAllowlist =
            RequestHeaderAllowlist{{u"User-Agent"_s, u"Cookie"_s}, u"kratos.yml"_s};
        found = checker.check(allowsCookie, codeAction(headerTemplate), signIn, one);
        leak = findCode(found, u"session-in-email"_s);
        QVERIFY2(leak, qPrintable(codes(found).join(u' ')));
        QVERIFY2(leak->message.contains(u"ctx.request_headers[\"Cookie\"]"_s), qPrintable(leak->message));
        // The good template never trips it.
        QVERIFY(!findCode(checker.check(allowsCookie, codeAction(), signIn, one), u"session-in-email"_s));
    }

    void checkChosenPointsAndIdentities()
    {
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        ActionChecker checker(&renderer);
        const Action action =
            codeAction(u"function(ctx) if ctx.identity.traits.name.first == 'Zed' then error 'boom' "
                       u"else { message: {} }"_s);
        QJsonObject zed{{u"traits"_s, QJsonObject{{u"name"_s, QJsonObject{{u"first"_s, u"Zed"_s}}}}}};
        QJsonObject amy{{u"traits"_s, QJsonObject{{u"name"_s, QJsonObject{{u"first"_s, u"Amy"_s}}}}}};
        const QList<Finding> found =
            checker.check(defaultProject(), action, {*HookPoint::parse(u"login/after/password"_s)},
                          {CheckIdentity{u"zed"_s, u"Zed"_s, zed}, CheckIdentity{u"amy"_s, u"Amy"_s, amy}});
        const Finding *fails = findCode(found, u"template-fails"_s);
        QVERIFY(fails);
        QCOMPARE(fails->identity, u"Zed"_s);
        QCOMPARE(fails->hookPoint, u"login/after/password"_s);
        const Finding *body = findCode(found, u"mandrill-body"_s);
        QVERIFY(body);
        QCOMPARE(body->identity, u"Amy"_s);
        QCOMPARE(found.first().severity, Finding::Severity::Error);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
