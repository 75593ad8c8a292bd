#include "design/ChipTextField.h"

#include "design/FieldMenuButton.h"

#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookmail {

ChipTextField::ChipTextField(ChipTextEdit::Mode mode, const QString &id, const QString &name,
                             FieldCatalog *catalog, QWidget *parent)
    : QWidget(parent), m_id(id)
{
    setObjectName(id + u"Field");
    m_edit = new ChipTextEdit(mode, this);
    m_edit->setObjectName(id + u"Edit");
    m_edit->setAccessibleName(name);
    m_insert = new FieldMenuButton(catalog, this);
    m_insert->setObjectName(id + u"InsertFieldButton");
    m_insert->setAccessibleName(tr("Insert a field into %1").arg(name));
    connect(m_insert, &FieldMenuButton::fieldChosen, m_edit, &ChipTextEdit::insertPlaceholder);
    connect(m_edit, &ChipTextEdit::edited, this, &ChipTextField::edited);

    if (mode == ChipTextEdit::Mode::SingleLine) {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit, 1);
        layout->addWidget(m_insert);
        setFocusProxy(m_edit);
        return;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(2);
    if (mode == ChipTextEdit::Mode::Plain) {
        tools->addStretch(1);
        tools->addWidget(m_insert);
        layout->addLayout(tools);
        layout->addWidget(m_edit, 1);
        setFocusProxy(m_edit);
        return;
    }
    m_bold = addTool(u"Bold"_qs, tr("B"), tr("Bold"), QKeySequence::Bold);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_bold->setCheckable(true);
    m_italic = addTool(u"Italic"_qs, tr("I"), tr("Italic"), QKeySequence::Italic);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_italic->setCheckable(true);
    QToolButton *link = addTool(u"Link"_qs, tr("Link…"), tr("Link"), QKeySequence(Qt::CTRL | Qt::Key_K));
    QToolButton *bullets = addTool(u"BulletList"_qs, tr("• List"), tr("Bulleted list"), {});
    QToolButton *numbers = addTool(u"NumberedList"_qs, tr("1. List"), tr("Numbered list"), {});
    for (QWidget *tool : std::as_const(m_tools))
        tools->addWidget(tool);
    tools->addStretch(1);
    tools->addWidget(m_insert);
    layout->addLayout(tools);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_edit);

    connect(m_bold, &QToolButton::clicked, m_edit, &ChipTextEdit::toggleBold);
    connect(m_italic, &QToolButton::clicked, m_edit, &ChipTextEdit::toggleItalic);
    connect(link, &QToolButton::clicked, m_edit, &ChipTextEdit::editLink);
    connect(bullets, &QToolButton::clicked, m_edit, [this] { m_edit->toggleList(Paragraph::Kind::Bullet); });
    connect(numbers, &QToolButton::clicked, m_edit,
            [this] { m_edit->toggleList(Paragraph::Kind::Numbered); });
    connect(m_edit, &QTextEdit::currentCharFormatChanged, this, &ChipTextField::updateToolStates);
    connect(m_edit, &QTextEdit::cursorPositionChanged, this, &ChipTextField::updateToolStates);
}

QToolButton *ChipTextField::addTool(const QString &id, const QString &text, const QString &name,
                                    const QKeySequence &keys)
{
    auto *button = new QToolButton(this);
    button->setObjectName(m_id + id + u"Button");
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(keys.isEmpty() ? name
                                      : u"%1 (%2)"_qs.arg(name, keys.toString(QKeySequence::NativeText)));
    button->setAutoRaise(true);
    // Clicking a tool keeps the focus (and the selection) in the text.
    button->setFocusPolicy(Qt::TabFocus);
    m_tools.append(button);
    return button;
}

void ChipTextField::updateToolStates()
{
    if (m_bold)
        m_bold->setChecked(m_edit->isBold());
    if (m_italic)
        m_italic->setChecked(m_edit->isItalic());
}

void ChipTextField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

} // namespace hookmail
