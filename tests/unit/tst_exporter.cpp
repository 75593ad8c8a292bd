#include "SchemaHelpers.h"
#include "TestEnv.h"
#include "core/model/Project.h"
#include "core/ory/ActionExporter.h"
#include "core/ory/WebHook.h"
#include "core/render/BodyValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <yaml-cpp/yaml.h>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"md-FAKEFAKEFAKEKEY9z9z"_s;

Action action()
{
    Action a = newAction(u"Welcome email"_s);
    a.hookPoints = {*HookPoint::parse(u"registration/after/password"_s),
                    *HookPoint::parse(u"registration/after/oidc"_s),
                    *HookPoint::parse(u"registration/after"_s)}; // generic list must be left out
    return a;
}

// The single-quoted words following "--add" in a shell command, with the shell's quote escape undone.
QStringList addArguments(const QString &script)
{
    QStringList out;
    qsizetype at = 0;
    while ((at = script.indexOf(u"--add '"_s, at)) >= 0) {
        at += 7;
        QString value;
        while (at < script.size()) {
            if (script.mid(at, 4) == u"'\\''") {
                value += u'\'';
                at += 4;
            } else if (script.at(at) == u'\'') {
                ++at;
                break;
            } else {
                value += script.at(at++);
            }
        }
        out << value;
    }
    return out;
}

QJsonValue yamlToJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), yamlToJson(kv.second));
        return o;
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const auto &item : node)
            a.append(yamlToJson(item));
        return a;
    }
    if (node.IsNull())
        return QJsonValue::Null;
    const std::string text = node.as<std::string>();
    if (node.Tag() != "!" && (text == "true" || text == "false"))
        return text == "true";
    return QString::fromStdString(text);
}

QStringList check(const QByteArray &schema, const QJsonObject &hook)
{
    QStringList out;
    for (const BodyFinding &f : BodyValidator::validate(schema, QJsonDocument(hook).toJson()))
        out << f.path + u": "_s + f.message;
    return out;
}

