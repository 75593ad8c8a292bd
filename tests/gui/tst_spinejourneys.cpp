// The window's spine, as a new user walks it, against the scenario fakes (a Mandrill messages/send fake and
// the Ory Console fake that validates every patched config against Kratos' schema):
//   - the first "Send test" from an empty keychain asks once, in one dialog, for the Mandrill key and a test
//     address, sends, and shows what Mandrill did with each recipient in the result panel;
//   - the second "Send test" is one click: no question, one more request;
//   - "Publish to Ory…" from an empty keychain: key → project → will it fire → publish (reviewed) → roll
//   back.
// The clicks each journey takes are counted and printed; screenshots of the window, the send result and each
// publish step are saved under <build>/screenshots/.
#include "FakeOryServer.h"
#include "PrismServer.h"
#include "ScenarioServer.h"
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "mandrill/FirstTestSendDialog.h"
#include "mandrill/SendResultPanel.h"
#include "mandrill/TestSendFlow.h"
#include "mandrill/TestSendPane.h"
#include "ory/OryPane.h"
#include "ory/PatchReviewDialog.h"
#include "ory/PublishDialog.h"
#include "preview/EmailPreviewView.h"
#include "session/DocumentController.h"
#include "session/ProjectSession.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
const QString kMandrillKey = u"md-journey-fake-key-0123456789"_s;

void saveShot(QWidget *w, const QString &name)
{
    const QString outDir = QStringLiteral(HOOKMAIL_BIN_DIR) + u"/../screenshots";
    QDir().mkpath(outDir);
    QTest::qWait(150); // deferred layouts (a status text that grew by a line) settle before the picture
    const QString path = QDir(outDir).absoluteFilePath(name + u".png");
    if (w->grab().save(path))
        qInfo("screenshot: %s", qPrintable(path));
}

// A click as a person makes it: on a visible, enabled button.
bool click(QAbstractButton *button, int &clicks)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    ++clicks;
    return true;
}

QAbstractButton *toolbarButton(MainWindow &window, const QString &action)
{
    return window.findChild<QToolButton *>(action + u"Button");
}
} // namespace

