// Pushing to an Ory project for real against a stateful fake (FakeOryServer: nlohmann json::patch, valijson
// with the Kratos schema, revision ids): first push, no-op second push, edit in place, 409 on a concurrent
// Console edit, rollback, removal, the generic-list trap, import, the CLI, and no key anywhere in files or
// output.
#include "FakeOryServer.h"
#include "TestEnv.h"
#include "cli/Cli.h"
#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "core/ory/FireAnalysis.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryImport.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/StoredTemplateClient.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

const QString kMandrillKey = u"md-FAKEmandrillKeyForOryTests42"_s;
const QString kCrmSecret = u"crm-secret-value-123"_s;
const QString kAuditPassword = u"audit-Pa55word-9f3c"_s; // someone else's basic-auth hook
const QString kPasswordList = u"/selfservice/flows/registration/after/password/hooks"_s;

json auditHook()
{
    return json{{"hook", "web_hook"},
                {"config",
                 {{"url", "https://audit.example.com/signup"},
                  {"method", "POST"},
                  {"body", "base64://ZnVuY3Rpb24oY3R4KSB7IGlkOiBjdHguaWRlbnRpdHkuaWQgfQ=="},
                  {"auth",
                   {{"type", "basic_auth"},
                    {"config", {{"user", "audit"}, {"password", kAuditPassword.toStdString()}}}}},
                  {"response", {{"ignore", true}}}}}};
}

QString schemaPath()
{
    return test::sharedReferenceDir() + u"/ory/kratos-config.schema.json"_s;
}

Action welcomeAction(const QStringList &points)
{
    Action a = newAction(u"Welcome email"_s);
    a.hookPoints.clear();
    for (const QString &p : points)
        a.hookPoints.append(*HookPoint::parse(p));
    return a;
}

QJsonObject hookOf(const Action &a)
{
    return webHookJson(a, WebHookOptions{kMandrillKey, true, {}});
}

json listAt(const json &config, const QString &pointer)
{
    const json::json_pointer p(pointer.toStdString());
    return config.contains(p) ? config.at(p) : json();
}

// The config with the given lists erased, to check that nothing else changed.
json withoutLists(json config, const QStringList &pointers)
{
    for (const QString &pointer : pointers) {
        const json::json_pointer p(pointer.toStdString());
        if (config.contains(p))
            config.at(p.parent_pointer()).erase(p.back());
    }
    return config;
}

struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    CliRun r;
    r.code = cli::run(args, o, e);
    o.flush();
    e.flush();
    r.out = out;
    r.err = err;
    qInfo().noquote() << "$ hookmail" << args.join(u' ') << "\n" << out << err << "[exit" << r.code << "]";
    return r;
}

} // namespace

