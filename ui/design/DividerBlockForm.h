#pragma once

#include "design/BlockForm.h"

namespace hookmail {

// Divider: nothing to set (a thin line in a muted text colour); the form says so.
class DividerBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit DividerBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override { return nullptr; }

protected:
    void showBlock(const Block &) override {}
};

} // namespace hookmail
