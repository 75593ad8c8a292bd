#pragma once

#include <QPlainTextDocumentLayout>

namespace hookmail {

// The document layout of CodeTextEdit: QPlainTextDocumentLayout, except that a keystroke repaints only the
// line it changed.
//
// With a QSyntaxHighlighter, every edit re-applies the edited line's formats, and QTextLayout::setFormats
// drops that line's layout. QPlainTextDocumentLayout::documentChanged then finds a line without layout and
// repaints the whole editor, with its gutter and scroll bars (about 4 ms of the GUI thread per keystroke on a
// 2-core machine, measured in tests/bench figure 2). This layout remembers the line's height just before the
// change, lays the line out again, and leaves only that line to repaint when its height is the same; when it
// is not (say a taller fallback font), everything is repainted as before.
class CodeDocumentLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT
public:
    explicit CodeDocumentLayout(QTextDocument *document);

    // Full repaints of the editor's text area this layout has asked for (for tests).
    int fullRepaintCount() const { return m_fullRepaints; }

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    // Connected before any highlighter, so it runs while the line still has its old layout.
    void noteChange(int from, int charsRemoved, int charsAdded);

    int m_blockNumber = -1;    // the one line the pending change is in, or -1
    qreal m_heightBefore = -1; // its height before the change
    int m_blockCount = 0;
    int m_fullRepaints = 0;
};

} // namespace hookmail
