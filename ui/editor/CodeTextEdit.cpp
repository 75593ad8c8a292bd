#include "editor/CodeTextEdit.h"

#include "editor/CodeDocumentLayout.h"
#include "editor/LineNumberArea.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QToolTip>

namespace hookmail {

namespace {
QColor markerColor(EditorMarker::Severity severity)
{
    // Saturated enough to read on light and dark backgrounds alike.
    return severity == EditorMarker::Severity::Error ? QColor(0xe5, 0x39, 0x35) : QColor(0xf5, 0xa6, 0x23);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}
} // namespace

CodeTextEdit::CodeTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumberArea(new LineNumberArea(this))
{
    // First, so that the font and tab settings below apply to this document.
    auto *doc = new QTextDocument(this);
    doc->setDocumentLayout(new CodeDocumentLayout(doc));
    setDocument(doc);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    setTabChangesFocus(false);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeTextEdit::updateLineNumberAreaWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeTextEdit::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeTextEdit::updateExtraSelections);
    connect(this, &QPlainTextEdit::textChanged, this, &CodeTextEdit::updateExtraSelections);
    updateLineNumberAreaWidth();
    updateExtraSelections();
}

void CodeTextEdit::setMarkers(const QList<EditorMarker> &markers)
{
    if (markers == m_markers)
        return; // every preview sets them; repainting the gutter and selections for nothing costs a frame
    m_markers = markers;
    updateExtraSelections();
    m_lineNumberArea->update();
}

std::pair<int, int> CodeTextEdit::markerRange(const EditorMarker &marker) const
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, marker.line - 1));
    if (!block.isValid())
        return {document()->characterCount() - 1, document()->characterCount() - 1};
    const QString text = block.text();
    const int length = int(text.size());
    if (marker.column <= 0)
        return {block.position(), block.position() + length};
    int start = qMin(marker.column - 1, length);
    int end = 0;
    if (marker.endColumn >= marker.column) {
        end = qMin(marker.endColumn, length);
    } else {
        end = start;
        while (end < length && isWordChar(text.at(end)))
            ++end;
        if (end == start)
            end = qMin(start + 1, length);
    }
    if (end == start && start > 0 && start == length) // error at end of line: underline the last character
        --start;
    return {block.position() + start, block.position() + end};
}

QString CodeTextEdit::markerTextAt(int position) const
{
    QStringList messages;
    for (const EditorMarker &marker : m_markers) {
        const auto [start, end] = markerRange(marker);
        if (position >= start && position <= end)
            messages.append(marker.message);
    }
    return messages.join(u'\n');
}

QString CodeTextEdit::markerTextAtGutterY(int y) const
{
    const QTextCursor cursor = cursorForPosition(QPoint(0, y));
    const int line = cursor.blockNumber() + 1;
    QStringList messages;
    for (const EditorMarker &marker : m_markers) {
        if (marker.line == line)
            messages.append(marker.message);
    }
    return messages.join(u'\n');
}

int CodeTextEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    const int iconSpace = fontMetrics().height();
    return 8 + iconSpace + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 8;
}

void CodeTextEdit::updateLineNumberAreaWidth()
{
    // Setting the same margins again still lays out and repaints the whole editor.
    const int width = lineNumberAreaWidth();
    if (viewportMargins().left() != width)
        setViewportMargins(width, 0, 0, 0);
}

void CodeTextEdit::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateLineNumberAreaWidth();
}

void CodeTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumberArea->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void CodeTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && event->modifiers() == Qt::NoModifier && !textCursor().hasSelection()) {
        // Jsonnet is indented with two spaces; a new line keeps the indentation of the current one.
        if (event->key() == Qt::Key_Tab) {
            insertPlainText(QStringLiteral("  "));
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            const QString line = textCursor().block().text();
            qsizetype indent = 0;
            while (indent < line.size() && line.at(indent) == u' ')
                ++indent;
            insertPlainText(u'\n' + QString(indent, u' '));
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ReadOnlyChange)
        updateExtraSelections();
    if (event->type() == QEvent::FontChange)
        updateLineNumberAreaWidth();
}

