// Every request the Mandrill client makes must pass Prism's validation of the official (fixed) OAS 3.1 spec:
// a 422/400 from Prism means our request does not match Mandrill's API and is a failure.
#include "PrismServer.h"
#include "TestEnv.h"
#include "core/mandrill/MandrillClient.h"
#include "core/mandrill/SenderDomains.h"
#include "core/mandrill/TestSend.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

namespace {
const QString kFakeKey = QStringLiteral("hookmail-fake-prism-key-0001");

QString specPath()
{
    return test::sharedReferenceDir() + QStringLiteral("/mandrill/transactional.openapi.fixed.json");
}

QByteArray failureText(const Error &e, const test::PrismServer &prism)
{
    // e.detail holds Prism's problem+json validation list for 4xx answers.
    return (e.message + QStringLiteral("\n  detail: ") + e.detail + QStringLiteral("\n  prism log tail: ") +
            QString::fromUtf8(prism.output().right(1500)))
        .toUtf8();
}
} // namespace

class TestMandrillPrism : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::PrismServer> m_prism;
    std::unique_ptr<MandrillClient> m_client;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (test::sharedReferenceDir().isEmpty())
            QSKIP(qPrintable(test::sharedMissingMessage()));
        m_prism = std::make_unique<test::PrismServer>(specPath());
        HOOKMAIL_START_PRISM(*m_prism, specPath());
        m_client = std::make_unique<MandrillClient>();
        m_client->setBaseUrl(m_prism->baseUrl().toString());
        m_client->setTimeout(std::chrono::seconds(10));
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_prism.reset();
    }

    void ping()
    {
        const auto r = MandrillClient::wait<QString>([&](auto cb) { m_client->ping(kFakeKey, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QCOMPARE(r.value(), QStringLiteral("PONG!"));
    }
    void info()
    {
        const auto r = MandrillClient::wait<UserInfo>([&](auto cb) { m_client->info(kFakeKey, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QVERIFY(!r->username.isEmpty());
        QVERIFY(r->reputation >= 0);
    }
    void checkKey()
    {
        const auto r = MandrillClient::wait<KeyCheck>([&](auto cb) { m_client->checkKey(kFakeKey, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QVERIFY2(r->info.has_value(), qPrintable(r->infoError));
        QVERIFY(r->notes.join(u' ').contains(u"test key"));
    }
    void domains()
    {
        const auto r =
            MandrillClient::wait<QList<SenderDomain>>([&](auto cb) { m_client->domains(kFakeKey, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QVERIFY(!r->isEmpty());
        QCOMPARE(r->first().domain, QStringLiteral("example.com"));
    }
    void checkDomain()
    {
        const auto r = MandrillClient::wait<SenderDomain>(
            [&](auto cb) { m_client->checkDomain(kFakeKey, QStringLiteral("example.com"), cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QCOMPARE(r->domain, QStringLiteral("example.com"));
        QVERIFY(!domainFindings(QStringLiteral("example.com"), r.value()).isEmpty());
    }
    void send_data()
    {
        QTest::addColumn<QJsonObject>("rendered");
        const QJsonObject full{
            {QStringLiteral("message"),
             QJsonObject{
                 {QStringLiteral("from_email"), QStringLiteral("hello@example.com")},
                 {QStringLiteral("from_name"), QStringLiteral("Example")},
                 {QStringLiteral("subject"), QStringLiteral("Welcome")},
                 {QStringLiteral("html"), QStringLiteral("<p>Hi {{name}}</p>")},
                 {QStringLiteral("text"), QStringLiteral("Hi")},
                 {QStringLiteral("merge_language"), QStringLiteral("handlebars")},
                 {QStringLiteral("bcc_address"), QStringLiteral("audit@example.com")},
                 {QStringLiteral("to"),
                  QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("user@example.org")},
                                         {QStringLiteral("type"), QStringLiteral("to")}}}},
                 {QStringLiteral("merge_vars"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("rcpt"), QStringLiteral("user@example.org")},
                      {QStringLiteral("vars"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("name")},
                                              {QStringLiteral("content"), QStringLiteral("Ann")}}}}}}},
                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("welcome")}},
                 {QStringLiteral("track_opens"), QJsonValue::Null}}}};
        QTest::newRow("full template body") << full;
        QTest::newRow("minimal") << QJsonObject{
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("x")}}}};
    }
    void send()
    {
        QFETCH(QJsonObject, rendered);
        const auto body = buildTestSendBody(
            rendered, {QStringLiteral("me@example.net"), QStringLiteral("reject@test.mandrillapp.com")},
            kFakeKey);
        QVERIFY2(body.ok(), qPrintable(body.error().message));
        const auto r =
            MandrillClient::wait<QList<SendResult>>([&](auto cb) { m_client->send(body->body, cb); });
        QVERIFY2(r.ok(), failureText(r.error(), *m_prism).constData());
        QVERIFY(!r->isEmpty());
        QVERIFY(!r->first().status.isEmpty());
    }
    void invalidRequestIsReportedWithPrismsList()
    {
        // The negative control: a body Prism must refuse, so the checks above can fail.
        const QJsonObject bad{{QStringLiteral("key"), kFakeKey},
                              {QStringLiteral("message"),
                               QJsonObject{{QStringLiteral("from_email"), QStringLiteral("not-an-email")}}}};
        const auto r = MandrillClient::wait<QList<SendResult>>([&](auto cb) { m_client->send(bad, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("http-4xx"));
        QVERIFY2(r.error().message.contains(u"from_email"), qPrintable(r.error().message));
        QVERIFY(!r.error().detail.contains(kFakeKey));
    }
};

QTEST_GUILESS_MAIN(TestMandrillPrism)
#include "tst_mandrillprism.moc"
