#include "window/WindowFit.h"

#include <QDataStream>
#include <QEvent>
#include <QGuiApplication>
#include <QIODevice>
#include <QLayout>
#include <QMainWindow>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QWidget>

namespace hookmail {

namespace {
void apply(QWidget *window, int minimumWidth)
{
    const int width = qMax(minimumWidth, window->minimumSizeHint().width());
    int height = window->minimumSizeHint().height();
    if (window->hasHeightForWidth())
        height = qMax(height, window->heightForWidth(width));
    const QSize size(width, height);
    if (window->minimumSize() != size)
        window->setMinimumSize(size);
}

// Recomputes when the window is shown and whenever its content changes (a label's text, a row shown).
class ContentFit : public QObject
{
public:
    ContentFit(QWidget *window, int minimumWidth) : QObject(window), m_window(window), m_width(minimumWidth)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
            apply(m_window, m_width);
        return false;
    }

private:
    QWidget *m_window;
    int m_width;
};
} // namespace

// Keeps a scrolled pane as tall as its content needs at its width.
class PaneHeight : public QObject
{
public:
    explicit PaneHeight(QWidget *pane) : QObject(pane), m_pane(pane) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_pane &&
            (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize)) {
            const int needed = m_pane->hasHeightForWidth() ? m_pane->heightForWidth(m_pane->width())
                                                           : m_pane->sizeHint().height();
            if (needed > 0 && m_pane->minimumHeight() != needed)
                m_pane->setMinimumHeight(needed);
        }
        return false;
    }

private:
    QWidget *m_pane;
};

QScrollArea *scrollingUncut(QWidget *pane)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(pane);
    // Room for the pane and its vertical scroll bar, so nothing is cut off at the right edge.
    scroll->setMinimumWidth(pane->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    pane->installEventFilter(new PaneHeight(pane));
    return scroll;
}

void keepContentUncut(QWidget *window, int minimumWidth)
{
    window->ensurePolished();
    apply(window, minimumWidth);
    window->installEventFilter(new ContentFit(window, minimumWidth));
}

namespace {
constexpr quint32 layoutMagic = 0x484d4c32; // "HML2"
}

void placeOnScreen(QWidget *window, const QByteArray &savedGeometry)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1440, 900);
    if (!savedGeometry.isEmpty() && window->restoreGeometry(savedGeometry) &&
        available.contains(window->geometry()))
        return;
    // Room for the window manager's frame and title bar, which geometry() does not include.
    const QSize size = QSize(1440, 900).boundedTo(available.size() - QSize(16, 48));
    window->resize(size);
    window->move(available.topLeft() + QPoint((available.width() - size.width()) / 2, 0));
}

QByteArray windowLayoutState(const QMainWindow *window, const QSplitter *splitter)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << layoutMagic << window->saveState() << splitter->saveState();
    return out;
}

void restoreWindowLayout(QMainWindow *window, QSplitter *splitter, QByteArray saved)
{
    QDataStream stream(&saved, QIODevice::ReadOnly);
    quint32 magic = 0;
    QByteArray windowState;
    QByteArray splitterState;
    stream >> magic >> windowState >> splitterState;
    if (stream.status() != QDataStream::Ok || magic != layoutMagic)
        return;
    window->restoreState(windowState);
    splitter->restoreState(splitterState);
}

} // namespace hookmail
