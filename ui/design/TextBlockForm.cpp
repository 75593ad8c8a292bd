#include "design/TextBlockForm.h"

#include "design/ChipTextField.h"

#include <QFormLayout>

namespace hookmail {

TextBlockForm::TextBlockForm(BlockKind kind, FieldCatalog *catalog, QWidget *parent)
    : BlockForm(
          catalog, kind == BlockKind::Footer ? tr("Footer") : tr("Text"),
          kind == BlockKind::Footer
              ? tr("Small print at the bottom: your company's address and why the person gets this email.")
              : tr("Paragraphs of text. Select words to make them bold, italic or a link."),
          parent, true)
{
    const QString id = kind == BlockKind::Footer ? u"footerText"_qs : u"richText"_qs;
    m_text = new ChipTextField(ChipTextEdit::Mode::Rich, id,
                               kind == BlockKind::Footer ? tr("Footer text") : tr("Text"), catalog, this);
    addFillingWidget(m_text);
    connect(m_text, &ChipTextField::edited, this,
            [this] { commit(u"text"_qs, [this](Block &b) { b.text = m_text->editor()->richText(); }); });
}

QWidget *TextBlockForm::firstField() const
{
    return m_text->editor();
}

void TextBlockForm::showBlock(const Block &block)
{
    m_text->editor()->setRichText(block.text);
}

} // namespace hookmail
