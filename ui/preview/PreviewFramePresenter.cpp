#include "preview/PreviewFramePresenter.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QTimerEvent>
#include <QWidget>

namespace hookmail {

namespace {
// QQuickWidget::triggerUpdate's "exhaustDelay".
constexpr qint64 kQuickWidgetBatchMs = 5;
} // namespace

PreviewFramePresenter::PreviewFramePresenter(QWidget *webView) : QObject(webView), m_webView(webView)
{
    // The view creates its QQuickWidget when it is set up, and a new one after a renderer crash.
    webView->installEventFilter(this);
    findQuickWidget();
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread()))
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
                &PreviewFramePresenter::presentPendingFrame);
}

bool PreviewFramePresenter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildRemoved)
        m_quickWidget = nullptr; // looked up again when next needed
    return QObject::eventFilter(watched, event);
}

void PreviewFramePresenter::findQuickWidget()
{
    const QList<QWidget *> children = m_webView->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->inherits("QQuickWidget"))
            m_quickWidget = child;
    }
}

void PreviewFramePresenter::presentPendingFrame()
{
    if (!m_quickWidget)
        findQuickWidget();
    QWidget *widget = m_quickWidget;
    if (!widget || !widget->isVisible())
        return;
    const auto timers = QAbstractEventDispatcher::instance(thread())->registeredTimers(widget);
    for (const QAbstractEventDispatcher::TimerInfo &timer : timers) {
        if (timer.interval == kQuickWidgetBatchMs && timer.timerType == Qt::PreciseTimer) {
            QTimerEvent event(timer.timerId);
            QCoreApplication::sendEvent(widget, &event); // renders now and stops that timer
            ++m_presented;
            return;
        }
    }
}

} // namespace hookmail
