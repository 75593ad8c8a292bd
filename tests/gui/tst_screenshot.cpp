// A real window on the Xvfb display with the default project: waits for the live preview, then saves
// <build>/screenshots/main-window.png (used in the README and looked at by a person).
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "preview/EmailPreviewView.h"
#include "project/ActionListPane.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWebEngineView>

using namespace hookmail;

namespace {
// Counts the paints of the widget Chromium's frames are drawn into (the web view's QQuickWidget), and where
// the count stood when the latest email was handed to Chromium.
class FramePaints : public QObject
{
public:
    int count = 0;
    int atLastWrite = -1; // -1: no email written since watch() or forgetWrite()

    // Starts the web engine now (the window does it at start() anyway) so its paints can be watched.
    bool watch(EmailPreviewView *view)
    {
        view->prewarm();
        QWidget *quick = view->webView()->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        if (!quick)
            return false;
        quick->installEventFilter(this);
        connect(view, &EmailPreviewView::htmlWriteStarted, this, [this] { atLastWrite = count; });
        return true;
    }
    void forgetWrite() { atLastWrite = -1; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Waits until the latest email's frames have been painted (a paint since it was handed to Chromium) and
// Chromium has stopped sending more (no new paint over a few event-loop passes): it is on screen.
bool previewPainted(const FramePaints &paints)
{
    int last = -1;
    int quietPasses = 0;
    return QTest::qWaitFor(
        [&] {
            const bool painted = paints.atLastWrite >= 0 && paints.count > paints.atLastWrite;
            quietPasses = painted && paints.count == last ? quietPasses + 1 : 0;
            last = paints.count;
            return quietPasses >= 5;
        },
        20000);
}
} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void mainWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("system palette") << false;
        QTest::newRow("dark palette") << true;
    }
    void mainWindow()
    {
        QFETCH(bool, dark);
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("Needs a real display (DISPLAY from the test session's Xvfb)");
        QStandardPaths::setTestModeEnabled(true);
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
        const QPalette original = QApplication::palette();
        if (dark) {
            // A dark desktop theme: nothing in the window may hard-code light colours.
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
            p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
            p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x8c, 0x8c));
            p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x8c, 0x8c));
            QApplication::setPalette(p);
        }
        auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets;
        test::ScriptedPrompter prompter;
        MandrillClient mandrill; // the real app's panes: Send test needs a client (it sends nothing here)
        MainWindow window({&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.previewView(), &EmailPreviewView::htmlLoadFinished);
        FramePaints paints;
        QVERIFY(paints.watch(window.previewView()));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(window.previewView()
                    ->findChild<QLabel *>(QStringLiteral("subjectValueLabel"))
                    ->text()
                    .contains(QStringLiteral("Welcome")));
        // Chromium has painted the loaded page before grabbing.
        QVERIFY(previewPainted(paints));
        const QString outDir = QStringLiteral(HOOKMAIL_BIN_DIR) + u"/../screenshots";
        QVERIFY(QDir().mkpath(outDir));
        const QString path = QDir(outDir).absoluteFilePath(dark ? QStringLiteral("main-window-dark.png")
                                                                : QStringLiteral("main-window.png"));
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));

        if (dark)
            return;
        // A second picture: a new email in Design mode, as a non-developer starts one. It starts as the same
        // welcome design (same HTML, no new page load), so give it its own subject first.
        QSignalSpy rendered(window.previewController(), &PreviewController::outcomeReady);
        window.actionList()->addAction();
        QVERIFY(window.editorPane()->isDesignMode());
        QVERIFY(rendered.wait(20000));
        loaded.clear();
        paints.forgetWrite();
        DesignPane *design = window.editorPane()->designPane();
        design->findChild<QTabWidget *>(QStringLiteral("designTabs"))->setCurrentIndex(1); // Envelope
        auto *subject = design->findChild<QTextEdit *>(QStringLiteral("subjectEdit"));
        QVERIFY(subject);
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(subject, QStringLiteral("Your first email"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QVERIFY(previewPainted(paints));
        QVERIFY(window.grab().save(QDir(outDir).absoluteFilePath(QStringLiteral("main-window-form.png"))));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestScreenshot test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshot.moc"
