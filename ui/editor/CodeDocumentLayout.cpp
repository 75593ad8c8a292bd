#include "editor/CodeDocumentLayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <utility>

namespace hookmail {

CodeDocumentLayout::CodeDocumentLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document), m_blockCount(document->blockCount())
{
    connect(document, &QTextDocument::contentsChange, this, &CodeDocumentLayout::noteChange);
    connect(this, &QAbstractTextDocumentLayout::update, this, [this](const QRectF &rect) {
        if (rect.height() >= 1e8)
            ++m_fullRepaints;
    });
}

void CodeDocumentLayout::noteChange(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved);
    m_blockNumber = -1;
    const QTextDocument *doc = document();
    const QTextBlock block = doc->findBlock(from);
    if (!block.isValid() || block != doc->findBlock(qMax(0, from + charsAdded - 1)) ||
        doc->blockCount() != m_blockCount)
        return;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return;
    m_blockNumber = block.blockNumber();
    m_heightBefore = layout->boundingRect().height();
}

void CodeDocumentLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    const QTextDocument *doc = document();
    const int blockNumber = std::exchange(m_blockNumber, -1);
    const QTextBlock block = doc->findBlock(from);
    const bool oneLine = blockNumber >= 0 && block.isValid() && block.blockNumber() == blockNumber &&
                         block == doc->findBlock(qMax(0, from + charsAdded - 1)) &&
                         doc->blockCount() == m_blockCount;
    m_blockCount = doc->blockCount();
    if (!oneLine) {
        QPlainTextDocumentLayout::documentChanged(from, charsRemoved, charsAdded);
        return;
    }
    // The highlighter reports its whole line as removed and added again. The base class adds both lengths to
    // find the last changed line, so that range reaches into the next lines and it repaints everything. The
    // line count is unchanged and the new text lies in this line, so the old text did too: pass no removal.
    // If the highlighter dropped the line's layout, lay it out again first (blockBoundingRect does), since
    // the base class then cannot compare the old height with the new one; this class does.
    if (block.layout()->lineCount() == 0)
        blockBoundingRect(block);
    const bool sameHeight = qFuzzyCompare(block.layout()->boundingRect().height(), m_heightBefore);
    QPlainTextDocumentLayout::documentChanged(from, 0, charsAdded);
    if (!sameHeight)
        requestUpdate(); // the lines below it moved
}

} // namespace hookmail
