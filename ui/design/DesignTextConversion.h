#pragma once

#include "core/design/EmailDesign.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QTextCharFormat>

class QTextCursor;
class QTextDocument;

namespace hookmail {

// QTextDocument ↔ RichText / InlineText for the designer's text editors. Exact both ways for normalized
// values (see normalized()): paragraphs are blocks, Bullet/Numbered paragraphs are blocks of a QTextList
// (consecutive ones share a list), bold/italic are the font weight/italic of the char format, a link is an
// anchor with its href, a placeholder is a chip (PlaceholderChip), and a line break inside a paragraph
// (Shift+Enter, U+2028) is "\n" in the run. Other formatting in a document (pasted fonts, colours, images)
// is not part of the design and is dropped when reading.
namespace designtext {

// Replaces the content of `document`. `linkColor` (if valid) colours links in the editor only.
void writeRichText(QTextDocument *document, const RichText &text, const QColor &linkColor = {});
RichText readRichText(const QTextDocument *document);

// A single line: no paragraphs, no formatting (only text and chips).
void writeInlineText(QTextDocument *document, const InlineText &text);
InlineText readInlineText(const QTextDocument *document);

// Inserts runs at the cursor, with their formatting and chips.
void insertRuns(QTextCursor &cursor, const QList<Inline> &runs, const QColor &linkColor = {});

// The bold/italic/link of a char format as an (empty) run.
Inline formattingOf(const QTextCharFormat &format);

// The char format of a link to `href` on top of `base` (empty href → no link).
QTextCharFormat withLink(QTextCharFormat base, const QString &href, const QColor &linkColor = {});

// Equal documents read back equal values: adjacent literal runs with the same formatting joined, empty
// literal runs dropped, a single empty paragraph is "no text"; placeholder runs keep only their
// link/bold/italic and an empty `text`.
QList<Inline> normalized(QList<Inline> runs);
RichText normalized(const RichText &text);

// The text as a person reads it, chips as "[First name | there]" (the block list's labels).
QString summary(const QList<Inline> &runs);
QString summary(const RichText &text);

// Rich text with chips for the clipboard and drag and drop inside the designer.
inline constexpr char mimeType[] = "application/x-hookmail-richtext";
QByteArray toMime(const RichText &text);
RichText fromMime(const QByteArray &data);

} // namespace designtext
} // namespace hookmail
