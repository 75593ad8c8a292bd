// HookPlan: which hook lists a push/removal/restore changes, the JSON Patch for it, and the readable diff.
#include "TestEnv.h"
#include "core/ory/HookPlan.h"
#include "core/ory/StoredBody.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = QStringLiteral("md-FAKEmandrillKey1234567");

QJsonObject fixture()
{
    return QJsonDocument::fromJson(
               test::readFile(test::testDataDir() +
                              QStringLiteral("/ory/network-default-identity-config.json")))
        .object();
}

Action actionAt(const QStringList &points)
{
    Action a = newAction(QStringLiteral("Welcome"));
    a.hookId = QStringLiteral("hookmail-0000-test");
    a.hookPoints.clear();
    for (const QString &p : points)
        a.hookPoints.append(*HookPoint::parse(p));
    return a;
}

QJsonObject hookFor(const Action &a)
{
    return webHookJson(a, WebHookOptions{kKey, true, {}});
}

QJsonObject applied(const QJsonObject &config, const HookPlan &plan)
{
    auto r = applyPlan(config, plan);
    if (!r)
        qFatal("applyPlan failed: %s", qPrintable(r.error().message));
    return r.value();
}

// The config with the given hook lists blanked out, to compare "everything else".
QJsonObject without(QJsonObject config, const QStringList &pointers)
{
    for (const QString &p : pointers) {
        QStringList parts = p.split(u'/', Qt::SkipEmptyParts);
        std::function<QJsonObject(QJsonObject, int)> strip = [&](QJsonObject o, int i) {
            if (i == parts.size() - 1) {
                o.remove(parts[i]);
                return o;
            }
            if (o.value(parts[i]).isObject())
                o.insert(parts[i], strip(o.value(parts[i]).toObject(), i + 1));
            return o;
        };
        config = strip(config, 0);
    }
    return config;
}

} // namespace

