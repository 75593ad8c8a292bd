// OryResponses: parsing the Ory Console API's answers (workspaces, projects, a project, a patch result), the
// Ory error document, what an HTTP failure means for the user, and the key-shape warning.
#include "core/ory/OryResponses.h"

#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {

QByteArray projectJson(const QByteArray &services)
{
    return R"({"id":"p-1","revision_id":"r-1","name":"Prod","slug":"prod-x","state":"running",
               "workspace_id":"w-1","services":)" +
           services + "}";
}

} // namespace

class TestOryResponses : public QObject
{
    Q_OBJECT
private slots:
    void workspaceList()
    {
        auto page = parseWorkspaceList(
            R"({"workspaces":[{"id":"w-1","name":"Main"},{"id":"w-2"}],"next_page_token":"t2","has_next_page":true})");
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items[0].id, u"w-1"_s);
        QCOMPARE(page->items[0].name, u"Main"_s);
        QCOMPARE(page->items[1].name, QString());
        QCOMPARE(page->nextPageToken, u"t2"_s);
        QVERIFY(page->hasNextPage);
    }

    void projectLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("paged"); // GET /workspaces/{ws}/projects rather than GET /projects
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("workspace");
        QTest::newRow("array") << QByteArray(R"([{"id":"p-1","name":"A","slug":"a","state":"running",
                                             "environment":"prod","workspace_id":"w-1"}])")
                               << false << 1 << u"w-1"_s;
        QTest::newRow("paged shape tolerated")
            << QByteArray(R"({"projects":[{"id":"p-1","workspace":{"id":"w-9"}},{"id":"p-2"}]})") << false
            << 2 << u"w-9"_s;
        QTest::newRow("empty") << QByteArray("[]") << false << 0 << QString();
        QTest::newRow("workspace projects")
            << QByteArray(
                   R"({"projects":[{"id":"p-3","workspace_id":"w-1"}],"next_page":"n","has_next_page":false})")
            << true << 1 << u"w-1"_s;
    }
    void projectLists()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, paged);
        QFETCH(int, count);
        QFETCH(QString, workspace);
        QList<OryProjectSummary> items;
        if (paged) {
            auto page = parseWorkspaceProjectList(body);
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            QCOMPARE(page->nextPageToken, u"n"_s);
            items = page->items;
        } else {
            auto list = parseProjectList(body);
            QVERIFY2(list.ok(), qPrintable(list.error().message));
            items = list.value();
        }
        QCOMPARE(items.size(), count);
        if (count > 0)
            QCOMPARE(items.first().workspaceId, workspace);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("which"); // 0 workspaces, 1 projects, 2 project, 3 update
        QTest::addColumn<QString>("says");
        QTest::newRow("empty answer") << QByteArray("") << 2 << u"an empty answer"_s;
        QTest::newRow("web page") << QByteArray("<html><body>Login</body></html>") << 2
                                  << u"a web page instead of JSON"_s;
        QTest::newRow("cut off") << QByteArray(R"({"id":"p-1","revision_id":)") << 2
                                 << u"JSON cut off before its end"_s;
        QTest::newRow("array for an object") << QByteArray("[]") << 2 << u"expected a JSON object"_s;
        QTest::newRow("no id") << projectJson("{}").replace(R"("id":"p-1",)", "") << 2
                               << u"the project has no id"_s;
        QTest::newRow("no revision") << projectJson("{}").replace(R"("revision_id":"r-1",)", "") << 2
                                     << u"the project has no revision_id"_s;
        QTest::newRow("no services") << QByteArray(R"({"id":"p-1","revision_id":"r-1"})") << 2
                                     << u"the project has no “services”"_s;
        QTest::newRow("identity config not an object") << projectJson(R"({"identity":{"config":[]}})") << 2
                                                       << u"“services.identity.config” is not an object"_s;
        QTest::newRow("no workspaces list")
            << QByteArray(R"({"items":[]})") << 0 << u"no “workspaces” list"_s;
        QTest::newRow("workspace without id")
            << QByteArray(R"({"workspaces":[{"name":"x"}]})") << 0 << u"a workspace has no id"_s;
        QTest::newRow("project entry not an object")
            << QByteArray(R"(["p-1"])") << 1 << u"a project entry is not an object"_s;
        QTest::newRow("update without project")
            << QByteArray(R"({"warnings":[]})") << 3 << u"the update answer has no “project”"_s;
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, which);
        QFETCH(QString, says);
        Error e;
        switch (which) {
        case 0:
            e = parseWorkspaceList(body).error();
            break;
        case 1:
            e = parseProjectList(body).error();
            break;
        case 2:
            e = parseProject(body).error();
            break;
        default:
            e = parseProjectUpdate(body).error();
        }
        QCOMPARE(e.code, u"unexpected-response"_s);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
    }

    void project()
    {
        auto p = parseProject(
            projectJson(R"({"identity":{"config":{"selfservice":{"flows":{}}}},"oauth2":{"config":{}}})"));
        QVERIFY2(p.ok(), qPrintable(p.error().message));
        QCOMPARE(p->id, u"p-1"_s);
        QCOMPARE(p->revisionId, u"r-1"_s);
        QCOMPARE(p->name, u"Prod"_s);
        QCOMPARE(p->slug, u"prod-x"_s);
        QCOMPARE(p->workspaceId, u"w-1"_s);
        QVERIFY(p->identityConfig.contains(u"selfservice"_s));

        // Without the identity service the Kratos configuration is simply empty.
        auto bare = parseProject(projectJson(R"({"oauth2":{}})"));
        QVERIFY(bare.ok());
        QVERIFY(bare->identityConfig.isEmpty());
    }

    void projectUpdate()
    {
        auto u = parseProjectUpdate(
            R"({"project":)" + projectJson(R"({"identity":{"config":{}}})") +
            R"(,"warnings":[{"code":1234,"message":"courier.smtp is managed by Ory"},{"message":"x"}]})");
        QVERIFY2(u.ok(), qPrintable(u.error().message));
        QCOMPARE(u->project.revisionId, u"r-1"_s);
        QCOMPARE(u->warnings.size(), 2);
        QCOMPARE(u->warnings[0].code, 1234);
        QCOMPARE(u->warnings[0].message, u"courier.smtp is managed by Ory"_s);
        QCOMPARE(u->warnings[1].code, 0);
    }

    void oryError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("request");
        QTest::newRow("errorGeneric")
            << QByteArray(
                   R"({"error":{"code":409,"message":"conflict","reason":"stale revision","request":"rq-1"}})")
            << true << u"conflict"_s << u"stale revision"_s << u"rq-1"_s;
        QTest::newRow("bare, OAuth style")
            << QByteArray(R"({"error":"invalid_token","error_description":"expired"})") << true
            << u"invalid_token"_s << u"expired"_s << QString();
        QTest::newRow("not an error document")
            << QByteArray(R"({"id":"p-1"})") << false << QString() << QString() << QString();
        QTest::newRow("not JSON") << QByteArray("Bad Gateway") << false << QString() << QString()
                                  << QString();
    }
    void oryError()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, isError);
        QFETCH(QString, message);
        QFETCH(QString, reason);
        QFETCH(QString, request);
        const auto e = parseOryError(body);
        QCOMPARE(e.has_value(), isError);
        if (!e)
            return;
        QCOMPARE(e->message, message);
        QCOMPARE(e->reason, reason);
        QCOMPARE(e->requestId, request);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        const QByteArray generic = R"({"error":{"message":"msg","reason":"the reason"}})";
        const QString json = u"application/json"_s;
        QTest::newRow("400 names Ory's reason")
            << 400 << generic << json << u"bad-request"_s << u"the reason"_s;
        QTest::newRow("401 asks for a workspace key")
            << 401 << generic << json << u"unauthorized"_s << u"ory_wak_"_s;
        QTest::newRow("403") << 403 << generic << json << u"forbidden"_s << u"workspace"_s;
        QTest::newRow("404") << 404 << generic << json << u"not-found"_s << u"project id"_s;
        QTest::newRow("409 says nothing was overwritten")
            << 409 << generic << json << u"conflict"_s << u"nothing was overwritten"_s;
        QTest::newRow("402") << 402 << generic << json << u"http-402"_s << u"billing"_s;
        QTest::newRow("422") << 422 << generic << json << u"http-422"_s << u"422"_s;
        QTest::newRow("429") << 429 << generic << json << u"http-429"_s << u"Wait a minute"_s;
        QTest::newRow("502") << 502 << QByteArray() << json << u"server-error"_s << u"502 Bad Gateway"_s;
        QTest::newRow("503") << 503 << generic << json << u"server-error"_s << u"status.ory.sh"_s;
        QTest::newRow("500") << 500 << generic << json << u"server-error"_s << u"HTTP 500"_s;
        QTest::newRow("418 otherwise") << 418 << generic << json << u"http-418"_s << u"HTTP 418"_s;
        QTest::newRow("a proxy's login page")
            << 200 << QByteArray("<html>sign in</html>") << u"text/html"_s << u"not-json"_s << u"web page"_s;
        QTest::newRow("plain text") << 500 << QByteArray("oops") << u"text/plain"_s << u"not-json"_s
                                    << u"not JSON"_s;
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const Error e = explainOryHttpError(status, body, contentType, u"read the project"_s);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"read the project"_s), qPrintable(e.message));
        QVERIFY2(e.detail.startsWith(u"HTTP %1"_s.arg(status)), qPrintable(e.detail));
        if (body.startsWith('{'))
            QVERIFY2(e.detail.contains(u"the reason"_s), qPrintable(e.detail));
    }

    void keyWarnings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says"); // empty: no warning
        QTest::newRow("workspace key") << u"ory_wak_abc123"_s << QString();
        QTest::newRow("workspace key with spaces") << u"  ory_wak_abc123 \n"_s << QString();
        QTest::newRow("empty") << QString() << u"No Ory workspace API key"_s;
        QTest::newRow("project key") << u"ory_pat_abc"_s << u"project API key"_s;
        QTest::newRow("old project key") << u"ory_apikey_abc"_s << u"project API key"_s;
        QTest::newRow("something else") << u"sk_live_123"_s << u"does not look like"_s;
    }
    void keyWarnings()
    {
        QFETCH(QString, key);
        QFETCH(QString, says);
        const QString warning = oryKeyWarning(key);
        if (says.isEmpty())
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
        else
            QVERIFY2(warning.contains(says), qPrintable(warning));
        if (!key.trimmed().isEmpty())
            QVERIFY(!warning.contains(key.trimmed())); // a warning never repeats the key
    }
};

QTEST_GUILESS_MAIN(TestOryResponses)
#include "tst_oryresponses.moc"
