// Closing the window while a Mandrill request (a test send) and an Ory request (read the project) are in
// flight: both fake servers take the request and never answer. The window is closed and destroyed; nothing
// may crash, no callback of the dead panes may run (during the destruction or after it), and the calls are
// aborted rather than left to time out. Run it under the asan preset too (a callback touching a destroyed
// pane is a use-after-free there).
#include "ScenarioServer.h"
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/ory/OryProjectClient.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "mandrill/TestSendPane.h"
#include "ory/OryPane.h"
#include "preview/EmailPreviewView.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {

const QString kMandrillKey = QStringLiteral("md-close-test-fake-mandrill-Zr81");
const QString kOryKey = QStringLiteral("ory_wak_FAKEcloseTestWorkspaceKey0123");

test::ScenarioResponse neverAnswer()
{
    test::ScenarioResponse r;
    r.mode = test::ScenarioResponse::Mode::NeverAnswer;
    return r;
}

} // namespace

class TestCloseWithRequests : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void closeWhileMandrillAndOryRequestsAreInFlight()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::ScenarioServer mandrillFake;
        mandrillFake.setDefaultResponse(neverAnswer());
        QVERIFY(mandrillFake.start());
        test::ScenarioServer oryFake; // generic scripted server standing in for the Ory Console
        oryFake.setDefaultResponse(neverAnswer());
        QVERIFY(oryFake.start());

        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setOryBaseUrl(oryFake.baseUrl().toString());
        MemorySecretStore secrets;
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::MandrillKey, kMandrillKey).ok());
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::OryWorkspaceKey, kOryKey).ok());
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MandrillClient mandrill; // outlives the window, as in GuiMain
        mandrill.setBaseUrl(mandrillFake.baseUrl().toString());
        test::ScriptedPrompter prompter; // discards, opens nothing, recovers nothing, sends nothing

        // Anything the panes' callbacks do once the close has begun is counted here (this object outlives
        // the window, so a late emission would reach it).
        QObject observer;
        int lateCallbacks = 0;
        bool closing = false;
        auto count = [&] {
            if (closing)
                ++lateCallbacks;
        };

        auto *window =
            new MainWindow(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window->show();
        window->start();
        QTRY_COMPARE_WITH_TIMEOUT(window->previewView()->state(), EmailPreviewView::State::Normal, 20000);

        // Mandrill: a test send, held open by the fake.
        auto *testSend = window->findChild<TestSendPane *>(QStringLiteral("testSendPane"));
        QVERIFY(testSend);
        connect(testSend, &TestSendPane::sendFinished, &observer, count);
        testSend->setTestAddresses({QStringLiteral("test@example.com")});
        QSignalSpy mandrillAsked(&mandrillFake, &test::ScenarioServer::requestReceived);
        QTRY_VERIFY_WITH_TIMEOUT(
            testSend->findChild<QPushButton *>(QStringLiteral("sendTestButton"))->isEnabled(), 20000);
        testSend->sendTest();
        QVERIFY(mandrillAsked.wait(10000));
        QCOMPARE(mandrillAsked.first().first().toByteArray(), QByteArray("/messages/send"));
        QVERIFY(mandrill.isBusy());

        // Ory: read the project, held open by the fake.
        auto *ory = window->findChild<OryPane *>(QStringLiteral("oryPane"));
        QVERIFY(ory);
        connect(ory, &OryPane::busyChanged, &observer, count);
        connect(ory, &OryPane::projectFetched, &observer, count);
        QTRY_COMPARE(ory->findChild<QLineEdit *>(QStringLiteral("keyLineEdit"))->text(), kOryKey);
        ory->findChild<QComboBox *>(QStringLiteral("projectCombo"))
            ->setEditText(QStringLiteral("5f1d0bde-4a44-4c4e-9a43-3c6f4a2f0001"));
        QSignalSpy oryAsked(&oryFake, &test::ScenarioServer::requestReceived);
        ory->findChild<QPushButton *>(QStringLiteral("fetchProjectButton"))->click();
        QVERIFY(oryAsked.wait(10000));
        QVERIFY(oryAsked.first().first().toByteArray().startsWith("/projects/"));
        QCOMPARE(ory->client()->pendingCount(), 1);

        // Close and destroy the window with both requests in flight.
        closing = true;
        QSignalSpy mandrillIdle(&mandrill, &MandrillClient::busyChanged);
        window->close();
        delete window;
        QCOMPARE(lateCallbacks, 0);

        // The test send was bound to its pane: destroying the pane aborted it (no 30 s wait for a timeout)
        // and its callback never ran.
        QTRY_VERIFY_WITH_TIMEOUT(!mandrill.isBusy(), 5000);
        QTRY_VERIFY(!mandrillIdle.isEmpty());
        QCOMPARE(mandrillIdle.last().first().toBool(), false);
        QCOMPARE(lateCallbacks, 0);

        // The client still works for the next window.
        mandrillFake.setDefaultResponse(test::ScenarioResponse::json(200, "\"PONG!\""));
        const Result<QString> pong =
            MandrillClient::wait<QString>([&](auto cb) { mandrill.ping(kMandrillKey, cb); });
        QVERIFY2(pong.ok(), qPrintable(pong.error().message));
        QCOMPARE(lateCallbacks, 0);
    }
};

QTEST_MAIN(TestCloseWithRequests)
#include "tst_closewithrequests.moc"
