#pragma once

#include "design/BlockForm.h"

class QComboBox;

namespace hookmail {

class ChipTextField;

// Heading: its text (with fields as chips), its size and alignment.
class HeadingBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit HeadingBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    void showBlock(const Block &block) override;

private:
    ChipTextField *m_text;
    QComboBox *m_level;
    QComboBox *m_align;
};

} // namespace hookmail
