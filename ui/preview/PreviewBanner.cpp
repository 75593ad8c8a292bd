#include "preview/PreviewBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPen>
#include <QStyle>

namespace hookmail {

namespace {
QStyle::StandardPixmap iconFor(PreviewBanner::Kind kind)
{
    switch (kind) {
    case PreviewBanner::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case PreviewBanner::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case PreviewBanner::Kind::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

// Translucent colours, so the banner reads on light and dark palettes alike.
QColor tintFor(PreviewBanner::Kind kind)
{
    switch (kind) {
    case PreviewBanner::Kind::Error:
        return QColor(229, 57, 53, 40);
    case PreviewBanner::Kind::Warning:
        return QColor(245, 166, 35, 45);
    case PreviewBanner::Kind::Info:
        break;
    }
    return QColor(30, 136, 229, 35);
}
} // namespace

PreviewBanner::PreviewBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("previewBanner"));
    setFrameShape(QFrame::NoFrame);
    m_label->setObjectName(QStringLiteral("previewBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
}

void PreviewBanner::setMessage(Kind kind, const QString &text)
{
    setTint(tintFor(kind));
    if (!m_haveIcon || kind != m_iconKind) {
        m_haveIcon = true;
        m_iconKind = kind;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(iconFor(kind)).pixmap(size, size));
    }
    m_label->setText(text);
}

QString PreviewBanner::text() const
{
    return m_label->text();
}

void PreviewBanner::prewarmIcons() const
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const Kind kind : {Kind::Error, Kind::Warning, Kind::Info})
        style()->standardIcon(iconFor(kind)).pixmap(size, size);
}

void PreviewBanner::setTint(const QColor &tint)
{
    if (tint == m_tint)
        return;
    m_tint = tint;
    m_background = {};
    update();
}

void PreviewBanner::paintEvent(QPaintEvent *)
{
    // Opaque: the banner floats over the top of the preview (see PreviewStatusOverlay). Antialiased rounded
    // shapes are slow to fill in software (up to 3 ms at this size), so the background is drawn once per
    // size, tint and palette and then copied.
    const qreal dpr = devicePixelRatioF();
    if (m_background.size() != size() * dpr || m_backgroundPalette != palette().cacheKey()) {
        m_background = QPixmap(size() * dpr);
        m_background.setDevicePixelRatio(dpr);
        m_background.fill(Qt::transparent);
        m_backgroundPalette = palette().cacheKey();
        QPainter p(&m_background);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::Window));
        const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        p.drawRoundedRect(box, 6, 6);
        p.setPen(Qt::NoPen);
        p.setBrush(m_tint);
        p.drawRoundedRect(box, 6, 6);
    }
    QPainter(this).drawPixmap(0, 0, m_background);
}

} // namespace hookmail
