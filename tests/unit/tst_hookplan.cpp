// HookPlan: which hook lists a push/removal/restore changes, the JSON Patch for it, and the readable diff.
#include "TestEnv.h"
#include "core/ory/HookPlan.h"
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
            << QStringList{u"test"_s, u"replace"_s, u"test"_s, u"replace"_s} << QString();
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
            << QStringList{u"registration/after/password"_s} << QStringList{u"test"_s, u"replace"_s}
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
        const QJsonObject config = fixture();
        const Action action = actionAt({u"registration/after/password"_s});
        auto plan = planPush(config, action, hookFor(action));
        QVERIFY(plan.ok());
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
