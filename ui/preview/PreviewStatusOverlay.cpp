#include "preview/PreviewStatusOverlay.h"

#include <QEvent>
#include <QPainter>
#include <QWidget>

namespace hookmail {

namespace {
// Paints a translucent wash of the window colour over the last good preview.
class DimOverlay : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QColor c = palette().color(QPalette::Window);
        c.setAlpha(150);
        p.fillRect(rect(), c);
    }
};
} // namespace

PreviewStatusOverlay::PreviewStatusOverlay(QWidget *view, QWidget *content, QWidget *belowHeader)
    : QObject(view), m_view(view), m_content(content), m_belowHeader(belowHeader),
      m_bannerHost(new QWidget(view)), m_banner(new PreviewBanner(m_bannerHost)),
      m_dimHost(new QWidget(content)), m_dim(new DimOverlay(m_dimHost))
{
    m_bannerHost->setObjectName(QStringLiteral("previewBannerHost"));
    m_bannerHost->setGeometry(0, 0, 0, 0);
    m_banner->hide();

    m_dimHost->setObjectName(QStringLiteral("previewDimHost"));
    m_dimHost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dimHost->setGeometry(0, 0, 0, 0);
    m_dim->setObjectName(QStringLiteral("previewDimOverlay"));
    m_dim->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dim->hide();
    m_content->installEventFilter(this);
}

void PreviewStatusOverlay::showBanner(PreviewBanner::Kind kind, const QString &text, bool dim)
{
    m_banner->setMessage(kind, text);
    m_banner->show();
    place();
    setDimmed(dim);
}

void PreviewStatusOverlay::hide()
{
    m_banner->hide();
    place();
    setDimmed(false);
}

QString PreviewStatusOverlay::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool PreviewStatusOverlay::isDimmed() const
{
    return !m_dim->isHidden();
}

void PreviewStatusOverlay::place()
{
    if (m_banner->isHidden()) {
        m_bannerHost->setGeometry(0, 0, 0, 0); // nothing left to catch clicks meant for the header
        return;
    }
    // Covers the From/To/Subject block at least (no half-hidden line under it), more when the text needs it,
    // never more than half the view.
    const int w = m_view->width();
    const int needed =
        m_banner->heightForWidth(w) > 0 ? m_banner->heightForWidth(w) : m_banner->sizeHint().height();
    const int header = m_belowHeader->mapTo(m_view, QPoint(0, 0)).y() - 4;
    m_bannerHost->setGeometry(0, 0, w, qMin(qMax(needed, header), qMax(m_view->height() / 2, 40)));
    m_banner->setGeometry(m_bannerHost->rect());
    m_bannerHost->raise();
}

void PreviewStatusOverlay::setDimmed(bool dimmed)
{
    m_dimHost->setGeometry(dimmed ? m_content->rect() : QRect(0, 0, 0, 0));
    m_dim->setGeometry(m_dimHost->rect());
    m_dim->setVisible(dimmed);
    if (dimmed)
        m_dimHost->raise();
}

bool PreviewStatusOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Resize && !m_dim->isHidden()) {
        m_dimHost->setGeometry(m_content->rect());
        m_dim->setGeometry(m_dimHost->rect());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hookmail
