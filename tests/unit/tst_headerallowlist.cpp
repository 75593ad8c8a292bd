// The request headers Ory passes to a template are the project's clients.web_hook.header_allowlist (issue 17
// §1): read from an Ory project's configuration or a kratos.yml, saved with the Hookmail project, applied by
// the sample ctx exactly as Kratos's RemoveDisallowedHeaders applies it.
#include "TestEnv.h"
#include "core/model/HeaderAllowlist.h"
#include "core/model/HookPoint.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
QJsonObject headersAt(const QString &hookPoint, const std::optional<QStringList> &allowlist,
                      SampleVariant variant = SampleVariant::Standard)
{
    SampleContextOptions options;
    options.headerAllowlist = allowlist;
    options.variant = variant;
    const auto preset = findIdentityPreset(u"default"_s);
    return buildSampleContext(*HookPoint::parse(hookPoint), preset->identity, options)
        .value(u"request_headers"_s)
        .toObject();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}
} // namespace

class TestHeaderAllowlist : public QObject
{
    Q_OBJECT
private slots:
    void defaultMatchesKratosSchema()
    {
        HOOKMAIL_REQUIRE_SHARED();
        const QJsonObject schema =
            QJsonDocument::fromJson(
                test::readFile(test::sharedReferenceDir() + u"/ory/kratos-config.schema.json"_s))
                .object();
        const QJsonArray def = schema.value(u"properties"_s)
                                   .toObject()
                                   .value(u"clients"_s)
                                   .toObject()
                                   .value(u"properties"_s)
                                   .toObject()
                                   .value(u"web_hook"_s)
                                   .toObject()
                                   .value(u"properties"_s)
                                   .toObject()
                                   .value(u"header_allowlist"_s)
                                   .toObject()
                                   .value(u"default"_s)
                                   .toArray();
        QStringList fromSchema;
        for (const QJsonValue &v : def)
            fromSchema.append(v.toString());
        QCOMPARE(oryWebhookHeaderAllowlist(), fromSchema);
    }

