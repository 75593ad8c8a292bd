#include "design/ChipTextEdit.h"

#include "core/design/DesignText.h"
#include "design/DesignTextConversion.h"
#include "design/FieldCatalog.h"
#include "design/PlaceholderChip.h"
#include "design/PromptPopup.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QToolTip>

namespace hookmail {

namespace {
QString mime()
{
    return QString::fromLatin1(designtext::mimeType);
}

QList<Inline> flatten(const RichText &text)
{
    QList<Inline> runs;
    for (const Paragraph &paragraph : text) {
        if (!runs.isEmpty())
            runs.append(Inline{QStringLiteral(" "), {}, false, false, {}});
        for (Inline run : paragraph.runs) {
            run.bold = false;
            run.italic = false;
            run.link.clear();
            run.text.replace(u'\n', u' ');
            runs.append(run);
        }
    }
    return designtext::normalized(runs);
}

RichText plainParagraphs(const RichText &text)
{
    RichText plain;
    for (const Paragraph &paragraph : text) {
        Paragraph p;
        for (Inline run : paragraph.runs) {
            run.bold = false;
            run.italic = false;
            run.link.clear();
            p.runs.append(run);
        }
        p.runs = designtext::normalized(p.runs);
        plain.append(p);
    }
    return designtext::normalized(plain);
}
} // namespace

ChipTextEdit::ChipTextEdit(Mode mode, QWidget *parent) : QTextEdit(parent), m_mode(mode)
{
    PlaceholderChip::install(document(), this);
    // One undo history for the whole design lives in DesignPane; the editor's own would fight with it.
    document()->setUndoRedoEnabled(false);
    document()->setDocumentMargin(mode == Mode::SingleLine ? 3 : 6);
    setTabChangesFocus(true);
    setAcceptRichText(mode == Mode::Rich);
    if (mode == Mode::SingleLine) {
        setLineWrapMode(QTextEdit::NoWrap);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        updateHeight();
    } else {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    }
    connect(this, &QTextEdit::textChanged, this, [this] {
        if (!m_setting)
            emit edited();
    });
    // Text typed right after a chip must not become part of a chip.
    connect(this, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &format) {
        if (PlaceholderChip::isChip(format) && !textCursor().hasSelection())
            setCurrentCharFormat(PlaceholderChip::withoutChip(format));
    });
}

void ChipTextEdit::setInlineText(const InlineText &text)
{
    if (inlineText() == designtext::normalized(text))
        return;
    m_setting = true;
    designtext::writeInlineText(document(), text);
    moveCursor(QTextCursor::End);
    m_setting = false;
}

InlineText ChipTextEdit::inlineText() const
{
    return designtext::readInlineText(document());
}

void ChipTextEdit::setRichText(const RichText &given)
{
    const RichText text = m_mode == Mode::Plain ? plainParagraphs(given) : designtext::normalized(given);
    if (richText() == text)
        return;
    m_setting = true;
    designtext::writeRichText(document(), text, palette().color(QPalette::Link));
    moveCursor(QTextCursor::End);
    m_setting = false;
}

RichText ChipTextEdit::richText() const
{
    const RichText text = designtext::readRichText(document());
    return m_mode == Mode::Plain ? plainParagraphs(text) : text;
}

void ChipTextEdit::insertPlaceholder(const QString &path)
{
    QTextCursor cursor = textCursor();
    const QTextCharFormat base = PlaceholderChip::withoutChip(cursor.charFormat());
    Inline run = designtext::formattingOf(base);
    if (m_mode != Mode::Rich)
        run = Inline{};
    run.placeholder = Placeholder{path, FieldCatalog::suggestedFallback(path)};
    const int position = cursor.selectionStart();
    designtext::insertRuns(cursor, {run}, palette().color(QPalette::Link));
    setTextCursor(cursor);
    setFocus(Qt::OtherFocusReason);
    editFallbackAt(position);
}

std::optional<Placeholder> ChipTextEdit::placeholderAt(int position) const
{
    if (position < 0 || position >= document()->characterCount() - 1)
        return std::nullopt;
    if (document()->characterAt(position) != QChar::ObjectReplacementCharacter)
        return std::nullopt;
    QTextCursor cursor(document());
    cursor.setPosition(position + 1);
    const QTextCharFormat format = cursor.charFormat();
    if (!PlaceholderChip::isChip(format))
        return std::nullopt;
    return PlaceholderChip::placeholder(format);
}

bool ChipTextEdit::editFallbackAt(int position)
{
    const std::optional<Placeholder> current = placeholderAt(position);
    if (!current)
        return false;
    const QString title = placeholderFieldTitle(current->field);
    PromptPopup *popup = openPrompt(tr("When a person has no “%1”, show instead (may be empty):").arg(title),
                                    current->fallback, position);
    const QString field = current->field;
    connect(popup, &PromptPopup::accepted, this, [this, position, field](const QString &fallback) {
        const std::optional<Placeholder> chip = placeholderAt(position);
        if (!chip || chip->field != field || chip->fallback == fallback)
            return;
        forEachChar(position, position + 1, [&](QTextCharFormat format) {
            return PlaceholderChip::format(Placeholder{field, fallback}, format);
        });
    });
    return true;
}

