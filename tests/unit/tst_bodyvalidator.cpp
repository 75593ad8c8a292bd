#include "SchemaHelpers.h"
#include "TestEnv.h"
#include "core/render/BodyValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kValid =
    R"({"key":"md-FAKE","message":{"from_email":"welcome@example.com","from_name":"Example",
  "subject":"Welcome","html":"<p>Hi</p>","text":"Hi","to":[{"email":"jane@example.com","name":"Jane","type":"to"}],
  "tags":["welcome"],"headers":{"Reply-To":"help@example.com"}}})";

QByteArray patched(const QByteArray &base, const QByteArray &pointer, const QByteArray &valueJson)
{
    // Minimal JSON Pointer set/remove for test rows (valueJson empty → remove).
    QJsonObject root = QJsonDocument::fromJson(base).object();
    const QList<QByteArray> parts = pointer.mid(1).split('/');
    std::function<QJsonValue(QJsonValue, int)> apply = [&](QJsonValue node, int i) -> QJsonValue {
        const QString key = QString::fromUtf8(parts[i]);
        const bool last = i == parts.size() - 1;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int idx = key.toInt();
            if (last) {
                if (valueJson.isEmpty())
                    a.removeAt(idx);
                else
                    a.replace(idx, QJsonDocument::fromJson("[" + valueJson + "]").array().first());
            } else {
                a.replace(idx, apply(a.at(idx), i + 1));
            }
            return a;
        }
        QJsonObject o = node.toObject();
        if (last) {
            if (valueJson.isEmpty())
                o.remove(key);
            else
                o.insert(key, QJsonDocument::fromJson("[" + valueJson + "]").array().first());
        } else {
            o.insert(key, apply(o.value(key), i + 1));
        }
        return o;
    };
    return QJsonDocument(apply(root, 0).toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestBodyValidator : public QObject
{
    Q_OBJECT
private slots:
    void mandrill_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path"); // empty → valid
        QTest::addColumn<QString>("words");
        QTest::newRow("valid") << kValid << QString() << QString();
        QTest::newRow("text only") << patched(kValid, "/message/html", {}) << QString() << QString();
        QTest::newRow("html only, no name, no type")
            << patched(patched(kValid, "/message/text", {}), "/message/to/0", R"({"email":"a@example.org"})")
            << QString() << QString();
        QTest::newRow("cc and bcc")
            << patched(kValid, "/message/to",
                       R"([{"email":"a@example.com"},{"email":"b@example.com","type":"cc"},
                                                   {"email":"c@example.com","type":"bcc"}])")
            << QString() << QString();
        QTest::newRow("unicode subject")
            << patched(kValid, "/message/subject", "\"Willkommen, Jürgen 🎉\"") << QString() << QString();
        QTest::newRow("no message") << QByteArray(R"({"key":"k"})") << u""_s << u"\"message\" is missing"_s;
        QTest::newRow("no to") << patched(kValid, "/message/to", {}) << u"message"_s
                               << u"\"message.to\" is missing"_s;
        QTest::newRow("empty to") << patched(kValid, "/message/to", "[]") << u"message.to"_s << u"empty"_s;
        QTest::newRow("display-name address")
            << patched(kValid, "/message/to/0/email", "\"Jane <jane@example.com>\"")
            << u"message.to[0].email"_s << u"not a plain email address"_s;
        QTest::newRow("bad recipient type")
            << patched(kValid, "/message/to/0/type", "\"reply\"") << u"message.to[0].type"_s << QString();
        QTest::newRow("bad from") << patched(kValid, "/message/from_email", "\"welcome\"")
                                  << u"message.from_email"_s << u"plain email address"_s;
        QTest::newRow("no from") << patched(kValid, "/message/from_email", {}) << u"message"_s
                                 << u"\"message.from_email\" is missing"_s;
        QTest::newRow("no subject") << patched(kValid, "/message/subject", {}) << u"message"_s
                                    << u"\"message.subject\" is missing"_s;
        QTest::newRow("subject too long")
            << patched(kValid, "/message/subject", "\"" + QByteArray(999, 'x') + "\"") << u"message.subject"_s
            << u"too long"_s;
        QTest::newRow("no body") << patched(patched(kValid, "/message/html", {}), "/message/text", {})
                                 << u"message"_s << QString();
        QTest::newRow("tag with underscore")
            << patched(kValid, "/message/tags", R"(["_x"])") << u"message.tags[0]"_s << QString();
        QTest::newRow("subject not text")
            << patched(kValid, "/message/subject", "5") << u"message.subject"_s << u"wrong type"_s;
    }
    void mandrill()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, words);
        const auto findings = BodyValidator::validateMandrillSend(QJsonDocument::fromJson(body).object());
        QStringList shown;
        for (const auto &f : findings)
            shown << f.path + u": "_s + f.message;
        const bool valid = path.isNull();
        QVERIFY2(findings.isEmpty() == valid, qPrintable(shown.join(u'\n')));
        if (valid)
            return;
        const bool pathFound = std::any_of(findings.begin(), findings.end(),
                                           [&](const BodyFinding &f) { return f.path == path; });
        QVERIFY2(pathFound, qPrintable(shown.join(u'\n')));
        if (!words.isEmpty())
            QVERIFY2(shown.join(u'\n').contains(words), qPrintable(shown.join(u'\n')));
    }

    // What our schema accepts as valid, Mandrill's official spec must accept too.
    void officialSpecAgreesOnValidBodies_data() { mandrill_data(); }
    void officialSpecAgreesOnValidBodies()
    {
        HOOKMAIL_REQUIRE_SHARED();
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const QByteArray official = test::mandrillSendRequestSchema();
        QVERIFY(!official.isEmpty());
        const auto findings = BodyValidator::validate(official, body);
        QStringList shown;
        for (const auto &f : findings)
            shown << f.path + u": "_s + f.message;
        if (path.isNull())
            QVERIFY2(findings.isEmpty(), qPrintable(shown.join(u'\n')));
        // The official spec requires no field inside message, so our stricter failures need not fail there;
        // but a missing "message" fails both. (valijson checks no "email" format, so the official spec cannot
        // catch a display-name address; ours does with a pattern.)
        if (!path.isNull() && path.isEmpty())
            QVERIFY(!findings.isEmpty());
    }

    // valijson checks "pattern" with std::regex, which recursed once per character and overflowed the stack
    // on a 100 KB string (a 70 KB template's base64 body): the app crashed. Long strings must be checked.
    void longPatternCheckedStringsDoNotCrash_data()
    {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("cut");
        QTest::newRow("100 KB (crashed before)") << 100 * 1024 << false;
        QTest::newRow("250 KB") << 250 * 1024 << false;
        QTest::newRow("2 MB") << 2 * 1024 * 1024 << true;
    }
    void longPatternCheckedStringsDoNotCrash()
    {
        QFETCH(int, bytes);
        QFETCH(bool, cut);
        const QByteArray base64 = QByteArray(bytes / 4 * 3, 'x').toBase64();
        QJsonObject hook{{u"url"_s, u"https://mandrillapp.com/api/1.0/messages/send"_s},
                         {u"method"_s, u"POST"_s},
                         {u"body"_s, QString::fromLatin1("base64://" + base64)}};
        const QJsonObject webHook{{u"hook"_s, u"web_hook"_s}, {u"config"_s, hook}};
        // The base64 body is checked in full, whatever its length (PCRE2, outside valijson).
        const auto hookFindings = BodyValidator::validateWebHook(webHook);
        QVERIFY2(hookFindings.isEmpty(), qPrintable(hookFindings.value(0).message));

        // A template can produce an address of any length; the email pattern must not crash either.
        const QByteArray longAddress = "\"" + QByteArray(bytes, 'a') + "@example.com\"";
        const auto mailFindings = BodyValidator::validateMandrillSend(
            QJsonDocument::fromJson(patched(kValid, "/message/to/0/email", longAddress)).object());
        QCOMPARE(mailFindings.isEmpty(), !cut);
        if (cut) {
            QCOMPARE(mailFindings.first().path, u"message.to[0].email"_s);
            QVERIFY(mailFindings.first().message.contains(u"only its first 256 KB were checked"_s));
        }
    }

    // The base64 body is checked outside valijson (speed); the verdict must stay the schema's.
    void webHookBodyVerdicts_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("valid");
        QTest::newRow("base64") << u"base64://ZnVuY3Rpb24oY3R4KSB7fQ=="_s << true;
        QTest::newRow("base64 no padding") << u"base64://e30x"_s << true;
        QTest::newRow("base64 empty") << u"base64://"_s << true;
        QTest::newRow("base64 bad length") << u"base64://e30"_s << false;
        QTest::newRow("base64 url-safe alphabet") << u"base64://a-_b"_s << false;
        QTest::newRow("base64 line break") << u"base64://e30=\ne30="_s << false;
        QTest::newRow("base64 padding inside") << u"base64://e3==e30x"_s << false;
        QTest::newRow("base64 three pads") << u"base64://e==="_s << false;
        QTest::newRow("base64 one pad") << u"base64://e30="_s << true;
        QTest::newRow("https") << u"https://example.com/body.jsonnet"_s << true;
        QTest::newRow("plain jsonnet") << u"function(ctx) {}"_s << false;
    }
    void webHookBodyVerdicts()
    {
        QFETCH(QString, body);
        QFETCH(bool, valid);
        const QJsonObject config{{u"url"_s, u"https://mandrillapp.com/api/1.0/messages/send"_s},
                                 {u"method"_s, u"POST"_s},
                                 {u"body"_s, body}};
        const auto findings =
            BodyValidator::validateWebHook(QJsonObject{{u"hook"_s, u"web_hook"_s}, {u"config"_s, config}});
        QCOMPARE(findings.isEmpty(), valid);
        if (!valid)
            QCOMPARE(findings.first().path, u"config.body"_s);
    }

    void brokenSchemaIsReported()
    {
        const auto findings = BodyValidator::validate("{not json", "{}");
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.first().message.startsWith(u"Could not check"));
    }
};

QTEST_GUILESS_MAIN(TestBodyValidator)
#include "tst_bodyvalidator.moc"
