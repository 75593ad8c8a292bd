#include "design/ColorButton.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace hookmail {

ColorButton::ColorButton(QWidget *parent) : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QToolButton::clicked, this, &ColorButton::openDialog);
}

void ColorButton::setColor(const QString &hex)
{
    if (hex == m_color)
        return;
    m_color = hex;
    updateLook();
}

void ColorButton::updateLook()
{
    QPixmap swatch(28, 16);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(QColor(m_color));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    painter.end();
    setIcon(QIcon(swatch));
    setIconSize(swatch.size());
    setText(m_color);
    setToolTip(tr("Choose a colour (now %1)").arg(m_color));
}

void ColorButton::openDialog()
{
    if (m_dialog)
        return;
    m_dialog = new QColorDialog(QColor(m_color), this);
    m_dialog->setObjectName(QStringLiteral("colorDialog"));
    m_dialog->setWindowTitle(accessibleName());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QColorDialog::colorSelected, this, [this](const QColor &c) {
        const QString hex = c.name(QColor::HexRgb);
        if (hex == m_color)
            return;
        setColor(hex);
        emit colorChosen(hex);
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

} // namespace hookmail
