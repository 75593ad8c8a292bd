#include "TestEnv.h"
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/model/HookPoint.h"
#include "core/model/Project.h"
#include "core/model/ProjectFile.h"
#include "core/ory/WebHook.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
QString fixture(const QString &name)
{
    return test::testDataDir() + u"/projects/"_s + name;
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

Project richProject()
{
    Project project = defaultProject();
    Action second = newAction(u"Login notice — ログイン 🎉"_s);
    second.hookPoints = {*HookPoint::parse(u"login/after/password"_s),
                         *HookPoint::parse(u"settings/before"_s)};
    second.mode = EditMode::Code; // switched to code: keeps the design it came from
    second.templateSource = u"function(ctx) { s: 'quote \" backslash \\\\ newline\\n', rtl: 'مرحبا' }\n"_s;
    second.responseIgnore = false;
    second.responseParse = true;
    second.url = u"http://127.0.0.1:9/messages/send"_s;
    second.design.envelope.tags = {u"a"_s, u"b"_s};
    second.design.envelope.fallbackRecipient = u"ops@example.com"_s;
    second.design.envelope.recipientSources = {u"trait:contact.email"_s, u"address"_s};
    second.design.plainTextOverride = richTextFromTemplate(u"Hi {{traits.name.first|you}}"_s);
    project.actions << second;
    Action third = newAction(u"Hand-written"_s);
    third.mode = EditMode::Code;
    third.design = {};
    third.templateSource = u"function(ctx) {}\n"_s;
    project.actions << third;
    project.theme.brandColor = u"#0b7285"_s;
    project.theme.fontStack = Theme::webSafeFontStacks().at(5);
    project.theme.logoUrl = u"https://example.com/logo.png"_s;
    regenerateTemplates(project);
    project.sampleLocale = u"de-DE"_s;
    project.transientPayload = QJsonObject{{u"campaign"_s, u"spring"_s}, {u"n"_s, 3}};
    project.testRecipients = {u"qa@example.com"_s, u"jürgen@example.com"_s};
    project.oryProjectId = u"c0ffee00-1111-2222-3333-444455556666"_s;
    return project;
}
} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultProjectIsTheWelcomeEmail()
    {
        const Project project = defaultProject();
        QCOMPARE(project.actions.size(), 1);
        const Action &action = project.actions.first();
        QCOMPARE(action.name, u"Welcome email"_s);
        QCOMPARE(action.hookPoints, (QList<HookPoint>{*HookPoint::parse(u"registration/after/password"_s),
                                                      *HookPoint::parse(u"registration/after/oidc"_s)}));
        QVERIFY(action.hookId.startsWith(u"hookmail-"));
        QVERIFY(action.responseIgnore);
        QVERIFY(!action.responseParse);
        QVERIFY(action.templateSource.contains(u"at(identity, 'verifiable_addresses')"));
        QVERIFY(action.templateSource.contains(u"error 'cancel'"));
        QVERIFY(action.templateSource.contains(u"welcome@example.com"));
        QVERIFY(!action.templateSource.contains(u"key:"));
        QVERIFY(project.testRecipients.isEmpty());
        QCOMPARE(project.identityPreset, u"default"_s);
        QVERIFY(project.sampleIdentity.value(u"traits"_s).isObject());
        // Fresh ids each time: two projects made from the default never share a hook id.
        QVERIFY(defaultProject().actions.first().hookId != action.hookId);
        // The built-in Welcome email is a design (issue 14): it opens in Design mode.
        QCOMPARE(action.mode, EditMode::Design);
        QCOMPARE(action.design, defaultWelcomeDesign());
        QCOMPARE(project.theme, Theme{});
        QCOMPARE(action.templateSource, DesignGenerator::jsonnet(action.design, project.theme));
    }

    void newActionIsDesignMode()
    {
        const Action a = newAction(u"Hello"_s);
        const Action b = newAction(u"Hello"_s);
        QCOMPARE(a.name, u"Hello"_s);
        QCOMPARE(a.mode, EditMode::Design);
        QVERIFY(a.id != b.id);
        QVERIFY(a.hookId != b.hookId);
        QVERIFY(a.hookId.startsWith(u"hookmail-"));
        QCOMPARE(a.design, defaultWelcomeDesign());
        QCOMPARE(a.templateSource, DesignGenerator::jsonnet(a.design, Theme{}));
        QVERIFY(!a.hookPoints.isEmpty());
        Theme theme;
        theme.brandColor = u"#c92a2a"_s;
        const Action styled = newAction(u"Hello"_s, theme);
        QCOMPARE(styled.templateSource, DesignGenerator::jsonnet(styled.design, theme));
        QVERIFY(styled.templateSource.contains(u"#c92a2a"_s));
    }

    void regenerateKeepsDesignTemplatesInStep()
    {
        Project project = richProject();
        QVERIFY(!regenerateTemplates(project)); // already in step
        project.theme.brandColor = u"#2b8a3e"_s;
        const QString codeBefore = project.actions.at(1).templateSource;
        QVERIFY(regenerateTemplates(project));
        QVERIFY(project.actions.at(0).templateSource.contains(u"#2b8a3e"_s));
        QCOMPARE(project.actions.at(1).templateSource, codeBefore); // code is never rewritten
        // A design-mode action loaded with a stale (or missing) template gets the generated one.
        QJsonObject json = projectToJson(project);
        QJsonArray actions = json.value(u"actions"_s).toArray();
        QJsonObject first = actions.at(0).toObject();
        first.remove(u"template"_s);
        actions[0] = first;
        json.insert(u"actions"_s, actions);
        const auto back = projectFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->actions.at(0).templateSource,
                 DesignGenerator::jsonnet(project.actions.at(0).design, project.theme));
    }

    void versionOneFormBecomesDesign()
    {
        const auto loaded = ProjectFile::load(fixture(u"v1-form.hookmail"_s));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->actions.size(), 2);
        const Action &form = loaded->actions.at(0);
        QCOMPARE(form.mode, EditMode::Design);
        const Envelope &e = form.design.envelope;
        QCOMPARE(e.fromEmail, u"hello@example.com"_s);
        QCOMPARE(inlineTextToTemplate(e.fromName), u"Team {{traits.name.last}}"_s);
        QCOMPARE(inlineTextToTemplate(e.subject), u"Welcome, {{traits.name.first}}!"_s);
        QCOMPARE(e.subject.at(1).placeholder,
                 std::optional<Placeholder>(Placeholder{u"traits.name.first"_s, {}}));
        QCOMPARE(e.replyTo, u"support@example.com"_s);
        QCOMPARE(e.tags, (QStringList{u"welcome"_s, u"v1"_s}));
        QCOMPARE(e.recipientSources, (QStringList{u"trait:email"_s, u"verified"_s}));
        QCOMPARE(inlineTextToTemplate(e.recipientName), u"{{traits.name.first}}"_s);
        QCOMPARE(e.fallbackRecipient, u"ops@example.com"_s);
        // The text body is the plain-text override; the HTML body's content one Custom HTML block.
        QVERIFY(form.design.plainTextOverride.has_value());
        QCOMPARE(richTextToTemplate(*form.design.plainTextOverride),
                 u"Hi {{traits.name.first}},\n\nYour account for {{address}} is ready.\nSee you soon."_s);
        QCOMPARE(form.design.blocks.size(), 1);
        QCOMPARE(form.design.blocks.first().kind, BlockKind::CustomHtml);
        QCOMPARE(form.design.blocks.first().html,
                 u"<h1>Hi {{traits.name.first}}</h1>\n<p>Your account for {{address}} is ready.</p>"_s);
        // Its template is the designer's, not the stale one in the file.
        QCOMPARE(form.templateSource, DesignGenerator::jsonnet(form.design, loaded->theme));
        const PlaceholderValues values{{u"traits.name.first"_s, u"Ann"_s},
                                       {u"address"_s, u"a@example.com"_s}};
        QVERIFY(DesignGenerator::html(form.design, loaded->theme, values)
                    .contains(u"<h1>Hi Ann</h1>\n<p>Your account for a@example.com is ready.</p>"_s));
        QCOMPARE(DesignGenerator::plainText(form.design, values),
                 u"Hi Ann,\n\nYour account for a@example.com is ready.\nSee you soon.\n"_s);
        // Code stays code, untouched, with no design to go back to.
        const Action &code = loaded->actions.at(1);
        QCOMPARE(code.mode, EditMode::Code);
        QCOMPARE(code.templateSource, u"function(ctx) { message: { subject: 'hand written' } }\n"_s);
        QCOMPARE(code.design, EmailDesign{});
        // Saving writes the current version (3), which reads back the same.
        const QJsonObject saved = projectToJson(loaded.value());
        QCOMPARE(saved.value(u"version"_s).toInt(), 3);
        QVERIFY(!saved.value(u"actions"_s)[0].toObject().contains(u"form"_s));
        QCOMPARE(saved.value(u"actions"_s)[0][u"mode"_s].toString(), u"design"_s);
        QCOMPARE(projectFromJson(saved).value(), loaded.value());
    }

    void versionTwoRejectsFormMode()
    {
        QJsonObject json = projectToJson(defaultProject());
        QJsonArray actions = json.value(u"actions"_s).toArray();
        QJsonObject first = actions.at(0).toObject();
        first.insert(u"mode"_s, u"form"_s);
        actions[0] = first;
        json.insert(u"actions"_s, actions);
        const auto parsed = projectFromJson(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(
                     u"\"actions[0].mode\" must be \"design\", \"code\" or \"template\""_s),
                 qPrintable(parsed.error().message));
        // A broken design names its field.
        first.insert(u"mode"_s, u"design"_s);
        first.insert(u"design"_s, QJsonObject{{u"blocks"_s, QJsonArray{QJsonObject{{u"id"_s, u"b1"_s}}}}});
        actions[0] = first;
        json.insert(u"actions"_s, actions);
        QVERIFY(projectFromJson(json).error().message.contains(
            u"\"actions[0].design.blocks[0]\" has no \"kind\""_s));
        json.insert(u"theme"_s, QJsonObject{{u"cornerRadius"_s, 99}});
        json.insert(u"actions"_s, QJsonArray{});
        QVERIFY(projectFromJson(json).error().message.contains(u"\"theme.cornerRadius\""_s));
    }

    void findAction()
    {
        const Project project = richProject();
        const Action &second = project.actions.at(1);
        QCOMPARE(project.findAction(second.id), &project.actions.at(1));
        QCOMPARE(project.findAction(second.name), &project.actions.at(1));
        QCOMPARE(project.findAction(u"welcome EMAIL"_s), &project.actions.at(0));
        QCOMPARE(project.findAction(u"nope"_s), nullptr);
    }

    void jsonRoundTrip()
    {
        const Project project = richProject();
        const QJsonObject json = projectToJson(project);
        QCOMPARE(json.value(u"format"_s).toString(), u"hookmail-project"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 3);
        QCOMPARE(json.value(u"theme"_s)[u"brandColor"_s].toString(), u"#0b7285"_s);
        // A code action keeps its earlier design; a hand-written one writes none.
        QVERIFY(json.value(u"actions"_s)[1].toObject().contains(u"design"_s));
        QVERIFY(!json.value(u"actions"_s)[2].toObject().contains(u"design"_s));
        const auto back = projectFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value(), project);
    }

    void fileRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"p.hookmail"_s);
        const Project project = richProject();
        const Status saved = ProjectFile::save(path, project);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        const auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded.value(), project);
        QCOMPARE(test::readFile(path), ProjectFile::serialize(project));
        // Saving again over an existing file works and leaves no temporary files behind.
        QVERIFY(ProjectFile::save(path, defaultProject()).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"p.hookmail"_s});
    }

    void projectNeverHoldsTheKey()
    {
        // The key lives in the keychain only; a saved project has no field that could carry it.
        const QByteArray bytes = ProjectFile::serialize(richProject());
        QVERIFY(!bytes.contains("\"key\""));
        QVERIFY(!bytes.contains("MANDRILL_API_KEY"));
    }

    void minimalValidFixture()
    {
        const QString path = fixture(u"minimal-valid.hookmail"_s);
        const auto loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->actions.size(), 1);
        const Action &action = loaded->actions.first();
        QCOMPARE(action.name, u"Login notice"_s);
        QCOMPARE(action.hookPoints.first().toString(), u"login/after/password"_s);
        QCOMPARE(action.mode, EditMode::Code);
        QVERIFY(action.responseIgnore); // default when absent
        QCOMPARE(action.url, u"https://mandrillapp.com/api/1.0/messages/send"_s);
        QCOMPARE(loaded->sampleLocale, u"de-DE"_s);
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("not JSON") << u"not-json.hookmail"_s << u"json-syntax"_s
                                  << QStringList{
                                         u"not-json.hookmail is not a Hookmail project: JSON syntax error at "
                                         u"line 1, column 1: illegal value"_s};
        QTest::newRow("missing comma")
            << u"missing-comma.hookmail"_s << u"json-syntax"_s
            << QStringList{u"JSON syntax error at line 4, column 3: unterminated object"_s};
        QTest::newRow("syntax error after Unicode")
            << u"unicode-syntax-error.hookmail"_s << u"json-syntax"_s
            << QStringList{u"JSON syntax error at line 5, column 15: illegal value"_s};
        QTest::newRow("empty") << u"empty.hookmail"_s << u"empty"_s
                               << QStringList{u"empty.hookmail is empty"_s, u"not a Hookmail project"_s};
        QTest::newRow("truncated") << u"truncated.hookmail"_s << u"truncated"_s
                                   << QStringList{u"JSON syntax error at line 7"_s, u"truncated"_s};
        QTest::newRow("future version")
            << u"future-version.hookmail"_s << u"future-version"_s
            << QStringList{u"written by a newer Hookmail (format version 4, this version reads up to 3)"_s};
        QTest::newRow("wrong type: hookPoints")
            << u"wrong-type-hookpoints.hookmail"_s << u"wrong-type"_s
            << QStringList{u"\"actions[0].hookPoints\""_s, u"list of texts"_s};
        QTest::newRow("wrong type: response.ignore")
            << u"wrong-type-response.hookmail"_s << u"wrong-type"_s
            << QStringList{u"\"actions[0].response.ignore\""_s, u"true or false"_s};
        QTest::newRow("wrong type: sampleIdentity") << u"wrong-type-identity.hookmail"_s << u"wrong-type"_s
                                                    << QStringList{u"\"sampleIdentity\""_s, u"an object"_s};
        QTest::newRow("version as text") << u"version-as-text.hookmail"_s << u"wrong-type"_s
                                         << QStringList{u"\"version\""_s, u"whole number"_s};
        QTest::newRow("unknown hook point")
            << u"unknown-hookpoint.hookmail"_s << u"bad-value"_s
            << QStringList{u"\"actions[0].hookPoints[1]\""_s, u"logout/after"_s};
        QTest::newRow("array") << u"array.hookmail"_s << u"not-object"_s
                               << QStringList{u"not a Hookmail project"_s, u"list"_s};
        QTest::newRow("wrong format") << u"wrong-format.hookmail"_s << u"wrong-format"_s
                                      << QStringList{u"\"something-else\""_s, u"hookmail-project"_s};
        QTest::newRow("missing file")
            << u"does-not-exist.hookmail"_s << u"not-found"_s << QStringList{u"does not exist"_s};
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QStringList, mustContain);
        const QString path = fixture(file);
        const bool exists = QFile::exists(path);
        const QByteArray before = exists ? sha(path) : QByteArray();
        const auto loaded = ProjectFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, code);
        for (const QString &part : mustContain)
            QVERIFY2(loaded.error().message.contains(part), qPrintable(loaded.error().message));
        // Loading never writes.
        QCOMPARE(QFile::exists(path), exists);
        if (exists)
            QCOMPARE(sha(path), before);
    }

    void tooLarge()
    {
        QByteArray huge(ProjectFile::maxFileBytes + 10, ' ');
        const auto parsed = ProjectFile::parse(huge, u"big.hookmail"_s);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"too-large"_s);
        QVERIFY(parsed.error().message.contains(u"too large"));
    }

    void lineColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
        QTest::newRow("same line") << QByteArray("abc") << 2 << 1 << 3;
        QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << 2 << 2;
        QTest::newRow("after newline") << QByteArray("ab\n") << 3 << 2 << 1;
        QTest::newRow("multibyte counts once") << QString(u"é日🎉x"_s).toUtf8() << 9 << 1 << 4;
        QTest::newRow("offset past end clamps") << QByteArray("a\nb") << 99 << 2 << 2;
    }
    void lineColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        int l = 0;
        int c = 0;
        lineColumnAt(text, offset, &l, &c);
        QCOMPARE(l, line);
        QCOMPARE(c, column);
    }

    void failedSaveLeavesOldFileIntact()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"keep.hookmail"_s);
        QVERIFY(ProjectFile::save(path, defaultProject()).ok());
        const QByteArray before = test::readFile(path);

        // Make the write itself fail (file size limit: works even as root, unlike read-only folders).
        Project big = richProject();
        big.actions[0].templateSource = QString(200000, u'x');
        struct rlimit old;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = old;
        small.rlim_cur = 64 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status status = ProjectFile::save(path, big);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, u"write-failed"_s);
        QVERIFY2(status.error().message.contains(u"left unchanged"), qPrintable(status.error().message));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.hookmail"_s});
    }

    void saveIntoMissingFolderFails()
    {
        QTemporaryDir dir;
        const Status status =
            ProjectFile::save(dir.filePath(u"no/such/folder/p.hookmail"_s), defaultProject());
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(u"p.hookmail"));
    }

    void loadTemplateFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expectedTemplate");
        QTest::addColumn<QString>("expectedHookId");
        QTest::addColumn<bool>("designMode");
        const QString plain = u"function(ctx) { message: {} }\n"_s;
        QTest::newRow("bare template") << plain.toUtf8() << plain << QString() << false;
        Action shipped = newAction(u"x"_s);
        shipped.hookId = u"hookmail-from-ory"_s;
        shipped.templateSource = plain;
        QTest::newRow("shipped template is unwrapped")
            << shippedTemplate(shipped, u"md-FAKE"_s) << plain << u"hookmail-from-ory"_s << false;
        // The designer's output carries no design, so it opens in Code like any template.
        const QString generated = DesignGenerator::jsonnet(defaultWelcomeDesign(), Theme{});
        QTest::newRow("generated design template") << generated.toUtf8() << generated << QString() << false;
    }
    void loadTemplateFile()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expectedTemplate);
        QFETCH(QString, expectedHookId);
        QFETCH(bool, designMode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"welcome.jsonnet"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
        f.close();
        const auto project = ProjectFile::loadTemplateFile(path);
        QVERIFY2(project.ok(), qPrintable(project.error().message));
        QCOMPARE(project->actions.size(), 1);
        const Action &action = project->actions.first();
        QCOMPARE(action.name, u"welcome"_s);
        QCOMPARE(action.templateSource, expectedTemplate);
        QCOMPARE(action.mode == EditMode::Design, designMode);
        if (!expectedHookId.isEmpty())
            QCOMPARE(action.hookId, expectedHookId);
        QCOMPARE(action.hookPoints.size(), 2);
        QVERIFY(!action.templateSource.contains(u"md-FAKE"));
        QCOMPARE(test::readFile(path), contents);
    }

    void loadTemplateFileRejectsBinary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bin.jsonnet"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xff\xfe\x00\x01", 4));
        f.close();
        const auto project = ProjectFile::loadTemplateFile(path);
        QVERIFY(!project.ok());
        QCOMPARE(project.error().code, u"not-utf8"_s);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
