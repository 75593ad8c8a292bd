#include "design/HeadingBlockForm.h"

#include "design/ChipTextField.h"

#include <QComboBox>
#include <QFormLayout>

namespace hookmail {

HeadingBlockForm::HeadingBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(catalog, tr("Heading"), tr("A title in large type."), parent)
{
    m_text = new ChipTextField(ChipTextEdit::Mode::SingleLine, u"headingText"_qs, tr("Heading text"), catalog,
                               this);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("headingLevelComboBox"));
    m_level->setAccessibleName(tr("Heading size"));
    m_level->addItem(tr("Large (the email's title)"), 1);
    m_level->addItem(tr("Smaller (a section)"), 2);
    m_align = alignmentCombo(u"headingAlignComboBox"_qs, tr("Heading alignment"));
    form()->addRow(tr("&Text:"), m_text);
    form()->addRow(tr("&Size:"), m_level);
    form()->addRow(tr("&Alignment:"), m_align);
    connect(m_text, &ChipTextField::edited, this,
            [this] { commit(u"line"_qs, [this](Block &b) { b.line = m_text->editor()->inlineText(); }); });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        commit(u"level"_qs, [level](Block &b) { b.headingLevel = level; });
    });
}

QWidget *HeadingBlockForm::firstField() const
{
    return m_text->editor();
}

void HeadingBlockForm::showBlock(const Block &block)
{
    m_text->editor()->setInlineText(block.line);
    m_level->setCurrentIndex(std::max(0, m_level->findData(block.headingLevel)));
    selectAlignment(m_align, block.align);
}

} // namespace hookmail
