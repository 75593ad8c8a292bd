// The common shape of a remote call (core/common/ApiClient), through both clients: callbacks bound to a
// context object, no callback during or after a client's destruction, redirects not followed, one error
// code per situation.
#include "ScenarioServer.h"
#include "core/mandrill/MandrillClient.h"
#include "core/ory/OryProjectClient.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace hookmail;

namespace {
const QString kMandrillKey = QStringLiteral("md-apiclient-fake-key-0001");
const QString kOryKey = QStringLiteral("ory_wak_FAKEapiClientKey0123456789");

test::ScenarioResponse neverAnswer()
{
    test::ScenarioResponse r;
    r.mode = test::ScenarioResponse::Mode::NeverAnswer;
    return r;
}
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void contextDestroyedDropsTheCall()
    {
        test::ScenarioServer server;
        server.setDefaultResponse(neverAnswer());
        QVERIFY(server.start());
        MandrillClient client;
        client.setBaseUrl(server.baseUrl().toString());
        auto context = std::make_unique<QObject>();
        int calls = 0;
        QSignalSpy asked(&server, &test::ScenarioServer::requestReceived);
        client.ping(
            kMandrillKey, [&](Result<QString>) { ++calls; }, context.get());
        QVERIFY(asked.wait(5000));
        QVERIFY(client.isBusy());
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!client.isBusy(), 2000); // aborted, not left to time out
        QCOMPARE(calls, 0);
    }

    void destroyedClientRunsNoCallback_data()
    {
        QTest::addColumn<bool>("ory");
        QTest::newRow("Ory") << true;
        QTest::newRow("Mandrill") << false;
    }
    void destroyedClientRunsNoCallback()
    {
        QFETCH(bool, ory);
        test::ScenarioServer server;
        server.setDefaultResponse(neverAnswer());
        QVERIFY(server.start());
        int calls = 0;
        QSignalSpy asked(&server, &test::ScenarioServer::requestReceived);
        std::unique_ptr<ApiClient> client;
        if (ory) {
            auto *c = new OryProjectClient;
            client.reset(c);
            c->setBaseUrl(server.baseUrl().toString());
            c->getProject(kOryKey, QStringLiteral("p-1"), [&](Result<OryProject>) { ++calls; });
        } else {
            auto *c = new MandrillClient;
            client.reset(c);
            c->setBaseUrl(server.baseUrl().toString());
            c->ping(kMandrillKey, [&](Result<QString>) { ++calls; });
        }
        QVERIFY(asked.wait(5000));
        client.reset();
        QCOMPARE(calls, 0);
        QCoreApplication::sendPostedEvents(); // a queued answer must not come later either
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void redirectsAreNotFollowed_data()
    {
        QTest::addColumn<bool>("ory");
        QTest::newRow("Ory") << true;
        QTest::newRow("Mandrill") << false;
    }
    void redirectsAreNotFollowed()
    {
        QFETCH(bool, ory);
        test::ScenarioServer server;
        test::ScenarioResponse redirect = test::ScenarioResponse::json(302, "{}");
        redirect.headers.append(qMakePair(QByteArray("Location"), QByteArray("/elsewhere")));
        server.setDefaultResponse(redirect);
        server.setResponse("/elsewhere", test::ScenarioResponse::json(200, "\"PONG!\""));
        QVERIFY(server.start());
        Error error;
        if (ory) {
            OryProjectClient client;
            client.setBaseUrl(server.baseUrl().toString());
            error = client.getProjectAndWait(kOryKey, QStringLiteral("p-1")).error();
        } else {
            MandrillClient client;
            client.setBaseUrl(server.baseUrl().toString());
            error = MandrillClient::wait<QString>([&](auto cb) { client.ping(kMandrillKey, cb); }).error();
        }
        QCOMPARE(error.code, errorCodeName(ErrorCode::Redirect));
        QVERIFY(error.message.contains(u"/elsewhere"));
        QCOMPARE(server.requests().size(), 1); // the key went nowhere else
    }

    void sameSituationSameCode()
    {
        // Plain http to a remote host: one code for both clients (Mandrill said "insecure-url" before).
        MandrillClient mandrill;
        mandrill.setBaseUrl(QStringLiteral("http://mandrillapp.example/api/1.0"));
        OryProjectClient ory;
        ory.setBaseUrl(QStringLiteral("http://api.console.ory.example"));
        const Error m =
            MandrillClient::wait<QString>([&](auto cb) { mandrill.ping(kMandrillKey, cb); }).error();
        const Error o = ory.getProjectAndWait(kOryKey, QStringLiteral("p-1")).error();
        QCOMPARE(m.code, QStringLiteral("bad-base-url"));
        QCOMPARE(o.code, m.code);
        QVERIFY(m.is(ErrorCode::BadBaseUrl));
    }

    void errorCodeNamesAreDistinct()
    {
        QSet<QString> names;
        for (int i = 0; i <= int(ErrorCode::Internal); ++i)
            names.insert(errorCodeName(ErrorCode(i)));
        QCOMPARE(names.size(), int(ErrorCode::Internal) + 1);
        QCOMPARE(errorCodeName(ErrorCode::ConnectionRefused), QStringLiteral("connection-refused"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
