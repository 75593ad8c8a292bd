#include "BenchStartupProbe.h"

#include "core/render/TemplateEvaluator.h"
#include "preview/EmailPreviewView.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWebEngineView>
#include <cstdio>
#include <ctime>

namespace hookmail {

BenchStartupProbe::BenchStartupProbe(TemplateEvaluator *evaluator, QObject *parent)
    : QObject(parent), m_enabled(qEnvironmentVariableIntValue("HOOKMAIL_BENCH_STARTUP") == 1)
{
    if (!m_enabled)
        return;
    mark("qt_ready");
    connect(evaluator, &TemplateEvaluator::finished, this, [this] {
        static bool first = true;
        if (std::exchange(first, false))
            mark("first_result");
    });
}

void BenchStartupProbe::watch(MainWindow *window)
{
    if (!m_enabled)
        return;
    m_window = window;
    mark("window_shown");
    connect(window->previewView(), &EmailPreviewView::htmlWriteStarted, this, [this] {
        if (!std::exchange(m_written, true))
            mark("html_written");
    });
    connect(window->previewView(), &EmailPreviewView::htmlLoadFinished, this, [this] {
        if (std::exchange(m_loaded, true))
            return;
        mark("html_loaded");
        // At start-up the first frames after the write can still be the empty page, so only a paint after
        // the page confirmed the email counts. If the email's frame came before that, no further paint
        // comes and the confirmation is the end (slightly late, never early).
        QTimer::singleShot(500, this, [this] { finish("preview_painted_by_timeout"); });
    });
    qApp->installEventFilter(this);
    QTimer::singleShot(60000, this, [this] { finish("gave_up"); });
}

bool BenchStartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_loaded && !m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
        const QWebEngineView *view = m_window->previewView()->webView();
        auto *widget = static_cast<QWidget *>(watched);
        if (view && (widget == view || view->isAncestorOf(widget)))
            finish("preview_painted");
    }
    return QObject::eventFilter(watched, event);
}

void BenchStartupProbe::mark(const char *milestone)
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    std::fprintf(stderr, "HOOKMAIL_BENCH %s %lld\n", milestone,
                 static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec);
    std::fflush(stderr);
}

void BenchStartupProbe::finish(const char *milestone)
{
    if (std::exchange(m_done, true))
        return;
    mark(milestone);
    qApp->removeEventFilter(this);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace hookmail
