// Issue 18 end to end in the window, offscreen, with the real worker and a scenario Mandrill on 127.0.0.1:
// switch the email to "Mandrill template", pick a template in the picker (search, choose), map two fields
// (one guessed, one chosen from the field list with a fallback), see the preview render the template for two
// sample people, send a test (it goes to messages/send-template with the mapped values) and check what a push
// would send (the web_hook aims at send-template and carries the generated Jsonnet). Screenshots of the
// mapping view and the preview go to $HOOKMAIL_SCREENSHOT_DIR when set.
#include "PaintWait.h"
#include "ScenarioServer.h"
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/TemplateGenerator.h"
#include "core/ory/WebHook.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "editor/ActionEditorPane.h"
#include "mandrill/TestSendPane.h"
#include "mtemplate/TemplatePane.h"
#include "mtemplate/TemplatePickerDialog.h"
#include "preview/EmailPreviewView.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "session/ProjectSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWebEngineView>

using namespace hookmail;
using namespace Qt::StringLiterals;
using test::ScenarioResponse;
using test::ScenarioServer;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kKey = u"hookmail-fake-gui-template-key"_s;

QJsonObject templateJson(const QString &slug, const QString &code, const QStringList &labels)
{
    return QJsonObject{{u"slug"_s, slug},
                       {u"name"_s, slug},
                       {u"labels"_s, QJsonArray::fromStringList(labels)},
                       {u"code"_s, code},
                       {u"subject"_s, u"Welcome aboard, *|FNAME|*"_s},
                       {u"from_email"_s, u"hello@example.com"_s},
                       {u"from_name"_s, u"Example"_s},
                       {u"text"_s, u"Hi *|FNAME|*"_s},
                       {u"publish_name"_s, slug},
                       {u"publish_code"_s, code},
                       {u"publish_subject"_s, u"Welcome aboard, *|FNAME|*"_s},
                       {u"publish_from_email"_s, u"hello@example.com"_s},
                       {u"publish_from_name"_s, u"Example"_s},
                       {u"publish_text"_s, u"Hi *|FNAME|*"_s},
                       {u"published_at"_s, u"2026-11-20 09:00:00"_s},
                       {u"created_at"_s, u"2026-11-01 09:00:00"_s},
                       {u"updated_at"_s, u"2026-11-20 09:00:00"_s},
                       {u"draft_updated_at"_s, u"2026-11-20 09:00:00"_s},
                       {u"is_broken_template"_s, false}};
}

const QString kCode = u"<html><body><h1>Hi *|FNAME|*!</h1><p>You joined as *|USER_ID|*.</p>"
                      u"<p>Welcome to the *|PLAN|* plan.</p></body></html>"_s;

struct Harness
{
    Harness(const QString &settingsPath, const QUrl &mandrill)
        : settings(settingsPath), evaluator(1), renderer(&evaluator),
          window((client.setBaseUrl(mandrill.toString()),
                  AppServices{&settings, &evaluator, &renderer, &secrets, &client}),
                 &prompter)
    {
        window.resize(1366, 768);
    }
    Settings settings;
    TemplateEvaluator evaluator;
    RenderService renderer;
    MemorySecretStore secrets;
    MandrillClient client;
    test::ScriptedPrompter prompter;
    MainWindow window;

    template <typename T> T *find(const QString &name) const { return window.findChild<T *>(name); }
    const Action *email() const { return window.session()->currentAction(); }
};

bool previewShows(Harness &h, const QString &text)
{
    return QTest::qWaitFor(
        [&] {
            return !h.window.previewController()->isBusy() &&
                   h.window.previewView()->currentHtml().contains(text);
        },
        kTimeoutMs);
}

