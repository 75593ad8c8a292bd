#include "core/mandrill/MandrillErrors.h"
#include "core/mandrill/MandrillExplanations.h"
#include "core/mandrill/MandrillParsing.h"
#include "core/mandrill/SenderDomains.h"
#include "core/mandrill/TestSend.h"
#include "core/secrets/SecretRedaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hookmail;
using namespace Qt::StringLiterals;

class TestMandrillResponses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sendResults_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("errorCode"); // empty = parses
        QTest::newRow("one sent") << QByteArray(R"([{"email":"a@x.org","status":"sent","_id":"1"}])") << 1
                                  << "";
        QTest::newRow("null reasons")
            << QByteArray(
                   R"([{"email":"a@x.org","status":"sent","reject_reason":null,"queued_reason":null,"_id":"1"}])")
            << 1 << "";
        QTest::newRow("two")
            << QByteArray(
                   R"([{"email":"a@x.org","status":"sent","_id":"1"},{"email":"b@x.org","status":"rejected","reject_reason":"unsigned","_id":"2"}])")
            << 2 << "";
        QTest::newRow("empty list") << QByteArray("[]") << 0 << "";
        QTest::newRow("surrounding whitespace") << QByteArray("\n [] \r\n") << 0 << "";
        QTest::newRow("empty") << QByteArray("") << 0 << "empty-body";
        QTest::newRow("blank") << QByteArray("   ") << 0 << "empty-body";
        QTest::newRow("html") << QByteArray("<html>") << 0 << "html";
        QTest::newRow("cut in object")
            << QByteArray("[{\"email\":\"a@x.org\",\"sta") /* moc 6.4 mis-reads this as a raw string */ << 0
            << "truncated-json";
        QTest::newRow("cut after number") << QByteArray(R"([{"n":1)") << 0 << "truncated-json";
        QTest::newRow("garbage after") << QByteArray(R"([]]])") << 0 << "not-json";
        QTest::newRow("plain text") << QByteArray("OK") << 0 << "not-json";
        QTest::newRow("object") << QByteArray(R"({"email":"a@x.org"})") << 0 << "unexpected-json";
        QTest::newRow("status number")
            << QByteArray(R"([{"email":"a@x.org","status":1}])") << 0 << "unexpected-json";
        QTest::newRow("missing email") << QByteArray(R"([{"status":"sent"}])") << 0 << "unexpected-json";
        QTest::newRow("item not object") << QByteArray(R"(["sent"])") << 0 << "unexpected-json";
        QTest::newRow("reason wrong type")
            << QByteArray(R"([{"email":"a@x.org","status":"rejected","reject_reason":5}])") << 0
            << "unexpected-json";
    }
    void sendResults()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QFETCH(QString, errorCode);
        const auto r = parseSendResults(body);
        if (errorCode.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().message + r.error().detail));
            QCOMPARE(r->size(), count);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, errorCode);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void ping_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("value");
        QTest::newRow("ping") << QByteArray("\"PONG!\"") << "PONG!";
        QTest::newRow("ping2") << QByteArray(R"({"PING":"PONG!"})") << "PONG!";
        QTest::newRow("number") << QByteArray("1") << "";
        QTest::newRow("cut string") << QByteArray("\"PON") << "";
    }
    void ping()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, value);
        const auto r = parsePing(body);
        QCOMPARE(r.ok(), !value.isEmpty());
        if (r.ok())
            QCOMPARE(r.value(), value);
    }

    void userInfo()
    {
        const auto r = parseUserInfo(R"({"username":"acme","reputation":75,"hourly_quota":100,"backlog":2,
            "stats":{"today":{"sent":4},"last_30_days":{"sent":40}}})");
        QVERIFY(r.ok());
        QCOMPARE(r->username, QStringLiteral("acme"));
        QCOMPARE(r->reputation, 75);
        QCOMPARE(r->hourlyQuota, 100);
        QCOMPARE(r->backlog, 2);
        QCOMPARE(r->sentToday, 4);
        QCOMPARE(r->sentLast30Days, 40);
        QCOMPARE(parseUserInfo(R"({"username":7})").error().code, QStringLiteral("unexpected-json"));
        QCOMPARE(parseUserInfo(R"({"username":"a","reputation":"high"})").error().code,
                 QStringLiteral("unexpected-json"));
        QCOMPARE(parseUserInfo(R"([])").error().code, QStringLiteral("unexpected-json"));
    }

    void domains()
    {
        const QByteArray body =
            R"([{"domain":"example.com","verified_at":"2020-01-01 00:00:00","spf":{"valid":true},
            "dkim":{"valid":false,"error":"no record"},"dmarc":{"valid":false},"valid_signing":false},
            {"domain":"other.org","spf":null,"dkim":null,"verified_at":null,"valid_signing":true}])";
        const auto r = parseDomains(body);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r->size(), 2);
        const auto d = findDomain(r.value(), QStringLiteral("EXAMPLE.com"));
        QVERIFY(d.has_value());
        QVERIFY(d->verified());
        QVERIFY(d->spf.valid);
        QVERIFY(!d->dkim.valid);
        QCOMPARE(d->dkim.error, QStringLiteral("no record"));
        QVERIFY(!d->readyToSend());
        QVERIFY(!r->at(1).verified());
        QCOMPARE(parseDomains(R"([{"domain":"a","spf":true}])").error().code,
                 QStringLiteral("unexpected-json"));
        QCOMPARE(parseDomain(R"({"domain":"a","valid_signing":"yes"})").error().code,
                 QStringLiteral("unexpected-json"));
    }

    void domainFindingsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QByteArray>("entry"); // empty = not added
        QTest::addColumn<int>("problems");
        QTest::addColumn<QString>("textPart");
        QTest::newRow("not added") << "example.com" << QByteArray() << 1 << "not a sending domain";
        QTest::newRow("public provider") << "gmail.com" << QByteArray() << 2 << "public mail provider";
        QTest::newRow("all good")
            << "example.com"
            << QByteArray(
                   R"({"domain":"example.com","verified_at":"x","spf":{"valid":true},"dkim":{"valid":true},"valid_signing":true})")
            << 0 << "Mandrill can sign";
        QTest::newRow("unverified")
            << "example.com"
            << QByteArray(
                   R"({"domain":"example.com","verify_txt_key":"abc","spf":{"valid":true},"dkim":{"valid":true},"valid_signing":false})")
            << 2 << "mandrill_verify.abc";
        QTest::newRow("spf and dkim bad")
            << "example.com"
            << QByteArray(
                   R"({"domain":"example.com","verified_at":"x","spf":{"valid":false,"error":"no include"},"dkim":{"valid":false},"valid_signing":false})")
            << 3 << "include:spf.mandrillapp.com";
    }
    void domainFindingsSayWhatToDo()
    {
        QFETCH(QString, domain);
        QFETCH(QByteArray, entry);
        QFETCH(int, problems);
        QFETCH(QString, textPart);
        std::optional<SenderDomain> d;
        if (!entry.isEmpty())
            d = parseDomain(entry).value();
        const auto findings = domainFindings(domain, d);
        int n = 0;
        QString all;
        for (const auto &f : findings) {
            n += f.level == DomainFinding::Level::Problem;
            all += f.text + u'\n';
        }
        QCOMPARE(n, problems);
        QVERIFY2(all.contains(textPart), qPrintable(all));
    }

    void errorsByName_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("Invalid_Key 500")
            << 500
            << QByteArray(R"({"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"})")
            << "abc123"
            << "Invalid_Key";
        QTest::newRow("name wins over 200-ish status")
            << 404 << QByteArray(R"({"status":"error","code":12,"name":"Unknown_Subaccount","message":"x"})")
            << "abc123"
            << "Unknown_Subaccount";
        QTest::newRow("unknown name")
            << 500 << QByteArray(R"({"status":"error","code":8,"name":"Unknown_Domain","message":"x"})")
            << "abc123"
            << "Unknown_Domain";
        QTest::newRow("not an error object") << 500 << QByteArray(R"({"error":"x"})") << "abc123"
                                             << "http-5xx";
        QTest::newRow("status not error") << 503 << QByteArray(R"({"status":"ok","name":"X"})") << "abc123"
                                          << "http-5xx";
        QTest::newRow("429") << 429 << QByteArray() << "abc123"
                             << "http-429";
        QTest::newRow("prism 422")
            << 422
            << QByteArray(R"({"validation":[{"message":"Request body must have required property 'key'"}]})")
            << "abc123"
            << "http-4xx";
        QTest::newRow("400") << 400 << QByteArray("bad") << "abc123"
                             << "http-4xx";
    }
    void errorsByName()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QString, code);
        const Error e = errorForHttpResponse(status, body, key);
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
    }

    void marketingKeyPattern_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("marketing");
        QTest::newRow("us21") << "0123456789abcdef0123456789abcdef-us21" << true;
        QTest::newRow("us1 with spaces") << " abcdef-us1 " << true;
        QTest::newRow("transactional") << "md-AbCdEfGhIjKlMnOpQrStUv" << false;
        QTest::newRow("us without digits") << "abc-us" << false;
        QTest::newRow("us in the middle") << "abc-us21x" << false;
    }
    void marketingKeyPattern()
    {
        QFETCH(QString, key);
        QFETCH(bool, marketing);
        QCOMPARE(looksLikeMarketingKey(key), marketing);
        const QString text =
            errorForHttpResponse(
                500, R"({"status":"error","code":-1,"name":"Invalid_Key","message":"Invalid API key"})", key)
                .message;
        QCOMPARE(text.contains(u"Marketing"), marketing);
    }

    void explanations_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reject");
        QTest::addColumn<QString>("queued");
        QTest::addColumn<QString>("part");
        QTest::newRow("unsigned") << "rejected"
                                  << "unsigned"
                                  << ""
                                  << "Sending Domains";
        QTest::newRow("hard-bounce") << "rejected"
                                     << "hard-bounce"
                                     << ""
                                     << "Rejection Denylist";
        QTest::newRow("spam") << "rejected"
                              << "spam"
                              << ""
                              << "spam";
        QTest::newRow("test-mode-limit") << "rejected"
                                         << "test-mode-limit"
                                         << ""
                                         << "test key";
        QTest::newRow("unknown reason") << "rejected"
                                        << "brand-new"
                                        << ""
                                        << "brand-new";
        QTest::newRow("attachments") << "queued"
                                     << ""
                                     << "attachments"
                                     << "normal";
        QTest::newRow("paused") << "queued"
                                << ""
                                << "sending-paused"
                                << "paused";
        QTest::newRow("sent ignores reject reason") << "sent"
                                                    << "hard-bounce"
                                                    << "attachments"
                                                    << "accepted";
    }
    void explanations()
    {
        QFETCH(QString, status);
        QFETCH(QString, reject);
        QFETCH(QString, queued);
        QFETCH(QString, part);
        const QString text =
            explainSendResult(SendResult{QStringLiteral("a@x.org"), status, reject, queued, {}});
        QVERIFY2(text.contains(part), qPrintable(text));
        if (status == u"sent")
            QVERIFY(!text.contains(u"Denylist"));
    }

    void scrub()
    {
        const QString key = QStringLiteral("s3cr3t+key/=");
        const QString text = u"a "_s + key + u" b "_s + QString::fromLatin1(key.toUtf8().toBase64()) +
                             u" c "_s + QString::fromLatin1(QUrl::toPercentEncoding(key));
        const QString out = redactText(text, {key});
        QVERIFY(!out.contains(key));
        QVERIFY(!out.contains(QString::fromLatin1(key.toUtf8().toBase64())));
        QVERIFY(!out.contains(QString::fromLatin1(QUrl::toPercentEncoding(key))));
        QCOMPARE(out.count(u"••••"_s), 3);
    }

    // --- TestSend ---
    void testBody()
    {
        const QJsonObject rendered = QJsonDocument::fromJson(R"({"message":{"from_email":"hi@example.com",
            "to":[{"email":"cc@example.org","type":"cc"},{"email":"user@example.org","type":"to"}],
            "bcc_address":"audit@example.com",
            "merge_vars":[{"rcpt":"user@example.org","vars":[{"name":"n","content":"Ann"}]},{"rcpt":"cc@example.org","vars":[]}],
            "recipient_metadata":[{"rcpt":"other@example.org","values":{"a":"1"}}]},"async":false})")
                                         .object();
        const auto r = buildTestSendBody(
            rendered, {QStringLiteral("me@example.net"), QStringLiteral("reject@test.mandrillapp.com")},
            QStringLiteral("k-123"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const QJsonObject m = r->body.value(u"message").toObject();
        QCOMPARE(r->body.value(u"key").toString(), QStringLiteral("k-123"));
        QCOMPARE(r->body.value(u"async").toBool(true), false);
        const QJsonArray to = m.value(u"to").toArray();
        QCOMPARE(to.size(), 2);
        QCOMPARE(to.at(0).toObject().value(u"email").toString(), QStringLiteral("me@example.net"));
        QCOMPARE(to.at(1).toObject().value(u"type").toString(), QStringLiteral("to"));
        QVERIFY(!m.contains(u"bcc_address"));
        const QJsonArray mv = m.value(u"merge_vars").toArray();
        QCOMPARE(mv.size(), 2);
        QCOMPARE(mv.at(0).toObject().value(u"rcpt").toString(), QStringLiteral("me@example.net"));
        QCOMPARE(mv.at(1).toObject().value(u"vars").toArray().at(0).toObject().value(u"content").toString(),
                 QStringLiteral("Ann"));
        QVERIFY(!m.contains(u"recipient_metadata"));
        QVERIFY(r->notes.join(u' ').contains(u"bcc_address"));
        QVERIFY(!rendered.contains(u"key")); // the input is untouched
    }
    void testBodyRefusals_data()
    {
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("no recipients") << QStringList{} << "k"
                                       << "no-recipients";
        QTest::newRow("display name") << QStringList{u"Ann <a@x.org>"_s} << "k"
                                      << "bad-address";
        QTest::newRow("not an address") << QStringList{u"ann"_s} << "k"
                                        << "bad-address";
        QTest::newRow("no key") << QStringList{u"a@x.org"_s} << ""
                                << "no-key";
    }
    void testBodyRefusals()
    {
        QFETCH(QStringList, to);
        QFETCH(QString, key);
        QFETCH(QString, code);
        const auto r = buildTestSendBody(QJsonObject{{QStringLiteral("message"), QJsonObject{}}}, to, key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }
    void testAddressesAreMandrills()
    {
        const QStringList a = mandrillTestAddresses();
        QCOMPARE(a.size(), 4);
        for (const QString &x : a) {
            QVERIFY(x.endsWith(u"@test.mandrillapp.com"));
            QVERIFY(checkTestAddress(x).isEmpty());
        }
    }
    void historyIsBoundedAtomicAndKeyFree()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.hookmail"));
        TestSendHistory history(project, 3);
        QVERIFY(history.filePath().startsWith(TestSendHistory::historyDirectory()));
        QVERIFY(QFileInfo(history.filePath()).fileName().size() == 40 + 5);
        const QString key = QStringLiteral("hookmail-fake-history-key-0003");
        const QJsonObject rendered{
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Hi")},
                         {QStringLiteral("from_email"), QStringLiteral("a@example.com")},
                         {QStringLiteral("html"), QStringLiteral("BODYTEXT")}}}};
        for (int i = 0; i < 5; ++i) {
            Result<QList<SendResult>> outcome =
                i % 2 ? Result<QList<SendResult>>(Error{u"failed with "_s + key, {}, QStringLiteral("x")})
                      : Result<QList<SendResult>>(QList<SendResult>{{QStringLiteral("a@x.org"),
                                                                     QStringLiteral("rejected"),
                                                                     QStringLiteral("unsigned"),
                                                                     {},
                                                                     QString::number(i)}});
            QVERIFY(
                history
                    .append(TestSendRecord::fromOutcome(rendered, {QStringLiteral("a@x.org")}, outcome, key))
                    .ok());
        }
        const auto records = history.load();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.last().results.first().id, QStringLiteral("4"));
        QVERIFY(records.last().failed());
        QCOMPARE(records.at(1).errorCode, QStringLiteral("x"));
        QCOMPARE(history.lastRecipients(), QStringList{QStringLiteral("a@x.org")});
        QFile f(history.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(!raw.contains(key.toUtf8()));
        QVERIFY(!raw.contains("BODYTEXT"));
        QFile::remove(history.filePath());
    }
};

QTEST_GUILESS_MAIN(TestMandrillResponses)
#include "tst_mandrillresponses.moc"
