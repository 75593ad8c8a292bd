#include "editor/FindReplaceBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QToolButton>

namespace hookmail {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_findEdit(new QLineEdit(this)), m_replaceEdit(new QLineEdit(this)),
      m_replaceRow(new QWidget(this)), m_caseBox(new QCheckBox(tr("Match case"), this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findReplaceBar"));
    m_findEdit->setObjectName(QStringLiteral("findLineEdit"));
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setAccessibleName(tr("Find text"));
    m_findEdit->setClearButtonEnabled(true);
    m_replaceEdit->setObjectName(QStringLiteral("replaceLineEdit"));
    m_replaceEdit->setPlaceholderText(tr("Replace with"));
    m_replaceEdit->setAccessibleName(tr("Replacement text"));
    m_caseBox->setObjectName(QStringLiteral("matchCaseCheckBox"));
    m_status->setObjectName(QStringLiteral("findStatusLabel"));

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setAutoDefault(false);
        return b;
    };
    auto *prev =
        makeButton(QStringLiteral("findPreviousButton"), tr("Previous"), tr("Find previous (Shift+Enter)"));
    auto *next = makeButton(QStringLiteral("findNextButton"), tr("Next"), tr("Find next (Enter)"));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeFindButton"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close find bar"));
    auto *replace = makeButton(QStringLiteral("replaceButton"), tr("Replace"), tr("Replace this match"));
    auto *replaceAllButton =
        makeButton(QStringLiteral("replaceAllButton"), tr("Replace all"), tr("Replace every match"));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    grid->addWidget(m_findEdit, 0, 0);
    grid->addWidget(prev, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_caseBox, 0, 3);
    grid->addWidget(m_status, 0, 4);
    grid->addWidget(close, 0, 5);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(4, 1);
    auto *row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_replaceEdit, 1);
    row->addWidget(replace);
    row->addWidget(replaceAllButton);
    grid->addWidget(m_replaceRow, 1, 0, 1, 3);

    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(prev, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replaceEdit, &QLineEdit::returnPressed, this, &FindReplaceBar::replaceCurrent);
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] { setStatus({}); });
    hide();
}

void FindReplaceBar::showFind()
{
    m_replaceRow->hide();
    show();
    if (const QString selected = m_editor->textCursor().selectedText();
        !selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findEdit->setText(selected);
    m_findEdit->setFocus();
    m_findEdit->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_findEdit->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replaceEdit->setText(text);
}

void FindReplaceBar::setCaseSensitive(bool on)
{
    m_caseBox->setChecked(on);
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool FindReplaceBar::find(bool backward)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_caseBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_editor->find(needle, flags)) {
        setStatus({});
        return true;
    }
    // Wrap around once.
    QTextCursor cursor = m_editor->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor previous = m_editor->textCursor();
    m_editor->setTextCursor(cursor);
    if (m_editor->find(needle, flags)) {
        setStatus(tr("Wrapped around"));
        return true;
    }
    m_editor->setTextCursor(previous);
    setStatus(tr("No matches"));
    return false;
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::selectionMatches() const
{
    const QString selected = m_editor->textCursor().selectedText();
    return !selected.isEmpty() &&
           selected.compare(m_findEdit->text(),
                            m_caseBox->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

bool FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly())
        return false;
    if (!selectionMatches() && !findNext())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_replaceEdit->text());
    m_editor->setTextCursor(cursor);
    findNext();
    return true;
}

int FindReplaceBar::replaceAll()
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty() || m_editor->isReadOnly())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseBox->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument *doc = m_editor->document();
    QTextCursor edit(doc);
    edit.beginEditBlock();
    int count = 0;
    QTextCursor found = doc->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_replaceEdit->text());
        ++count;
        found = doc->find(needle, found.position(), flags);
    }
    edit.endEditBlock();
    setStatus(count == 0 ? tr("No matches") : tr("Replaced %n match(es)", nullptr, count));
    return count;
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hookmail
