#include "design/PlaceholderChip.h"

#include "core/design/DesignText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextDocument>

namespace hookmail {

namespace {
constexpr qreal kPadding = 5.0;

QFont chipFont(QTextDocument *doc, const QTextFormat &format)
{
    QFont font = format.toCharFormat().font().resolve(doc->defaultFont());
    // The chip is a value, not emphasised text: bold/italic of the run only affect the email.
    return font;
}
} // namespace

PlaceholderChip::PlaceholderChip(QObject *parent) : QObject(parent) {}

void PlaceholderChip::install(QTextDocument *document, QObject *owner)
{
    document->documentLayout()->registerHandler(ObjectType, new PlaceholderChip(owner));
}

QTextCharFormat PlaceholderChip::format(const Placeholder &placeholder, const QTextCharFormat &base)
{
    QTextCharFormat f = base;
    f.setObjectType(ObjectType);
    f.setProperty(FieldProperty, placeholder.field);
    f.setProperty(FallbackProperty, placeholder.fallback);
    f.setVerticalAlignment(QTextCharFormat::AlignBaseline);
    return f;
}

bool PlaceholderChip::isChip(const QTextFormat &format)
{
    return format.objectType() == ObjectType;
}

Placeholder PlaceholderChip::placeholder(const QTextFormat &format)
{
    return Placeholder{format.stringProperty(FieldProperty), format.stringProperty(FallbackProperty)};
}

QTextCharFormat PlaceholderChip::withoutChip(QTextCharFormat base)
{
    base.clearProperty(QTextFormat::ObjectType);
    base.clearProperty(FieldProperty);
    base.clearProperty(FallbackProperty);
    base.clearProperty(QTextFormat::TextVerticalAlignment);
    return base;
}

QString PlaceholderChip::label(const Placeholder &placeholder)
{
    const QString title = placeholderFieldTitle(placeholder.field);
    if (placeholder.fallback.isEmpty())
        return title;
    return title + u" | " + placeholder.fallback;
}

QSizeF PlaceholderChip::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const QFontMetricsF metrics(chipFont(doc, format));
    return QSizeF(metrics.horizontalAdvance(label(placeholder(format))) + 2 * kPadding + 2, metrics.height());
}

void PlaceholderChip::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                                 const QTextFormat &format)
{
    const QPalette palette = QApplication::palette();
    QColor fill = palette.color(QPalette::Highlight);
    fill.setAlphaF(0.18f);
    QColor border = palette.color(QPalette::Highlight);
    border.setAlphaF(0.7f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = rect.adjusted(1, 0.5, -1, -0.5);
    painter->setPen(QPen(border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, box.height() / 2.5, box.height() / 2.5);
    painter->setFont(chipFont(doc, format));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(box, Qt::AlignCenter, label(placeholder(format)));
    painter->restore();
}

} // namespace hookmail
