#pragma once

#include "core/design/EmailDesign.h"

#include <QObject>
#include <QTextCharFormat>
#include <QTextObjectInterface>
#include <optional>

class QTextDocument;

namespace hookmail {

// A placeholder inside a QTextDocument: one U+FFFC character whose char format has objectType
// PlaceholderChip::ObjectType and carries the Placeholder in two format properties. Being one character
// makes the chip atomic (one Backspace deletes it, the cursor never lands inside it); the handler below
// draws it as a rounded label "First name | there".
class PlaceholderChip : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum : int
    {
        ObjectType = QTextFormat::UserObject + 14,
        FieldProperty = QTextFormat::UserProperty + 1400,
        FallbackProperty = QTextFormat::UserProperty + 1401,
    };

    explicit PlaceholderChip(QObject *parent = nullptr);

    // Draws chips in `document` from now on (the handler is owned by the document's layout's parent chain:
    // pass the editor as parent).
    static void install(QTextDocument *document, QObject *owner);

    // The char format of a chip for `placeholder`, based on `base` (keeps bold/italic/link of the run).
    static QTextCharFormat format(const Placeholder &placeholder, const QTextCharFormat &base = {});
    static bool isChip(const QTextFormat &format);
    static Placeholder placeholder(const QTextFormat &format);
    // `base` without the chip's object type and properties (what text typed after a chip gets).
    static QTextCharFormat withoutChip(QTextCharFormat base);
    // What the chip shows: "First name | there", or "First name" without a fallback.
    static QString label(const Placeholder &placeholder);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;
};

} // namespace hookmail