void verifyHook(const QJsonObject &hook)
{
    const auto findings = BodyValidator::validateWebHook(hook);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.isEmpty() ? QString() : findings.first().message));
    const QByteArray kratos = test::kratosDefinitionSchema(u"selfServiceWebHook"_s);
    if (!kratos.isEmpty()) {
        const QStringList problems = check(kratos, hook);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}
} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void formats()
    {
        QCOMPARE(ActionExporter::formats(),
                 (QStringList{u"action-json"_s, u"ory-cli"_s, u"kratos-yaml"_s, u"curl"_s}));
        for (const QString &f : ActionExporter::formats())
            QVERIFY(ActionExporter::formatTitle(f) != f);
        const auto unknown = ActionExporter::exportAction(defaultProject(), action(), u"xml"_s, {}, false);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown-format"_s);
    }

    void secrets_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("withSecret");
        QTest::addColumn<bool>("expectSecret");
        for (const QString &f : ActionExporter::formats()) {
            QTest::newRow(qPrintable(f + u" masked"_s)) << f << kKey << false << false;
            QTest::newRow(qPrintable(f + u" with secret"_s)) << f << kKey << true << true;
            QTest::newRow(qPrintable(f + u" secret requested, no key"_s)) << f << QString() << true << false;
        }
    }
    void secrets()
    {
        QFETCH(QString, format);
        QFETCH(QString, key);
        QFETCH(bool, withSecret);
        QFETCH(bool, expectSecret);
        const QJsonObject rendered{{u"message"_s, QJsonObject{{u"subject"_s, u"Hi"_s}}}};
        const auto result =
            ActionExporter::exportAction(defaultProject(), action(), format, key, withSecret, rendered);
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->containsSecret, expectSecret);
        QVERIFY(!result->notes.isEmpty());
        bool found = false;
        for (const ExportFile &file : result->files) {
            QVERIFY(!file.fileName.isEmpty() && !file.contents.isEmpty());
            QByteArray all = file.contents;
            // Look inside base64 bodies too.
            const QString text = QString::fromUtf8(file.contents);
            qsizetype at = 0;
            while ((at = text.indexOf(u"base64://"_s, at)) >= 0) {
                qsizetype end = at + 9;
                while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'+' ||
                                             text.at(end) == u'/' || text.at(end) == u'='))
                    ++end;
                all += *fromBase64Body(text.mid(at, end - at));
                at = end;
            }
            found = found || all.contains(kKey.toUtf8());
        }
        QCOMPARE(found, expectSecret);
    }

    // The key the export advises names the one call the email needs.
    void secretNoteNamesTheCallTheEmailUses()
    {
        const QJsonObject rendered{{u"message"_s, QJsonObject{{u"subject"_s, u"Hi"_s}}}};
        Action designed = action();
        auto result =
            ActionExporter::exportAction(defaultProject(), designed, u"action-json"_s, kKey, true, rendered);
        QVERIFY(result.ok());
        QVERIFY2(result->notes.contains(u"restricted to messages/send."_s), qPrintable(result->notes));
        Action kept = designed;
        kept.mode = Action::EditMode::Template;
        result = ActionExporter::exportAction(defaultProject(), kept, u"action-json"_s, kKey, true, rendered);
        QVERIFY(result.ok());
        QVERIFY2(result->notes.contains(u"restricted to messages/send-template."_s),
                 qPrintable(result->notes));
    }

    void actionJson()
    {
        const Action a = action();
        const auto result = ActionExporter::exportAction(defaultProject(), a, u"action-json"_s, {}, false);
        QVERIFY(result.ok());
        QCOMPARE(result->files.size(), 1);
        QCOMPARE(result->files.first().fileName, u"welcome-email.action.json"_s);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result->files.first().contents, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object(), webHookJson(a, {}));
        verifyHook(doc.object());
    }

    void oryCli()
    {
        Project project = defaultProject();
        project.oryProjectId = u"it's-a-project"_s;
        Action a = action();
        a.templateSource = u"function(ctx) { s: 'it\\'s' }"_s; // a quote inside the payload
        const auto result = ActionExporter::exportAction(project, a, u"ory-cli"_s, {}, false);
        QVERIFY(result.ok());
        const QString script = QString::fromUtf8(result->files.first().contents);
        QVERIFY(script.contains(u"ory patch identity-config --project 'it'\\''s-a-project'"_s));
        const QStringList adds = addArguments(script);
        QCOMPARE(adds.size(), 2); // password + oidc; never the generic list
        QVERIFY(result->notes.contains(u"registration/after"));
        const QStringList expectedPaths = {u"/selfservice/flows/registration/after/password/hooks/-"_s,
                                           u"/selfservice/flows/registration/after/oidc/hooks/-"_s};
        for (qsizetype i = 0; i < adds.size(); ++i) {
            const qsizetype eq = adds.at(i).indexOf(u'=');
            QCOMPARE(adds.at(i).left(eq), expectedPaths.at(i));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(adds.at(i).mid(eq + 1).toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.object(), webHookJson(a, {}));
            verifyHook(doc.object());
        }
        // Without a project id the command uses the environment variable.
        const auto env = ActionExporter::exportAction(defaultProject(), a, u"ory-cli"_s, {}, false);
        QVERIFY(env->files.first().contents.contains("--project \"$ORY_PROJECT_ID\""));
    }

    void kratosYaml()
    {
        const Action a = action();
        const auto result = ActionExporter::exportAction(defaultProject(), a, u"kratos-yaml"_s, {}, false);
        QVERIFY(result.ok());
        QCOMPARE(result->files.size(), 2);
        QCOMPARE(result->files.at(1).fileName, u"welcome-email.jsonnet"_s);
        QCOMPARE(result->files.at(1).contents, shippedTemplate(a, {}));
        QVERIFY(result->notes.contains(u"session"));
        QVERIFY(result->notes.contains(u"replaces"));
        const YAML::Node root = YAML::Load(result->files.first().contents.toStdString());
        const QJsonObject after =
            yamlToJson(root["selfservice"]["flows"]["registration"]["after"]).toObject();
        QVERIFY(!after.contains(u"hooks"_s)); // the generic list is not written
        for (const QString &method : {u"password"_s, u"oidc"_s}) {
            const QJsonArray hooks = after.value(method).toObject().value(u"hooks"_s).toArray();
            QCOMPARE(hooks.size(), 2);
            const QJsonObject hook = hooks.at(0).toObject();
            QCOMPARE(hook.value(u"hook"_s).toString(), u"web_hook"_s);
            const QJsonObject config = hook.value(u"config"_s).toObject();
            QCOMPARE(config.value(u"body"_s).toString(),
                     u"file:///etc/config/kratos/welcome-email.jsonnet"_s);
            QCOMPARE(config.value(u"response"_s).toObject().value(u"ignore"_s), QJsonValue(true));
            QVERIFY(!config.contains(u"id"_s));
            verifyHook(hook);
            QCOMPARE(hooks.at(1).toObject().value(u"hook"_s).toString(), u"session"_s);
        }
    }

    // Self-hosted Kratos has no SAML: the kratos.yml snippet leaves the saml lists out (and says so), and
    // what it writes passes the open-source schema; the Ory Network exports keep them.
    void samlOnlyForOryNetwork()
    {
        Action a = newAction(u"Welcome email"_s);
        a.hookPoints = {*HookPoint::parse(u"registration/after/password"_s),
                        *HookPoint::parse(u"registration/after/saml"_s),
                        *HookPoint::parse(u"login/after/saml"_s), *HookPoint::parse(u"login/after"_s)};
        const auto yaml = ActionExporter::exportAction(defaultProject(), a, u"kratos-yaml"_s, {}, false);
        QVERIFY2(yaml.ok(), qPrintable(yaml.ok() ? QString() : yaml.error().message));
        const QByteArray text = yaml->files.first().contents;
        QVERIFY2(!text.contains("saml"), text.constData());
        const YAML::Node root = YAML::Load(text.toStdString());
        const QJsonObject registration =
            yamlToJson(root["selfservice"]["flows"]["registration"]["after"]).toObject();
        QCOMPARE(registration.keys(), QStringList{u"password"_s});
        // SAML was the only sign-in method beside the generic list: without it, the generic list is written.
        const QJsonObject login = yamlToJson(root["selfservice"]["flows"]["login"]["after"]).toObject();
        QCOMPARE(login.keys(), QStringList{u"hooks"_s});
        QVERIFY2(
            yaml->notes.contains(u"Left out After sign-up with SAML single sign-on, After sign-in with SAML "
                                 u"single sign-on: SAML single sign-on exists only on Ory Network"_s),
            qPrintable(yaml->notes));

        HOOKMAIL_REQUIRE_SHARED();
        const QByteArray afterRegistration = test::kratosDefinitionSchema(u"selfServiceAfterRegistration"_s);
        const QByteArray afterLogin = test::kratosDefinitionSchema(u"selfServiceAfterLogin"_s);
        QVERIFY(!afterRegistration.isEmpty() && !afterLogin.isEmpty());
        QVERIFY2(check(afterRegistration, registration).isEmpty(),
                 qPrintable(check(afterRegistration, registration).join(u'\n')));
        QVERIFY2(check(afterLogin, login).isEmpty(), qPrintable(check(afterLogin, login).join(u'\n')));
        // What leaving it out avoids: the open-source schema refuses a saml list.
        const QJsonObject withSaml{{u"saml"_s, QJsonObject{{u"hooks"_s, QJsonArray{}}}}};
        QVERIFY(!check(afterRegistration, withSaml).isEmpty());
        QVERIFY(!check(afterLogin, withSaml).isEmpty());

        // The Ory CLI command is for Ory Network: it keeps both SAML lists.
        const auto cli = ActionExporter::exportAction(defaultProject(), a, u"ory-cli"_s, {}, false);
        QVERIFY(cli.ok());
        QStringList paths;
        for (const QString &add : addArguments(QString::fromUtf8(cli->files.first().contents)))
            paths << add.left(add.indexOf(u'='));
        QCOMPARE(paths, (QStringList{u"/selfservice/flows/registration/after/password/hooks/-"_s,
                                     u"/selfservice/flows/registration/after/saml/hooks/-"_s,
                                     u"/selfservice/flows/login/after/saml/hooks/-"_s}));
        const auto json = ActionExporter::exportAction(defaultProject(), a, u"action-json"_s, {}, false);
        QVERIFY(json.ok());
        QVERIFY(json->notes.contains(u"/selfservice/flows/login/after/saml/hooks"_s));

        // Only SAML: nothing a self-hosted Kratos could take, said plainly.
        a.hookPoints = {*HookPoint::parse(u"login/after/saml"_s)};
        const auto none = ActionExporter::exportAction(defaultProject(), a, u"kratos-yaml"_s, {}, false);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(u"only on Ory Network"_s) &&
                     none.error().message.contains(u"After sign-in with SAML single sign-on"_s),
                 qPrintable(none.error().message));
    }

    void curl()
    {
        const Action a = action();
        const auto missing = ActionExporter::exportAction(defaultProject(), a, u"curl"_s, {}, false);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"needs-render"_s);
        QVERIFY(missing.error().message.contains(u"preview"));
        const QJsonObject rendered{{u"message"_s, QJsonObject{{u"subject"_s, u"It's <b>"_s}}}};
        const auto result =
            ActionExporter::exportAction(defaultProject(), a, u"curl"_s, kKey, false, rendered);
        QVERIFY(result.ok());
        const QString script = QString::fromUtf8(result->files.first().contents);
        QVERIFY(script.contains(u"curl -sS -X POST 'https://mandrillapp.com/api/1.0/messages/send' "
                                u"-H 'Content-Type: application/json' --data @-"_s));
        const QStringList lines = script.split(u'\n');
        const qsizetype bodyLine = lines.indexOf(u"HOOKMAIL_BODY"_s) - 1;
        QVERIFY(bodyLine > 0);
        const QJsonObject body = QJsonDocument::fromJson(lines.at(bodyLine).toUtf8()).object();
        QCOMPARE(body.value(u"key"_s).toString(), u"<MANDRILL_API_KEY>"_s);
        QCOMPARE(body.value(u"message"_s), rendered.value(u"message"_s));
    }

    void schemasAgree_data()
    {
        QTest::addColumn<QByteArray>("hook");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ours") << QJsonDocument(webHookJson(action(), {})).toJson() << true;
        QTest::newRow("file body") << QByteArray(
                                          "{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://x.example/"
                                          "send\",\"method\":\"POST\",\"body\":\"file:///etc/config/kratos/"
                                          "w.jsonnet\",\"response\":{\"ignore\":true}}}")
                                   << true;
        QTest::newRow("missing url")
            << QByteArray(
                   "{\"hook\":\"web_hook\",\"config\":{\"method\":\"POST\",\"body\":\"base64://e30=\"}}")
            << false;
        QTest::newRow("missing config") << QByteArray("{\"hook\":\"web_hook\"}") << false;
        QTest::newRow("unknown config key")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://e30=\",\"bodyy\":1}}")
            << false;
        QTest::newRow("unknown response key")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://"
                          "e30=\",\"response\":{\"async\":true}}}")
            << false;
        QTest::newRow("wrong hook type")
            << QByteArray("{\"hook\":\"webhook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://e30=\"}}")
            << false;
        QTest::newRow("ignore not boolean")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://"
                          "e30=\",\"response\":{\"ignore\":\"yes\"}}}")
            << false;
        QTest::newRow("ignore and parse (both schemas reject)")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://"
                          "e30=\",\"response\":{\"ignore\":true,\"parse\":true}}}")
            << false;
    }
    void schemasAgree()
    {
        QFETCH(QByteArray, hook);
        QFETCH(bool, valid);
        const QJsonObject object = QJsonDocument::fromJson(hook).object();
        QCOMPARE(BodyValidator::validateWebHook(object).isEmpty(), valid);
        HOOKMAIL_REQUIRE_SHARED();
        const QByteArray kratos = test::kratosDefinitionSchema(u"selfServiceWebHook"_s);
        QVERIFY(!kratos.isEmpty());
        QCOMPARE(check(kratos, object).isEmpty(), valid);
    }

    void oursIsStricterWhereOryFailsAtRuntime_data()
    {
        QTest::addColumn<QByteArray>("hook");
        // Kratos' schema accepts these, but Ory fails at runtime (FACTS §1, §3).
        QTest::newRow("URL-safe base64")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://ab-_\"}}");
        QTest::newRow("unpadded base64")
            << QByteArray("{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://"
                          "x.example\",\"method\":\"POST\",\"body\":\"base64://e30\"}}");
        QTest::newRow("no body") << QByteArray(
            "{\"hook\":\"web_hook\",\"config\":{\"url\":\"https://x.example\",\"method\":\"POST\"}}");
    }
    void oursIsStricterWhereOryFailsAtRuntime()
    {
        QFETCH(QByteArray, hook);
        const QJsonObject object = QJsonDocument::fromJson(hook).object();
        QVERIFY(!BodyValidator::validateWebHook(object).isEmpty());
        HOOKMAIL_REQUIRE_SHARED();
        QVERIFY(check(test::kratosDefinitionSchema(u"selfServiceWebHook"_s), object).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