class TestSpineJourneys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HOOKMAIL_REQUIRE_SHARED();
    }

    void firstTestSendAsksOnceThenOneClick()
    {
        QTemporaryDir dir;
        test::ScenarioServer mandrillFake;
        mandrillFake.setResponse(
            "/messages/send",
            test::ScenarioResponse::json(
                200, "[{\"email\":\"me@example.com\",\"status\":\"sent\",\"_id\":\"m1\"}]"));
        QVERIFY(mandrillFake.start());
        Settings settings(dir.filePath(u"settings.ini"_s));
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets; // empty: no key anywhere yet
        MandrillClient mandrill;
        mandrill.setBaseUrl(mandrillFake.baseUrl().toString());
        test::ScriptedPrompter prompter;
        MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window.resize(1350, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->lastGoodBody().isEmpty(), 20000);
        saveShot(&window, u"main-window-laptop"_s);

        int clicks = 0;
        QVERIFY(click(toolbarButton(window, u"sendTestAction"_s), clicks));
        FirstTestSendDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = window.findChild<FirstTestSendDialog *>()) && ask->isVisible(), 5000);
        auto *keyEdit = ask->findChild<QLineEdit *>(u"firstSendKeyLineEdit"_s);
        auto *addressEdit = ask->findChild<QLineEdit *>(u"firstSendAddressLineEdit"_s);
        QVERIFY(keyEdit && addressEdit); // both are missing, both are asked for, in the one dialog
        auto *ok = ask->findChild<QPushButton *>(u"firstSendOkButton"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(keyEdit, kMandrillKey);
        QTest::keyClicks(addressEdit, u"not an address"_s);
        QVERIFY(!ok->isEnabled()); // a wrong address is refused before anything is sent
        addressEdit->clear();
        QTest::keyClicks(addressEdit, u"me@example.com"_s);
        QVERIFY(ok->isEnabled());
        saveShot(ask, u"first-test-send"_s);
        QVERIFY(click(ok, clicks));

        auto *panel = window.testSendFlow()->panel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && panel->text().contains(u"accepted"_s), 15000);
        QVERIFY2(panel->text().contains(u"me@example.com"_s), qPrintable(panel->text()));
        QCOMPARE(mandrillFake.requests().size(), 1);
        QVERIFY(mandrillFake.requests().first().body.contains(kMandrillKey.toUtf8()));
        QCOMPARE(secrets.readAndWait(SecretStore::Slot::MandrillKey).value(), kMandrillKey); // kept
        QCOMPARE(window.document()->project().testRecipients, QStringList{u"me@example.com"_s});
        qInfo("clicks from start-up to the first test send: %d (plus typing the key and the address)",
              clicks);
        QCOMPARE(clicks, 2);
        saveShot(&window, u"send-test-result"_s);

        // The second send: one click, no question.
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<FirstTestSendDialog *>(), 5000);
        clicks = 0;
        QVERIFY(click(toolbarButton(window, u"sendTestAction"_s), clicks));
        QTRY_COMPARE_WITH_TIMEOUT(mandrillFake.requests().size(), 2, 15000);
        QVERIFY(!window.findChild<FirstTestSendDialog *>());
        QCOMPARE(clicks, 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->text().contains(u"accepted"_s), 15000);
        QVERIFY(window.testSendFlow()->pane()->history().isEmpty()); // unsaved project: no history file yet

        // The result links to the full pane (addresses, domain, history).
        window.testSendFlow()
            ->panel()
            ->findChild<QLabel *>(u"sendResultLinks"_s)
            ->linkActivated(u"history"_s);
        QVERIFY(window.testSendFlow()->detailsDialog()->isVisible());
        saveShot(window.testSendFlow()->detailsDialog(), u"test-sends-dialog"_s);
    }

    // The same one click against Prism with Mandrill's official OpenAPI spec: the body the window sends is
    // valid messages/send input, and what comes back is shown per recipient.
    void oneClickSendAgainstPrism()
    {
        const QString spec = test::sharedReferenceDir() + u"/mandrill/transactional.openapi.fixed.json"_s;
        test::PrismServer prism(spec);
        HOOKMAIL_START_PRISM(prism, spec);
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets;
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::MandrillKey, kMandrillKey).ok());
        MandrillClient mandrill;
        mandrill.setBaseUrl(prism.baseUrl().toString());
        test::ScriptedPrompter prompter;
        MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->lastGoodBody().isEmpty(), 20000);
        window.testSendFlow()->pane()->setTestAddresses({u"me@example.com"_s});
        int clicks = 0;
        QSignalSpy finished(window.testSendFlow()->pane(), &TestSendPane::sendFinished);
        QSignalSpy sending(window.testSendFlow(), &TestSendFlow::sendingChanged);
        QVERIFY(click(toolbarButton(window, u"sendTestAction"_s), clicks));
        QVERIFY(finished.wait(20000));
        QVERIFY(!window.findChild<FirstTestSendDialog *>()); // nothing was missing: nothing asked
        const QString shown = window.testSendFlow()->panel()->text();
        // Prism checked the body against the spec: a refused body comes back as an error, not a result.
        QVERIFY2(!shown.contains(u"was not sent"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Mandrill"_s) && shown.contains(u": "_s), qPrintable(shown));
        QCOMPARE(clicks, 1);
        // The toolbar said "Sending…" (and waited) meanwhile, and is ready again.
        QVERIFY(sending.size() >= 2);
        QCOMPARE(sending.first().first().toBool(), true);
        QCOMPARE(sending.last().first().toBool(), false);
        QVERIFY(window.findChild<QAction *>(u"sendTestAction"_s)->isEnabled());
    }

    void publishFromEmptyKeychainThenRollBack()
    {
        QTemporaryDir dir;
        test::FakeOryServer oryFake(test::networkDefaultIdentityConfig(),
                                    test::sharedReferenceDir() + u"/ory/kratos-config.schema.json"_s);
        QVERIFY(oryFake.listen());
        Settings settings(dir.filePath(u"settings.ini"_s));
        settings.setOryBaseUrl(oryFake.baseUrl());
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets; // empty
        MandrillClient mandrill;
        mandrill.setBaseUrl(u"http://127.0.0.1:9"_s); // never called here
        test::ScriptedPrompter prompter;
        prompter.reviewAnswer = OryReviewAnswer::Send; // the person confirms the reviewed change
        MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window.resize(1350, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);

        int clicks = 0;
        QVERIFY(click(toolbarButton(window, u"publishAction"_s), clicks));
        PublishDialog *dialog = window.publishDialog();
        QTRY_VERIFY(dialog->isVisible());
        OryPane *ory = window.oryPane();
        QCOMPARE(ory->step(), int(OryPane::KeyStep));
        auto *next = ory->findChild<QPushButton *>(u"oryNextButton"_s);
        // Step 1: both keys are missing; both are asked for.
        auto *mandrillKeyEdit = ory->findChild<QLineEdit *>(u"mandrillKeyLineEdit"_s);
        QTRY_VERIFY(mandrillKeyEdit->isVisible());
        QTest::keyClicks(ory->findChild<QLineEdit *>(u"keyLineEdit"_s), test::FakeOryServer::workspaceKey());
        QTest::keyClicks(mandrillKeyEdit, kMandrillKey);
        saveShot(dialog, u"publish-1-key"_s);
        QVERIFY(click(next, clicks));
        // Step 2: the workspace's projects are listed; the first is chosen.
        QCOMPARE(ory->step(), int(OryPane::ProjectStep));
        auto *projects = ory->findChild<QComboBox *>(u"projectCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(projects->count() > 0, 10000);
        QTRY_VERIFY(next->isEnabled());
        saveShot(dialog, u"publish-2-project"_s);
        QSignalSpy fetched(ory, &OryPane::projectFetched);
        QVERIFY(click(next, clicks));
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.first().first().toString(), test::FakeOryServer::projectId());
        // Step 3: will it fire.
        QCOMPARE(ory->step(), int(OryPane::FireStep));
        saveShot(dialog, u"publish-3-will-it-fire"_s);
        QVERIFY(click(next, clicks));
        QCOMPARE(ory->step(), int(OryPane::PublishStep));
        saveShot(dialog, u"publish-4-review"_s);
        // Step 4: publish (the review is confirmed by the prompter, as the person would in its dialog).
        QSignalSpy sent(ory, &OryPane::changeSent);
        QVERIFY(click(ory->findChild<QPushButton *>(u"pushButton"_s), clicks));
        QVERIFY(sent.wait(10000));
        ++clicks; // the review dialog's confirm button
        QCOMPARE(oryFake.patchCount(), 1);
        QCOMPARE(prompter.reviewDiffs.size(), 1);
        QVERIFY2(ory->statusText().contains(u"Published"_s), qPrintable(ory->statusText()));
        {
            // The review the person confirmed (the app shows it window-modal; the scripted prompter
            // answered).
            PatchReviewDialog review(
                u"Push “Welcome email”"_s,
                u"Project “Hookmail test”, revision 2. Only these hook lists change; review and "
                u"confirm."_s,
                prompter.reviewDiffs.first(), dialog);
            review.resize(720, 540);
            saveShot(&review, u"publish-4b-review-diff"_s);
        }
        saveShot(dialog, u"publish-5-result"_s);
        qInfo("clicks from start-up to the first publish: %d (plus typing two keys)", clicks);
        QCOMPARE(clicks, 6);
        QCOMPARE(secrets.readAndWait(SecretStore::Slot::OryWorkspaceKey).value(),
                 test::FakeOryServer::workspaceKey());
        QCOMPARE(secrets.readAndWait(SecretStore::Slot::MandrillKey).value(), kMandrillKey);

        // Roll back, offered right there.
        auto *rollback = ory->findChild<QPushButton *>(u"rollbackButton"_s);
        QVERIFY(rollback->isVisible() && rollback->isEnabled());
        QTest::mouseClick(rollback, Qt::LeftButton);
        QVERIFY(sent.wait(10000));
        QCOMPARE(oryFake.patchCount(), 2);
        QCOMPARE(prompter.reviewDiffs.size(), 2);
        saveShot(dialog, u"publish-6-rolled-back"_s);
    }
};

int main(int argc, char *argv[])
{
    // On the test session's Xvfb display when there is one (Chromium paints the preview there for the
    // screenshots); offscreen otherwise. The journeys are the same on both.
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestSpineJourneys test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spinejourneys.moc"
