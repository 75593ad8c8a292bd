#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace hookmail {

// Shows each frame of the email preview as soon as the GUI thread is free, instead of 5 ms later.
//
// QWebEngineView draws through a QQuickWidget. On every change that widget waits 5 ms before it renders, to
// batch updates from many sources (QQuickWidget::triggerUpdate, "exhaustDelay"). The preview has one source,
// Chromium, which already sends whole frames, so the wait only adds 5 ms to every preview update and to
// start-up (tests/bench figures 1 and 6). Just before the event loop would sleep, this object runs that
// widget's pending render timer, so everything queued in the same pass is still drawn as one frame. It uses
// no private API: if a future Qt no longer starts such a 5 ms timer, it does nothing.
class PreviewFramePresenter : public QObject
{
    Q_OBJECT
public:
    explicit PreviewFramePresenter(QWidget *webView);

    // Frames rendered early so far (for tests).
    int framesPresented() const { return m_presented; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void findQuickWidget();
    void presentPendingFrame();

    QWidget *m_webView;
    QPointer<QWidget> m_quickWidget;
    int m_presented = 0;
};

} // namespace hookmail
