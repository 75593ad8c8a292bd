#pragma once

#include "design/BlockForm.h"

class QComboBox;

namespace hookmail {

class ChipTextField;

// Button: label and link (both may hold fields) and alignment; its colours come from the theme.
class ButtonBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit ButtonBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    void showBlock(const Block &block) override;

private:
    ChipTextField *m_label;
    ChipTextField *m_link;
    QComboBox *m_align;
};

} // namespace hookmail
