// FireAnalysis: "will it fire?" findings per action and project config, the typed fixes they offer and how a
// fix changes the action's hook points, enabled methods, and the hook overview with secrets masked.
#include "TestEnv.h"
#include "core/ory/FireAnalysis.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"md-FAKEfireAnalysisKey123456"_s;

QJsonObject networkConfig()
{
    return QJsonDocument::fromJson(
               test::readFile(test::testDataDir() + u"/ory/network-default-identity-config.json"_s))
        .object();
}

// Self-hosted style: only the generic registration/after list, no method lists, password only.
QJsonObject genericOnlyConfig()
{
    return QJsonDocument::fromJson(R"({"selfservice": {"methods": {"password": {"enabled": true}},
        "flows": {"registration": {"after": {"hooks": []}}}}})")
        .object();
}

// An Ory Network project with SAML single sign-on switched on (Console:
// kratos_selfservice_methods_saml_enabled).
QJsonObject networkWithSamlConfig()
{
    QJsonObject config = networkConfig();
    QJsonObject selfservice = config.value(u"selfservice"_s).toObject();
    QJsonObject methods = selfservice.value(u"methods"_s).toObject();
    methods.insert(u"saml"_s, QJsonObject{{u"enabled"_s, true}});
    selfservice.insert(u"methods"_s, methods);
    config.insert(u"selfservice"_s, selfservice);
    return config;
}

QJsonObject configNamed(const QString &name)
{
    if (name == u"network+saml")
        return networkWithSamlConfig();
    return name == u"network" ? networkConfig() : genericOnlyConfig();
}

Action actionAt(const QStringList &points, bool ignore = true, bool parse = false)
{
    Action a = newAction(u"Welcome"_s);
    a.hookId = u"hookmail-fire-test"_s;
    a.responseIgnore = ignore;
    a.responseParse = parse;
    a.hookPoints.clear();
    for (const QString &p : points)
        a.hookPoints.append(*HookPoint::parse(p));
    return a;
}

QList<HookPoint> pointsOf(const QStringList &texts)
{
    QList<HookPoint> out;
    for (const QString &t : texts)
        out.append(*HookPoint::parse(t));
    return out;
}

QStringList textsOf(const QList<HookPoint> &points)
{
    QStringList out;
    for (const HookPoint &p : points)
        out.append(p.toString());
    return out;
}

// "code@point>fix" per finding, sorted, so a row states the whole answer in one list.
QStringList describe(const QList<FireFinding> &findings)
{
    QStringList out;
    for (const FireFinding &f : findings)
        out.append(f.code + u'@' + f.hookPoint + u'>' + fireFixText(f.fix));
    out.sort();
    return out;
}

} // namespace

class TestFireAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<bool>("ignore");
        QTest::addColumn<bool>("parse");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("generic list ignored while method lists exist")
            << u"network"_s << QStringList{u"registration/after"_s} << true << false
            << QStringList{u"generic-ignored@registration/after>move-to-method-lists:registration"_s,
                           u"not-in-project@>"_s};
        QTest::newRow("generic list used when there are no method lists")
            << u"generic"_s << QStringList{u"registration/after"_s} << true << false
            << QStringList{u"fires@>"_s, u"not-in-project@>"_s};
        QTest::newRow("password only: the other sign-up methods send nothing")
            << u"network"_s << QStringList{u"registration/after/password"_s} << true << false
            << QStringList{
                   u"not-in-project@>"_s, u"session-order@registration/after/password>"_s,
                   u"uncovered-method@registration/after/code>add-method:registration/after/code"_s,
                   u"uncovered-method@registration/after/oidc>add-method:registration/after/oidc"_s,
                   u"uncovered-method@registration/after/passkey>add-method:registration/after/passkey"_s};
        QTest::newRow("every enabled sign-up method covered")
            << u"network"_s
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s,
                           u"registration/after/code"_s, u"registration/after/passkey"_s}
            << true << false
            << QStringList{u"fires@>"_s,
                           u"not-in-project@>"_s,
                           u"session-order@registration/after/code>"_s,
                           u"session-order@registration/after/oidc>"_s,
                           u"session-order@registration/after/passkey>"_s,
                           u"session-order@registration/after/password>"_s};
        // SAML single sign-on lists run only where SAML is switched on.
        const QStringList everySignUp{u"registration/after/password"_s, u"registration/after/oidc"_s,
                                      u"registration/after/code"_s, u"registration/after/passkey"_s};
        QTest::newRow("SAML list in a project without SAML: said, not an error")
            << u"network"_s << (everySignUp + QStringList{u"registration/after/saml"_s}) << true << false
            << QStringList{u"fires@>"_s,
                           u"not-in-project@>"_s,
                           u"saml-off@registration/after/saml>"_s,
                           u"session-order@registration/after/code>"_s,
                           u"session-order@registration/after/oidc>"_s,
                           u"session-order@registration/after/passkey>"_s,
                           u"session-order@registration/after/password>"_s};
        QTest::newRow("SAML switched on and the action not on it")
            << u"network+saml"_s << everySignUp << true << false
            << QStringList{u"not-in-project@>"_s,
                           u"session-order@registration/after/code>"_s,
                           u"session-order@registration/after/oidc>"_s,
                           u"session-order@registration/after/passkey>"_s,
                           u"session-order@registration/after/password>"_s,
                           u"uncovered-method@registration/after/saml>add-method:registration/after/saml"_s};
        QTest::newRow("SAML switched on and covered")
            << u"network+saml"_s << (everySignUp + QStringList{u"registration/after/saml"_s}) << true << false
            << QStringList{u"fires@>"_s,
                           u"not-in-project@>"_s,
                           u"session-order@registration/after/code>"_s,
                           u"session-order@registration/after/oidc>"_s,
                           u"session-order@registration/after/passkey>"_s,
                           u"session-order@registration/after/password>"_s};
        QTest::newRow("only SAML sign-in, SAML off: the other sign-ins are named")
            << u"network"_s << QStringList{u"login/after/saml"_s} << true << false
            << QStringList{
                   u"not-in-project@>"_s,
                   u"saml-off@login/after/saml>"_s,
                   u"uncovered-method@login/after/code>add-method:login/after/code"_s,
                   u"uncovered-method@login/after/lookup_secret>add-method:login/after/lookup_secret"_s,
                   u"uncovered-method@login/after/oidc>add-method:login/after/oidc"_s,
                   u"uncovered-method@login/after/passkey>add-method:login/after/passkey"_s,
                   u"uncovered-method@login/after/password>add-method:login/after/password"_s,
                   u"uncovered-method@login/after/totp>add-method:login/after/totp"_s};
        QTest::newRow("waiting for Mandrill after sign-up")
            << u"generic"_s << QStringList{u"registration/after"_s} << false << false
            << QStringList{u"blocking-after-save@registration/after>set-ignore"_s, u"not-in-project@>"_s};
        QTest::newRow("parse on Mandrill")
            << u"generic"_s << QStringList{u"registration/after"_s} << false << true
            << QStringList{u"not-in-project@>"_s, u"parse-on-mandrill@>set-ignore"_s,
                           u"pre-persist@registration/after>set-ignore"_s};
        QTest::newRow("ignore and parse together")
            << u"generic"_s << QStringList{u"login/after/password"_s} << true << true
            << QStringList{u"ignore-and-parse@>set-ignore"_s, u"not-in-project@>"_s,
                           u"parse-on-mandrill@>set-ignore"_s};
    }
    void findings()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, points);
        QFETCH(bool, ignore);
        QFETCH(bool, parse);
        QFETCH(QStringList, expected);
        const Action action = actionAt(points, ignore, parse);
        QVERIFY(action.url.contains(u"mandrillapp.com"_s)); // the parse-on-mandrill rows depend on it
        QCOMPARE(describe(analyseFiring(configNamed(config), action)), expected);
    }

    void samlOffInPlainWords()
    {
        const auto findings = analyseFiring(
            networkConfig(), actionAt({u"registration/after/password"_s, u"registration/after/saml"_s}));
        const auto off = std::find_if(findings.begin(), findings.end(),
                                      [](const FireFinding &f) { return f.code == u"saml-off"; });
        QVERIFY(off != findings.end());
        QCOMPARE(off->severity, FireFinding::Severity::Info);
        QVERIFY2(off->message.startsWith(u"After sign-up with SAML single sign-on: nothing is sent"_s) &&
                     off->message.contains(u"only when SAML single sign-on is switched on"_s) &&
                     off->message.contains(u"selfservice.methods.saml.enabled"_s),
                 qPrintable(off->message));
        // With SAML on, the same action has no such finding, and "fires" no longer names an exception.
        const auto on = analyseFiring(
            networkWithSamlConfig(), actionAt({u"registration/after/password"_s, u"registration/after/oidc"_s,
                                               u"registration/after/code"_s, u"registration/after/passkey"_s,
                                               u"registration/after/saml"_s}));
        QVERIFY(
            std::none_of(on.begin(), on.end(), [](const FireFinding &f) { return f.code == u"saml-off"; }));
        const auto fires =
            std::find_if(on.begin(), on.end(), [](const FireFinding &f) { return f.code == u"fires"; });
        QVERIFY(fires != on.end());
        QVERIFY(!fires->message.contains(u"SAML"_s));
        const auto offFires = analyseFiring(
            networkConfig(), actionAt({u"registration/after/password"_s, u"registration/after/oidc"_s,
                                       u"registration/after/code"_s, u"registration/after/passkey"_s,
                                       u"registration/after/saml"_s}));
        QVERIFY(std::any_of(offFires.begin(), offFires.end(), [](const FireFinding &f) {
            return f.code == u"fires" && f.message.contains(u"except SAML single sign-on"_s);
        }));
    }

    void brokenForeignHookIsExplained()
    {
        const Action action = actionAt({u"login/after/password"_s, u"login/after/code"_s});
        auto codesAt = [&](const QJsonObject &config) {
            QStringList out;
            for (const FireFinding &f : analyseFiring(config, action)) {
                if (f.code == u"broken-foreign-hook")
                    out.append(f.hookPoint + u' ' + severityName(f.severity));
            }
            return out;
        };
        QJsonObject config = networkConfig();
        QVERIFY(codesAt(config).isEmpty()); // the fixture's CRM hook (api_key in a header) is valid
        // Someone's api_key "in: query" before ours, and someone's hook without a body in login/after/code.
        QJsonObject flows = config[u"selfservice"][u"flows"].toObject();
        QJsonObject login = flows[u"login"].toObject();
        QJsonObject after = login[u"after"].toObject();
        QJsonArray password = after[u"password"][u"hooks"].toArray();
        password.prepend(
            QJsonDocument::fromJson(
                R"({"hook":"web_hook","config":{"url":"https:\/\/audit.example.com/h","method":"POST",
                                 "body":"base64:\/\/e30=","auth":{"type":"api_key","config":{"name":"k",
                                 "value":"v","in":"query"}}}})")
                .object());
        after.insert(u"password"_s, QJsonObject{{u"hooks"_s, password}});
        after.insert(
            u"code"_s,
            QJsonObject{
                {u"hooks"_s, QJsonArray{QJsonDocument::fromJson(
                                            R"({"hook":"web_hook","config":{"url":"https:\/\/x.example/h",
                                                     "method":"POST"}})")
                                            .object()}}});
        login.insert(u"after"_s, after);
        flows.insert(u"login"_s, login);
        QJsonObject selfservice = config[u"selfservice"].toObject();
        selfservice.insert(u"flows"_s, flows);
        config.insert(u"selfservice"_s, selfservice);
        QCOMPARE(codesAt(config),
                 (QStringList{u"login/after/password error"_s, u"login/after/code warning"_s}));
        for (const FireFinding &f : analyseFiring(config, action)) {
            if (f.code == u"broken-foreign-hook" && f.hookPoint == u"login/after/password")
                QVERIFY2(f.message.contains(u"audit.example.com"_s) && f.message.contains(u"“cookie”"_s),
                         qPrintable(f.message));
        }
    }

    void presentInProjectFires()
    {
        // Once the action's hook is in the list, "not in the project" goes and "fires" says it runs now.
        QJsonObject config = genericOnlyConfig();
        const Action action = actionAt({u"registration/after"_s});
        QJsonObject selfservice = config.value(u"selfservice"_s).toObject();
        QJsonObject flows = selfservice.value(u"flows"_s).toObject();
        flows.insert(
            u"registration"_s,
            QJsonObject{
                {u"after"_s, QJsonObject{{u"hooks"_s, QJsonArray{webHookJson(action, {kKey, true, {}})}}}}});
        selfservice.insert(u"flows"_s, flows);
        config.insert(u"selfservice"_s, selfservice);
        const auto findings = analyseFiring(config, action);
        QCOMPARE(describe(findings), QStringList{u"fires@>"_s});
        QVERIFY(!findings.first().message.contains(u"Once pushed"_s));
    }

    void fixText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("flow");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << int(FireFix::Kind::None) << QString() << 0 << QString();
        QTest::newRow("add method") << int(FireFix::Kind::AddMethod) << u"login/after/code"_s << 0
                                    << u"add-method:login/after/code"_s;
        QTest::newRow("move") << int(FireFix::Kind::MoveToMethodLists) << QString()
                              << int(HookPoint::Flow::Settings) << u"move-to-method-lists:settings"_s;
        QTest::newRow("ignore") << int(FireFix::Kind::SetIgnore) << QString() << 0 << u"set-ignore"_s;
    }
    void fixText()
    {
        QFETCH(int, kind);
        QFETCH(QString, point);
        QFETCH(int, flow);
        QFETCH(QString, text);
        FireFix fix;
        fix.kind = FireFix::Kind(kind);
        if (!point.isEmpty())
            fix.point = *HookPoint::parse(point);
        fix.flow = HookPoint::Flow(flow);
        QCOMPARE(fireFixText(fix), text);
        QCOMPARE(fix.isNone(), text.isEmpty());
    }

    void applyFix_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("point");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<bool>("changes");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("add a method")
            << int(FireFix::Kind::AddMethod) << u"registration/after/oidc"_s
            << QStringList{u"registration/after/password"_s} << true
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s};
        QTest::newRow("add a method already there: no duplicate")
            << int(FireFix::Kind::AddMethod) << u"registration/after/password"_s
            << QStringList{u"registration/after/password"_s} << true
            << QStringList{u"registration/after/password"_s};
        // The network config has non-empty registration method lists password, oidc, code, webauthn,
        // passkey (document order); the generic list goes, other flows stay.
        QTest::newRow("move to the method lists")
            << int(FireFix::Kind::MoveToMethodLists) << QString()
            << QStringList{u"registration/after"_s, u"login/after/password"_s, u"registration/after/oidc"_s}
            << true << QStringList{u"login/after/password"_s,        u"registration/after/oidc"_s,
                                   u"registration/after/password"_s, u"registration/after/code"_s,
                                   u"registration/after/webauthn"_s, u"registration/after/passkey"_s};
        QTest::newRow("ignore the response: not a hook point change")
            << int(FireFix::Kind::SetIgnore) << QString() << QStringList{u"registration/after"_s} << false
            << QStringList{};
        QTest::newRow("none") << int(FireFix::Kind::None) << QString() << QStringList{u"registration/after"_s}
                              << false << QStringList{};
    }
    void applyFix()
    {
        QFETCH(int, kind);
        QFETCH(QString, point);
        QFETCH(QStringList, before);
        QFETCH(bool, changes);
        QFETCH(QStringList, after);
        FireFix fix;
        fix.kind = FireFix::Kind(kind);
        fix.flow = HookPoint::Flow::Registration;
        if (!point.isEmpty())
            fix.point = *HookPoint::parse(point);
        const auto result = hookPointsAfterFix(fix, pointsOf(before), networkConfig());
        QCOMPARE(result.has_value(), changes);
        if (result) {
            QStringList got = textsOf(*result);
            // Order of the method lists follows the document; compare as sets, and keep the untouched first.
            QCOMPARE(got.first(), after.first());
            got.sort();
            after.sort();
            QCOMPARE(got, after);
        }
    }

    void offeredFixesResolveTheirFindings()
    {
        // Applying every fix the analysis offers for hook points leaves no error or uncovered method.
        const QJsonObject config = networkConfig();
        Action action = actionAt({u"registration/after"_s});
        for (int pass = 0; pass < 3; ++pass) {
            for (const FireFinding &f : analyseFiring(config, action)) {
                if (const auto points = hookPointsAfterFix(f.fix, action.hookPoints, config)) {
                    action.hookPoints = *points;
                    break;
                }
            }
        }
        const QStringList left = describe(analyseFiring(config, action));
        for (const QString &d : left) {
            QVERIFY2(!d.startsWith(u"generic-ignored"_s) && !d.startsWith(u"uncovered-method"_s),
                     qPrintable(left.join(u'\n')));
        }
        QVERIFY(textsOf(action.hookPoints).contains(u"registration/after/passkey"_s));
        QVERIFY(!textsOf(action.hookPoints).contains(u"registration/after"_s));
    }

    void enabledMethods_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QStringList>("methods");
        // webauthn is off; code signs people up only because passwordless_enabled is on; totp and lookup
        // secrets are second factors, never a sign-up.
        QTest::newRow("network registration")
            << u"network"_s << u"registration"_s
            << QStringList{u"password"_s, u"oidc"_s, u"code"_s, u"passkey"_s};
        QTest::newRow("network login")
            << u"network"_s << u"login"_s
            << QStringList{u"password"_s, u"oidc"_s, u"code"_s, u"passkey"_s, u"totp"_s, u"lookup_secret"_s};
        QTest::newRow("network registration with SAML")
            << u"network+saml"_s << u"registration"_s
            << QStringList{u"password"_s, u"oidc"_s, u"code"_s, u"passkey"_s, u"saml"_s};
        QTest::newRow("network login with SAML")
            << u"network+saml"_s << u"login"_s
            << QStringList{u"password"_s, u"oidc"_s,          u"code"_s, u"passkey"_s,
                           u"totp"_s,     u"lookup_secret"_s, u"saml"_s};
        QTest::newRow("no SAML in settings")
            << u"network+saml"_s << u"settings"_s
            << QStringList{u"password"_s, u"oidc"_s, u"passkey"_s, u"totp"_s, u"lookup_secret"_s};
        QTest::newRow("password by default")
            << u"generic"_s << u"registration"_s << QStringList{u"password"_s};
    }
    void enabledMethods()
    {
        QFETCH(QString, config);
        QFETCH(QString, flow);
        QFETCH(QStringList, methods);
        QCOMPARE(hookmail::enabledMethods(configNamed(config), flow), methods);
    }

    void overviewMasksSecrets()
    {
        QJsonObject config = networkConfig();
        const auto overview = hookOverview(config, {kKey});
        const QString text = hookOverviewText(overview, true);
        QVERIFY2(text.contains(u"| function(ctx) { id: ctx.identity.id }"_s), qPrintable(text));
        QVERIFY(!containsSecret(text.toUtf8(), u"crm-secret-value-123"_s));
        bool sawLogin = false;
        for (const HookOverviewEntry &e : overview) {
            if (e.label == u"login/after/password") {
                sawLogin = true;
                QCOMPARE(e.hooks.size(), 2);
                QVERIFY(e.effective);
            }
        }
        QVERIFY(sawLogin);

        // A shipped Hookmail body holds the Mandrill key: the overview shows the template, never the key.
        const Action action = actionAt({u"registration/after"_s});
        QJsonObject generic = genericOnlyConfig();
        QJsonObject flows{
            {u"registration"_s,
             QJsonObject{{u"after"_s,
                          QJsonObject{{u"hooks"_s, QJsonArray{webHookJson(action, {kKey, true, {}})}}}}}}};
        generic.insert(u"selfservice"_s, QJsonObject{{u"flows"_s, flows}});
        const QString shipped = hookOverviewText(hookOverview(generic, {kKey}), true);
        QVERIFY2(shipped.contains(u"registration/after"_s), qPrintable(shipped));
        QVERIFY2(!containsSecret(shipped.toUtf8(), kKey), qPrintable(shipped));
        QVERIFY(shipped.contains(u"web_hook POST https://mandrillapp.com"_s));
    }

    void genericListMarkedIneffective()
    {
        QJsonObject config = networkConfig();
        QJsonObject selfservice = config.value(u"selfservice"_s).toObject();
        QJsonObject flows = selfservice.value(u"flows"_s).toObject();
        QJsonObject registration = flows.value(u"registration"_s).toObject();
        QJsonObject after = registration.value(u"after"_s).toObject();
        after.insert(u"hooks"_s, QJsonArray{QJsonObject{{u"hook"_s, u"session"_s}}});
        registration.insert(u"after"_s, after);
        flows.insert(u"registration"_s, registration);
        selfservice.insert(u"flows"_s, flows);
        config.insert(u"selfservice"_s, selfservice);
        int generic = 0;
        for (const HookOverviewEntry &e : hookOverview(config, {})) {
            if (e.label == u"registration/after") {
                ++generic;
                QVERIFY(!e.effective);
                QVERIFY(!e.note.isEmpty());
            } else if (e.label.startsWith(u"registration/after/")) {
                QVERIFY(e.effective);
            }
        }
        QCOMPARE(generic, 1);
    }
};

QTEST_GUILESS_MAIN(TestFireAnalysis)
#include "tst_fireanalysis.moc"
