// Nothing is cut off on a laptop screen. On an offscreen 1366 × 768 screen, the main window (at the size it
// opens at and at its minimum size) and each dialog it opens (at their opening size and at their minimum
// size) are walked widget by widget; the test fails on any visible widget that is
//   - smaller than the size its layout promises it (minimumSizeHint, or sizeHint where it may not shrink),
//   - cut off by its parent (not inside the parent's rectangle; scrolled content is exempt, but a pane that
//     shows a horizontal scroll bar is not),
//   - a label whose text does not fit (elided, or a wrapped label taller than its room),
//   - a tab bar that needs scroll arrows, or a toolbar that needs its overflow button,
// and prints how many widgets it checked.
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/common/Translations.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "mandrill/FirstTestSendDialog.h"
#include "mandrill/MandrillKeyDialog.h"
#include "mandrill/SendResultPanel.h"
#include "mandrill/TestSendFlow.h"
#include "ory/OryPane.h"
#include "ory/PatchReviewDialog.h"
#include "ory/PublishDialog.h"
#include "preview/EmailPreviewView.h"
#include "project/ExportDialog.h"
#include "project/SampleDialog.h"
#include "session/DocumentController.h"
#include "session/ProjectSession.h"
#include "window/MainWindow.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitterHandle>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWebEngineView>

using namespace hookmail;

namespace {

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u'#' + p->objectName()));
        if (p->isWindow())
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// Inside a widget whose inner widgets Qt lays out itself or that draws its own content.
bool isInternal(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QWebEngineView *>(p) ||
            qobject_cast<const QMenu *>(p) || qobject_cast<const QTabBar *>(p))
            return true;
        if (p->inherits("QQuickWidget") || p->inherits("QComboBox") || p->inherits("QAbstractSpinBox") ||
            p->inherits("QLineEdit"))
            return true;
    }
    return w->objectName().startsWith(u"qt_") || qobject_cast<const QScrollBar *>(w) ||
           qobject_cast<const QSplitterHandle *>(w) || w->inherits("QQuickWidget");
}

// The smallest size a layout gives the widget (what qSmartMinSize computes).
int smallestWidth(const QWidget *w)
{
    const QSizePolicy::Policy policy = w->sizePolicy().horizontalPolicy();
    if (policy == QSizePolicy::Ignored)
        return 0;
    if (w->minimumWidth() > 0)
        return w->minimumWidth();
    return (policy & QSizePolicy::ShrinkFlag) ? w->minimumSizeHint().width() : w->sizeHint().width();
}

int smallestHeight(const QWidget *w)
{
    const QSizePolicy::Policy policy = w->sizePolicy().verticalPolicy();
    if (policy == QSizePolicy::Ignored)
        return 0;
    if (w->minimumHeight() > 0)
        return w->minimumHeight();
    return (policy & QSizePolicy::ShrinkFlag) ? w->minimumSizeHint().height() : w->sizeHint().height();
}

bool isScrolledContent(const QWidget *w)
{
    const QWidget *viewport = w->parentWidget();
    const auto *area =
        viewport ? qobject_cast<const QAbstractScrollArea *>(viewport->parentWidget()) : nullptr;
    return area && area->viewport() == viewport;
}

// Checks every visible widget under `root` (and root); returns how many were checked.
int walk(QWidget *root, const QString &where, QStringList &problems)
{
    int checked = 0;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || (w != root && w->isWindow()) || isInternal(w, root))
            continue;
        ++checked;
        const QString name = where + u": " + describe(w);
        if (w->width() < smallestWidth(w) || w->height() < smallestHeight(w))
            problems << name + QStringLiteral(" is %1x%2, smaller than its minimum %3x%4")
                                   .arg(w->width())
                                   .arg(w->height())
                                   .arg(smallestWidth(w))
                                   .arg(smallestHeight(w));
        // (An empty overlay, sized when it has something to show, is not cut off.)
        if (w != root && !isScrolledContent(w) && !w->geometry().isEmpty() &&
            !w->parentWidget()->rect().contains(w->geometry()))
            problems << name + QStringLiteral(" (%1,%2 %3x%4) is cut off by its parent (%5x%6)")
                                   .arg(w->x())
                                   .arg(w->y())
                                   .arg(w->width())
                                   .arg(w->height())
                                   .arg(w->parentWidget()->width())
                                   .arg(w->parentWidget()->height());
        if (auto *area = qobject_cast<QScrollArea *>(w); area && area->horizontalScrollBar()->isVisible())
            problems << name + QStringLiteral(" needs a horizontal scroll bar");
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            if (!label->wordWrap() && label->sizeHint().width() > label->width())
                problems << name + QStringLiteral(" cuts its text “%1” (needs %2 px, has %3)")
                                       .arg(label->text().left(40))
                                       .arg(label->sizeHint().width())
                                       .arg(label->width());
            else if (label->wordWrap() && label->heightForWidth(label->width()) > label->height())
                problems << name + QStringLiteral(" cuts its wrapped text “%1” (needs %2 px high, has %3)")
                                       .arg(label->text().left(40))
                                       .arg(label->heightForWidth(label->width()))
                                       .arg(label->height());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (const QToolButton *arrow : tabs->findChildren<QToolButton *>())
                if (arrow->isVisible())
                    problems << name + QStringLiteral(" needs scroll arrows: its tabs do not fit");
        }
        if (auto *bar = qobject_cast<QToolBar *>(w)) {
            for (const QWidget *child : bar->findChildren<QWidget *>())
                if (child->inherits("QToolBarExtension") && child->isVisible())
                    problems << name + QStringLiteral(" hides buttons behind its overflow arrow");
        }
    }
    return checked;
}

