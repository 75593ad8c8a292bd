// WebHookCheck: other people's web_hooks checked by Kratos' rules (auth definitions, ignore vs parse and
// can_interrupt, required and unknown keys, no body), each row also held against the official Kratos schema
// (reference/ory/kratos-config.schema.json, selfServiceWebHook) with valijson, so the rules cannot drift
// from it unnoticed.
#include "SchemaHelpers.h"
#include "TestEnv.h"
#include "core/ory/WebHookCheck.h"
#include "core/render/BodyValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

class TestWebHookCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("config"); // the web_hook's config
        QTest::addColumn<QStringList>("codes");
        const QByteArray base = R"("url":"https:\/\/crm.example.com/h","method":"POST","body":"base64:\/\/e30=")";
        auto row = [&](const char *name, const QByteArray &extra, const QStringList &codes) {
            QByteArray json = "{" + base;
            if (!extra.isEmpty())
                json += "," + extra;
            QTest::newRow(name) << QByteArray(json + "}") << codes;
        };
        row("plain", {}, {});
        row("api_key in header",
            R"("auth":{"type":"api_key","config":{"name":"X-Key","value":"v","in":"header"}})", {});
        row("api_key in cookie",
            R"("auth":{"type":"api_key","config":{"name":"k","value":"v","in":"cookie"}})", {});
        row("api_key in query", R"("auth":{"type":"api_key","config":{"name":"k","value":"v","in":"query"}})",
            {u"auth-in"_s});
        row("api_key without in", R"("auth":{"type":"api_key","config":{"name":"k","value":"v"}})",
            {u"auth-missing"_s});
        row("api_key with a user",
            R"("auth":{"type":"api_key","config":{"name":"k","value":"v","in":"header","user":"u"}})",
            {u"auth-unknown-key"_s});
        row("basic_auth", R"("auth":{"type":"basic_auth","config":{"user":"u","password":"p"}})", {});
        row("basic_auth without password", R"("auth":{"type":"basic_auth","config":{"user":"u"}})",
            {u"auth-missing"_s});
        row("basic_auth password not text",
            R"("auth":{"type":"basic_auth","config":{"user":"u","password":5}})", {u"wrong-type"_s});
        row("bearer auth type", R"("auth":{"type":"bearer","config":{"token":"t"}})", {u"auth-type"_s});
        row("auth without config", R"("auth":{"type":"basic_auth"})", {u"auth-missing"_s});
        row("ignore and parse", R"("response":{"ignore":true,"parse":true})", {u"ignore-and-parse"_s});
        row("ignore and can_interrupt", R"("response":{"ignore":true},"can_interrupt":true)",
            {u"ignore-and-can-interrupt"_s});
        row("ignore, can_interrupt false", R"("response":{"ignore":true},"can_interrupt":false)", {});
        row("parse and can_interrupt", R"("response":{"parse":true},"can_interrupt":true)", {});
        row("unknown key", R"("retries":3)", {u"unknown-key"_s});
        row("unknown response key", R"("response":{"ignore":true,"async":true})", {u"unknown-key"_s});
        row("header not text", R"("headers":{"X-A":1})", {u"wrong-type"_s});
        QTest::newRow("no url") << QByteArray(R"({"method":"POST","body":"base64:\/\/e30="})")
                                << QStringList{u"no-url"_s};
        QTest::newRow("no method") << QByteArray(R"({"url":"https:\/\/x.example/h","body":"base64:\/\/e30="})")
                                   << QStringList{u"no-method"_s};
        QTest::newRow("no body (valid config, fails at run time)")
            << QByteArray(R"({"url":"https:\/\/x.example/h","method":"POST"})") << QStringList{u"no-body"_s};
    }
    void rules()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, codes);
        const QJsonObject cfg = QJsonDocument::fromJson(config).object();
        QVERIFY2(!cfg.isEmpty(), config.constData());
        const QJsonObject hook{{u"hook"_s, u"web_hook"_s}, {u"config"_s, cfg}};
        const QList<WebHookProblem> problems = webHookProblems(hook);
        QStringList got;
        bool refused = false;
        for (const WebHookProblem &p : problems) {
            got.append(p.code);
            refused = refused || p.refusedBySchema;
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(got, codes);

        // The same verdict as Kratos' own schema.
        if (test::sharedReferenceDir().isEmpty())
            QSKIP(qPrintable(test::sharedMissingMessage()));
        const QByteArray schema = test::kratosDefinitionSchema(u"selfServiceWebHook"_s);
        QVERIFY(!schema.isEmpty());
        const auto findings =
            BodyValidator::validate(schema, QJsonDocument(hook).toJson(QJsonDocument::Compact));
        QString said;
        for (const BodyFinding &f : findings)
            said += f.path + u": "_s + f.message + u'\n';
        QVERIFY2(findings.isEmpty() == !refused, qPrintable(said.isEmpty() ? u"schema accepts it"_s : said));
    }

    void otherHooksAreNotChecked()
    {
        QVERIFY(webHookProblems(QJsonObject{{u"hook"_s, u"session"_s}}).isEmpty());
        QCOMPARE(webHookProblems(QJsonObject{{u"hook"_s, u"web_hook"_s}}).first().code, u"not-an-object"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebHookCheck)
#include "tst_webhookcheck.moc"
