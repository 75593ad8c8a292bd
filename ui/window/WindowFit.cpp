#include "window/WindowFit.h"

#include <QEvent>
#include <QLayout>
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
    ContentFit(QWidget *window, int minimumWidth) : QObject(window), m_window(window), m_width(minimumWidth) {}

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

void keepContentUncut(QWidget *window, int minimumWidth)
{
    window->ensurePolished();
    apply(window, minimumWidth);
    window->installEventFilter(new ContentFit(window, minimumWidth));
}

} // namespace hookmail