// The window at its own size, then at its minimum size (laid out, shown).
int walkAtBothSizes(QWidget *window, const QString &name, QStringList &problems)
{
    const QSize opening = window->size();
    int checked =
        walk(window, name + QStringLiteral(" at %1x%2").arg(opening.width()).arg(opening.height()), problems);
    const QSize smallest = window->minimumSize().isEmpty()
                               ? window->minimumSizeHint()
                               : window->minimumSize().expandedTo(window->minimumSizeHint());
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    if (smallest.width() > screen.width() || smallest.height() > screen.height())
        problems << name + QStringLiteral(" cannot be made as small as the screen: its minimum is %1x%2")
                               .arg(smallest.width())
                               .arg(smallest.height());
    window->resize(smallest);
    QCoreApplication::processEvents();
    QTest::qWait(50); // layouts settle (deferred LayoutRequest events)
    checked += walk(window,
                    name + QStringLiteral(" at its minimum %1x%2").arg(window->width()).arg(window->height()),
                    problems);
    window->resize(opening);
    QCoreApplication::processEvents();
    return checked;
}

int showAndWalk(QWidget *dialog, const QString &name, QStringList &problems)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        problems << name + QStringLiteral(" was never shown");
    QTest::qWait(50);
    // HOOKMAIL_FIT_SHOTS=DIR keeps a picture of each dialog as shown, to look at it as a user would.
    if (const QString shots = qEnvironmentVariable("HOOKMAIL_FIT_SHOTS"); !shots.isEmpty())
        dialog->grab().save(shots + u'/' + QString(name).replace(u' ', u'-').replace(u',', QString()) +
                            QStringLiteral(".png"));
    const int checked = walkAtBothSizes(dialog, name, problems);
    dialog->hide();
    return checked;
}

} // namespace

class TestWidgetFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1366, 768));
        // HOOKMAIL_FIT_LOCALE=de checks the translated window (longer words) the same way.
        if (const QString locale = qEnvironmentVariable("HOOKMAIL_FIT_LOCALE"); !locale.isEmpty())
            QVERIFY(installTranslations(QLocale(locale)).hookmail);
    }

    void everyWidgetFits()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets;
        MandrillClient mandrill; // never called: nothing is sent here
        mandrill.setBaseUrl(QStringLiteral("http://127.0.0.1:9"));
        test::ScriptedPrompter prompter;
        MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets, &mandrill}, &prompter);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.previewView()->state(), EmailPreviewView::State::Normal, 20000);
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(window.geometry()));

        // With a test send's result showing, as after the first "Send test".
        TestSendRecord record;
        record.time = QDateTime::currentDateTimeUtc();
        record.recipients = {QStringLiteral("jane.doe@example.com"),
                             QStringLiteral("reject@test.mandrillapp.com")};
        record.results = {SendResult{QStringLiteral("jane.doe@example.com"),
                                     QStringLiteral("sent"),
                                     {},
                                     {},
                                     QStringLiteral("abc123")},
                          SendResult{QStringLiteral("reject@test.mandrillapp.com"),
                                     QStringLiteral("rejected"),
                                     QStringLiteral("test-mode-limit"),
                                     {},
                                     QStringLiteral("def456")}};
        window.testSendFlow()->panel()->showRecord(record);
        QTest::qWait(100);

        QStringList problems;
        if (qEnvironmentVariableIsSet("HOOKMAIL_FIT_DUMP")) // what asks for the room, when a fix is needed
            for (QWidget *w : window.findChildren<QWidget *>())
                if (w->isVisible() && w->minimumSizeHint().height() > 150)
                    qInfo("%s msh %dx%d", qPrintable(describe(w)), w->minimumSizeHint().width(),
                          w->minimumSizeHint().height());
        int checked = walkAtBothSizes(&window, QStringLiteral("main window"), problems);

        for (int step = OryPane::KeyStep; step <= OryPane::PublishStep; ++step) {
            window.oryPane()->goToStep(step);
            checked += showAndWalk(window.publishDialog(),
                                   QStringLiteral("Publish to Ory, step %1").arg(step + 1), problems);
        }
        checked += showAndWalk(window.sampleDialog(), QStringLiteral("Sample person"), problems);
        checked +=
            showAndWalk(window.testSendFlow()->detailsDialog(), QStringLiteral("Test sends"), problems);
        const std::pair<bool, bool> asks[] = {{true, true}, {true, false}, {false, true}};
        for (const auto &[key, address] : asks) {
            FirstTestSendDialog first(key, address, &window);
            checked += showAndWalk(
                &first, QStringLiteral("First test send (key %1, address %2)").arg(key).arg(address),
                problems);
        }
        {
            const Project project = window.document()->project();
            ExportDialog exportDialog(project, project.actions.first(), &secrets,
                                      window.session()->lastGoodBody(), &window);
            checked += showAndWalk(&exportDialog, QStringLiteral("Export"), problems);
        }
        {
            MandrillKeyDialog keyDialog(&secrets, &mandrill, &window);
            checked += showAndWalk(&keyDialog, QStringLiteral("Mandrill key"), problems);
        }
        {
            PatchReviewDialog review(QStringLiteral("Push “Welcome”"),
                                     QStringLiteral("Adds the hook to after sign-up with password."),
                                     QStringLiteral("+ web_hook welcome\n"), &window);
            checked += showAndWalk(&review, QStringLiteral("Review"), problems);
        }

        qInfo("widget fit: %d widgets checked, %lld problems", checked, qlonglong(problems.size()));
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY(checked > 200); // the walk really saw the window and its dialogs
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    }
};

int main(int argc, char *argv[])
{
    // An offscreen screen the size of a common laptop's.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestWidgetFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_widgetfit.moc"
