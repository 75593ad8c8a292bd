#pragma once

#include "core/design/EmailDesign.h"
#include "design/PromptPopup.h"

#include <QPointer>
#include <QTextEdit>
#include <functional>

namespace hookmail {

// The designer's text editor: text with placeholder chips ("First name | there"), never placeholder syntax.
// SingleLine edits an InlineText (no new lines, no formatting: headings, button labels, subjects, links);
// Rich edits a RichText (paragraphs, bold, italic, links, bulleted and numbered lists). Copy, paste and
// drag keep chips inside the designer; text from elsewhere is pasted as plain text. Plain edits a RichText of
// plain paragraphs (the plain-text version of an email).
class ChipTextEdit : public QTextEdit
{
    Q_OBJECT
public:
    enum class Mode
    {
        SingleLine,
        Rich,
        Plain
    };
    explicit ChipTextEdit(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Programmatic updates do not emit edited(); an equal value leaves the document (and cursor) alone.
    void setInlineText(const InlineText &text);
    InlineText inlineText() const;
    void setRichText(const RichText &text);
    RichText richText() const;

    // Inserts a chip for `path` at the cursor (its fallback suggested) and asks for the fallback.
    void insertPlaceholder(const QString &path);
    // The chip at document position `position` (the character after it), if there is one.
    std::optional<Placeholder> placeholderAt(int position) const;
    // Asks for a new fallback of the chip at `position`; false if there is no chip there.
    bool editFallbackAt(int position);
    // The popup currently asking for a fallback or link (tests and accessibility).
    PromptPopup *activePrompt() const { return m_prompt; }

    // Rich mode formatting (the toolbar's actions).
    void toggleBold();
    void toggleItalic();
    void editLink();
    void toggleList(Paragraph::Kind kind);
    bool isBold() const;
    bool isItalic() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The person changed the text (typing, paste, a chip, formatting).
    void edited();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    void changeEvent(QEvent *event) override;

private:
    int chipPositionAt(const QPoint &viewportPos) const;
    void forEachChar(int start, int end, const std::function<QTextCharFormat(QTextCharFormat)> &change);
    PromptPopup *openPrompt(const QString &prompt, const QString &text, int position);
    void updateHeight();

    Mode m_mode;
    bool m_setting = false;
    QPointer<PromptPopup> m_prompt;
};

} // namespace hookmail
