#pragma once

#include "design/BlockForm.h"

namespace hookmail {

class ChipTextField;

// Text and Footer: rich text (bold, italic, links, lists) with fields as chips.
class TextBlockForm : public BlockForm
{
    Q_OBJECT
public:
    TextBlockForm(BlockKind kind, FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    void showBlock(const Block &block) override;

private:
    ChipTextField *m_text;
};

} // namespace hookmail
