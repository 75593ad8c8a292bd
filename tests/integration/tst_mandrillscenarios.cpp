// MandrillClient against scripted fakes: every failure users meet must give its own plain message.
#include "PrismServer.h"
#include "ScenarioServer.h"
#include "core/mandrill/MandrillClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using test::ScenarioResponse;
using test::ScenarioServer;

Q_DECLARE_METATYPE(ScenarioResponse)

namespace {
const QString kFakeKey = QStringLiteral("hookmail-fake-scenario-key-0002");

QJsonObject sendBody(const QString &key = kFakeKey)
{
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("to"),
                      QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.org")}}}}}}};
}

QByteArray apiError(const char *name, int code, const char *message)
{
    return QByteArray(R"({"status":"error","code":)") + QByteArray::number(code) + R"(,"name":")" + name +
           R"(","message":")" + message + R"("})";
}
} // namespace

class TestMandrillScenarios : public QObject
{
    Q_OBJECT
    ScenarioServer *m_server = nullptr;
    MandrillClient *m_client = nullptr;

    Result<QList<SendResult>> send(const QJsonObject &body = sendBody())
    {
        return MandrillClient::wait<QList<SendResult>>([&](auto cb) { m_client->send(body, cb); });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = new ScenarioServer(this);
        QVERIFY(m_server->start());
        m_client = new MandrillClient(this);
        m_client->setBaseUrl(m_server->baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(5));
    }
    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void requestShape()
    {
        m_server->setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(kFakeKey, cb); });
        QVERIFY(r.ok());
        QCOMPARE(m_server->requests().size(), 1);
        const auto &req = m_server->requests().first();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/users/ping"));
        QVERIFY(req.headers.value("content-type").startsWith("application/json"));
        QVERIFY(req.headers.value("user-agent").startsWith("Hookmail/"));
        QCOMPARE(QJsonDocument::fromJson(req.body).object().value(u"key").toString(), kFakeKey);
    }

    void sendOutcomes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("explanationPart");
        QTest::newRow("rejected unsigned")
            << QByteArray(
                   R"([{"email":"a@example.org","status":"rejected","reject_reason":"unsigned","_id":"x1"}])")
            << "rejected" << true << "not verified in Mandrill";
        QTest::newRow("queued hourly quota")
            << QByteArray(
                   R"([{"email":"a@example.org","status":"queued","queued_reason":"hourly-quota-exhausted","_id":"x2"}])")
            << "queued" << false << "hourly sending quota";
        QTest::newRow("invalid") << QByteArray(R"([{"email":"a@example.org","status":"invalid","_id":"x3"}])")
                                 << "invalid" << true << "invalid";
        QTest::newRow("sent")
            << QByteArray(R"([{"email":"a@example.org","status":"sent","reject_reason":null,"_id":"x4"}])")
            << "sent" << false << "accepted";
    }
    void sendOutcomes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, status);
        QFETCH(bool, failed);
        QFETCH(QString, explanationPart);
        m_server->setResponse("/messages/send", ScenarioResponse::json(200, body));
        const auto r = send();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().status, status);
        QCOMPARE(r->first().failed(), failed);
        const QString explanation = explainSendResult(r->first());
        QVERIFY2(explanation.contains(explanationPart), qPrintable(explanation));
        qInfo("%s → %s", QTest::currentDataTag(), qPrintable(explanation));
    }

    void errors_data()
    {
        QTest::addColumn<ScenarioResponse>("response");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("Invalid_Key as HTTP 500 code -1")
            << ScenarioResponse::json(500, apiError("Invalid_Key", -1, "Invalid API key")) << kFakeKey
            << "Invalid_Key"
            << "rejected the key (Invalid_Key)";
        QTest::newRow("Invalid_Key as HTTP 401")
            << ScenarioResponse::json(401, apiError("Invalid_Key", 401, "Invalid API key")) << kFakeKey
            << "Invalid_Key"
            << "rejected the key (Invalid_Key)";
        QTest::newRow("Invalid_Key with a Marketing key")
            << ScenarioResponse::json(500, apiError("Invalid_Key", -1, "Invalid API key"))
            << "0123456789abcdef0123456789abcdef-us21"
            << "Invalid_Key"
            << "Mailchimp Marketing API key (it ends in “-us21”)";
        QTest::newRow("PaymentRequired")
            << ScenarioResponse::json(402, apiError("PaymentRequired", 10, "Payment required")) << kFakeKey
            << "PaymentRequired"
            << "positive account balance";
        QTest::newRow("ValidationError")
            << ScenarioResponse::json(
                   500, apiError("ValidationError", -2,
                                 "Validation error: {\\\"email\\\":\\\"Not a valid email address\\\"}"))
            << kFakeKey << "ValidationError"
            << "Not a valid email address";
        QTest::newRow("Unknown_Subaccount")
            << ScenarioResponse::json(
                   404, apiError("Unknown_Subaccount", 12, "No subaccount exists with the id 'x'"))
            << kFakeKey << "Unknown_Subaccount"
            << "subaccount";
        QTest::newRow("GeneralError")
            << ScenarioResponse::json(500, apiError("GeneralError", -1, "Something broke")) << kFakeKey
            << "GeneralError"
            << "internal error";
        QTest::newRow("ServiceUnavailable")
            << ScenarioResponse::json(503, apiError("ServiceUnavailable", -2, "down")) << kFakeKey
            << "ServiceUnavailable"
            << "temporarily unavailable";
        QTest::newRow("RequestLimitExceeded")
            << ScenarioResponse::json(429, apiError("RequestLimitExceeded", 429, "Too many")) << kFakeKey
            << "RequestLimitExceeded"
            << "Wait a minute";
        QTest::newRow("429 without body") << ScenarioResponse::json(429, "") << kFakeKey << "http-429"
                                          << "HTTP 429";
        QTest::newRow("500 HTML") << ScenarioResponse::html(500,
                                                            "<html><body>Internal Server Error</body></html>")
                                  << kFakeKey << "http-5xx"
                                  << "web page";
        QTest::newRow("502 HTML from a proxy")
            << ScenarioResponse::html(502, "<html>Bad Gateway</html>") << kFakeKey << "http-5xx"
            << "HTTP 502";
        QTest::newRow("200 HTML") << ScenarioResponse::html(200, "<!doctype html><title>Login</title>")
                                  << kFakeKey << "html"
                                  << "web page (HTML)";
        QTest::newRow("empty body") << ScenarioResponse::json(200, "") << kFakeKey << "empty-body"
                                    << "empty answer";
        ScenarioResponse truncated =
            ScenarioResponse::json(200, R"([{"email":"a@example.org","status":"sent","_id":"abc"}])");
        truncated.mode = ScenarioResponse::Mode::Truncated;
        truncated.cutAt = 30;
        QTest::newRow("truncated JSON") << truncated << kFakeKey << "truncated-json"
                                        << "cut off";
        QTest::newRow("wrong types") << ScenarioResponse::json(200,
                                                               R"([{"email":"a@example.org","status":7}])")
                                     << kFakeKey << "unexpected-json"
                                     << "expected shape";
        QTest::newRow("object instead of list")
            << ScenarioResponse::json(200, R"({"email":"a@example.org"})") << kFakeKey << "unexpected-json"
            << "expected shape";
        QTest::newRow("not JSON") << ScenarioResponse::json(200, "OK sent") << kFakeKey << "not-json"
                                  << "not valid JSON";
        ScenarioResponse reset = ScenarioResponse::json(200, QByteArray(4000, ' ') + "[]");
        reset.mode = ScenarioResponse::Mode::ResetMidBody;
        reset.cutAt = 100;
        QTest::newRow("connection reset mid-body") << reset << kFakeKey << "connection-closed"
                                                   << "closed before";
        QTest::newRow("404 wrong base URL")
            << ScenarioResponse::json(404, "Not found") << kFakeKey << "http-4xx"
            << "base URL";
    }
    void errors()
    {
        QFETCH(ScenarioResponse, response);
        QFETCH(QString, key);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        m_server->setResponse("/messages/send", response);
        const auto r = send(sendBody(key));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(key));
        QVERIFY(!r.error().detail.contains(key));
        qInfo("%s → %s", QTest::currentDataTag(), qPrintable(r.error().message));
    }

    void neverAnswersTimesOut()
    {
        ScenarioResponse silent;
        silent.mode = ScenarioResponse::Mode::NeverAnswer;
        m_server->setResponse("/messages/send", silent);
        m_client->setTimeout(std::chrono::milliseconds(400));
        QElapsedTimer timer;
        timer.start();
        const auto r = send();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
        QVERIFY2(r.error().message.contains(u"did not answer within 0.4 seconds") &&
                     r.error().message.contains(u"may still have been sent"),
                 qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 4000);
        qInfo("timeout → %s", qPrintable(r.error().message));
    }

    void connectionRefused()
    {
        const quint16 closedPort = test::freeLoopbackPort();
        m_client->setBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(kFakeKey, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("connection-refused"));
        QVERIFY2(r.error().message.contains(u"connection was refused"), qPrintable(r.error().message));
        qInfo("refused → %s", qPrintable(r.error().message));
    }

    void plainHttpToRemoteHostIsRefused()
    {
        m_client->setBaseUrl(QStringLiteral("http://mandrillapp.com/api/1.0"));
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(kFakeKey, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("bad-base-url")); // was "insecure-url" (merged)
        QVERIFY(m_server->requests().isEmpty());
    }

    void missingKeyIsRefusedBeforeSending()
    {
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(QString(), cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("no-key"));
        QVERIFY(m_server->requests().isEmpty());
    }

    void selfSignedTlsIsReportedNotIgnored()
    {
        QSslCertificate certificate;
        QSslKey key;
        QString reason;
        if (!test::makeSelfSignedCertificate(&certificate, &key, &reason))
            QSKIP(qPrintable(reason));
        m_server->enableTls(certificate, key);
        m_server->setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        m_client->setBaseUrl(m_server->baseUrl().toString());
        QVERIFY(m_client->baseUrl().startsWith(u"https://"));
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(kFakeKey, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("tls"));
        QVERIFY2(r.error().message.contains(u"could not be verified") &&
                     r.error().message.contains(u"self-signed", Qt::CaseInsensitive),
                 qPrintable(r.error().message));
        QVERIFY(m_server->requests().isEmpty()); // the key never went out
        qInfo("tls → %s", qPrintable(r.error().message));
    }

    void cancelInFlight()
    {
        ScenarioResponse silent;
        silent.mode = ScenarioResponse::Mode::NeverAnswer;
        m_server->setResponse("/messages/send", silent);
        QSignalSpy received(m_server, &ScenarioServer::requestReceived);
        QSignalSpy busy(m_client, &MandrillClient::busyChanged);
        int calls = 0;
        std::optional<Result<QList<SendResult>>> outcome;
        const auto ticket = m_client->send(sendBody(), [&](Result<QList<SendResult>> r) {
            ++calls;
            outcome = std::move(r);
        });
        QVERIFY(m_client->isBusy());
        QVERIFY(received.wait(3000));
        m_client->cancel(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 3000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().code, QStringLiteral("cancelled"));
        QVERIFY(!m_client->isBusy());
        QCOMPARE(busy.size(), 2);
        // Exactly one answer: nothing more arrives later.
        m_client->cancel(ticket);
        // Deliberate: a window for a late second answer to arrive; there is no event for "none came".
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void cancelCheckKeyMidChain()
    {
        m_server->setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        ScenarioResponse silent;
        silent.mode = ScenarioResponse::Mode::NeverAnswer;
        m_server->setResponse("/users/info", silent);
        QSignalSpy received(m_server, &ScenarioServer::requestReceived);
        int calls = 0;
        QString code;
        const auto ticket = m_client->checkKey(kFakeKey, [&](Result<KeyCheck> r) {
            ++calls;
            code = r ? QString() : r.error().code;
        });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 3000);
        m_client->cancel(ticket);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 3000);
        QCOMPARE(code, QStringLiteral("cancelled"));
    }

    void checkKeyInvalidMentionsRestrictedKeys()
    {
        m_server->setResponse("/users/ping",
                              ScenarioResponse::json(500, apiError("Invalid_Key", -1, "Invalid API key")));
        const auto r = MandrillClient::wait<KeyCheck>([&](auto cb) { m_client->checkKey(kFakeKey, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("Invalid_Key"));
        QVERIFY2(r.error().message.contains(u"restricted"), qPrintable(r.error().message));
        qInfo("check-key invalid → %s", qPrintable(r.error().message));
    }

    void checkKeyShowsAccount()
    {
        m_server->setResponse("/users/ping", ScenarioResponse::json(200, "\"PONG!\""));
        m_server->setResponse(
            "/users/info",
            ScenarioResponse::json(
                200,
                R"({"username":"acme-mail","created_at":"2020-01-01 00:00:00","public_id":"p","reputation":82,"hourly_quota":250,"backlog":0,"stats":{"today":{"sent":3}}})"));
        const auto r = MandrillClient::wait<KeyCheck>([&](auto cb) { m_client->checkKey(kFakeKey, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->info->username, QStringLiteral("acme-mail"));
        QCOMPARE(r->info->reputation, 82);
        QCOMPARE(r->info->hourlyQuota, 250);
        QCOMPARE(r->info->sentToday, 3);
    }
};

QTEST_GUILESS_MAIN(TestMandrillScenarios)
#include "tst_mandrillscenarios.moc"
