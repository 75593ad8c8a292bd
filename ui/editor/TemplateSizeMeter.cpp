#include "editor/TemplateSizeMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace hookmail {

namespace {
QString kib(qsizetype bytes)
{
    return QLocale().toString(double(bytes) / 1024.0, 'f', bytes < 10 * 1024 ? 1 : 0);
}
} // namespace

TemplateSizeMeter::TemplateSizeMeter(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("templateSizeMeter"));
    m_label->setObjectName(QStringLiteral("templateSizeLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(QStringLiteral("templateSizeBar"));
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bar->setMinimumWidth(80);
    m_bar->setMaximumWidth(220);
    m_bar->setAccessibleName(tr("Email size for Ory"));
    const QString tip =
        tr("Ory runs this email's template together with the details of the person signing up, and refuses "
           "to run more than 64 KiB of it. Long texts, many blocks or large Custom HTML make the email "
           "larger; images are only linked and do not count.");
    setToolTip(tip);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    clear();
}

void TemplateSizeMeter::clear()
{
    m_level = Level::Unknown;
    m_label->setText(tr("Email size: not measured yet"));
    m_label->setStyleSheet({});
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
}

void TemplateSizeMeter::setSize(const TemplateSize &size)
{
    const qsizetype bytes = size.bytes;
    const qsizetype limit = size.limit;
    if (limit <= 0) {
        clear();
        return;
    }
    m_level = size.overLimit() ? Level::Over : size.nearLimit() ? Level::Warning : Level::Ok;
    const int percent = int(qMin<qsizetype>(999, bytes * 100 / limit));
    QString text;
    // Plain words first (a share of what Ory accepts); the KiB are for those who want them.
    switch (m_level) {
    case Level::Over:
        text = tr("Too large for Ory: %1 of %2 KiB. Ory would refuse to send it; shorten the texts or remove "
                  "blocks.")
                   .arg(kib(bytes), kib(limit));
        break;
    case Level::Warning:
        text = tr("Close to Ory's size limit: %1% (%2 of %3 KiB)").arg(percent).arg(kib(bytes), kib(limit));
        break;
    default:
        text = tr("Email size: %1% of Ory's limit (%2 of %3 KiB)").arg(percent).arg(kib(bytes), kib(limit));
        break;
    }
    m_label->setText(text);
    m_label->setWordWrap(m_level == Level::Over);
    // Colour only where it means something; the normal state keeps the palette. Darker shades on a light
    // window, lighter ones on a dark window, so the text stays readable in both.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString colour = m_level == Level::Over      ? QString::fromLatin1(dark ? "#ef9a9a" : "#c62828")
                           : m_level == Level::Warning ? QString::fromLatin1(dark ? "#ffcc80" : "#b45309")
                                                       : QString();
    m_label->setStyleSheet(colour.isEmpty()
                               ? QString()
                               : QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
    QPalette palette = m_bar->palette();
    palette.setColor(QPalette::Highlight,
                     colour.isEmpty() ? this->palette().color(QPalette::Highlight) : QColor(colour));
    m_bar->setPalette(palette);
    m_bar->setRange(0, int(qMin<qsizetype>(limit, INT_MAX)));
    m_bar->setValue(int(qMin(bytes, limit)));
    m_bar->setAccessibleDescription(text);
}

QString TemplateSizeMeter::text() const
{
    return m_label->text();
}

} // namespace hookmail