class TestHookPlan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstPush_data()
    {
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<QStringList>("changedLabels");
        QTest::addColumn<QStringList>("ops");
        QTest::addColumn<QString>("finding");
        QTest::newRow("password+oidc")
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s}
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s}
            << QStringList{u"add"_s, u"add"_s} << QString();
        QTest::newRow("login code list missing → add under login/after")
            << QStringList{u"login/after/code"_s} << QStringList{u"login/after/code"_s}
            << QStringList{u"add"_s} << QString();
        QTest::newRow("settings after missing → add the whole after object")
            << QStringList{u"settings/after/profile"_s} << QStringList{u"settings/after/profile"_s}
            << QStringList{u"add"_s} << QString();
        QTest::newRow("generic registration list while method lists exist → skipped")
            << QStringList{u"registration/after"_s} << QStringList{} << QStringList{}
            << QStringLiteral("generic-list-ignored");
        QTest::newRow("generic + password: only password")
            << QStringList{u"registration/after"_s, u"registration/after/password"_s}
            << QStringList{u"registration/after/password"_s} << QStringList{u"add"_s}
            << QStringLiteral("generic-list-ignored");
        QTest::newRow("recovery after (no method lists there)")
            << QStringList{u"recovery/after"_s} << QStringList{u"recovery/after"_s} << QStringList{u"add"_s}
            << QString();
    }
    void firstPush()
    {
        QFETCH(QStringList, points);
        QFETCH(QStringList, changedLabels);
        QFETCH(QStringList, ops);
        QFETCH(QString, finding);
        const QJsonObject config = fixture();
        const Action action = actionAt(points);
        const QJsonObject hook = hookFor(action);
        auto plan = planPush(config, action, hook);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QStringList labels;
        for (const auto &c : plan->changes)
            labels.append(c.label);
        labels.sort();
        changedLabels.sort();
        QCOMPARE(labels, changedLabels);
        QStringList gotOps;
        for (const QJsonValue &op : plan->patch) {
            gotOps.append(op[u"op"].toString());
            QVERIFY(op[u"path"].toString().startsWith(u"/services/identity/config/selfservice/flows/"));
            // Nobody else's hook is sent: an added element is ours, a created list holds only ours.
            const QByteArray value = QJsonDocument(QJsonArray{op[u"value"]}).toJson(QJsonDocument::Compact);
            QVERIFY2(!value.contains("session") && !value.contains("crm.example.com"), value.constData());
            if (op[u"path"].toString().endsWith(u"/hooks/-"))
                QCOMPARE(op[u"value"].toObject(), hook);
        }
        QCOMPARE(gotOps, ops);
        QStringList codes;
        for (const auto &f : plan->findings)
            codes.append(f.code);
        if (finding.isEmpty())
            QVERIFY(codes.isEmpty());
        else
            QVERIFY2(codes.contains(finding), qPrintable(codes.join(QStringLiteral(","))));

        const QJsonObject after = applied(config, plan.value());
        QStringList pointers;
        for (const auto &c : plan->changes) {
            pointers.append(c.existed ? c.pointer : c.createdPointer);
            const auto list = hookListAt(after, c.pointer);
            QVERIFY(list.has_value());
            // Appended at the end, exactly once; the old hooks stay in order before it.
            QCOMPARE(list->last().toObject(), hook);
            int count = 0;
            for (const QJsonValue &h : *list)
                count += isHookWithId(h, action.hookId);
            QCOMPARE(count, 1);
            for (qsizetype i = 0; i < c.before.size(); ++i)
                QCOMPARE(list->at(i), c.before.at(i));
        }
        // Everything outside the changed lists is identical (also for created lists: only the new path
        // differs).
        QCOMPARE(without(after, pointers), without(config, pointers));

        // Second push of the same action: nothing to do.
        auto again = planPush(after, action, hook);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QVERIFY(again->patch.isEmpty());
    }

    void editedPushReplacesInPlace()
    {
        const QJsonObject config = fixture();
        Action action = actionAt({u"registration/after/password"_s});
        auto first = planPush(config, action, hookFor(action));
        QVERIFY(first.ok());
        QJsonObject pushed = applied(config, first.value());
        // Someone adds a hook after ours in the Console; ours must stay where it is.
        QJsonArray list =
            *hookListAt(pushed, QStringLiteral("/selfservice/flows/registration/after/password/hooks"));
        list.append(QJsonObject{{u"hook"_s, u"web_hook"_s},
                                {u"config"_s, QJsonObject{{u"url"_s, u"https://other.example.com"_s},
                                                          {u"method"_s, u"POST"_s},
                                                          {u"body"_s, u"base64://e30="_s}}}});
        HookPlan console;
        console.changes.append(HookListChange{
            QStringLiteral("/selfservice/flows/registration/after/password/hooks"),
            {},
            true,
            {},
            *hookListAt(pushed, QStringLiteral("/selfservice/flows/registration/after/password/hooks")),
            list});
        console.patch =
            QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                   {u"path"_s, u"/services/identity/config/selfservice/flows/registration/"_s
                                               "after/password/hooks"},
                                   {u"value"_s, list}}};
        pushed = applied(pushed, console);
        action.templateSource = QStringLiteral("function(ctx) { subject: 'changed' }");
        const QJsonObject edited = hookFor(action);
        auto second = planPush(pushed, action, edited);
        QVERIFY(second.ok());
        QCOMPARE(second->changes.size(), 1);
        const QJsonArray before = second->changes.first().before;
        const QJsonArray after = *second->changes.first().after;
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.at(2).toObject(), edited); // [show_verification_ui, session, ours, other]
        QCOMPARE(after.at(3), before.at(3));
        // Exactly our element, guarded by a test of exactly it; the others are not sent.
        const QString at2 =
            u"/services/identity/config/selfservice/flows/registration/after/password/hooks/2"_s;
        QCOMPARE(second->patch,
                 (QJsonArray{QJsonObject{{u"op"_s, u"test"_s}, {u"path"_s, at2}, {u"value"_s, before.at(2)}},
                             QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, at2}, {u"value"_s, edited}}}));
        const QString diff = planDiffText(second.value(), {kKey});
        QVERIFY2(diff.contains(u"  ~ web_hook POST"), qPrintable(diff));
        QVERIFY(!diff.contains(kKey));
    }

    void detachedHookPointIsRemoved()
    {
        const QJsonObject config = fixture();
        Action action = actionAt({u"registration/after/password"_s, u"registration/after/oidc"_s});
        QJsonObject pushed = applied(config, planPush(config, action, hookFor(action)).value());
        action.hookPoints = {*HookPoint::parse(QStringLiteral("registration/after/password"))};
        auto plan = planPush(pushed, action, hookFor(action));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.size(), 1);
        QCOMPARE(plan->changes.first().label, QStringLiteral("registration/after/oidc"));
        QCOMPARE(*plan->changes.first().after,
                 *hookListAt(config, QStringLiteral("/selfservice/flows/registration/after/oidc/hooks")));
    }

    void duplicatesCollapse()
    {
        QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after/oidc"_s});
        const QJsonObject hook = hookFor(action);
        QJsonObject old = hook;
        QJsonObject oldConfig = old[u"config"].toObject();
        oldConfig.insert(QStringLiteral("url"), QStringLiteral("https://old.example.com"));
        old.insert(QStringLiteral("config"), oldConfig);
        HookPlan seed;
        seed.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"replace"_s},
            {u"path"_s, u"/services/identity/config/selfservice/flows/registration/after/oidc/hooks"_s},
            {u"value"_s, QJsonArray{old, QJsonObject{{u"hook"_s, u"session"_s}}, hook}}}};
        config = applied(config, seed);
        auto plan = planPush(config, action, hook);
        QVERIFY(plan.ok());
        QCOMPARE(*plan->changes.first().after, (QJsonArray{hook, QJsonObject{{u"hook"_s, u"session"_s}}}));
        QCOMPARE(plan->findings.first().code, QStringLiteral("duplicate-removed"));
        // The first copy is replaced in place, the last one removed; `session` is never sent.
        QStringList ops;
        for (const QJsonValue &o : plan->patch)
            ops.append(o[u"op"].toString() + u' ' + o[u"path"].toString().section(u'/', -1));
        QCOMPARE(ops, (QStringList{u"test 0"_s, u"replace 0"_s, u"test 2"_s, u"remove 2"_s}));
        QVERIFY(!QJsonDocument(plan->patch).toJson().contains("session"));
    }

    void genericListMovedOnRequest()
    {
        const QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after"_s});
        auto plan = planPush(config, action, hookFor(action), PushOptions{true});
        QVERIFY(plan.ok());
        QStringList labels;
        for (const auto &c : plan->changes)
            labels.append(c.label);
        labels.sort();
        QCOMPARE(labels, (QStringList{u"registration/after/code"_s, u"registration/after/oidc"_s,
                                      u"registration/after/passkey"_s, u"registration/after/password"_s,
                                      u"registration/after/webauthn"_s}));
        QCOMPARE(plan->findings.first().code, QStringLiteral("generic-list-moved"));
    }

    void removalAndRestoreGiveBackTheOriginal()
    {
        const QJsonObject config = fixture();
        const Action action =
            actionAt({u"registration/after/password"_s, u"login/after/code"_s, u"settings/after/profile"_s});
        auto push = planPush(config, action, hookFor(action));
        QVERIFY(push.ok());
        const QJsonObject pushed = applied(config, push.value());

        auto removal = planRemoval(pushed, action.hookId);
        QVERIFY(removal.ok());
        QCOMPARE(removal->changes.size(), 3);
        const QJsonObject removed = applied(pushed, removal.value());
        QCOMPARE(*hookListAt(removed, QStringLiteral("/selfservice/flows/registration/after/password/hooks")),
                 *hookListAt(config, QStringLiteral("/selfservice/flows/registration/after/password/hooks")));
        QVERIFY(planRemoval(removed, action.hookId)->isEmpty());

        // Restore = rollback of the push: lists the push created disappear again, together with their
        // objects.
        QList<DesiredList> desired;
        for (const auto &c : push->changes)
            desired.append(
                DesiredList{c.pointer, c.existed ? std::optional(c.before) : std::nullopt, c.createdPointer});
        auto restore = planRestore(pushed, desired);
        QVERIFY(restore.ok());
        QCOMPARE(applied(pushed, restore.value()), config);
        QVERIFY(planRestore(config, desired)->isEmpty());
    }

    void concurrentEditFailsTheTestOp()
    {
        // An edit of our hook is guarded by a test of exactly our element: a Console edit that moves it
        // makes the old patch fail instead of overwriting someone else's hook.
        Action action = actionAt({u"registration/after/password"_s});
        const QJsonObject config = applied(fixture(), planPush(fixture(), action, hookFor(action)).value());
        action.templateSource = QStringLiteral("function(ctx) { subject: 'edited' }");
        auto plan = planPush(config, action, hookFor(action));
        QVERIFY(plan.ok());
        QCOMPARE(plan->patch.first()[u"op"].toString(), u"test"_s);
        HookPlan console;
        console.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"add"_s},
            {u"path"_s, u"/services/identity/config/selfservice/flows/registration/after/password/hooks/0"_s},
            {u"value"_s, QJsonObject{{u"hook"_s, u"b2b_sso"_s}}}}};
        const QJsonObject edited = applied(config, console);
        const auto result = applyPlan(edited, plan.value());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("patch-failed"));
    }

    void secretsNeverShown()
    {
        const QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after/password"_s});
        auto plan = planPush(config, action, hookFor(action));
        QVERIFY(plan.ok());
        const QByteArray patchBytes = QJsonDocument(plan->patch).toJson();
        QVERIFY(containsSecret(patchBytes, kKey)); // the real patch carries the key (inside the base64 body)
        const QByteArray shown = QJsonDocument(redactedPatch(plan->patch, {kKey})).toJson();
        QVERIFY(!containsSecret(shown, kKey));
        QVERIFY(!containsSecret(shown, QStringLiteral("crm-secret-value-123")));
        const QString diff = planDiffText(plan.value(), {kKey});
        QVERIFY(!containsSecret(diff.toUtf8(), kKey));
        QVERIFY2(
            diff.contains(
                u"  + web_hook POST https://mandrillapp.com/api/1.0/messages/send (id hookmail-0000-test, "
                u"response ignored)"),
            qPrintable(diff));
        QVERIFY(diff.contains(u"    show_verification_ui") || diff.contains(u"    show_verification_ui\n") ||
                diff.contains(u"show_verification_ui"));
    }

    void emptyOrPartialConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("{} (Prism's example project)") << QByteArray("{}");
        QTest::newRow("selfservice only") << QByteArray(R"({"selfservice":{"methods":{}}})");
        QTest::newRow("flows without registration")
            << QByteArray(R"({"selfservice":{"flows":{"login":{}}}})");
        QTest::newRow("registration/after empty")
            << QByteArray(R"({"selfservice":{"flows":{"registration":{"after":{}}}}})");
        QTest::newRow("one method list, empty") << QByteArray(
            R"({"selfservice":{"flows":{"registration":{"after":{"password":{"hooks":[]}}}}}})");
    }
    void emptyOrPartialConfig()
    {
        // The built-in action's hook points share missing parents: each list is created once, none twice.
        QFETCH(QByteArray, config);
        const QJsonObject original = QJsonDocument::fromJson(config).object();
        const Action action = actionAt({u"registration/after/password"_s, u"registration/after/oidc"_s,
                                        u"registration/after/code"_s, u"login/after/password"_s});
        auto plan = planPush(original, action, hookFor(action));
        QVERIFY2(plan.ok(), qPrintable(plan.error().message));
        QCOMPARE(plan->changes.size(), 4);
        const QJsonObject after = applied(original, plan.value());
        for (const HookPoint &p : action.hookPoints)
            QCOMPARE(*hookListAt(after, p.configPointer()), QJsonArray{hookFor(action)});
        QVERIFY(planPush(after, action, hookFor(action))->isEmpty());
        // Rollback (restore) gives back exactly what was there, and removal leaves only empty lists.
        QList<DesiredList> desired;
        for (const auto &c : plan->changes)
            desired.append(
                DesiredList{c.pointer, c.existed ? std::optional(c.before) : std::nullopt, c.createdPointer});
        auto restore = planRestore(after, desired, action.hookId);
        QVERIFY2(restore.ok(), qPrintable(restore.error().message));
        QCOMPARE(applied(after, restore.value()), original);
        auto removal = planRemoval(after, action.hookId);
        QVERIFY(removal.ok());
        for (const HookPoint &p : action.hookPoints)
            QCOMPARE(*hookListAt(applied(after, removal.value()), p.configPointer()), QJsonArray());
    }

    void restoreKeepsHooksAddedToACreatedList()
    {
        const QJsonObject config = fixture();
        const Action action = actionAt({u"settings/after/profile"_s});
        auto push = planPush(config, action, hookFor(action));
        QVERIFY(push.ok());
        QVERIFY(!push->changes.first().existed);
        QJsonObject pushed = applied(config, push.value());
        HookPlan console;
        console.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"add"_s},
            {u"path"_s, u"/services/identity/config/selfservice/flows/settings/after/profile/hooks/-"_s},
            {u"value"_s, QJsonObject{{u"hook"_s, u"show_verification_ui"_s}}}}};
        pushed = applied(pushed, console);
        const auto &c = push->changes.first();
        auto restore =
            planRestore(pushed, {DesiredList{c.pointer, std::nullopt, c.createdPointer}}, action.hookId);
        QVERIFY(restore.ok());
        QCOMPARE(restore->findings.first().code, u"list-kept"_s);
        QCOMPARE(*hookListAt(applied(pushed, restore.value()), c.pointer),
                 (QJsonArray{QJsonObject{{u"hook"_s, u"show_verification_ui"_s}}}));
    }

    void hiddenForeignSecretRefusesThePlan_data()
    {
        QTest::addColumn<QJsonObject>("auth");
        QTest::addColumn<QString>("hidden");
        const auto basic = [](const QJsonValue &password) {
            QJsonObject config{{u"user"_s, u"crm"_s}};
            if (!password.isUndefined())
                config.insert(u"password"_s, password);
            return QJsonObject{{u"type"_s, u"basic_auth"_s}, {u"config"_s, config}};
        };
        const auto apiKey = [](const QString &value) {
            return QJsonObject{
                {u"type"_s, u"api_key"_s},
                {u"config"_s,
                 QJsonObject{{u"name"_s, u"X-Api-Key"_s}, {u"value"_s, value}, {u"in"_s, u"header"_s}}}};
        };
        QTest::newRow("basic_auth password empty") << basic(u""_s) << u"password"_s;
        QTest::newRow("basic_auth password missing")
            << basic(QJsonValue(QJsonValue::Undefined)) << u"password"_s;
        QTest::newRow("basic_auth password ****") << basic(u"********"_s) << u"password"_s;
        QTest::newRow("basic_auth password [REDACTED]") << basic(u"[REDACTED]"_s) << u"password"_s;
        QTest::newRow("api_key value •••") << apiKey(u"•••••"_s) << u"value"_s;
        QTest::newRow("api_key value empty") << apiKey(u""_s) << u"value"_s;
        QTest::newRow("basic_auth real password") << basic(u"s3cret-Pa55"_s) << QString();
        QTest::newRow("api_key real value") << apiKey(u"crm-secret-value-123"_s) << QString();
    }
    void hiddenForeignSecretRefusesThePlan()
    {
        QFETCH(QJsonObject, auth);
        QFETCH(QString, hidden);
        const QJsonObject foreign{{u"hook"_s, u"web_hook"_s},
                                  {u"config"_s, QJsonObject{{u"url"_s, u"https://crm.example.com/h"_s},
                                                            {u"method"_s, u"POST"_s},
                                                            {u"body"_s, u"base64://e30="_s},
                                                            {u"auth"_s, auth}}}};
        QCOMPARE(hiddenSecretOf(foreign), hidden);
        HookPlan seed;
        seed.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"add"_s},
            {u"path"_s, u"/services/identity/config/selfservice/flows/registration/after/oidc/hooks/0"_s},
            {u"value"_s, foreign}}};
        const QJsonObject config = applied(fixture(), seed);
        const Action action = actionAt({u"registration/after/oidc"_s});
        auto plan = planPush(config, action, hookFor(action));
        if (hidden.isEmpty()) {
            QVERIFY2(plan.ok(), qPrintable(plan.error().message));
            return;
        }
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, u"redacted-secret"_s);
        QVERIFY2(plan.error().message.contains(u"registration/after/oidc"_s) &&
                     plan.error().message.contains(u"crm.example.com"_s) &&
                     plan.error().message.contains(u"Ory Console"_s),
                 qPrintable(plan.error().message));
        // A list the push does not touch is not its business.
        QVERIFY(planPush(config, actionAt({u"registration/after/password"_s}),
                         hookFor(actionAt({u"registration/after/password"_s})))
                    .ok());
        // Removing and restoring refuse too.
        QCOMPARE(
            planRemoval(
                applied(
                    config,
                    HookPlan{
                        {},
                        {},
                        QJsonArray{QJsonObject{
                            {u"op"_s, u"add"_s},
                            {u"path"_s,
                             u"/services/identity/config/selfservice/flows/registration/after/oidc/hooks/-"_s},
                            {u"value"_s, hookFor(action)}}},
                        {}}),
                action.hookId)
                .error()
                .code,
            u"redacted-secret"_s);
    }

    void checkPlanAppliedNamesWhatOryDropped()
    {
        const QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after/password"_s, u"registration/after/oidc"_s});
        auto plan = planPush(config, action, hookFor(action));
        QVERIFY(plan.ok());
        const QJsonObject good = applied(config, plan.value());
        QVERIFY(checkPlanApplied(plan.value(), good).applied());
        // Ory answered 200 but dropped response.ignore of our hook in one list.
        HookPlan drop;
        drop.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"remove"_s},
            {u"path"_s,
             u"/services/identity/config/selfservice/flows/registration/after/oidc/hooks/1/config/response/ignore"_s}}};
        const PlanCheck check = checkPlanApplied(plan.value(), applied(good, drop));
        QVERIFY(!check.applied());
        QCOMPARE(check.differences.size(), 1);
        QCOMPARE(check.differences.first().path,
                 u"/selfservice/flows/registration/after/oidc/hooks/1/config/response/ignore"_s);
        QCOMPARE(check.differences.first().kind, PlanDifference::Kind::Missing);
        QVERIFY(planDifferencesText(check.differences).contains(u"missing in Ory's answer"_s));
        // A list that is not there at all.
        HookPlan gone;
        gone.patch = QJsonArray{QJsonObject{
            {u"op"_s, u"remove"_s},
            {u"path"_s, u"/services/identity/config/selfservice/flows/registration/after/password"_s}}};
        QCOMPARE(checkPlanApplied(plan.value(), applied(good, gone)).differences.first().path,
                 u"/selfservice/flows/registration/after/password/hooks"_s);
    }

    void storedBodyCountsAsUnchanged()
    {
        const QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after/password"_s});
        const QJsonObject hook = hookFor(action);
        auto plan = planPush(config, action, hook);
        QVERIFY(plan.ok());
        const QByteArray shipped = *fromBase64Body(hook[u"config"][u"body"].toString());
        const QString url = u"https://storage.googleapis.com/bucket-x/"_s +
                            QString::fromLatin1(sha512Hex(shipped)) + u".jsonnet"_s;
        // What Ory Network gives back: the body replaced by a link to its stored copy.
        const QString bodyPath =
            u"/services/identity/config/selfservice/flows/registration/after/password/hooks/2/config/body"_s;
        const QJsonObject stored = applied(
            applied(config, plan.value()),
            HookPlan{
                {},
                {},
                QJsonArray{QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, bodyPath}, {u"value"_s, url}}},
                {}});
        const PlanCheck check = checkPlanApplied(plan.value(), stored);
        QVERIFY(check.applied());
        QCOMPARE(check.storedBodies.size(), 1);
        QCOMPARE(check.storedBodies.first().second, url);
        // Second push: nothing to send, and the user is told where the key lives.
        auto again = planPush(stored, action, hook);
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(again->findings.size(), 1);
        QCOMPARE(again->findings.first().code, u"stored-body"_s);
        QVERIFY2(again->findings.first().message.contains(u"needs no credentials"_s),
                 qPrintable(again->findings.first().message));
        QVERIFY(!again->findings.first().message.contains(url)); // the link itself is not printed
        // A stored copy of something else (the template was edited): replaced in place.
        Action edited = action;
        edited.templateSource = QStringLiteral("function(ctx) { subject: 'edited' }");
        auto changed = planPush(stored, edited, hookFor(edited));
        QVERIFY(changed.ok());
        QCOMPARE(changed->changes.size(), 1);
        QCOMPARE(changed->patch.at(1)[u"op"].toString(), u"replace"_s);
        // A name that only looks like a digest of it does not count.
        QString wrong = url;
        wrong[wrong.indexOf(u".jsonnet") - 1] = wrong[wrong.indexOf(u".jsonnet") - 1] == u'0' ? u'1' : u'0';
        QVERIFY(!isStoredCopyOf(wrong, hook[u"config"][u"body"].toString()));
        QVERIFY(isStoredCopyOf(url, hook[u"config"][u"body"].toString()));
        QVERIFY(!isStoredBody(u"http://storage.example.com/"_s + QString::fromLatin1(sha512Hex(shipped))));
        QVERIFY(isStoredBody(u"http://127.0.0.1:9/b/"_s + QString::fromLatin1(sha512Hex(shipped))));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("hookId");
        QTest::addColumn<QStringList>("points");
        QTest::addColumn<QString>("code");
        QTest::newRow("no hook id") << QString() << QStringList{u"registration/after/password"_s}
                                    << QStringLiteral("no-hook-id");
        QTest::newRow("no hook points")
            << QStringLiteral("hookmail-x") << QStringList{} << QStringLiteral("no-hook-points");
    }
    void errors()
    {
        QFETCH(QString, hookId);
        QFETCH(QStringList, points);
        QFETCH(QString, code);
        Action action = actionAt(points);
        action.hookId = hookId;
        auto plan = planPush(fixture(), action, hookFor(action));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().code, code);
    }

    void summaries_data()
    {
        QTest::addColumn<QByteArray>("hook");
        QTest::addColumn<QString>("summary");
        QTest::newRow("session") << QByteArray("{\"hook\":\"session\"}") << QStringLiteral("session");
        QTest::newRow("blocking web_hook")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://x.example/"
                          "h\",\"method\":\"POST\",\"body\":\"base64://e30=\"}}")
            << QStringLiteral("web_hook POST https://x.example/h (blocking)");
        QTest::newRow("parse with id")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"id\":\"a1\",\"url\":\"https://x.example/"
                          "h\",\"method\":\"PUT\",\"response\":{\"parse\":true}}}")
            << QStringLiteral("web_hook PUT https://x.example/h (id a1, response parsed, runs before the "
                              "identity is saved)");
    }
    void summaries()
    {
        QFETCH(QByteArray, hook);
        QFETCH(QString, summary);
        QCOMPARE(summarizeHook(QJsonDocument::fromJson(hook).object()), summary);
    }

    void hookIdFromShippedBody()
    {
        Action action = actionAt({u"registration/after/password"_s});
        const QJsonObject withoutId = webHookJson(action, WebHookOptions{kKey, false, {}});
        QVERIFY(!withoutId[u"config"].toObject().contains(u"id"));
        QCOMPARE(hookIdOf(withoutId), action.hookId);
        QVERIFY(isHookWithId(withoutId, action.hookId));
        QVERIFY(!isHookWithId(withoutId, QStringLiteral("hookmail-other")));
    }
};

QTEST_GUILESS_MAIN(TestHookPlan)
#include "tst_hookplan.moc"
