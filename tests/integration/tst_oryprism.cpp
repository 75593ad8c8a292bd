// Every request OryProjectClient makes is validated by Prism 5.14.2 against the official Ory Console API spec
// (../shared/reference/ory/console-api.json): Prism answers 2xx only when the request matches the spec, so
// any 4xx here means Hookmail sends something the real API would not accept. Push, edit, removal and rollback
// are checked for the built-in project against a Network-like config and against {} (Prism's example), and
// the CLI is run against Prism as a user would.
#include "PrismServer.h"
#include "TestEnv.h"
#include "cli/Cli.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/WebHook.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"ory_wak_PRISMfakeWorkspaceKey000000"_s;
const QString kProjectId = u"5f1d0bde-4a44-4c4e-9a43-3c6f4a2f0001"_s;
} // namespace

class TestOryPrism : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::PrismServer> m_prism;
    std::unique_ptr<OryProjectClient> m_client;

    QString prismSays() const { return QString::fromUtf8(m_prism->output().right(3000)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HOOKMAIL_REQUIRE_SHARED();
        m_prism =
            std::make_unique<test::PrismServer>(test::sharedReferenceDir() + u"/ory/console-api.json"_s);
        HOOKMAIL_START_PRISM(*m_prism, test::sharedReferenceDir() + u"/ory/console-api.json"_s);
        m_client = std::make_unique<OryProjectClient>();
        m_client->setBaseUrl(m_prism->baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(15));
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_prism.reset();
    }

    void listWorkspaces()
    {
        auto r = m_client->listWorkspacesAndWait(kKey);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
    }
    void listProjects()
    {
        auto r = m_client->listProjectsAndWait(kKey);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
    }
    void listWorkspaceProjects()
    {
        auto r = m_client->listWorkspaceProjectsAndWait(kKey, u"0c8a3d9e-1b2c-4d5e-8f90-a1b2c3d4e5f6"_s);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
    }
    void getProject()
    {
        auto r = m_client->getProjectAndWait(kKey, kProjectId);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
        QVERIFY(!r->revisionId.isEmpty());
    }
    void patchWithRevision_data()
    {
        QTest::addColumn<QStringList>("points");
        QTest::newRow("existing lists (add …/hooks/- ops)")
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s};
        QTest::newRow("create a list (add op)") << QStringList{u"settings/after/profile"_s};
        QTest::newRow("Ory Network's SAML lists (created)")
            << QStringList{u"registration/after/saml"_s, u"login/after/saml"_s};
    }
    void patchWithRevision()
    {
        QFETCH(QStringList, points);
        // The patch the app really sends, computed against a Network-like config.
        const QJsonObject config =
            QJsonDocument::fromJson(
                test::readFile(test::testDataDir() + u"/ory/network-default-identity-config.json"_s))
                .object();
        Action action = newAction(u"Welcome"_s);
        action.hookPoints.clear();
        for (const QString &p : points)
            action.hookPoints.append(*HookPoint::parse(p));
        auto plan =
            planPush(config, action, webHookJson(action, WebHookOptions{u"md-FAKEkey000000000"_s, true, {}}));
        QVERIFY(plan.ok());
        QVERIFY(!plan->patch.isEmpty());
        auto r = m_client->patchProjectWithRevisionAndWait(
            kKey, kProjectId, u"2b8f7c1e-4d3a-4f6b-9e2d-1a2b3c4d5e6f"_s, plan->patch);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
    }
    void everyChangeValidates_data()
    {
        // Every request push / edit / remove / rollback makes, for the built-in project's action, computed
        // against a Network-like config and against {} (what Prism's own example project has).
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("operation");
        for (const QString &config : {u"network"_s, u"{}"_s})
            for (const QString &operation : {u"push"_s, u"edit"_s, u"remove"_s, u"rollback"_s})
                QTest::newRow(qPrintable(config + u' ' + operation)) << config << operation;
    }
    void everyChangeValidates()
    {
        QFETCH(QString, config);
        QFETCH(QString, operation);
        const QJsonObject original =
            config == u"{}"
                ? QJsonObject()
                : QJsonDocument::fromJson(
                      test::readFile(test::testDataDir() + u"/ory/network-default-identity-config.json"_s))
                      .object();
        const QString key = u"md-FAKEkey000000000"_s;
        Action action = defaultProject().actions.first();
        auto push = planPush(original, action, webHookJson(action, WebHookOptions{key, true, {}}));
        QVERIFY2(push.ok(), qPrintable(push.error().message));
        QJsonObject pushed = applyPlan(original, push.value()).value();
        QJsonArray patch = push->patch;
        if (operation == u"edit") {
            action.templateSource = u"function(ctx) { message: { subject: 'Edited' } }"_s;
            auto edit = planPush(pushed, action, webHookJson(action, WebHookOptions{key, true, {}}));
            QVERIFY(edit.ok());
            patch = edit->patch;
            QCOMPARE(patch.first()[u"op"].toString(), u"test"_s);
        } else if (operation == u"remove") {
            auto removal = planRemoval(pushed, action.hookId);
            QVERIFY(removal.ok());
            patch = removal->patch;
        } else if (operation == u"rollback") {
            const PushSnapshot snapshot =
                snapshotOf(push.value(), kProjectId, u"r"_s, u"push"_s, action.hookId, action.name, {key});
            auto rollback = planRollback(pushed, snapshot, key);
            QVERIFY2(rollback.ok(), qPrintable(rollback.error().message));
            QCOMPARE(applyPlan(pushed, rollback.value()).value(), original);
            patch = rollback->patch;
        }
        QVERIFY(!patch.isEmpty());
        auto r = m_client->patchProjectWithRevisionAndWait(kKey, kProjectId,
                                                           u"2b8f7c1e-4d3a-4f6b-9e2d-1a2b3c4d5e6f"_s, patch);
        QVERIFY2(r.ok(), qPrintable(r.error().message + u"\n" + r.error().detail + u"\n" + prismSays()));
    }

    void cliAgainstPrism()
    {
        // `push --dry-run` of the built-in project against Prism's example project ({} identity config) used
        // to stop with "Internal error: the computed change does not give the planned hook list…".
        qputenv("HOOKMAIL_ORY_URL", m_prism->baseUrl().toString().toUtf8());
        qputenv("HOOKMAIL_ORY_KEY", kKey.toUtf8());
        qputenv("HOOKMAIL_MANDRILL_KEY", "md-FAKEkey000000000");
        auto run = [](const QStringList &args) {
            QString out, err;
            QTextStream o(&out), e(&err);
            const int code = cli::run(args, o, e);
            o.flush();
            e.flush();
            qInfo().noquote() << "$ hookmail" << args.join(u' ') << "\n"
                              << out << err << "[exit" << code << "]";
            return std::tuple{code, out, err};
        };
        auto [code, out, err] = run({u"push"_s, u"--project"_s, kProjectId, u"--dry-run"_s});
        QVERIFY2(code == 0 && !err.contains(u"Internal error"_s), qPrintable(out + err));
        QVERIFY2(out.contains(u"(new list)"_s), qPrintable(out));
        // Sent for real: Prism validates the PATCH (2xx), then answers its static example, which does not
        // hold the hook, so Hookmail reports that Ory's answer differs from the change — exactly what it must
        // do.
        std::tie(code, out, err) = run({u"push"_s, u"--project"_s, kProjectId, u"--yes"_s, u"--json"_s});
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(result[u"status"_s].toString(), u"not-applied"_s);
        QVERIFY(!result[u"differences"_s].toArray().isEmpty());
        std::tie(code, out, err) = run({u"import"_s, u"--project"_s, kProjectId});
        QCOMPARE(code, 0);
        qunsetenv("HOOKMAIL_ORY_URL");
        qunsetenv("HOOKMAIL_ORY_KEY");
        qunsetenv("HOOKMAIL_MANDRILL_KEY");
    }
    void prismRejectsWhatTheSpecForbids()
    {
        // Proves the checks above can fail: Prism refuses a request without the bearer key and a bad patch
        // body.
        QNetworkAccessManager nam;
        QNetworkRequest get(QUrl(m_prism->baseUrl().toString() + u"/projects/"_s + kProjectId));
        QNetworkReply *reply = nam.get(get);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
        QNetworkRequest patch(QUrl(m_prism->baseUrl().toString() + u"/projects/"_s + kProjectId +
                                   u"/revision/2b8f7c1e-4d3a-4f6b-9e2d-1a2b3c4d5e6f"_s));
        patch.setRawHeader("Authorization", "Bearer " + kKey.toUtf8());
        patch.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply =
            nam.sendCustomRequest(patch, "PATCH", QByteArray("[{\"op\":\"frobnicate\",\"path\":\"/x\"}]"));
        QSignalSpy done2(reply, &QNetworkReply::finished);
        QVERIFY(done2.wait(15000));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status >= 400 && status < 500, qPrintable(QString::number(status)));
        reply->deleteLater();
    }
    void missingKeyIsRefusedLocally()
    {
        OryProjectClient client;
        client.setBaseUrl(m_prism->baseUrl().toString());
        auto r = client.getProjectAndWait(QString(), kProjectId);
        QCOMPARE(r.error().code, u"no-key"_s);
    }
};

QTEST_GUILESS_MAIN(TestOryPrism)
#include "tst_oryprism.moc"
