#include "editor/JsonnetEditor.h"

#include "editor/CodeTextEdit.h"
#include "editor/FindReplaceBar.h"
#include "editor/JsonnetHighlighter.h"

#include <QAction>
#include <QEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hookmail {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

JsonnetEditor::JsonnetEditor(QWidget *parent)
    : QWidget(parent), m_edit(new CodeTextEdit(this)), m_findBar(new FindReplaceBar(m_edit, this)),
      m_highlighter(new JsonnetHighlighter(m_edit->document(), isDark(palette()))),
      m_findAction(new QAction(tr("Find…"), this)), m_replaceAction(new QAction(tr("Replace…"), this)),
      m_formatAction(new QAction(tr("Format Jsonnet"), this))
{
    setObjectName(QStringLiteral("jsonnetEditor"));
    m_edit->setObjectName(QStringLiteral("jsonnetTextEdit"));
    m_edit->setAccessibleName(tr("Jsonnet template"));
    setFocusProxy(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_findBar);

    m_findAction->setObjectName(QStringLiteral("editorFindAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_replaceAction->setObjectName(QStringLiteral("editorReplaceAction"));
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_formatAction->setObjectName(QStringLiteral("editorFormatAction"));
    m_formatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_formatAction->setEnabled(false);
    for (QAction *a : {m_findAction, m_replaceAction, m_formatAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_findAction, &QAction::triggered, this, &JsonnetEditor::showFind);
    connect(m_replaceAction, &QAction::triggered, this, &JsonnetEditor::showReplace);
    connect(m_formatAction, &QAction::triggered, this, &JsonnetEditor::formatDocument);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonnetEditor::textChanged);
}

QString JsonnetEditor::text() const
{
    return m_edit->toPlainText();
}

void JsonnetEditor::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    m_edit->setPlainText(text);
}

void JsonnetEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_replaceAction->setEnabled(!readOnly);
    m_formatAction->setEnabled(!readOnly && m_formatter);
}

bool JsonnetEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void JsonnetEditor::setMarkers(const QList<EditorMarker> &markers)
{
    m_edit->setMarkers(markers);
}

void JsonnetEditor::clearMarkers()
{
    m_edit->setMarkers({});
}

QList<EditorMarker> JsonnetEditor::markers() const
{
    return m_edit->markers();
}

void JsonnetEditor::setFormatter(Formatter formatter)
{
    m_formatter = std::move(formatter);
    m_formatAction->setEnabled(!isReadOnly() && m_formatter);
}

bool JsonnetEditor::formatDocument()
{
    if (!m_formatter || isReadOnly())
        return false;
    const QString source = text();
    const FormatResult result = m_formatter(source);
    if (!result.ok) {
        EditorMarker marker;
        marker.line = result.line > 0 ? result.line : 1;
        marker.column = result.column;
        marker.message = tr("Cannot format: %1").arg(result.message);
        m_edit->setMarkers({marker});
        emit formatFailed(result.message);
        return false;
    }
    if (result.text == source)
        return true;
    // One undoable edit; keep the cursor on the same line and the scroll position.
    const int line = m_edit->textCursor().blockNumber();
    const int scroll = m_edit->verticalScrollBar()->value();
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(result.text);
    cursor.endEditBlock();
    m_edit->goToLine(line + 1, 1);
    m_edit->verticalScrollBar()->setValue(scroll);
    return true;
}

void JsonnetEditor::goToLine(int line, int column)
{
    m_edit->goToLine(line, column);
}

void JsonnetEditor::showFind()
{
    m_findBar->showFind();
}

void JsonnetEditor::showReplace()
{
    if (isReadOnly())
        m_findBar->showFind();
    else
        m_findBar->showReplace();
}

void JsonnetEditor::setOwnShortcutsEnabled(bool enabled)
{
    for (QAction *a : {m_findAction, m_replaceAction, m_formatAction}) {
        if (enabled)
            addAction(a);
        else
            removeAction(a);
    }
}

void JsonnetEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDarkPalette(isDark(palette()));
}

} // namespace hookmail
