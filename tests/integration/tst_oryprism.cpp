// Every request OryProjectClient makes is validated by Prism 5.14.2 against the official Ory Console API spec
// (../shared/reference/ory/console-api.json): Prism answers 2xx only when the request matches the spec, so
// any 4xx here means Hookmail sends something the real API would not accept.
#include "PrismServer.h"
#include "TestEnv.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryProjectClient.h"
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
        QTest::newRow("replace existing lists (test + replace ops)")
            << QStringList{u"registration/after/password"_s, u"registration/after/oidc"_s};
        QTest::newRow("create a list (add op)") << QStringList{u"settings/after/profile"_s};
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
