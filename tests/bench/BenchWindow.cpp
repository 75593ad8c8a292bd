#include "BenchWindow.h"

#include "ScriptedPrompter.h"
#include "editor/ActionEditorPane.h"
#include "editor/CodeTextEdit.h"
#include "editor/JsonnetEditor.h"
#include "preview/EmailPreviewView.h"
#include "session/PreviewController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QWebEngineView>
#include <cstdio>

namespace hookmail::bench {

namespace {
// Runs the event loop for `ms` without spinning the CPU (the workers and Chromium need it).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool after(const QList<qint64> &times, qint64 since, qint64 *first)
{
    for (qint64 t : times) {
        if (t >= since) {
            *first = t;
            return true;
        }
    }
    return false;
}
} // namespace

BenchWindow::DeliveryStart::DeliveryStart(TemplateEvaluator *evaluator)
{
    QObject::connect(evaluator, &TemplateEvaluator::finished, evaluator, [this] { startNs = monotonicNs(); });
}

BenchWindow::BenchWindow()
    : m_settings(m_dir.filePath(QStringLiteral("settings.ini"))), m_evaluator(2),
      m_deliveryStart(&m_evaluator), m_renderer(&m_evaluator),
      m_prompter(std::make_unique<test::ScriptedPrompter>())
{
    static_cast<test::ScriptedPrompter *>(m_prompter.get())->confirmAnswer = true; // Design → Code
    m_window = std::make_unique<MainWindow>(
        AppServices{&m_settings, &m_evaluator, &m_renderer, &m_secrets, &m_mandrill}, m_prompter.get());
    connect(m_window->previewController(), &PreviewController::outcomeReady, this,
            [this] { m_outcomes << monotonicNs(); });
    connect(m_window->previewView(), &EmailPreviewView::htmlWriteStarted, this,
            [this] { m_writes << monotonicNs(); });
    connect(m_window->previewView(), &EmailPreviewView::htmlLoadFinished, this, [this](bool ok) {
        if (ok)
            m_loads << monotonicNs();
    });
    // Connected last: runs after the window has handled the result.
    connect(&m_evaluator, &TemplateEvaluator::finished, this, [this] {
        if (m_deliveryStart.startNs)
            deliveryMs << msSince(m_deliveryStart.startNs);
    });
    qApp->installEventFilter(this);
}

BenchWindow::~BenchWindow()
{
    qApp->removeEventFilter(this);
    if (m_window)
        m_window->hide();
    m_window.reset();
}

bool BenchWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        QWebEngineView *view = m_window ? m_window->previewView()->webView() : nullptr;
        auto *widget = static_cast<QWidget *>(watched);
        if (view && (widget == view || view->isAncestorOf(widget)))
            m_paints << monotonicNs();
    }
    return QObject::eventFilter(watched, event);
}

bool BenchWindow::start(QString *error, const std::function<void()> &beforeStart, bool design)
{
    m_window->resize(1440, 900);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get(), 10000)) {
        *error = QStringLiteral("the window was never exposed");
        return false;
    }
    if (beforeStart)
        beforeStart();
    const qint64 t0 = monotonicNs();
    const QList<qint64> before = m_evaluator.workerProcessIds();
    m_window->start();
    Milestones m;
    if (!waitForPreview(t0, &m, 60000)) {
        *error =
            QStringLiteral("no preview within 60 s (state %1)").arg(int(m_window->previewView()->state()));
        return false;
    }
    if (qEnvironmentVariableIsSet("HOOKMAIL_BENCH_DEBUG"))
        std::fprintf(stderr, "workers before start %s after first preview %s (%.0f ms)\n",
                     qPrintable(QString::number(before.value(0)) + u',' + QString::number(before.value(1))),
                     qPrintable(QString::number(m_evaluator.workerProcessIds().value(0)) + u',' +
                                QString::number(m_evaluator.workerProcessIds().value(1))),
                     double(m.outcomeNs - t0) / 1e6);
    // Figures 1, 2 and 7 type Jsonnet: the built-in email opens in Design mode, so convert it to Code first (the
    // template stays the same, so the preview does not change). Figure 9 stays in Design mode.
    if (!design && m_window->editorPane()->isDesignMode() && !m_window->editorPane()->switchToCode()) {
        *error = QStringLiteral("could not switch the email to Code");
        return false;
    }
    settle(500);
    return true;
}

QPlainTextEdit *BenchWindow::codeEdit() const
{
    return m_window->editorPane()->codeEditor()->textEdit();
}

int BenchWindow::debounceMs() const
{
    return m_window->previewController()->debounceMs();
}

bool BenchWindow::replaceTemplate(const QString &source, int timeoutMs)
{
    QPlainTextEdit *edit = codeEdit();
    if (edit->toPlainText() == source)
        return true; // already shown
    const qint64 t0 = monotonicNs();
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(source); // one undoable edit, like a paste
    Milestones m;
    const bool ok = waitForPreview(t0, &m, timeoutMs);
    settle(300);
    return ok;
}

qint64 BenchWindow::typeAt(int position, bool backspace)
{
    QPlainTextEdit *edit = codeEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(position);
    edit->setTextCursor(cursor);
    const qint64 t0 = monotonicNs();
    if (backspace)
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClick(edit, Qt::Key_X);
    keystrokeMs << msSince(t0);
    return t0;
}

qint64 BenchWindow::typeInto(QWidget *editor, bool backspace)
{
    if (!editor->hasFocus())
        editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    const qint64 t0 = monotonicNs();
    QTest::keyClick(editor, backspace ? Qt::Key_Backspace : Qt::Key_X);
    keystrokeMs << msSince(t0);
    return t0;
}

bool BenchWindow::waitForPreview(qint64 sinceNs, Milestones *m, int timeoutMs, bool needHtml)
{
    *m = {};
    QElapsedTimer timer;
    timer.start();
    qint64 loadSeenAt = 0;
    while (timer.elapsed() < timeoutMs) {
        spin(5);
        // In order: the result reached the window, which hands the HTML to Chromium (written into the page
        // in place); the web view painted Chromium's next frame; the page confirmed the write. The frame
        // usually arrives before the confirmation. Earlier writes (a previous render's) do not count.
        // Checked by grabbing the view: after a one-character edit exactly one paint follows the write and
        // it shows the final page (not so at start-up, where the empty page's frame can come first; the
        // start-up figure therefore waits for the confirmation).
        if (!m->outcomeNs && !after(m_outcomes, sinceNs, &m->outcomeNs))
            continue;
        if (!needHtml)
            return true;
        if (!m->writeNs && !after(m_writes, sinceNs, &m->writeNs))
            continue;
        if (!m->loadedNs) {
            if (!after(m_loads, m->writeNs, &m->loadedNs))
                continue;
            loadSeenAt = timer.elapsed();
        }
        if (after(m_paints, m->writeNs, &m->paintedNs))
            return true;
        // No frame after the write (the page looked the same): the confirmation ends the wait.
        if (timer.elapsed() - loadSeenAt > 500) {
            m->paintedNs = 0;
            return true;
        }
    }
    return false;
}

void BenchWindow::settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        spin(10);
    m_outcomes.clear();
    m_writes.clear();
    m_loads.clear();
    m_paints.clear();
}

} // namespace hookmail::bench
