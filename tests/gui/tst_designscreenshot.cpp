// Design mode as a person on a 1366 × 768 laptop first sees it, in a light and a dark desktop palette: the
// real window on the Xvfb display (the size it takes on such a screen: 1350 × 720 inside the frame), the
// built-in Welcome email in Design mode with its Text block selected and outlined in the preview. Saves
// <build>/screenshots/design-light.png and design-dark.png (docs/screenshots/ in the README are these, looked
// at by a person) and checks what a glance would: the designer, its size meter and the preview are on screen
// and not squeezed, and nothing in the designer runs off its right edge.
#include "PaintWait.h"
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "editor/TemplateSizeMeter.h"
#include "preview/EmailHtmlView.h"
#include "preview/EmailPreviewView.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace hookmail;

namespace {
QPalette darkPalette()
{
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
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x8c, 0x8c));
    return p;
}

} // namespace

class TestDesignScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void designMode_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void designMode()
    {
        QFETCH(bool, dark);
        if (QGuiApplication::platformName() != u"xcb")
            QSKIP("Needs a real display (DISPLAY from the test session's Xvfb)");
        QStandardPaths::setTestModeEnabled(true);
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        auto restore = qScopeGuard([&] { QApplication::setPalette(original); });

        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setFirstRunGuideDismissed(true); // the guide is its own picture (main-window.png)
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets;
        test::ScriptedPrompter prompter;
        MandrillClient mandrill; // the real app's panes (Send test); sends nothing here
        MainWindow window({&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        // What the window takes on a 1366 × 768 screen (MainWindow::placeOnScreen leaves room for the frame).
        window.resize(1366 - 16, 768 - 48);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.previewView(), &EmailPreviewView::htmlLoadFinished);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        ActionEditorPane *editor = window.editorPane();
        QVERIFY(editor->isDesignMode());

        // The Text block selected, as after a click on its row: its form is open and the preview outlines it.
        auto *list = editor->designPane()->findChild<QListWidget *>(QStringLiteral("blockList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(u"Text")) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualItemRect(list->item(i)).center());
                break;
            }
        }
        QVERIFY(!editor->selectedBlockId().isEmpty());
        QSignalSpy outlined(window.previewView()->htmlView(), &EmailHtmlView::highlightApplied);
        QTRY_VERIFY_WITH_TIMEOUT(!outlined.isEmpty() && outlined.last().at(1).toBool(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->sizeMeter()->level() != TemplateSizeMeter::Level::Unknown, 20000);
        QVERIFY(test::settledPaints(window.previewView()->webView()));

        // What a glance would catch: the designer and the preview share the width sensibly, the size meter is
        // readable, and nothing in the designer's visible forms runs past its right edge.
        QVERIFY2(editor->width() >= 420, qPrintable(QString::number(editor->width())));
        QVERIFY2(window.previewView()->width() >= 380,
                 qPrintable(QString::number(window.previewView()->width())));
        auto *meterLabel = editor->sizeMeter()->findChild<QLabel *>(QStringLiteral("templateSizeLabel"));
        QVERIFY(meterLabel->isVisible());
        QVERIFY2(meterLabel->width() >= meterLabel->fontMetrics().horizontalAdvance(meterLabel->text()),
                 qPrintable(meterLabel->text()));
        const QRect pane =
            QRect(editor->designPane()->mapTo(&window, QPoint(0, 0)), editor->designPane()->size());
        for (QWidget *w : editor->designPane()->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->isWindow() || !qobject_cast<QLabel *>(w))
                continue;
            const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
            QVERIFY2(r.right() <= pane.right() + 1,
                     qPrintable(QStringLiteral("%1 (%2) runs past the designer")
                                    .arg(w->objectName(), static_cast<QLabel *>(w)->text())));
        }

        const QString outDir = QStringLiteral(HOOKMAIL_BIN_DIR) + u"/../screenshots";
        QVERIFY(QDir().mkpath(outDir));
        const QString path = QDir(outDir).absoluteFilePath(dark ? QStringLiteral("design-dark.png")
                                                                : QStringLiteral("design-light.png"));
        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size() / shot.devicePixelRatio(), QSize(1350, 720));
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestDesignScreenshot test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_designscreenshot.moc"