PromptPopup *ChipTextEdit::openPrompt(const QString &prompt, const QString &text, int position)
{
    if (m_prompt)
        m_prompt->close();
    auto *popup = new PromptPopup(prompt, text, this);
    m_prompt = popup;
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QRect rect = cursorRect(cursor);
    popup->popup(viewport()->mapToGlobal(rect.bottomLeft() + QPoint(0, 4)));
    return popup;
}

void ChipTextEdit::forEachChar(int start, int end,
                               const std::function<QTextCharFormat(QTextCharFormat)> &change)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (int p = start; p < end; ++p) {
        cursor.setPosition(p);
        cursor.setPosition(p + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change(cursor.charFormat()));
    }
    cursor.endEditBlock();
}

bool ChipTextEdit::isBold() const
{
    return currentCharFormat().fontWeight() > QFont::Normal;
}

bool ChipTextEdit::isItalic() const
{
    return currentCharFormat().fontItalic();
}

void ChipTextEdit::toggleBold()
{
    if (m_mode != Mode::Rich)
        return;
    QTextCharFormat format;
    format.setFontWeight(isBold() ? QFont::Normal : QFont::Bold);
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void ChipTextEdit::toggleItalic()
{
    if (m_mode != Mode::Rich)
        return;
    QTextCharFormat format;
    format.setFontItalic(!isItalic());
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    mergeCurrentCharFormat(format);
}

void ChipTextEdit::editLink()
{
    if (m_mode != Mode::Rich)
        return;
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        // Inside a link: edit that link; else the word under the cursor.
        QTextCharFormat format = cursor.charFormat();
        if (!format.isAnchor())
            cursor.select(QTextCursor::WordUnderCursor);
    }
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextCursor probe(document());
    probe.setPosition(start == end ? start : start + 1);
    const QString current = probe.charFormat().isAnchor() ? probe.charFormat().anchorHref() : QString();
    PromptPopup *popup =
        openPrompt(tr("Link address, e.g. https://example.com (empty removes the link):"), current, start);
    connect(popup, &PromptPopup::accepted, this, [this, start, end](const QString &href) {
        const QColor color = palette().color(QPalette::Link);
        if (start == end) {
            if (href.isEmpty())
                return;
            QTextCursor insert(document());
            insert.setPosition(start);
            Inline run{href, {}, false, false, href};
            designtext::insertRuns(insert, {run}, color);
            return;
        }
        forEachChar(start, std::min(end, document()->characterCount() - 1),
                    [&](const QTextCharFormat &format) { return designtext::withLink(format, href, color); });
    });
}

void ChipTextEdit::toggleList(Paragraph::Kind kind)
{
    if (m_mode != Mode::Rich)
        return;
    QTextCursor cursor = textCursor();
    QTextCursor startCursor(document());
    startCursor.setPosition(cursor.selectionStart());
    QTextCursor endCursor(document());
    endCursor.setPosition(cursor.selectionEnd());
    const QTextBlock first = startCursor.block();
    const QTextBlock last = endCursor.block();
    const QTextListFormat::Style style =
        kind == Paragraph::Kind::Bullet ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal;
    bool allInStyle = true;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        if (!b.textList() || b.textList()->format().style() != style)
            allInStyle = false;
        if (b == last)
            break;
    }
    cursor.beginEditBlock();
    if (allInStyle) {
        for (QTextBlock b = first; b.isValid(); b = b.next()) {
            if (QTextList *list = b.textList())
                list->remove(b);
            QTextCursor c(b);
            QTextBlockFormat format = b.blockFormat();
            format.setIndent(0);
            c.setBlockFormat(format);
            if (b == last)
                break;
        }
    } else {
        QTextListFormat format;
        format.setStyle(style);
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

namespace {
// Ctrl+B, Ctrl+I and Ctrl+K format rich text while typing (Ctrl+K would otherwise delete to the end of the
// line on X11 key bindings).
enum class FormatKey
{
    None,
    Bold,
    Italic,
    Link
};
FormatKey formatKey(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Bold))
        return FormatKey::Bold;
    if (event->matches(QKeySequence::Italic))
        return FormatKey::Italic;
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K))
        return FormatKey::Link;
    return FormatKey::None;
}
} // namespace