class TestOryPush : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FakeOryServer> m_fake;
    std::unique_ptr<OryProjectClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;

    OryProject fetch()
    {
        auto p = m_client->getProjectAndWait(test::FakeOryServer::workspaceKey(),
                                             test::FakeOryServer::projectId());
        if (!p)
            qFatal("getProject failed: %s", qPrintable(p.error().message));
        return p.value();
    }

    // The CLI environment for one test: the fake, its key, the Mandrill key; a project file with `action`.
    QString cliSetUp(const Action &action)
    {
        Project project = defaultProject();
        project.actions = {action};
        const QString file = m_dir->filePath(u"welcome.hookmail"_s);
        if (!ProjectFile::save(file, project).ok())
            qFatal("could not save the project file");
        qputenv("HOOKMAIL_ORY_URL", m_fake->baseUrl().toUtf8());
        qputenv("HOOKMAIL_ORY_KEY", test::FakeOryServer::workspaceKey().toUtf8());
        qputenv("HOOKMAIL_MANDRILL_KEY", kMandrillKey.toUtf8());
        return file;
    }
    void cliTearDown()
    {
        qunsetenv("HOOKMAIL_ORY_URL");
        qunsetenv("HOOKMAIL_ORY_KEY");
        qunsetenv("HOOKMAIL_MANDRILL_KEY");
    }
    void addAuditHook()
    {
        m_fake->modifyFromConsole([](json &config) {
            json &hooks = config["selfservice"]["flows"]["registration"]["after"]["password"]["hooks"];
            hooks.insert(hooks.begin(), auditHook());
        });
    }
    // The audit hook as stored: its password byte-identical, and never in anything Hookmail sent.
    void verifyAuditHookIntact(const char *when)
    {
        const json list = listAt(m_fake->identityConfig(), kPasswordList);
        QVERIFY2(!list.empty() && list[0]["config"]["auth"] == auditHook()["config"]["auth"], when);
        QCOMPARE(QString::fromStdString(list[0]["config"]["auth"]["config"]["password"].get<std::string>()),
                 kAuditPassword);
        for (const auto &r : m_fake->requests())
            QVERIFY2(!r.body.contains(kAuditPassword.toUtf8()), qPrintable(QString::fromUtf8(r.body)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HOOKMAIL_REQUIRE_SHARED();
    }
    void init()
    {
        m_fake = std::make_unique<test::FakeOryServer>(test::networkDefaultIdentityConfig(), schemaPath());
        QVERIFY(m_fake->listen());
        m_client = std::make_unique<OryProjectClient>();
        m_client->setBaseUrl(m_fake->baseUrl());
        m_client->setTimeout(std::chrono::seconds(5));
        m_dir = std::make_unique<QTemporaryDir>();
        QDir(PushSnapshots::defaultDir()).removeRecursively();
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void listsAndReads()
    {
        auto ws = m_client->listWorkspacesAndWait(test::FakeOryServer::workspaceKey());
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        QCOMPARE(ws->size(), 1);
        QCOMPARE(ws->first().id, test::FakeOryServer::workspaceId());
        auto projects = m_client->listProjectsAndWait(test::FakeOryServer::workspaceKey());
        QVERIFY(projects.ok());
        QCOMPARE(projects->first().id, test::FakeOryServer::projectId());
        auto wsProjects = m_client->listWorkspaceProjectsAndWait(test::FakeOryServer::workspaceKey(),
                                                                 test::FakeOryServer::workspaceId());
        QVERIFY(wsProjects.ok());
        QCOMPARE(wsProjects->first().slug, u"hookmail-test"_s);
        const OryProject p = fetch();
        QCOMPARE(p.revisionId, m_fake->revisionId());
        QVERIFY(p.identityConfig.contains(u"selfservice"));
        for (const auto &r : m_fake->requests())
            QCOMPARE(r.authorization, "Bearer " + test::FakeOryServer::workspaceKey().toUtf8());
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("projectId");
        QTest::addColumn<int>("failStatus");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad key") << u"ory_wak_wrong"_s << test::FakeOryServer::projectId() << 0
                                 << u"unauthorized"_s;
        QTest::newRow("unknown project")
            << test::FakeOryServer::workspaceKey() << u"nope"_s << 0 << u"not-found"_s;
        QTest::newRow("5xx") << test::FakeOryServer::workspaceKey() << test::FakeOryServer::projectId() << 503
                             << u"server-error"_s;
        QTest::newRow("403") << test::FakeOryServer::workspaceKey() << test::FakeOryServer::projectId() << 403
                             << u"forbidden"_s;
        QTest::newRow("no key") << QString() << test::FakeOryServer::projectId() << 0 << u"no-key"_s;
    }
    void errorsAreExplained()
    {
        QFETCH(QString, key);
        QFETCH(QString, projectId);
        QFETCH(int, failStatus);
        QFETCH(QString, code);
        if (failStatus)
            m_fake->failNextRequest(failStatus);
        auto r = m_client->getProjectAndWait(key, projectId);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(test::FakeOryServer::workspaceKey()));
    }

    void refusedAndUnreachable()
    {
        m_client->setBaseUrl(u"http://api.console.ory.example"_s);
        auto r = m_client->getProjectAndWait(test::FakeOryServer::workspaceKey(),
                                             test::FakeOryServer::projectId());
        QCOMPARE(r.error().code, u"bad-base-url"_s);
        const QString closed = m_fake->baseUrl();
        m_fake.reset(); // nothing listens there any more
        m_client->setBaseUrl(closed);
        r = m_client->getProjectAndWait(test::FakeOryServer::workspaceKey(),
                                        test::FakeOryServer::projectId());
        QCOMPARE(r.error().code, u"connection-refused"_s);
    }

    void cancelReportsOnce()
    {
        int calls = 0;
        Error error;
        m_client->getProject(test::FakeOryServer::workspaceKey(), test::FakeOryServer::projectId(),
                             [&](Result<OryProject> r) {
                                 ++calls;
                                 if (!r)
                                     error = r.error();
                             });
        m_client->cancelAll();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(error.code, u"cancelled"_s);
        QCOMPARE(m_client->pendingCount(), 0);
        QCOMPARE(calls, 1);
    }

    void firstPushSecondNoOpEditInPlace()
    {
        const json original = m_fake->identityConfig();
        Action action = welcomeAction({u"registration/after/password"_s, u"registration/after/oidc"_s,
                                       u"registration/after/code"_s, u"registration/after/passkey"_s});
        OryProject p = fetch();
        auto plan = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.size(), 4);
        auto sent = m_client->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id,
                                                              p.revisionId, plan->patch);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + u" " + sent.error().detail));
        QCOMPARE(sent->project.revisionId, m_fake->revisionId());
        QVERIFY(sent->project.revisionId != p.revisionId);

        const json hook = json::parse(QJsonDocument(hookOf(action)).toJson().toStdString());
        QStringList pointers;
        for (const auto &c : plan->changes) {
            pointers.append(c.pointer);
            const json now = listAt(m_fake->identityConfig(), c.pointer);
            const json before = listAt(original, c.pointer);
            QCOMPARE(int(now.size()), int(before.size()) + 1);
            QVERIFY(now.back() == hook);
            for (size_t i = 0; i < before.size(); ++i)
                QVERIFY(now[i] == before[i]);
        }
        QVERIFY(withoutLists(m_fake->identityConfig(), pointers) == withoutLists(original, pointers));

        // Second push: nothing to send.
        p = fetch();
        auto again = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());

        // Edited: same place, new body, nothing else.
        const json afterFirst = m_fake->identityConfig();
        action.templateSource = u"function(ctx) { message: { subject: 'Edited', to: [] } }"_s;
        auto edited = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(edited.ok());
        QCOMPARE(edited->changes.size(), 4);
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      edited->patch)
                    .ok());
        const json editedHook = json::parse(QJsonDocument(hookOf(action)).toJson().toStdString());
        for (const auto &c : edited->changes) {
            const json now = listAt(m_fake->identityConfig(), c.pointer);
            const json before = listAt(afterFirst, c.pointer);
            QCOMPARE(int(now.size()), int(before.size()));
            QVERIFY(now[before.size() - 1] == editedHook);
        }
        QVERIFY(withoutLists(m_fake->identityConfig(), pointers) == withoutLists(original, pointers));
    }

    void concurrentConsoleEditGives409AndLosesNothing()
    {
        // Our hook is in the project; an edit of it is planned, then someone inserts a hook before it.
        Action action = welcomeAction({u"registration/after/password"_s});
        OryProject p = fetch();
        QVERIFY(
            m_client
                ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                  planPush(p.identityConfig, action, hookOf(action))->patch)
                .ok());
        p = fetch();
        action.templateSource = u"function(ctx) { message: { subject: 'Edited', to: [] } }"_s;
        auto plan = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(plan.ok());
        m_fake->modifyFromConsole([](json &config) {
            json &hooks = config["selfservice"]["flows"]["registration"]["after"]["password"]["hooks"];
            hooks.insert(hooks.begin(), json{{"hook", "b2b_sso"}});
        });
        const json edited = m_fake->identityConfig();
        auto sent = m_client->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id,
                                                              p.revisionId, plan->patch);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"conflict"_s);
        QVERIFY(sent.error().message.contains(u"Console"));
        QVERIFY(m_fake->identityConfig() == edited); // the Console edit is intact, nothing of ours went in
        // Even with the current revision, the old plan's test of our element (now one further down) refuses.
        auto stale = m_client->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id,
                                                               m_fake->revisionId(), plan->patch);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, u"conflict"_s);
        QVERIFY(m_fake->identityConfig() == edited);
        // Re-read and re-plan: the Console's hook stays first, ours is replaced where it now is.
        const OryProject fresh = fetch();
        auto replanned = planPush(fresh.identityConfig, action, hookOf(action));
        QVERIFY(replanned.ok());
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), fresh.id,
                                                      fresh.revisionId, replanned->patch)
                    .ok());
        const json list =
            listAt(m_fake->identityConfig(), u"/selfservice/flows/registration/after/password/hooks"_s);
        QCOMPARE(int(list.size()), 4);
        QVERIFY(list[0] == (json{{"hook", "b2b_sso"}}));
        QVERIFY(list[3] == json::parse(QJsonDocument(hookOf(action)).toJson().toStdString()));
    }

    void invalidConfigIsRejectedBySchema()
    {
        const OryProject p = fetch();
        const QJsonArray patch{
            QJsonObject{{u"op"_s, u"add"_s},
                        {u"path"_s, u"/services/identity/config/selfservice/flows/registration/"
                                    u"after/password/hooks/-"_s},
                        {u"value"_s, QJsonObject{{u"hook"_s, u"web_hook"_s}}}}};
        auto sent = m_client->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id,
                                                              p.revisionId, patch);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"bad-request"_s);
        QVERIFY2(sent.error().message.contains(u"invalid"), qPrintable(sent.error().message));
    }

    void rollbackRestoresExactlyAndRemoveWorks()
    {
        const json original = m_fake->identityConfig();
        const Action action = welcomeAction({u"registration/after/password"_s, u"login/after/code"_s});
        OryProject p = fetch();
        auto plan = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(plan.ok());
        PushSnapshots store(m_dir->filePath(u"snapshots"_s));
        const PushSnapshot snap =
            snapshotOf(plan.value(), p.id, p.revisionId, u"push"_s, action.hookId, action.name,
                       {kMandrillKey, test::FakeOryServer::workspaceKey()});
        auto saved = store.save(snap, {kMandrillKey, test::FakeOryServer::workspaceKey()});
        QVERIFY(saved.ok());
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      plan->patch)
                    .ok());
        QVERIFY(m_fake->identityConfig() != original);

        p = fetch();
        auto latest = store.latest(p.id);
        QVERIFY(latest.ok());
        auto rollback = planRollback(p.identityConfig, latest.value(), kMandrillKey);
        QVERIFY2(rollback.ok(), qPrintable(rollback.error().message));
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      rollback->patch)
                    .ok());
        QVERIFY(m_fake->identityConfig() == original);
        QVERIFY(store.markRolledBack(latest.value()).ok());
        QVERIFY(!store.latest(p.id).ok());

        // Push again, then remove: our hook is gone everywhere, the other hooks are as before.
        p = fetch();
        plan = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      plan->patch)
                    .ok());
        p = fetch();
        auto removal = planRemoval(p.identityConfig, action.hookId);
        QVERIFY(removal.ok());
        QCOMPARE(removal->changes.size(), 2);
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      removal->patch)
                    .ok());
        const QString password = u"/selfservice/flows/registration/after/password/hooks"_s;
        QVERIFY(listAt(m_fake->identityConfig(), password) == listAt(original, password));
        QVERIFY(listAt(m_fake->identityConfig(), u"/selfservice/flows/login/after/code/hooks"_s) ==
                json::array());
    }

    void rollbackKeepsOtherPeoplesSecrets()
    {
        // The CRM hook (with an api_key value) is in a list we change; the snapshot must not hold its secret,
        // and the rollback must still restore it exactly.
        const json original = m_fake->identityConfig();
        const Action action = welcomeAction({u"login/after/password"_s});
        OryProject p = fetch();
        auto plan = planPush(p.identityConfig, action, hookOf(action));
        PushSnapshots store(m_dir->filePath(u"snapshots2"_s));
        auto saved = store.save(snapshotOf(plan.value(), p.id, p.revisionId, u"push"_s, action.hookId,
                                           action.name, {kMandrillKey}),
                                {kMandrillKey});
        QVERIFY(saved.ok());
        const QByteArray bytes = test::readFile(saved.value());
        QVERIFY(!containsSecret(bytes, kCrmSecret));
        QVERIFY(bytes.contains("hookmail:redacted-secret"));
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      plan->patch)
                    .ok());
        p = fetch();
        auto rollback = planRollback(p.identityConfig, store.latest(p.id).value(), kMandrillKey);
        QVERIFY2(rollback.ok(), qPrintable(rollback.error().message));
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      rollback->patch)
                    .ok());
        QVERIFY(m_fake->identityConfig() == original);
    }

    void genericListTrapOnDefaultConfig()
    {
        const OryProject p = fetch();
        const Action generic = welcomeAction({u"registration/after"_s});
        QStringList codes;
        for (const auto &f : analyseFiring(p.identityConfig, generic))
            codes.append(f.code);
        QVERIFY2(codes.contains(u"generic-ignored"_s), qPrintable(codes.join(u", "_s)));
        auto plan = planPush(p.identityConfig, generic, hookOf(generic));
        QVERIFY(plan->isEmpty());
        QCOMPARE(plan->findings.first().code, u"generic-list-ignored"_s);

        // password + oidc only: sign-ups with a code or a passkey send nothing.
        const Action partial =
            welcomeAction({u"registration/after/password"_s, u"registration/after/oidc"_s});
        QStringList uncovered;
        for (const auto &f : analyseFiring(p.identityConfig, partial)) {
            if (f.code == u"uncovered-method")
                uncovered.append(f.hookPoint);
            QVERIFY(f.code != u"generic-ignored");
        }
        uncovered.sort();
        QCOMPARE(uncovered, (QStringList{u"registration/after/code"_s, u"registration/after/passkey"_s}));
        Action blocking = partial;
        blocking.responseIgnore = false;
        blocking.responseParse = true;
        QStringList blockingCodes;
        for (const auto &f : analyseFiring(p.identityConfig, blocking))
            blockingCodes.append(f.code);
        QVERIFY(blockingCodes.contains(u"parse-on-mandrill"_s));
        QVERIFY(blockingCodes.contains(u"pre-persist"_s));
        const QString text = hookOverviewText(hookOverview(p.identityConfig, {}), true);
        QVERIFY2(text.contains(u"registration/after/password"_s) && text.contains(u"show_verification_ui"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"| function(ctx) { id: ctx.identity.id }"_s), qPrintable(text));
        QVERIFY(!text.contains(kCrmSecret));
    }

    void importRecognisesHookmailHooks()
    {
        const Action action = welcomeAction({u"registration/after/password"_s, u"registration/after/oidc"_s});
        OryProject p = fetch();
        auto plan = planPush(p.identityConfig, action, hookOf(action));
        QVERIFY(m_client
                    ->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id, p.revisionId,
                                                      plan->patch)
                    .ok());
        p = fetch();
        const auto imported = importWebHooks(p.identityConfig);
        QCOMPARE(imported.size(), 2);
        const ImportedAction *ours = nullptr;
        const ImportedAction *crm = nullptr;
        for (const auto &i : imported)
            (i.fromHookmail ? ours : crm) = &i;
        QVERIFY(ours && crm);
        QCOMPARE(ours->action.hookId, action.hookId);
        QCOMPARE(ours->action.templateSource, action.templateSource);
        QCOMPARE(ours->action.hookPoints.size(), 2);
        QCOMPARE(crm->action.templateSource, u"function(ctx) { id: ctx.identity.id }"_s);
        QCOMPARE(crm->action.url, u"https://crm.example.com/ory/login"_s);
        QVERIFY(!crm->notes.isEmpty());
    }

    void emptyOrPartialIdentityConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("schema");
        // {} is what Prism's example project has; Kratos' schema requires dsn/identity/selfservice, so the
        // fake does not validate that one.
        QTest::newRow("{}") << QByteArray("{}") << false;
        QTest::newRow("valid config without any flows")
            << QByteArray(
                   R"({"dsn":"memory","identity":{"default_schema_id":"default","schemas":[{"id":"default",
                "url":"base64:\/\/e30="}]},"selfservice":{"default_browser_return_url":"https:\/\/example.com/"}})")
            << true;
    }
    void emptyOrPartialIdentityConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, schema);
        m_fake = std::make_unique<test::FakeOryServer>(json::parse(config.toStdString()),
                                                       schema ? schemaPath() : QString());
        QVERIFY(m_fake->listen());
        const json before = m_fake->identityConfig();
        // The built-in project's action, as `hookmail push` without FILE uses it.
        const Action action = defaultProject().actions.first();
        QVERIFY(action.hookPoints.size() > 1);
        const QString file = cliSetUp(action);
        const QString id = test::FakeOryServer::projectId();
        CliRun r = runCli({u"push"_s, u"--project"_s, id, u"--dry-run"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains(u"Internal error"_s), qPrintable(r.err));
        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        for (const HookPoint &p : action.hookPoints)
            QCOMPARE(int(listAt(m_fake->identityConfig(), p.configPointer()).size()), 1);
        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QVERIFY(r.out.contains(u"Nothing to change."_s));
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(m_fake->identityConfig() == before); // the created parents are gone again
        QCOMPARE(m_fake->patchCount(), 2);
        cliTearDown();
    }

    void foreignPasswordSurvivesPushRemoveRollback_data()
    {
        QTest::addColumn<bool>("storeBodies");
        QTest::newRow("bodies kept as sent") << false;
        QTest::newRow("bodies replaced by stored copies") << true;
    }
    void foreignPasswordSurvivesPushRemoveRollback()
    {
        QFETCH(bool, storeBodies);
        addAuditHook();
        m_fake->setStoreBodies(storeBodies);
        const json before = m_fake->identityConfig();
        const QString file =
            cliSetUp(welcomeAction({u"registration/after/password"_s, u"registration/after/oidc"_s}));
        const QString id = test::FakeOryServer::projectId();

        CliRun r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_fake->patchCount(), 1);
        verifyAuditHookIntact("after push");
        QCOMPARE(int(listAt(m_fake->identityConfig(), kPasswordList).size()), 4);
        QCOMPARE(r.out.contains(u"needs no credentials"_s), storeBodies);

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Nothing to change."_s), qPrintable(r.out));
        QCOMPARE(m_fake->patchCount(), 1); // the stored copy of our template counts as unchanged

        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s}); // undoes the push
        QCOMPARE(r.code, 0);
        verifyAuditHookIntact("after rolling back the push");
        if (!storeBodies)
            QVERIFY(m_fake->identityConfig() == before);
        QCOMPARE(int(listAt(m_fake->identityConfig(), kPasswordList).size()), 3);

        QCOMPARE(runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s}).code, 0);
        r = runCli({u"remove"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        verifyAuditHookIntact("after remove");
        QCOMPARE(int(listAt(m_fake->identityConfig(), kPasswordList).size()), 3);
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s}); // undoes the removal
        QCOMPARE(r.code, 0);
        verifyAuditHookIntact("after rolling back the removal");
        QCOMPARE(int(listAt(m_fake->identityConfig(), kPasswordList).size()), 4);
        cliTearDown();
    }

    // Ory Network's SAML single sign-on list (beyond the open-source schema; the fake validates against Ory
    // Network's superset): push, a second push that sends nothing, rollback — someone else's basic-auth hook
    // in the same list stays byte-identical throughout and its password is never sent.
    void samlSignInListPushNoOpRollback()
    {
        const QString samlList = u"/selfservice/flows/login/after/saml/hooks"_s;
        m_fake->modifyFromConsole([](json &config) {
            config["selfservice"]["methods"]["saml"] = {{"enabled", true}};
            config["selfservice"]["flows"]["login"]["after"]["saml"]["hooks"] = json::array({auditHook()});
        });
        const json before = m_fake->identityConfig();
        const auto auditIntact = [&](const char *when) {
            const json list = listAt(m_fake->identityConfig(), samlList);
            QVERIFY2(!list.empty() && list[0] == auditHook(), when);
            QVERIFY2(list[0].dump() == auditHook().dump(), when); // byte for byte, key order included
            for (const auto &r : m_fake->requests())
                QVERIFY2(!r.body.contains(kAuditPassword.toUtf8()), when);
        };
        const Action action = welcomeAction({u"login/after/saml"_s});
        const QString file = cliSetUp(action);
        const QString id = test::FakeOryServer::projectId();

        CliRun r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_fake->patchCount(), 1);
        auditIntact("after push");
        const json list = listAt(m_fake->identityConfig(), samlList);
        QCOMPARE(int(list.size()), 2);
        QCOMPARE(QString::fromStdString(list[1]["config"]["id"].get<std::string>()), action.hookId);
        // Only the SAML list changed.
        QVERIFY(withoutLists(m_fake->identityConfig(), {samlList}) == withoutLists(before, {samlList}));
        // Per-element: an append guarded by nothing else than the list, never a replace of the foreign hook.
        const QByteArray patch = m_fake->requests().last().body;
        QVERIFY2(patch.contains("/login/after/saml/hooks/-"), patch.constData());
        QVERIFY2(!patch.contains("\"replace\""), patch.constData());

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Nothing to change."_s), qPrintable(r.out));
        QCOMPARE(m_fake->patchCount(), 1);

        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_fake->patchCount(), 2);
        auditIntact("after rollback");
        QVERIFY(m_fake->identityConfig() == before);
        cliTearDown();
    }

    void oryNetworkSchemaIsASupersetNotAFreeForAll()
    {
        // The superset takes saml lists where Ory Network has them…
        m_fake->modifyFromConsole([](json &config) {
            config["selfservice"]["methods"]["saml"] = {{"enabled", true}};
        });
        OryProject p = fetch();
        const auto add = [&](const QString &pointer) {
            const QJsonObject session{{u"hook"_s, u"session"_s}};
            const QJsonObject list{{u"hooks"_s, QJsonArray{session}}};
            const QJsonObject op{{u"op"_s, u"add"_s},
                                 {u"path"_s, QString(u"/services/identity/config"_s + pointer)},
                                 {u"value"_s, list}};
            const QJsonArray patch{op};
            return m_client->patchProjectWithRevisionAndWait(test::FakeOryServer::workspaceKey(), p.id,
                                                             p.revisionId, patch);
        };
        auto sent = add(u"/selfservice/flows/registration/after/saml"_s);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
        // …but not in settings, where it has none (and the open-source schema alone refuses any).
        p = fetch();
        sent = add(u"/selfservice/flows/settings/after/saml"_s);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, u"bad-request"_s);
        const json oss = json::parse(test::readFile(schemaPath()).toStdString());
        const json network = test::oryNetworkConfigSchema(oss);
        QVERIFY(!oss["definitions"]["selfServiceAfterLogin"]["properties"].contains("saml"));
        QVERIFY(network["definitions"]["selfServiceAfterLogin"]["properties"].contains("saml"));
        QVERIFY(!network["definitions"]["selfServiceAfterSettings"]["properties"].contains("saml"));
    }

    void hiddenForeignSecretBlocksThePush()
    {
        addAuditHook();
        m_fake->setHideSecretsOnRead(true);
        const json before = m_fake->identityConfig();
        const QString file = cliSetUp(welcomeAction({u"registration/after/password"_s}));
        CliRun r = runCli({u"push"_s, file, u"--project"_s, test::FakeOryServer::projectId(), u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"basic-auth password hidden"_s) && r.err.contains(u"audit.example.com"_s),
                 qPrintable(r.err));
        QCOMPARE(m_fake->patchCount(), 0);
        QVERIFY(m_fake->identityConfig() == before);
        QVERIFY(QDir(PushSnapshots::defaultDir()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
        // A list the push does not touch is not its business.
        const QString other = cliSetUp(welcomeAction({u"registration/after/oidc"_s}));
        r = runCli({u"push"_s, other, u"--project"_s, test::FakeOryServer::projectId(), u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(m_fake->patchCount(), 1);
        m_fake->setHideSecretsOnRead(false);
        verifyAuditHookIntact("after a push elsewhere");
        cliTearDown();
    }

    void droppedKeyFailsThePushAndKeepsTheSnapshot()
    {
        // An older Ory that does not know config.id answers 200 and drops it.
        addAuditHook();
        m_fake->setDroppedHookKey(u"id"_s);
        const QString file = cliSetUp(welcomeAction({u"registration/after/password"_s}));
        const QString id = test::FakeOryServer::projectId();
        CliRun r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(kPasswordList + u"/3/config/id (missing in Ory's answer)"_s),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(u"hookmail rollback"_s), qPrintable(r.out));
        QCOMPARE(PushSnapshots().pending(id).size(), 1); // kept for the rollback
        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s, u"--json"_s});
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json[u"status"_s].toString(), u"not-applied"_s);
        QCOMPARE(json[u"differences"_s].toArray().first().toString(), kPasswordList + u"/3/config/id"_s);
        // The rollback takes Hookmail's hook out again; nothing of the audit hook moved.
        m_fake->setDroppedHookKey({});
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(int(listAt(m_fake->identityConfig(), kPasswordList).size()), 3);
        verifyAuditHookIntact("after the rollbacks");
        cliTearDown();
    }

    void importReadsTheStoredTemplate()
    {
        m_fake->setStoreBodies(true);
        const Action action = welcomeAction({u"registration/after/password"_s});
        const QString file = cliSetUp(action);
        const QString id = test::FakeOryServer::projectId();
        QCOMPARE(runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s}).code, 0);
        const QString body = QString::fromStdString(
            listAt(m_fake->identityConfig(), kPasswordList)[2]["config"]["body"].get<std::string>());
        QVERIFY2(body.startsWith(m_fake->baseUrl() + u"/storage/"_s), qPrintable(body));

        // The client: only a copy that hashes to its name.
        StoredTemplateClient storage;
        auto fetched = storage.fetchAndWait(body);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
        QVERIFY(unwrapShippedTemplate(fetched.value()).has_value());
        QVERIFY(
            storage.fetchAndWait(u"http://storage.example.com/b/"_s + body.section(u'/', -1)).error().code ==
            u"bad-base-url"_s); // plain http only to this computer

        const QString output = m_dir->filePath(u"imported.hookmail"_s);
        CliRun r = runCli({u"import"_s, u"--project"_s, id, u"--output"_s, output});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"[pushed by Hookmail]"_s) && r.out.contains(u"needs no credentials"_s),
                 qPrintable(r.out));
        auto project = ProjectFile::load(output);
        QVERIFY(project.ok());
        const Action *ours = nullptr;
        for (const Action &a : project->actions)
            ours = a.hookId == action.hookId ? &a : ours;
        QVERIFY(ours);
        QCOMPARE(ours->templateSource, action.templateSource);
        int storageReads = 0;
        for (const auto &req : m_fake->requests()) {
            if (req.path.startsWith(u"/storage/"))
                QVERIFY(req.authorization.isEmpty()); // no credentials sent to the storage
            storageReads += body.endsWith(req.path);
        }
        QCOMPARE(storageReads, 2); // the client check above and the import

        // A tampered copy is not imported.
        m_fake->setStoredContent(body, "function(ctx) { evil: true }");
        r = runCli({u"import"_s, u"--project"_s, id});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"does not match the SHA-512"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"[pushed by Hookmail]"_s));
        cliTearDown();
    }

    void cliPushDryRunYesConflictRollback()
    {
        Project project = defaultProject();
        Action action = welcomeAction({u"registration/after/password"_s, u"registration/after/oidc"_s});
        project.actions = {action};
        const QString file = m_dir->filePath(u"welcome.hookmail"_s);
        QVERIFY(ProjectFile::save(file, project).ok());
        qputenv("HOOKMAIL_ORY_URL", m_fake->baseUrl().toUtf8());
        qputenv("HOOKMAIL_ORY_KEY", test::FakeOryServer::workspaceKey().toUtf8());
        qputenv("HOOKMAIL_MANDRILL_KEY", kMandrillKey.toUtf8());
        const QString id = test::FakeOryServer::projectId();
        QList<CliRun> runs;

        CliRun r = runCli({u"push"_s, file, u"--project"_s, id, u"--dry-run"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"  + web_hook POST https://mandrillapp.com/api/1.0/messages/send"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"Dry run: nothing was sent"_s));
        QCOMPARE(m_fake->patchCount(), 0);

        r = runCli({u"push"_s, file, u"--project"_s, id});
        runs.append(r);
        QCOMPARE(r.code, 2);
        QCOMPARE(m_fake->patchCount(), 0);

        // A Console edit between the CLI's read and its push → 409, exit 1, new diff shown, nothing
        // overwritten.
        m_fake->beforeNextPatch([this] {
            m_fake->modifyFromConsole([](json &config) {
                config["selfservice"]["flows"]["registration"]["after"]["oidc"]["hooks"].push_back(
                    json{{"hook", "b2b_sso"}});
            });
        });
        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"changed since Hookmail read it"_s), qPrintable(r.err));
        QVERIFY(r.out.contains(u"The project as it is now"_s));
        QCOMPARE(m_fake->patchCount(), 0);
        QVERIFY(QDir(PushSnapshots::defaultDir() + u'/' + id).entryList(QDir::Files).isEmpty());
        const json afterConsole = m_fake->identityConfig();

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Sent. The project is now at revision"_s));
        QCOMPARE(m_fake->patchCount(), 1);

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Nothing to change."_s));
        QCOMPARE(m_fake->patchCount(), 1);

        r = runCli({u"ory"_s, u"hooks"_s, u"--project"_s, id, file});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Will “Welcome email” fire?"_s));

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--json"_s, u"--dry-run"_s});
        runs.append(r);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"status"_s).toString(),
                 u"unchanged"_s);

        r = runCli({u"rollback"_s, u"--project"_s, id, u"--dry-run"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"  - web_hook POST https://mandrillapp.com"_s), qPrintable(r.out));
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY(m_fake->identityConfig() == afterConsole);
        r = runCli({u"rollback"_s, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 1); // nothing left to roll back

        r = runCli({u"push"_s, file, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        r = runCli({u"remove"_s, file, u"--project"_s, id, u"--yes"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY(m_fake->identityConfig() == afterConsole);

        r = runCli({u"import"_s, u"--project"_s, id, u"--output"_s, m_dir->filePath(u"imported.hookmail"_s)});
        runs.append(r);
        QCOMPARE(r.code, 0);
        r = runCli({u"ory"_s, u"projects"_s});
        runs.append(r);
        QVERIFY(r.out.contains(id));
        r = runCli({u"push"_s, u"--help"_s});
        runs.append(r);
        QVERIFY(r.out.contains(u"--dry-run"_s));
        r = runCli({u"push"_s, file});
        runs.append(r);
        QCOMPARE(r.code, 2);

        // FILE follows the rule of every command: without it the built-in project (fresh hook id), never the
        // project opened last.
        Settings().setLastProject(file);
        r = runCli({u"push"_s, u"--project"_s, id, u"--dry-run"_s});
        runs.append(r);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Action: "_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(action.hookId), qPrintable(r.out));
        Settings().setLastProject(QString());

        // No key in any output, nor in any file Hookmail wrote (snapshots, settings, the imported project).
        const QStringList secrets{kMandrillKey, test::FakeOryServer::workspaceKey(), kCrmSecret};
        for (const CliRun &run : runs) {
            for (const QString &s : secrets) {
                QVERIFY2(!containsSecret(run.out.toUtf8(), s), qPrintable(run.out));
                QVERIFY2(!containsSecret(run.err.toUtf8(), s), qPrintable(run.err));
            }
        }
        const QStringList roots{QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                m_dir->path()};
        int scanned = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path == file)
                    continue; // written by the test itself
                ++scanned;
                const QByteArray bytes = test::readFile(path);
                for (const QString &s : secrets)
                    QVERIFY2(!containsSecret(bytes, s), qPrintable(path));
            }
        }
        QVERIFY(scanned >= 3); // snapshots and the imported project were really checked
        qunsetenv("HOOKMAIL_ORY_URL");
        qunsetenv("HOOKMAIL_ORY_KEY");
        qunsetenv("HOOKMAIL_MANDRILL_KEY");
    }
};

QTEST_GUILESS_MAIN(TestOryPush)
#include "tst_orypush.moc"
