// Server faults for each API client, from a scripted fake on 127.0.0.1: every HTTP status users meet, broken
// bodies, a server that never answers, a refused connection, a reset mid-body and a self-signed TLS server.
// Each fault must give its own specific message (never the key); an in-flight call can be cancelled; the
// event loop keeps running while a call hangs. Prints the matrix API × fault → message.
#include "ScenarioServer.h"
#include "core/mandrill/MandrillClient.h"
#include "core/ory/OryProjectClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace hookmail;
using test::ScenarioResponse;
using test::ScenarioServer;

namespace {

const QString kMandrillKey = QStringLiteral("md-FAKE-faultmatrix-key-5u9Qx2");
const QString kOryKey = QStringLiteral("ory_wak_FAKEfaultmatrixKey7Hc2Lq9");

// One API as the matrix sees it: where its call goes, how to start it and how to cancel it.
struct ApiDriver
{
    QString name;
    QByteArray path; // request path of the call on the fake
    QStringList secrets;
    // Starts the call against `base`; `done` gets the error (or an empty Error with code "ok"). Returns a
    // function that cancels the call.
    std::function<std::function<void()>(QObject *owner, const QUrl &base, std::chrono::milliseconds timeout,
                                        std::function<void(Error)> done)>
        start;
};

ApiDriver mandrillDriver()
{
    ApiDriver d;
    d.name = QStringLiteral("Mandrill");
    d.path = "/messages/send";
    d.secrets = {kMandrillKey};
    d.start = [](QObject *owner, const QUrl &base, std::chrono::milliseconds timeout,
                 std::function<void(Error)> done) -> std::function<void()> {
        auto *client = new MandrillClient(owner);
        client->setBaseUrl(base.toString());
        client->setTimeout(timeout);
        const QJsonObject body{{QStringLiteral("key"), kMandrillKey},
                               {QStringLiteral("message"),
                                QJsonObject{{QStringLiteral("to"),
                                             QJsonArray{QJsonObject{{QStringLiteral("email"),
                                                                     QStringLiteral("a@example.org")}}}}}}};
        const auto ticket = client->send(body, [done](Result<QList<SendResult>> r) {
            done(r.ok() ? Error{QString(), QString(), QStringLiteral("ok")} : r.error());
        });
        return [client, ticket] { client->cancel(ticket); };
    };
    return d;
}

ApiDriver oryDriver()
{
    ApiDriver d;
    d.name = QStringLiteral("Ory");
    d.path = "/projects/p-1";
    d.secrets = {kOryKey};
    d.start = [](QObject *owner, const QUrl &base, std::chrono::milliseconds timeout,
                 std::function<void(Error)> done) -> std::function<void()> {
        auto *client = new OryProjectClient(owner);
        client->setBaseUrl(base.toString());
        client->setTimeout(timeout);
        client->getProject(kOryKey, QStringLiteral("p-1"), [done](Result<OryProject> r) {
            done(r.ok() ? Error{QString(), QString(), QStringLiteral("ok")} : r.error());
        });
        return [client] { client->cancelAll(); };
    };
    return d;
}

struct Fault
{
    QString name;
    enum class Kind
    {
        Scripted,
        Refused,
        SelfSignedTls
    } kind = Kind::Scripted;
    ScenarioResponse response;
    QString code;   // expected Error::code
    QString phrase; // a phrase only this fault's message has
};

ScenarioResponse plain(int status, const QByteArray &body)
{
    return ScenarioResponse::json(status, body);
}

QList<Fault> mandrillFaults()
{
    // Bodies are what a proxy or a wrong base URL sends (not Mandrill's error object: its named errors have
    // their own tests in tst_mandrillscenarios), so the status alone must say what happened.
    const QByteArray generic = "{\"error\":\"something went wrong\"}";
    QList<Fault> f;
    auto status = [&](int s, const char *code, const char *phrase) {
        f.append({QStringLiteral("HTTP %1").arg(s), Fault::Kind::Scripted, plain(s, generic),
                  QLatin1String(code), QString::fromUtf8(phrase)});
    };
    status(400, "http-4xx", "400 Bad Request");
    status(401, "http-4xx", "401 Unauthorized");
    status(402, "http-4xx", "402 Payment Required");
    status(403, "http-4xx", "403 Forbidden");
    status(404, "http-4xx", "HTTP 404");
    status(409, "http-4xx", "409 Conflict");
    status(422, "http-4xx", "422 Unprocessable");
    status(429, "http-429", "429 Too Many Requests");
    status(500, "http-5xx", "had a problem (HTTP 500)");
    status(502, "http-5xx", "502 Bad Gateway");
    status(503, "http-5xx", "503 Service Unavailable");
    f.append({QStringLiteral("HTML body (200)"), Fault::Kind::Scripted,
              ScenarioResponse::html(200, "<html><body>Sign in to the Wi-Fi</body></html>"),
              QStringLiteral("html"), QStringLiteral("web page")});
    f.append({QStringLiteral("empty body (200)"), Fault::Kind::Scripted, plain(200, QByteArray()),
              QStringLiteral("empty-body"), QStringLiteral("empty answer")});
    f.append({QStringLiteral("truncated JSON (200)"), Fault::Kind::Scripted,
              plain(200, "[{\"email\":\"a@example.org\",\"status\":\"se"), QStringLiteral("truncated-json"),
              QStringLiteral("cut off")});
    f.append({QStringLiteral("wrong JSON types (200)"), Fault::Kind::Scripted,
              plain(200, "{\"email\":[\"a@example.org\"],\"status\":42}"), QStringLiteral("unexpected-json"),
              QStringLiteral("expected shape")});
    ScenarioResponse never = plain(200, "[]");
    never.mode = ScenarioResponse::Mode::NeverAnswer;
    f.append({QStringLiteral("accepts, never answers"), Fault::Kind::Scripted, never,
              QStringLiteral("timeout"), QStringLiteral("did not answer within")});
    f.append({QStringLiteral("connection refused"),
              Fault::Kind::Refused,
              {},
              QStringLiteral("connection-refused"),
              QStringLiteral("refused")});
    ScenarioResponse reset = plain(200, QByteArray(4000, ' ') + "[]");
    reset.mode = ScenarioResponse::Mode::ResetMidBody;
    reset.cutAt = 100;
    f.append({QStringLiteral("reset mid-body"), Fault::Kind::Scripted, reset,
              QStringLiteral("connection-closed"), QStringLiteral("closed before")});
    f.append({QStringLiteral("self-signed TLS"), Fault::Kind::SelfSignedTls, plain(200, "[]"),
              QStringLiteral("tls"), QStringLiteral("could not be verified")});
    return f;
}

QList<Fault> oryFaults()
{
    const QByteArray generic = "{\"error\":\"something went wrong\"}";
    QList<Fault> f;
    auto status = [&](int s, const char *code, const char *phrase) {
        f.append({QStringLiteral("HTTP %1").arg(s), Fault::Kind::Scripted, plain(s, generic),
                  QLatin1String(code), QString::fromUtf8(phrase)});
    };
    status(400, "bad-request", "invalid");
    status(401, "unauthorized", "did not accept");
    status(402, "http-402", "402 Payment Required");
    status(403, "forbidden", "no access");
    status(404, "not-found", "HTTP 404");
    status(409, "conflict", "changed since");
    status(422, "http-422", "422 Unprocessable");
    status(429, "http-429", "429 Too Many Requests");
    status(500, "server-error", "(HTTP 500)");
    status(502, "server-error", "502 Bad Gateway");
    status(503, "server-error", "503 Service Unavailable");
    f.append({QStringLiteral("HTML body (200)"), Fault::Kind::Scripted,
              ScenarioResponse::html(200, "<html><body>Sign in to the Wi-Fi</body></html>"),
              QStringLiteral("unexpected-response"), QStringLiteral("web page")});
    f.append({QStringLiteral("empty body (200)"), Fault::Kind::Scripted, plain(200, QByteArray()),
              QStringLiteral("unexpected-response"), QStringLiteral("empty answer")});
    f.append({QStringLiteral("truncated JSON (200)"), Fault::Kind::Scripted,
              plain(200, "{\"id\":\"p-1\",\"revision_id\":\"r"), QStringLiteral("unexpected-response"),
              QStringLiteral("cut off")});
    f.append({QStringLiteral("wrong JSON types (200)"), Fault::Kind::Scripted,
              plain(200, "{\"id\":42,\"revision_id\":[],\"services\":\"none\"}"),
              QStringLiteral("unexpected-response"), QStringLiteral("does not understand")});
    ScenarioResponse never = plain(200, "{}");
    never.mode = ScenarioResponse::Mode::NeverAnswer;
    f.append({QStringLiteral("accepts, never answers"), Fault::Kind::Scripted, never,
              QStringLiteral("timeout"), QStringLiteral("did not answer in time")});
    f.append({QStringLiteral("connection refused"),
              Fault::Kind::Refused,
              {},
              QStringLiteral("connection-refused"),
              QStringLiteral("refused")});
    ScenarioResponse reset = plain(200, "{\"id\":\"p-1\"," + QByteArray(4000, ' ') + "}");
    reset.mode = ScenarioResponse::Mode::ResetMidBody;
    reset.cutAt = 100;
    f.append({QStringLiteral("reset mid-body"), Fault::Kind::Scripted, reset,
              QStringLiteral("connection-closed"), QStringLiteral("closed before")});
    f.append({QStringLiteral("self-signed TLS"), Fault::Kind::SelfSignedTls, plain(200, "{}"),
              QStringLiteral("tls"), QStringLiteral("could not be verified")});
    return f;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
    // API → fault → message, printed at the end.
    QMap<QString, QList<QPair<QString, QString>>> m_matrix;
    QSslCertificate m_cert;
    QSslKey m_key;
    QString m_tlsSkipReason;

    QList<ApiDriver> drivers() const { return {mandrillDriver(), oryDriver()}; }
    QList<Fault> faultsFor(const QString &api) const
    {
        if (api == u"Mandrill")
            return mandrillFaults();
        if (api == u"Ory")
            return oryFaults();
        return {};
    }

    // Runs one call against the fault; returns the error it gave.
    Error run(const ApiDriver &api, const Fault &fault)
    {
        ScenarioServer server;
        QUrl base;
        if (fault.kind == Fault::Kind::Refused) {
            // A port that was just free: nothing listens there any more.
            if (!server.start())
                return Error{QStringLiteral("the fake server did not start"), {}, QStringLiteral("none")};
            base = server.baseUrl();
            server.close();
        } else {
            if (fault.kind == Fault::Kind::SelfSignedTls)
                server.enableTls(m_cert, m_key);
            if (!server.start())
                return Error{QStringLiteral("the fake server did not start"), {}, QStringLiteral("none")};
            server.setDefaultResponse(fault.response);
            base = server.baseUrl();
        }
        std::optional<Error> got;
        QObject owner;
        api.start(&owner, base, std::chrono::milliseconds(1500), [&](Error e) { got = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
        return got.value_or(Error{QStringLiteral("no answer"), {}, QStringLiteral("none")});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString reason;
        if (!test::makeSelfSignedCertificate(&m_cert, &m_key, &reason))
            m_tlsSkipReason = reason;
    }

    void faults_data()
    {
        QTest::addColumn<int>("apiIndex");
        QTest::addColumn<int>("faultIndex");
        const QList<ApiDriver> apis = drivers();
        for (int a = 0; a < apis.size(); ++a) {
            const QList<Fault> faults = faultsFor(apis[a].name);
            for (int f = 0; f < faults.size(); ++f)
                QTest::newRow(qPrintable(apis[a].name + u" / " + faults[f].name)) << a << f;
        }
    }
    void faults()
    {
        QFETCH(int, apiIndex);
        QFETCH(int, faultIndex);
        const ApiDriver api = drivers().at(apiIndex);
        const Fault fault = faultsFor(api.name).at(faultIndex);
        if (fault.kind == Fault::Kind::SelfSignedTls && !m_tlsSkipReason.isEmpty())
            QSKIP(qPrintable(m_tlsSkipReason));
        const Error e = run(api, fault);
        m_matrix[api.name].append({fault.name, e.message});
        QCOMPARE(e.code, fault.code);
        QVERIFY2(e.message.contains(fault.phrase, Qt::CaseInsensitive), qPrintable(e.message));
        for (const QString &secret : api.secrets) {
            QVERIFY2(!e.message.contains(secret) && !e.detail.contains(secret),
                     "the key leaked into an error");
            QVERIFY(!e.message.contains(QString::fromLatin1(secret.toUtf8().toBase64())));
        }
    }

    // Each fault has its own message: no two rows of one API say the same thing.
    void messagesAreSpecific()
    {
        for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it) {
            QHash<QString, QString> seen;
            for (const auto &[fault, message] : it.value()) {
                QVERIFY2(!seen.contains(message),
                         qPrintable(QStringLiteral("%1: '%2' and '%3' give the same message")
                                        .arg(it.key(), seen.value(message), fault)));
                seen.insert(message, fault);
            }
        }
    }

    // A call that hangs can be cancelled at once, answers "cancelled" exactly once, and the event loop keeps
    // turning meanwhile (the window would stay responsive).
    void cancelInFlight_data()
    {
        QTest::addColumn<int>("apiIndex");
        const QList<ApiDriver> apis = drivers();
        for (int a = 0; a < apis.size(); ++a)
            QTest::newRow(qPrintable(apis[a].name)) << a;
    }
    void cancelInFlight()
    {
        QFETCH(int, apiIndex);
        const ApiDriver api = drivers().at(apiIndex);
        ScenarioServer server;
        QVERIFY(server.start());
        ScenarioResponse never = plain(200, "[]");
        never.mode = ScenarioResponse::Mode::NeverAnswer;
        server.setDefaultResponse(never);
        QSignalSpy received(&server, &ScenarioServer::requestReceived);

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, worstGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start();

        QObject owner;
        int answers = 0;
        Error got;
        const auto cancel =
            api.start(&owner, server.baseUrl(), std::chrono::milliseconds(30000), [&](Error e) {
                ++answers;
                got = e;
            });
        QVERIFY(received.wait(5000)); // the call is now hanging on the server
        const qint64 cancelledAt = clock.elapsed();
        cancel();
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 2000);
        const qint64 latency = clock.elapsed() - cancelledAt;
        QCOMPARE(got.code, QStringLiteral("cancelled"));
        QVERIFY2(latency < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(latency)));
        // Deliberate: a window for a second (wrong) answer to arrive; there is no event for "none came".
        QTest::qWait(100);
        QCOMPARE(answers, 1);
        QVERIFY2(worstGap < 250,
                 qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worstGap)));
        m_matrix[api.name].append({QStringLiteral("cancelled in flight"), got.message});
        qInfo("%s: cancel answered in %lld ms; longest event-loop gap %lld ms", qPrintable(api.name), latency,
              worstGap);
    }

    void cleanupTestCase()
    {
        int rows = 0;
        for (auto it = m_matrix.cbegin(); it != m_matrix.cend(); ++it) {
            for (const auto &[fault, message] : it.value()) {
                qInfo("%-9s | %-24s | %s", qPrintable(it.key()), qPrintable(fault), qPrintable(message));
                ++rows;
            }
        }
        qInfo("fault matrix: %d APIs, %d rows", int(m_matrix.size()), rows);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