bool ChipTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && m_mode == Mode::Rich &&
        formatKey(static_cast<QKeyEvent *>(event)) != FormatKey::None) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void ChipTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_mode == Mode::Rich) {
        switch (formatKey(event)) {
        case FormatKey::Bold:
            toggleBold();
            return;
        case FormatKey::Italic:
            toggleItalic();
            return;
        case FormatKey::Link:
            editLink();
            return;
        case FormatKey::None:
            break;
        }
    }
    if (m_mode == Mode::SingleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

int ChipTextEdit::chipPositionAt(const QPoint &viewportPos) const
{
    const QPoint docPos = viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int hit = document()->documentLayout()->hitTest(docPos, Qt::FuzzyHit);
    for (int candidate : {hit - 1, hit}) {
        if (!placeholderAt(candidate))
            continue;
        QTextCursor left(document());
        left.setPosition(candidate);
        QTextCursor right(document());
        right.setPosition(candidate + 1);
        const QRect a = cursorRect(left);
        const QRect b = cursorRect(right);
        if (viewportPos.x() >= a.left() && viewportPos.x() <= b.left() && viewportPos.y() >= a.top() &&
            viewportPos.y() <= a.bottom())
            return candidate;
    }
    return -1;
}

void ChipTextEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int chip = chipPositionAt(event->position().toPoint());
    if (chip >= 0) {
        editFallbackAt(chip);
        event->accept();
        return;
    }
    QTextEdit::mouseDoubleClickEvent(event);
}

void ChipTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    int chip = chipPositionAt(event->pos());
    if (chip < 0 && event->reason() == QContextMenuEvent::Keyboard) {
        const int position = textCursor().position();
        chip = placeholderAt(position - 1) ? position - 1 : (placeholderAt(position) ? position : -1);
    }
    if (chip >= 0) {
        const QString title = placeholderFieldTitle(placeholderAt(chip)->field);
        QAction *edit = new QAction(tr("Change what “%1” shows when it is empty…").arg(title), menu);
        edit->setObjectName(QStringLiteral("editFallbackAction"));
        connect(edit, &QAction::triggered, this, [this, chip] { editFallbackAt(chip); });
        menu->insertAction(menu->actions().value(0), edit);
        menu->insertSeparator(menu->actions().value(1));
    }
    menu->popup(event->globalPos());
}

bool ChipTextEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int chip = chipPositionAt(help->pos());
        if (chip >= 0) {
            const Placeholder placeholder = *placeholderAt(chip);
            const QString title = placeholderFieldTitle(placeholder.field);
            const QString tip =
                placeholder.fallback.isEmpty()
                    ? tr("%1 of the person; nothing when they have none. Double-click to change.").arg(title)
                    : tr("%1 of the person, or “%2” when they have none. Double-click to change.")
                          .arg(title, placeholder.fallback);
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
    }
    return QTextEdit::viewportEvent(event);
}

bool ChipTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(mime()) || source->hasText();
}

void ChipTextEdit::insertFromMimeData(const QMimeData *source)
{
    QTextCursor cursor = textCursor();
    const QColor link = palette().color(QPalette::Link);
    cursor.beginEditBlock();
    if (source->hasFormat(mime())) {
        RichText text = designtext::fromMime(source->data(mime()));
        if (m_mode == Mode::Plain)
            text = plainParagraphs(text);
        if (m_mode == Mode::SingleLine) {
            designtext::insertRuns(cursor, flatten(text), link);
        } else {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const Paragraph &paragraph = text.at(i);
                if (i > 0)
                    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
                if (paragraph.kind != Paragraph::Kind::Normal && !cursor.block().textList()) {
                    QTextListFormat format;
                    format.setStyle(paragraph.kind == Paragraph::Kind::Bullet ? QTextListFormat::ListDisc
                                                                              : QTextListFormat::ListDecimal);
                    cursor.createList(format);
                }
                designtext::insertRuns(cursor, paragraph.runs, link);
            }
        }
    } else if (source->hasText()) {
        QString text = source->text();
        text.remove(QChar::ObjectReplacementCharacter);
        if (m_mode == Mode::SingleLine)
            text = text.simplified();
        else
            text.replace(u"\r\n"_qs, u"\n"_qs);
        cursor.insertText(text, PlaceholderChip::withoutChip(designtext::withLink(cursor.charFormat(), {})));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

QMimeData *ChipTextEdit::createMimeDataFromSelection() const
{
    QMimeData *data = new QMimeData;
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return data;
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(cursor.selection());
    const RichText text = designtext::readRichText(&copy);
    data->setData(mime(), designtext::toMime(text));
    QStringList lines;
    for (const Paragraph &paragraph : text)
        lines.append(designtext::summary(paragraph.runs));
    data->setText(lines.join(u'\n'));
    return data;
}

void ChipTextEdit::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateHeight();
}

void ChipTextEdit::updateHeight()
{
    if (m_mode != Mode::SingleLine)
        return;
    setFixedHeight(sizeHint().height());
}

QSize ChipTextEdit::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int margins = int(2 * document()->documentMargin()) + 2 * frameWidth();
    if (m_mode == Mode::SingleLine)
        return QSize(metrics.averageCharWidth() * 24 + margins, metrics.height() + margins + 2);
    return QSize(metrics.averageCharWidth() * 40 + margins, metrics.lineSpacing() * 6 + margins);
}

QSize ChipTextEdit::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    const QFontMetrics metrics(font());
    if (m_mode == Mode::SingleLine)
        return QSize(metrics.averageCharWidth() * 8, hint.height());
    return QSize(metrics.averageCharWidth() * 12, metrics.lineSpacing() * 3);
}

} // namespace hookmail
