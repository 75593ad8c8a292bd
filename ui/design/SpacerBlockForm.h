#pragma once

#include "design/BlockForm.h"

class QSpinBox;

namespace hookmail {

// Spacer: its height.
class SpacerBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit SpacerBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    void showBlock(const Block &block) override;

private:
    QSpinBox *m_height;
};

} // namespace hookmail
