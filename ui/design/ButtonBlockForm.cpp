#include "design/ButtonBlockForm.h"

#include "design/ChipTextField.h"

#include <QComboBox>
#include <QFormLayout>

namespace hookmail {

ButtonBlockForm::ButtonBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(catalog, tr("Button"),
                tr("A big link people click. Its colours come from the Brand tab, so every button matches."),
                parent)
{
    m_label = new ChipTextField(ChipTextEdit::Mode::SingleLine, u"buttonLabel"_qs, tr("Button label"),
                                catalog, this);
    m_link =
        new ChipTextField(ChipTextEdit::Mode::SingleLine, u"buttonLink"_qs, tr("Button link"), catalog, this);
    m_link->setPlaceholderText(tr("https://example.com/start"));
    m_align = alignmentCombo(u"buttonAlignComboBox"_qs, tr("Button alignment"));
    form()->addRow(tr("&Label:"), m_label);
    form()->addRow(tr("Lin&k:"), m_link);
    form()->addRow(tr("&Alignment:"), m_align);
    connect(m_label, &ChipTextField::edited, this,
            [this] { commit(u"line"_qs, [this](Block &b) { b.line = m_label->editor()->inlineText(); }); });
    connect(m_link, &ChipTextField::edited, this, [this] {
        commit(u"buttonUrl"_qs, [this](Block &b) { b.buttonUrl = m_link->editor()->inlineText(); });
    });
}

QWidget *ButtonBlockForm::firstField() const
{
    return m_label->editor();
}

void ButtonBlockForm::showBlock(const Block &block)
{
    m_label->editor()->setInlineText(block.line);
    m_link->editor()->setInlineText(block.buttonUrl);
    selectAlignment(m_align, block.align);
}

} // namespace hookmail