    void ofConfig_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("set");
        QTest::addColumn<QStringList>("headers");
        QTest::newRow("no clients") << QByteArray("{}") << true << false << QStringList{};
        QTest::newRow("no web_hook") << QByteArray(R"({"clients":{"http":{}}})") << true << false
                                     << QStringList{};
        QTest::newRow("null") << QByteArray(R"({"clients":{"web_hook":{"header_allowlist":null}}})") << true
                              << false << QStringList{};
        QTest::newRow("empty") << QByteArray(R"({"clients":{"web_hook":{"header_allowlist":[]}}})") << true
                               << true << QStringList{};
        QTest::newRow("list as written")
            << QByteArray(
                   R"({"clients":{"web_hook":{"header_allowlist":["User-Agent","x-forwarded-host"]}}})")
            << true << true << QStringList{u"User-Agent"_s, u"x-forwarded-host"_s};
        QTest::newRow("not a list") << QByteArray(R"({"clients":{"web_hook":{"header_allowlist":"Accept"}}})")
                                    << false << false << QStringList{};
        QTest::newRow("a number in it")
            << QByteArray(R"({"clients":{"web_hook":{"header_allowlist":["Accept",7]}}})") << false << false
            << QStringList{};
    }
    void ofConfig()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, ok);
        QFETCH(bool, set);
        QFETCH(QStringList, headers);
        const auto result = headerAllowlistOfConfig(QJsonDocument::fromJson(config).object());
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QVERIFY(result.error().message.contains(u"clients.web_hook.header_allowlist"_s));
            return;
        }
        QCOMPARE(result.value().has_value(), set);
        if (set)
            QCOMPARE(*result.value(), headers);
    }

    void fromKratosFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // YAML as a self-hosted kratos.yml writes it, with comments, anchors and a block list.
        const QString yml = writeFile(dir, u"kratos.yml"_s, R"(# kratos.yml
version: v1.3.0
dsn: memory
serve:
  public:
    base_url: &base http://127.0.0.1:4433/
clients:
  web_hook:
    header_allowlist:
      - Accept-Language
      - X-Forwarded-Host   # our proxy's public host
      - Cf-Ipcountry
selfservice:
  default_browser_return_url: *base
)");
        auto read = headerAllowlistFromKratosFile(yml);
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(*read.value(),
                 (QStringList{u"Accept-Language"_s, u"X-Forwarded-Host"_s, u"Cf-Ipcountry"_s}));

        const QString flow =
            writeFile(dir, u"flow.yaml"_s, "clients: {web_hook: {header_allowlist: [User-Agent, Cookie]}}\n");
        read = headerAllowlistFromKratosFile(flow);
        QVERIFY(read.ok());
        QCOMPARE(*read.value(), (QStringList{u"User-Agent"_s, u"Cookie"_s}));

        const QString json =
            writeFile(dir, u"kratos.json"_s, R"({"clients":{"web_hook":{"header_allowlist":["Origin"]}}})");
        read = headerAllowlistFromKratosFile(json);
        QVERIFY(read.ok());
        QCOMPARE(*read.value(), QStringList{u"Origin"_s});

        const QString none = writeFile(dir, u"plain.yml"_s, "dsn: memory\n");
        read = headerAllowlistFromKratosFile(none);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value()); // Kratos's default applies
    }

    void fromKratosFileErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken yaml") << QByteArray("clients:\n  web_hook: [unclosed\n")
                                     << u"not a readable YAML or JSON"_s;
        QTest::newRow("a list at the top")
            << QByteArray("- a\n- b\n") << u"does not hold a Kratos configuration"_s;
        QTest::newRow("wrong type") << QByteArray("clients:\n  web_hook:\n    header_allowlist: Accept\n")
                                    << u"bad.yml: The configuration's clients.web_hook.header_allowlist"_s;
        QTest::newRow("too large") << QByteArray(1024 * 1024 + 10, '#') << u"KiB"_s;
    }
    void fromKratosFileErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"bad.yml"_s, bytes);
        const auto read = headerAllowlistFromKratosFile(path);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
        QVERIFY(!read.error().message.contains(dir.path())); // the file name, not the whole path
    }
    void missingFile()
    {
        const auto read = headerAllowlistFromKratosFile(u"/nonexistent/kratos.yml"_s);
        QVERIFY(!read.ok());
        QVERIFY(read.error().message.contains(u"kratos.yml"_s));
    }

    // Kratos: res[allowed] = headers[CanonicalMIMEHeaderKey(allowed)] — looked up canonically, kept under the
    // list's own spelling.
    void sampleCtxUsesTheList()
    {
        QJsonObject h = headersAt(u"registration/after/password"_s, std::nullopt);
        QVERIFY(h.contains(u"User-Agent"_s));
        QVERIFY(!h.contains(u"X-Forwarded-Host"_s));

        h = headersAt(u"registration/after/password"_s,
                      QStringList{u"x-forwarded-host"_s, u"User-Agent"_s, u"Cf-Ipcountry"_s});
        QCOMPARE(h.keys(), (QStringList{u"Cf-Ipcountry"_s, u"User-Agent"_s, u"x-forwarded-host"_s}));
        QCOMPARE(h.value(u"x-forwarded-host"_s).toArray(), QJsonArray{u"auth.example.com"_s});
        QCOMPARE(h.value(u"Cf-Ipcountry"_s).toArray(), QJsonArray{u"DE"_s});

        // Self-hosted: no Cloudflare, no Network edge headers, whatever the list says.
        h = headersAt(u"registration/after/password"_s, QStringList{u"X-Forwarded-Host"_s, u"Cf-Ipcountry"_s},
                      SampleVariant::SelfHosted);
        QVERIFY(h.isEmpty());

        // An empty list passes nothing; a list with Cookie passes the session cookie.
        QVERIFY(headersAt(u"login/after/password"_s, QStringList{}).isEmpty());
        h = headersAt(u"login/after/password"_s, QStringList{u"Cookie"_s});
        QCOMPARE(h.keys(), QStringList{u"Cookie"_s});
        QVERIFY(h.value(u"Cookie"_s).toArray().at(0).toString().contains(u"csrf"_s));
        // A native app has no cookies but sends its session token as Authorization.
        h = headersAt(u"login/after/password"_s, QStringList{u"Cookie"_s, u"authorization"_s},
                      SampleVariant::NativeApp);
        QCOMPARE(h.keys(), QStringList{u"authorization"_s});
    }
    void duplicateSpellingsAreBothKept()
    {
        const QJsonObject h =
            allowListedRequestHeaders(QJsonObject{{u"accept-language"_s, u"de"_s}},
                                      QStringList{u"Accept-Language"_s, u"accept-language"_s});
        QCOMPARE(h.keys(), (QStringList{u"Accept-Language"_s, u"accept-language"_s}));
    }

    void secretCarrying()
    {
        QCOMPARE(secretCarryingHeaders(oryWebhookHeaderAllowlist()), QStringList{});
        QCOMPARE(secretCarryingHeaders({u"Accept"_s, u"cookie"_s, u"Authorization"_s}),
                 (QStringList{u"cookie"_s, u"Authorization"_s}));
    }

    void savedWithTheProject()
    {
        Project p = defaultProject();
        QVERIFY(!p.headerAllowlist);
        QVERIFY(!projectToJson(p).contains(u"requestHeaderAllowlist"_s)); // older readers see nothing new
        p.headerAllowlist =
            RequestHeaderAllowlist{{u"User-Agent"_s, u"x-forwarded-host"_s}, u"Ory project “Acme”"_s};
        const auto back = projectFromJson(projectToJson(p));
        QVERIFY(back.ok());
        QCOMPARE(back->headerAllowlist, p.headerAllowlist);
        p.headerAllowlist = RequestHeaderAllowlist{{}, u"kratos.yml"_s}; // empty is not "unset"
        QCOMPARE(projectFromJson(projectToJson(p))->headerAllowlist, p.headerAllowlist);

        QJsonObject bad = projectToJson(p);
        bad.insert(u"requestHeaderAllowlist"_s, QJsonObject{{u"headers"_s, u"Accept"_s}});
        const auto refused = projectFromJson(bad);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"requestHeaderAllowlist.headers"_s));
    }
};

QTEST_GUILESS_MAIN(TestHeaderAllowlist)
#include "tst_headerallowlist.moc"
