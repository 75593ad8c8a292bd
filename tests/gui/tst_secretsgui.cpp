// Secrets end to end, GUI half: the real main window (offscreen) with known fake Mandrill and Ory keys in
// the keychain of the test session — preview, export (non-secret formats), test send (scenario fake),
// push and rollback (the Ory fake), save, quit — then every file under the test HOME, the XDG folders, the
// project folder, the session's private temp folder and the app's own locations, and all captured log output,
// are searched for the keys in raw, hex, URL-encoded and base64 form (every alignment): zero hits.
#include "FakeOryServer.h"
#include "ScenarioServer.h"
#include "ScriptedPrompter.h"
#include "SecretForms.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/ory/ActionExporter.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SessionSecretStore.h"
#include "mandrill/TestSendPane.h"
#include "ory/OryPane.h"
#include "preview/EmailPreviewView.h"
#include "session/DocumentController.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace hookmail;

namespace {
const QString kMandrillKey = QStringLiteral("md-GUI-e2e-fake-mandrill-Kq72Pz");
QByteArray g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message.toUtf8() + '\n';
}

} // namespace

class TestSecretsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HOOKMAIL_REQUIRE_SHARED();
    }

    void wholeJourneyLeavesNoKeyAnywhere()
    {
        QTemporaryDir projectDir;
        QVERIFY(projectDir.isValid());
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);

        test::ScenarioServer mandrillFake;
        mandrillFake.setResponse(
            "/messages/send",
            test::ScenarioResponse::json(
                200, "[{\"email\":\"test@example.com\",\"status\":\"sent\",\"_id\":\"m1\"}]"));
        QVERIFY(mandrillFake.start());
        test::FakeOryServer oryFake(test::networkDefaultIdentityConfig(),
                                    test::sharedReferenceDir() +
                                        QStringLiteral("/ory/kratos-config.schema.json"));
        QVERIFY(oryFake.listen());

        const QString settingsFile = projectDir.filePath(QStringLiteral("settings.ini"));
        Settings settings(settingsFile);
        settings.setOryBaseUrl(oryFake.baseUrl());
        SessionSecretStore secrets; // the real keychain of the test session (memory only if there is none)
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::MandrillKey, kMandrillKey).ok());
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::OryWorkspaceKey, test::FakeOryServer::workspaceKey())
                    .ok());
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MandrillClient mandrill;
        mandrill.setBaseUrl(mandrillFake.baseUrl().toString());
        test::ScriptedPrompter prompter;
        prompter.savePath = projectDir.filePath(QStringLiteral("welcome.hookmail"));
        int sends = 0;
        {
            MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
            window.show();
            window.start();
            QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);

            // Export every format without the secret, written where a user would keep them.
            const Project project = window.document()->project();
            for (const QString &format : ActionExporter::formats()) {
                const Result<ExportResult> exported = ActionExporter::exportAction(
                    project, project.actions.first(), format, kMandrillKey, false,
                    QJsonObject{{QStringLiteral("message"), QJsonObject{}}});
                QVERIFY2(exported.ok(), qPrintable(format));
                QVERIFY(!exported->containsSecret);
                for (const ExportFile &file : exported->files) {
                    QFile out(projectDir.filePath(format + u'-' + file.fileName));
                    QVERIFY(out.open(QIODevice::WriteOnly));
                    out.write(file.contents);
                }
            }

            // Test send through the Test send pane (its dialog: Edit ▸ Test Addresses and History).
            auto *testSend = window.findChild<TestSendPane *>(QStringLiteral("testSendPane"));
            QVERIFY(testSend);
            testSend->setTestAddresses({QStringLiteral("test@example.com")});
            QSignalSpy sent(testSend, &TestSendPane::sendFinished);
            testSend->sendTest();
            QVERIFY(sent.wait(15000));
            ++sends;

            // Push, then roll back, through the Publish to Ory dialog's pane (reviews confirmed).
            auto *ory = window.findChild<OryPane *>(QStringLiteral("oryPane"));
            QVERIFY(ory);
            prompter.reviewAnswer = OryReviewAnswer::Send; // the window hands its prompter to the pane
            ory->findChild<QComboBox *>(QStringLiteral("projectCombo"))
                ->setEditText(test::FakeOryServer::projectId());
            QSignalSpy fetched(ory, &OryPane::projectFetched);
            ory->findChild<QPushButton *>(QStringLiteral("fetchProjectButton"))->click();
            QVERIFY(fetched.wait(10000));
            QSignalSpy changed(ory, &OryPane::changeSent);
            ory->findChild<QPushButton *>(QStringLiteral("pushButton"))->click();
            QVERIFY(changed.wait(10000));
            QCOMPARE(oryFake.patchCount(), 1);
            ory->findChild<QPushButton *>(QStringLiteral("rollbackButton"))->click();
            QVERIFY(changed.wait(10000));
            QCOMPARE(oryFake.patchCount(), 2);
            QCOMPARE(prompter.reviewDiffs.size(), 2); // both went through the window's one prompter

            // Save and quit.
            QVERIFY(window.document()->saveAs(prompter.savePath));
            window.close();
        }
        qInstallMessageHandler(previous);
        QCOMPARE(sends, 1);

        // Search everything written: the project folder, the session's private temp folder and the app's own
        // locations. Never the system temp folder as a whole: the checkout itself (tests and their fixtures
        // hold these fake keys) or another test run may live there.
        QStringList roots{projectDir.path(),
                          DocumentController::autosaveDirectory(),
                          QFileInfo(settingsFile).absolutePath(),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                          QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
        // scripts/test-session.sh gives every session a temp folder of its own (TMPDIR); outside a session
        // the temp folder is searched only when TMPDIR points somewhere private.
        const QString sessionTmp = qEnvironmentVariable("HOOKMAIL_TEST_TMPDIR");
        const QString systemTmp = QStringLiteral("/tmp");
        if (!sessionTmp.isEmpty())
            roots << sessionTmp;
        else if (QDir(QDir::tempPath()).canonicalPath() != QDir(systemTmp).canonicalPath())
            roots << QDir::tempPath();
        else
            qInfo("not in a test session (scripts/test-session.sh): the system temp folder is not searched");
        const QString home = qEnvironmentVariable("HOOKMAIL_TEST_HOME");
        if (!home.isEmpty())
            roots << home;
        for (const QString &root : std::as_const(roots))
            QVERIFY2(QDir(root).canonicalPath() != QDir(systemTmp).canonicalPath() &&
                         QDir(root).canonicalPath() != QDir::rootPath(),
                     qPrintable(root));
        const QList<QByteArray> forms =
            test::secretForms(kMandrillKey) + test::secretForms(test::FakeOryServer::workspaceKey());
        int files = 0;
        QStringList hits;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.contains(u"/keyrings/")) // the keychain itself is where the keys belong
                    continue;
                QFile f(path);
                if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray data = f.readAll();
                for (const QByteArray &form : forms) {
                    if (data.contains(form))
                        hits << path;
                }
            }
        }
        for (const QByteArray &form : forms) {
            if (g_log.contains(form))
                hits << QStringLiteral("captured log output");
        }
        qInfo("GUI secrets end to end: %d files and the log searched for %lld forms of 2 keys: %lld hits",
              files, qlonglong(forms.size()), qlonglong(hits.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY(files >= 5); // the project, exports, settings and history were really written
        secrets.removeAndWait(SecretStore::Slot::MandrillKey);
        secrets.removeAndWait(SecretStore::Slot::OryWorkspaceKey);
    }
};

QTEST_MAIN(TestSecretsGui)
#include "tst_secretsgui.moc"