void CodeTextEdit::paintLineNumberArea(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Window));
    painter.setRenderHint(QPainter::Antialiasing);

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    const int lineHeight = fontMetrics().height();
    const int width = m_lineNumberArea->width();

    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QColor color = pal.color(QPalette::PlaceholderText);
            if (number == current)
                color = pal.color(QPalette::Text);
            painter.setPen(color);
            painter.drawText(0, top, width - 8, lineHeight, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number + 1));
            // Problem icon: a filled dot with an exclamation mark, worst severity wins.
            std::optional<EditorMarker::Severity> worst;
            for (const EditorMarker &marker : std::as_const(m_markers)) {
                if (marker.line == number + 1 && (!worst || marker.severity == EditorMarker::Severity::Error))
                    worst = marker.severity;
            }
            if (worst) {
                const int d = lineHeight - 4;
                const QRectF dot(4, top + 2, d, d);
                painter.setPen(Qt::NoPen);
                painter.setBrush(markerColor(*worst));
                painter.drawEllipse(dot);
                painter.setPen(Qt::white);
                QFont f = font();
                f.setBold(true);
                f.setPointSizeF(f.pointSizeF() * 0.8);
                painter.setFont(f);
                painter.drawText(dot, Qt::AlignCenter, QStringLiteral("!"));
                painter.setFont(font());
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

bool CodeTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = markerTextAt(cursorForPosition(help->pos()).position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeTextEdit::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        qBound(0, column - 1, int(block.text().size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void CodeTextEdit::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette pal = palette();

    if (!isReadOnly()) {
        QTextEdit::ExtraSelection line;
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(28);
        line.format.setBackground(c);
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = textCursor();
        line.cursor.clearSelection();
        selections.append(line);
    }
    selections.append(bracketSelections());

    for (const EditorMarker &marker : std::as_const(m_markers)) {
        QTextEdit::ExtraSelection sel;
        const auto [start, end] = markerRange(marker);
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(start);
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(markerColor(marker.severity));
        sel.format.setToolTip(marker.message);
        selections.append(sel);
    }
    setExtraSelections(selections);
}

int CodeTextEdit::matchingBracket(int position, QChar bracket) const
{
    static const QString open = QStringLiteral("([{");
    static const QString close = QStringLiteral(")]}");
    const QString text = document()->toPlainText();
    int idx = int(open.indexOf(bracket));
    if (idx >= 0) {
        const QChar target = close.at(idx);
        int depth = 0;
        for (int i = position; i < text.size(); ++i) {
            if (text.at(i) == bracket)
                ++depth;
            else if (text.at(i) == target && --depth == 0)
                return i;
        }
        return -1;
    }
    idx = int(close.indexOf(bracket));
    if (idx < 0)
        return -1;
    const QChar target = open.at(idx);
    int depth = 0;
    for (int i = position; i >= 0; --i) {
        if (text.at(i) == bracket)
            ++depth;
        else if (text.at(i) == target && --depth == 0)
            return i;
    }
    return -1;
}

QList<QTextEdit::ExtraSelection> CodeTextEdit::bracketSelections() const
{
    static const QString brackets = QStringLiteral("()[]{}");
    const int pos = textCursor().position();
    int at = -1;
    if (QChar c = document()->characterAt(pos); brackets.contains(c))
        at = pos;
    else if (QChar b = document()->characterAt(pos - 1); pos > 0 && brackets.contains(b))
        at = pos - 1;
    if (at < 0)
        return {};
    const int match = matchingBracket(at, document()->characterAt(at));
    QList<QTextEdit::ExtraSelection> result;
    QColor bg = palette().color(QPalette::Highlight);
    bg.setAlpha(70);
    for (int p : {at, match}) {
        if (p < 0)
            continue; // unmatched: only the bracket at the cursor is marked
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(p);
        sel.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        if (match < 0) {
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(markerColor(EditorMarker::Severity::Error));
        } else {
            sel.format.setBackground(bg);
            sel.format.setFontWeight(QFont::Bold);
        }
        result.append(sel);
    }
    return result;
}

} // namespace hookmail
