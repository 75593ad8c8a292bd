// Drives the real `hookmail` binary the way a developer or CI script would: exit codes, output formats,
// selectors and usage errors.
#include "TestEnv.h"
#include "core/model/ProjectFile.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runHookmail(const QStringList &args, const QProcessEnvironment &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HOOKMAIL_MANDRILL_KEY"));
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(test::binDir() + QStringLiteral("/hookmail"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString data(const char *name)
{
    return test::testDataDir() + QStringLiteral("/cli/") + QLatin1String(name);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    // A word that is no command and no existing file never starts the window: with no display at all a GUI
    // start would fail differently, so exit 2 with one clear line proves the CLI answered.
    void mistakesExitTwoWithoutAWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("misspelt command") << QStringList{QStringLiteral("rendr")}
                                          << QStringLiteral("hookmail: unknown command 'rendr'. Did you mean "
                                                            "'render'? See 'hookmail --help'.\n");
        QTest::newRow("prefix") << QStringList{QStringLiteral("expo")}
                                << QStringLiteral("hookmail: unknown command 'expo'. Did you mean 'export'? "
                                                  "See 'hookmail --help'.\n");
        QTest::newRow("unknown word with arguments")
            << QStringList{QStringLiteral("sendgrid"), QStringLiteral("templates")}
            << QStringLiteral("hookmail: unknown command 'sendgrid'. See 'hookmail --help'.\n");
        QTest::newRow("missing project file")
            << QStringList{QStringLiteral("nowhere/welcome.hookmail")}
            << QStringLiteral("hookmail: no such project file or template: nowhere/welcome.hookmail\n");
        QTest::newRow("missing template") << QStringList{QStringLiteral("welcome.jsonnet")}
                                          << QStringLiteral("hookmail: no such project file or template: "
                                                            "welcome.jsonnet\n");
    }
    void mistakesExitTwoWithoutAWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        QProcessEnvironment noDisplay;
        noDisplay.insert(QStringLiteral("DISPLAY"), QString());
        noDisplay.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
        noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const Run r = runHookmail(args, noDisplay);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, line);
        QVERIFY(r.out.isEmpty());
    }
    void versionAndHelpFollowGnu()
    {
        const Run v = runHookmail({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("hookmail " HOOKMAIL_VERSION "\n")));
        const Run h = runHookmail({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.startsWith(QStringLiteral("Usage: hookmail")));
        for (const char *cmd :
             {"render", "check", "export", "design", "send-test", "check-key", "check-domain"}) {
            QVERIFY2(h.out.contains(QLatin1String(cmd)), cmd);
            const Run sub = runHookmail({QLatin1String(cmd), QStringLiteral("--help")});
            QVERIFY2(sub.exitCode == 0, cmd);
            QVERIFY2(sub.out.contains(QStringLiteral("Usage: hookmail ") + QLatin1String(cmd)),
                     qPrintable(sub.out));
        }
    }
    void renderDefaultProjectPrintsMaskedBody()
    {
        const Run r = runHookmail({QStringLiteral("render")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject body = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(body.value(u"key").toString(), QStringLiteral("<MANDRILL_API_KEY>"));
        QCOMPARE(body.value(u"message").toObject().value(u"subject").toString(),
                 QStringLiteral("Welcome to Example"));
        QVERIFY(!body.value(u"message").toObject().value(u"to").toArray().isEmpty());
        // The bytes Ory sends: go-jsonnet's manifest (three-space indent, fields sorted, the key in its
        // place).
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("{\n   \"key\": \"<MANDRILL_API_KEY>\",\n   \"message\": {\n      \"")),
                 qPrintable(r.out.left(120)));
    }
    void renderMasksAKnownKey()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_KEY"), QStringLiteral("fake-md-key-0123456789abcd"));
        const Run r = runHookmail({QStringLiteral("render"), QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QStringLiteral("fake-md-key-0123456789abcd")));
        QVERIFY(r.out.contains(QStringLiteral("abcd"))); // the mask keeps the last four characters
    }
    void renderSelectors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expect"); // substring of stdout+stderr
        const QString recipe = data("docs-recipe.jsonnet");
        QTest::newRow("cancelled for no-email")
            << QStringList{QStringLiteral("render"), QStringLiteral("--hook"),
                           QStringLiteral("registration/after/oidc"), QStringLiteral("--identity"),
                           QStringLiteral("oidc-no-email")}
            << 0 << QStringLiteral("Hook skipped (cancelled)");
        QTest::newRow("recipe fails for no-email")
            << QStringList{QStringLiteral("render"), recipe, QStringLiteral("--identity"),
                           QStringLiteral("oidc-no-email")}
            << 1 << QStringLiteral("verifiable_addresses");
        QTest::newRow("recipe works for default")
            << QStringList{QStringLiteral("render"), recipe} << 0 << QStringLiteral("jane");
        QTest::newRow("syntax error names the line")
            << QStringList{QStringLiteral("render"), data("syntax-error.jsonnet")} << 1
            << QStringLiteral("line 4");
        QTest::newRow("bad hook point") << QStringList{QStringLiteral("render"), QStringLiteral("--hook"),
                                                       QStringLiteral("settings/after/saml")}
                                        << 2 << QStringLiteral("is not a hook point");
        QTest::newRow("unknown preset")
            << QStringList{QStringLiteral("render"), QStringLiteral("--identity"), QStringLiteral("nobody")}
            << 2 << QStringLiteral("Presets:");
        QTest::newRow("unknown action")
            << QStringList{QStringLiteral("render"), QStringLiteral("--action"), QStringLiteral("Nope")} << 2
            << QStringLiteral("Welcome email");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("render"), QStringLiteral("/nonexistent/x.hookmail")} << 2
            << QStringLiteral("x.hookmail");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("render"), QStringLiteral("--bogus")}
                                        << 2 << QStringLiteral("Unknown option");
    }
    void renderSelectors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expect);
        const Run r = runHookmail(args);
        QVERIFY2(r.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit %1\n%2%3").arg(r.exitCode).arg(r.out, r.err)));
        QVERIFY2(QString(r.out + r.err).contains(expect, Qt::CaseInsensitive), qPrintable(r.out + r.err));
    }
    // Issue 17: the sample ctx's variant (--variant) and the project's request-header allow-list
    // (--kratos-config) are chosen from the command line as in the sample editor.
    void variantAndHeaderAllowlist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return dir.filePath(name);
        };
        const QString tpl = write(QStringLiteral("ctx.jsonnet"),
                                  "function(ctx) { type: ctx.flow.type, headers: ctx.request_headers, "
                                  "cookies: std.objectFields(ctx.request_cookies) }\n");
        const QString kratos =
            write(QStringLiteral("kratos.yml"),
                  "clients:\n  web_hook:\n    header_allowlist:\n      - x-forwarded-host\n");
        const QString broken = write(QStringLiteral("broken.yml"), "clients: [\n");
        const QString hook = QStringLiteral("registration/after/password");

        Run r = runHookmail({QStringLiteral("render"), tpl, QStringLiteral("--hook"), hook});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"type\": \"browser\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("User-Agent")));
        QVERIFY(!r.out.contains(QStringLiteral("x-forwarded-host")));

        r = runHookmail({QStringLiteral("render"), tpl, QStringLiteral("--hook"), hook,
                         QStringLiteral("--variant"), QStringLiteral("native-app")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"type\": \"api\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"cookies\": [ ]")));

        r = runHookmail({QStringLiteral("render"), tpl, QStringLiteral("--hook"), hook,
                         QStringLiteral("--kratos-config"), kratos});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"x-forwarded-host\"")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("auth.example.com")));
        QVERIFY(!r.out.contains(QStringLiteral("User-Agent")));

        r = runHookmail({QStringLiteral("render"), tpl, QStringLiteral("--hook"), hook,
                         QStringLiteral("--variant"), QStringLiteral("social-from-sign-in")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("at registration/after/password")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("native-app")));

        r = runHookmail(
            {QStringLiteral("render"), tpl, QStringLiteral("--variant"), QStringLiteral("phone")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a sample variant")), qPrintable(r.err));

        r = runHookmail({QStringLiteral("check"), tpl, QStringLiteral("--kratos-config"), broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.yml")), qPrintable(r.err));
    }
    void checkFindsTheNoEmailTrap()
    {
        const Run r =
            runHookmail({QStringLiteral("check"), data("docs-recipe.jsonnet"), QStringLiteral("--hook"),
                         QStringLiteral("registration/after/oidc"), QStringLiteral("--identity"),
                         QStringLiteral("oidc-no-email"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"ok").toBool(true), false);
        bool found = false;
        for (const QJsonValue &v : o.value(u"findings").toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"code").toString() == u"template-fails" && f.value(u"line").toInt() == 7 &&
                f.value(u"message").toString().contains(u"std.objectHas"))
                found = true;
        }
        QVERIFY2(found, qPrintable(r.out));
    }
    void checkDefaultProjectHasNoErrors()
    {
        const Run r = runHookmail({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("0 error(s)")));
    }
    void checkFindsMissingRecipient()
    {
        const Run r = runHookmail({QStringLiteral("check"), data("no-recipient.jsonnet")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Mandrill would not accept")), qPrintable(r.out));
    }
    void exportFormats()
    {
        const Run action = runHookmail(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("action-json")});
        QCOMPARE(action.exitCode, 0);
        const QJsonObject hook = QJsonDocument::fromJson(action.out.toUtf8()).object();
        QCOMPARE(hook.value(u"hook").toString(), QStringLiteral("web_hook"));
        QVERIFY(hook.value(u"config").toObject().value(u"body").toString().startsWith(u"base64://"));

        const Run yaml = runHookmail(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("kratos-yaml")});
        QCOMPARE(yaml.exitCode, 0);
        QVERIFY(yaml.out.contains(QStringLiteral("selfservice:")));

        const Run cli =
            runHookmail({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ory-cli")});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains(QStringLiteral("ory patch identity-config")));
        QVERIFY(cli.out.contains(QStringLiteral("/selfservice/flows/registration/after/password/hooks/-=")));
        QVERIFY(!cli.out.contains(QStringLiteral("/selfservice/flows/registration/after/hooks/")));

        const Run curl =
            runHookmail({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("curl")});
        QCOMPARE(curl.exitCode, 0);
        QVERIFY(curl.out.contains(QStringLiteral("curl")));
        QVERIFY(curl.out.contains(QStringLiteral("messages/send")));
    }
    void exportToFolderAndSecretHandling()
    {
        QTemporaryDir dir;
        const Run r = runHookmail({QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("kratos-yaml"), QStringLiteral("--output"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY2(files.size() == 2, qPrintable(files.join(u',')));
        const Run noKey = runHookmail({QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("action-json"), QStringLiteral("--with-secret")});
        QCOMPARE(noKey.exitCode, 2);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOOKMAIL_MANDRILL_KEY"), QStringLiteral("fake-md-key-secret-XYZ"));
        const Run plain = runHookmail(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("action-json")}, env);
        QVERIFY(!plain.out.contains(QStringLiteral("fake-md-key-secret-XYZ")));
        QVERIFY(!QString::fromUtf8(
                     QByteArray::fromBase64(
                         plain.out.section(QStringLiteral("base64://"), 1).section(u'"', 0, 0).toLatin1()))
                     .contains(QStringLiteral("fake-md-key-secret-XYZ")));
        const Run secret = runHookmail({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("action-json"), QStringLiteral("--with-secret")},
                                       env);
        QCOMPARE(secret.exitCode, 0);
        const QJsonObject hook = QJsonDocument::fromJson(secret.out.toUtf8()).object();
        const QByteArray decoded = QByteArray::fromBase64(
            hook.value(u"config").toObject().value(u"body").toString().mid(9).toLatin1());
        QVERIFY(decoded.contains("fake-md-key-secret-XYZ"));
        QVERIFY(secret.err.contains(QStringLiteral("contains your Mandrill key")));
    }
    // `export --with-secret` takes the key from the keychain when the environment has none (it used to read
    // HOOKMAIL_MANDRILL_KEY only, although its message and the README said "or the keychain"). Uses the
    // test session's real gnome-keyring and a fake key.
    void exportWithSecretReadsTheKeychain()
    {
        KeychainSecretStore keychain; // the service the CLI reads ("Hookmail")
        const QString fakeKey = QStringLiteral("fake-md-key-from-keychain-K7Q2");
        const Status written = keychain.writeAndWait(SecretStore::Slot::MandrillKey, fakeKey);
        if (!written && written.error().code == u"keychain-unavailable")
            QSKIP("No Secret Service in this session (run through scripts/test-session.sh).");
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const Run secret = runHookmail({QStringLiteral("export"), QStringLiteral("--format"),
                                        QStringLiteral("action-json"), QStringLiteral("--with-secret")});
        QVERIFY(keychain.removeAndWait(SecretStore::Slot::MandrillKey).ok());
        QVERIFY2(secret.exitCode == 0, qPrintable(secret.err));
        const QJsonObject hook = QJsonDocument::fromJson(secret.out.toUtf8()).object();
        const QByteArray decoded = QByteArray::fromBase64(
            hook.value(u"config").toObject().value(u"body").toString().mid(9).toLatin1());
        QVERIFY(decoded.contains(fakeKey.toUtf8()));
        QVERIFY(!secret.err.contains(fakeKey));
    }
    void designShowListsEnvelopeAndBlocks()
    {
        const Run r = runHookmail({QStringLiteral("design"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Email “Welcome email” (Design mode)\n")));
        for (const QString &line :
             {QStringLiteral("From:       Example <welcome@example.com>\n"),
              QStringLiteral("Subject:    Welcome to Example\n"),
              QStringLiteral("Preheader:  Your account is ready. Here is how to get started.\n"),
              QStringLiteral("  1. Logo         Example [the theme's logo]\n"),
              QStringLiteral("  2. Heading      Welcome to Example!\n"),
              QStringLiteral("  3. Text         Hi [First name | there],\n"
                             "                  Your account for [Their email address] is ready."),
              QStringLiteral("  4. Button       Get started → https://example.com/login\n"),
              QStringLiteral("  5. Footer       You received this email")})
            QVERIFY2(r.out.contains(line), qPrintable(line + u"\n---\n" + r.out));
        // A template file is code: no design to show.
        const Run code =
            runHookmail({QStringLiteral("design"), QStringLiteral("show"), data("docs-recipe.jsonnet")});
        QCOMPARE(code.exitCode, 2);
        QVERIFY2(code.err.contains(QStringLiteral("written in code")), qPrintable(code.err));
    }

    void designSetChangesTheFileAndTheRender()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.hookmail"));
        QVERIFY(ProjectFile::save(path, defaultProject()).ok());
        const QString design = QStringLiteral("design");
        const QString set = QStringLiteral("set");
        for (const QStringList &change :
             {QStringList{QStringLiteral("subject"), QStringLiteral("Hello <CLI> & you")},
              QStringList{QStringLiteral("preheader"), QStringLiteral("Fresh preview line")},
              QStringList{QStringLiteral("from-name"), QStringLiteral("The Team")},
              QStringList{QStringLiteral("from-email"), QStringLiteral("team@example.org")},
              QStringList{QStringLiteral("reply-to"), QStringLiteral("help@example.org")},
              QStringList{QStringLiteral("block.2.text"), QStringLiteral("A new heading")},
              QStringList{QStringLiteral("block.3.text"), QStringLiteral("Para one\n\nPara <two>")}}) {
            const Run r = runHookmail(QStringList{design, set, path} + change);
            QVERIFY2(r.exitCode == 0, qPrintable(change.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY(r.out.startsWith(QStringLiteral("Set ") + change.first()));
        }
        const Run shown = runHookmail({design, QStringLiteral("show"), path});
        QVERIFY(shown.out.contains(QStringLiteral("Subject:    Hello <CLI> & you\n")));
        QVERIFY(shown.out.contains(QStringLiteral("From:       The Team <team@example.org>\n")));
        QVERIFY(shown.out.contains(QStringLiteral("  2. Heading      A new heading\n")));
        // render uses the regenerated template: the change is in the email, escaped in the HTML.
        const Run rendered = runHookmail({QStringLiteral("render"), path});
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
        const QJsonObject message =
            QJsonDocument::fromJson(rendered.out.toUtf8()).object().value(u"message").toObject();
        QCOMPARE(message.value(u"subject").toString(), QStringLiteral("Hello <CLI> & you"));
        QCOMPARE(message.value(u"from_email").toString(), QStringLiteral("team@example.org"));
        QCOMPARE(message.value(u"from_name").toString(), QStringLiteral("The Team"));
        QCOMPARE(message.value(u"headers").toObject().value(u"Reply-To").toString(),
                 QStringLiteral("help@example.org"));
        const QString html = message.value(u"html").toString();
        QVERIFY(html.contains(QStringLiteral(">A new heading</h1>")));
        QVERIFY(html.contains(QStringLiteral(">Para one</p>")));
        QVERIFY(html.contains(QStringLiteral(">Para &lt;two&gt;</p>")));
        QVERIFY(html.contains(QStringLiteral("<title>Hello &lt;CLI&gt; &amp; you</title>")));
        QVERIFY(html.contains(QStringLiteral("Fresh preview line")));
        QVERIFY(message.value(u"text").toString().startsWith(
            QStringLiteral("A new heading\n\nPara one\n\nPara <two>")));
        // check is happy with it too.
        QCOMPARE(runHookmail({QStringLiteral("check"), path}).exitCode, 0);
    }

    void designSetMistakes_data()
    {
        QTest::addColumn<QStringList>("args"); // after "design set FILE"
        QTest::addColumn<QString>("message");
        QTest::newRow("no such block") << QStringList{QStringLiteral("block.9.text"), QStringLiteral("x")}
                                       << QStringLiteral("There is no block 9");
        QTest::newRow("block zero") << QStringList{QStringLiteral("block.0.text"), QStringLiteral("x")}
                                    << QStringLiteral("There is no block 0");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("colour"), QStringLiteral("red")}
                                       << QStringLiteral("Unknown field “colour”");
        QTest::newRow("unknown email") << QStringList{QStringLiteral("--email"), QStringLiteral("Nope"),
                                                      QStringLiteral("subject"), QStringLiteral("x")}
                                       << QStringLiteral("No email named “Nope”");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("subject")} << QStringLiteral("Expected FILE FIELD VALUE");
    }
    void designSetMistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.hookmail"));
        QVERIFY(ProjectFile::save(path, defaultProject()).ok());
        const QByteArray before = test::readFile(path);
        const Run r = runHookmail(QStringList{QStringLiteral("design"), QStringLiteral("set"), path} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(test::readFile(path), before); // nothing written
        // The built-in project cannot be changed.
        const Run builtIn = runHookmail({QStringLiteral("design"), QStringLiteral("set"),
                                         QStringLiteral("subject"), QStringLiteral("x")});
        QCOMPARE(builtIn.exitCode, 2);
        QVERIFY2(builtIn.err.contains(QStringLiteral("built-in project cannot be changed")),
                 qPrintable(builtIn.err));
    }

    void sendTestNeedsARecipient()
    {
        const Run r = runHookmail({QStringLiteral("send-test")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--to")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