// With HOOKMAIL_SCREENSHOT_DIR set, saves a picture of `w` (after the preview's web view has painted, so the
// email is in it).
void shoot(QWidget *w, const QString &name, QWidget *webView = nullptr)
{
    const QString dir = qEnvironmentVariable("HOOKMAIL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    if (webView)
        test::settledPaints(webView);
    w->grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestTemplateFlow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
    }

    void pickMapPreviewSendPush()
    {
        ScenarioServer server;
        QVERIFY(server.start());
        QJsonArray list{templateJson(u"welcome-2026"_s, kCode, {u"onboarding"_s})};
        for (int i = 0; i < 12; ++i)
            list.append(templateJson(u"invoice-%1"_s.arg(i), u"<p>*|AMOUNT|*</p>"_s, {u"billing"_s}));
        server.setResponse("/templates/list", ScenarioResponse::json(200, QJsonDocument(list).toJson()));
        server.setResponse("/mctemplates/list", ScenarioResponse::json(200, "[]"));
        server.setResponse("/templates/info",
                           ScenarioResponse::json(200, QJsonDocument(list.at(0).toObject()).toJson()));
        server.setResponse("/messages/send-template",
                           ScenarioResponse::json(200, R"([{"email":"qa@example.com","status":"sent",
                                                           "reject_reason":null,"_id":"abc123"}])"));

        Harness h(m_dir.filePath(u"settings.ini"_s), server.baseUrl());
        QVERIFY(h.secrets.writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        h.window.start();
        QVERIFY(h.email());

        // 1. Mandrill template mode (the design is kept: no question asked).
        auto *modeButton = h.find<QToolButton>(u"templateModeButton"_s);
        QVERIFY(modeButton && modeButton->isVisible());
        QTest::mouseClick(modeButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mode, EditMode::Template, kTimeoutMs);
        QVERIFY(h.window.editorPane()->isTemplateMode());

        // 2. Pick: the picker lists the account's templates; search narrows them; choose.
        QTest::mouseClick(h.find<QPushButton>(u"pickTemplateButton"_s), Qt::LeftButton);
        TemplatePickerDialog *picker = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((picker = h.find<TemplatePickerDialog>(u"templatePickerDialog"_s)),
                                 kTimeoutMs);
        auto *templates = picker->findChild<QListWidget *>(u"templateList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(templates->count(), 13, kTimeoutMs);
        QTest::keyClicks(picker->findChild<QLineEdit *>(u"templateSearchEdit"_s), u"onboard"_s);
        QCOMPARE(templates->count(), 1);
        QVERIFY(templates->item(0)->text().contains(u"published 2026-11-20"_s));
        QTest::mouseClick(templates->viewport(), Qt::LeftButton, {},
                          templates->visualItemRect(templates->item(0)).center());
        shoot(picker, u"template-picker.png"_s);
        QTest::mouseClick(picker->findChild<QPushButton *>(u"useTemplateButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mandrillTemplate.source.slug, u"welcome-2026"_s, kTimeoutMs);
        QVERIFY(h.email()->url.endsWith(u"/messages/send-template"_s));

        // 3. Map two fields: FNAME was guessed (first name); USER_ID is chosen from the list; PLAN gets a
        // fixed text.
        const TemplateEmail &mapped = h.email()->mandrillTemplate;
        QCOMPARE(mapped.mergeVars.size(), 3);
        QCOMPARE(mapped.mergeVars.at(0).value.field, u"traits.name.first"_s);
        auto *idCombo = h.find<QComboBox>(u"fieldCombo_USER_ID"_s);
        QVERIFY(idCombo);
        const int idIndex = idCombo->findData(u"id"_s);
        QVERIFY(idIndex > 0);
        idCombo->setFocus();
        while (idCombo->currentIndex() < idIndex)
            QTest::keyClick(idCombo, Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mandrillTemplate.mergeVars.at(1).value.field, u"id"_s,
                                  kTimeoutMs);
        auto *plan = h.find<QLineEdit>(u"fallbackEdit_PLAN"_s);
        QTest::keyClicks(plan, u"Starter"_s);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mandrillTemplate.mergeVars.at(2).value.fallback, u"Starter"_s,
                                  kTimeoutMs);

        // 4. Preview for two sample people: the local render of the template with their values.
        const QJsonObject first = h.window.session()->project().sampleIdentity;
        const QString firstName = first[u"traits"_s][u"name"_s][u"first"_s].toString();
        QVERIFY(!firstName.isEmpty());
        QVERIFY2(previewShows(h, u"<h1>Hi "_s + firstName + u"!</h1>"_s),
                 qPrintable(h.window.previewView()->currentHtml().left(400)));
        QVERIFY(h.window.previewView()->currentHtml().contains(first.value(u"id"_s).toString()));
        QVERIFY(h.window.previewView()->currentHtml().contains(u"the Starter plan"_s));
        // The preview says whose render it is.
        auto *localRender = h.find<QLabel>(u"localRenderLabel"_s);
        QVERIFY(localRender && localRender->isVisible());
        QVERIFY(localRender->text().contains(u"rendered here by Hookmail"_s));
        shoot(&h.window, u"template-mapping-preview.png"_s, h.window.previewView()->webView());
        const QJsonObject second = findIdentityPreset(u"german-locale"_s)->identity;
        h.window.session()->editSampleIdentity(second);
        const QString secondName = second[u"traits"_s][u"name"_s][u"first"_s].toString();
        QVERIFY(secondName != firstName);
        QVERIFY2(previewShows(h, u"<h1>Hi "_s + secondName + u"!</h1>"_s),
                 qPrintable(h.window.previewView()->currentHtml().left(400)));

        // Render on Mandrill: templates/render with the person's values; differences are listed.
        const QString mandrillHtml =
            u"<html><body><h1>Hi "_s + secondName + u"!</h1><p>Other</p></body></html>"_s;
        server.setResponse(
            "/templates/render",
            ScenarioResponse::json(200, QJsonDocument(QJsonObject{{u"html"_s, mandrillHtml}}).toJson()));
        server.clearRequests();
        QTest::mouseClick(h.find<QPushButton>(u"renderOnMandrillButton"_s), Qt::LeftButton);
        auto *differences = h.find<QListWidget>(u"renderDifferencesList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(differences->isVisible() && differences->count() > 0, kTimeoutMs);
        QCOMPARE(server.requests().last().path, QByteArray("/templates/render"));
        const QJsonObject renderBody = QJsonDocument::fromJson(server.requests().last().body).object();
        QCOMPARE(renderBody.value(u"template_name"_s).toString(), u"welcome-2026"_s);
        QVERIFY(QJsonDocument(renderBody.value(u"merge_vars"_s).toArray())
                    .toJson()
                    .contains(secondName.toUtf8()));
        QVERIFY(differences->item(0)->text().contains(u"Mandrill: <p>Other</p>"_s));

        // 5. Test send: the rendered body goes to messages/send-template with the mapped values.
        auto *testSend = h.window.findChild<TestSendPane *>();
        QVERIFY(testSend);
        testSend->setTestAddresses({u"qa@example.com"_s});
        auto *send = h.find<QPushButton>(u"sendTestButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), kTimeoutMs);
        h.prompter.confirmAnswer = true;
        server.clearRequests();
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(!server.requests().isEmpty(), kTimeoutMs);
        const auto &request = server.requests().last();
        QCOMPARE(request.path, QByteArray("/messages/send-template"));
        const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(sent.value(u"template_name"_s).toString(), u"welcome-2026"_s);
        QCOMPARE(sent.value(u"key"_s).toString(), kKey);
        QCOMPARE(sent[u"message"_s][u"to"_s][0][u"email"_s].toString(), u"qa@example.com"_s);
        MergeValues values;
        for (const QJsonValue &v : sent[u"message"_s][u"global_merge_vars"_s].toArray())
            values.insert(v[u"name"_s].toString(), v[u"content"_s].toString());
        QCOMPARE(values.value(u"FNAME"_s), secondName);
        QCOMPARE(values.value(u"USER_ID"_s), second.value(u"id"_s).toString());
        QCOMPARE(values.value(u"PLAN"_s), u"Starter"_s);
        qInfo("test send as the fake Mandrill saw it: %s", request.body.constData());

        // 6. Push: the web_hook Ory would get aims at send-template and carries the generated Jsonnet.
        const QJsonObject hook = webHookJson(*h.email(), WebHookOptions{});
        QVERIFY2(hook[u"config"_s][u"url"_s].toString().endsWith(u"/messages/send-template"_s),
                 QJsonDocument(hook).toJson().constData());
        const QString body = hook[u"config"_s][u"body"_s].toString();
        QVERIFY(body.startsWith(u"base64://"_s));
        const QString jsonnet = QString::fromUtf8(QByteArray::fromBase64(body.mid(9).toLatin1()));
        QVERIFY(jsonnet.contains(u"template_name: 'welcome-2026'"_s));
        QVERIFY(body.size() < 16 * 1024); // far below Ory's 64 KiB

        // Back to Design: the designed email was kept.
        QTest::mouseClick(h.find<QToolButton>(u"designModeButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mode, EditMode::Design, kTimeoutMs);
        QVERIFY(!h.email()->design.blocks.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!h.find<QLabel>(u"localRenderLabel"_s)->isVisible(), kTimeoutMs);
        QVERIFY(h.email()->url.endsWith(u"/messages/send"_s));
        QVERIFY(h.email()->templateSource.contains(u"hookmail-design"_s));
        QCOMPARE(h.email()->mandrillTemplate.source.slug, u"welcome-2026"_s); // and the template is kept too
    }

    // "Move the designed email into Mandrill": review, templates/add as a draft, publish on request, and the
    // email switches to the new template with the design's fields; the design stays.
    void designedEmailMovesIntoMandrill()
    {
        ScenarioServer server;
        QVERIFY(server.start());
        QJsonObject draft =
            templateJson(u"welcome-email-from-hookmail"_s, u"<p>*|FNAME|*</p>"_s, {u"hookmail"_s});
        for (const QString &k : {u"publish_code"_s, u"publish_subject"_s, u"publish_from_email"_s,
                                 u"publish_from_name"_s, u"publish_text"_s, u"published_at"_s})
            draft.insert(k, QJsonValue::Null);
        server.setResponse("/templates/add", ScenarioResponse::json(200, QJsonDocument(draft).toJson()));
        server.setResponse(
            "/templates/publish",
            ScenarioResponse::json(200, QJsonDocument(templateJson(u"welcome-email-from-hookmail"_s,
                                                                   u"<p>*|FNAME|*</p>"_s, {u"hookmail"_s}))
                                            .toJson()));
        Harness h(m_dir.filePath(u"settings-move.ini"_s), server.baseUrl());
        QVERIFY(h.secrets.writeAndWait(SecretStore::Slot::MandrillKey, kKey).ok());
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        h.window.start();
        QVERIFY(h.email());
        const EmailDesign design = h.email()->design;
        QTest::mouseClick(h.find<QToolButton>(u"templateModeButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mode, EditMode::Template, kTimeoutMs);
        h.prompter.confirmAnswer = true; // the review, then "publish now?"
        QTest::mouseClick(h.find<QPushButton>(u"moveDesignButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.email()->mandrillTemplate.source.slug, u"welcome-email-from-hookmail"_s,
                                  kTimeoutMs);
        QVERIFY(h.email()->mandrillTemplate.source.isPublished());
        QCOMPARE(server.requests().size(), 2);
        const QJsonObject add = QJsonDocument::fromJson(server.requests().at(0).body).object();
        QCOMPARE(server.requests().at(0).path, QByteArray("/templates/add"));
        QCOMPARE(add.value(u"publish"_s).toBool(true), false);
        QVERIFY(add.value(u"code"_s).toString().contains(u"*|FNAME|*"_s));
        QCOMPARE(server.requests().at(1).path, QByteArray("/templates/publish"));
        QCOMPARE(QJsonDocument::fromJson(server.requests().at(1).body).object().value(u"name"_s).toString(),
                 u"welcome-email-from-hookmail"_s);
        QCOMPARE(h.email()->mandrillTemplate.mergeVars.first().name, u"FNAME"_s);
        QCOMPARE(h.email()->mandrillTemplate.mergeVars.first().value.field, u"traits.name.first"_s);
        QCOMPARE(h.email()->design, design); // kept
        QVERIFY(h.window.editorPane()->templatePane()->moveStatus().contains(u"Published"_s));
        QVERIFY(h.window.previewView()->currentHtml().isEmpty() || previewShows(h, u"<p>"_s));
    }

    // Switching between the three kinds: hand-written code is only replaced after a yes; Code from a template
    // shows the generated send-template Jsonnet; the design survives every switch.
    void modeSwitchesKeepWhatCanBeKept()
    {
        test::ScriptedPrompter prompter;
        ActionEditorPane pane;
        pane.setPrompter(&prompter);
        Action action = newAction(u"Hand written"_s);
        const EmailDesign design = action.design;
        action.mode = EditMode::Code;
        action.templateSource = u"function(ctx) { message: { subject: 'mine' } }\n"_s;
        pane.setAction(action);
        QVERIFY(!pane.isDesignMode() && !pane.isTemplateMode());
        prompter.confirmAnswer = false;
        QVERIFY(!pane.switchToTemplate());
        QCOMPARE(pane.action().mode, EditMode::Code);
        QVERIFY(pane.findChild<QToolButton *>(u"codeModeButton"_s)->isChecked());
        prompter.confirmAnswer = true;
        QVERIFY(pane.switchToTemplate());
        QCOMPARE(pane.action().mode, EditMode::Template);
        QVERIFY(pane.action().url.endsWith(u"/messages/send-template"_s));
        QVERIFY(pane.switchToCode());
        QCOMPARE(pane.action().mode, EditMode::Code);
        QVERIFY(pane.codeEditor()->text().contains(u"hookmail-mandrill-template"_s));
        // Design is refused from this code (it is not what the design generates)…
        QVERIFY(!pane.switchToDesign());
        QVERIFY(!pane.modeMessage().isEmpty());
        // …but the unchanged template code goes back to the template without a question…
        prompter.confirmAnswer = false;
        QVERIFY(pane.switchToTemplate());
        QCOMPARE(pane.action().mode, EditMode::Template);
        // …and from the template, Design is always possible: the design was kept.
        QVERIFY(pane.switchToDesign());
        QCOMPARE(pane.action().mode, EditMode::Design);
        QCOMPARE(pane.action().design, design);
        QVERIFY(pane.action().url.endsWith(u"/messages/send"_s));
    }
};

QTEST_MAIN(TestTemplateFlow)
#include "tst_templateflow.moc"
