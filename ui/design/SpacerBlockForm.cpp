#include "design/SpacerBlockForm.h"

#include <QFormLayout>
#include <QSpinBox>

namespace hookmail {

SpacerBlockForm::SpacerBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(catalog, tr("Spacer"), tr("Empty space between two blocks."), parent)
{
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("spacerHeightSpinBox"));
    m_height->setAccessibleName(tr("Space height"));
    m_height->setRange(4, 200);
    m_height->setSingleStep(4);
    m_height->setSuffix(tr(" px"));
    form()->addRow(tr("&Height:"), m_height);
    connect(m_height, &QSpinBox::valueChanged, this,
            [this](int v) { commit(u"spacerHeight"_qs, [v](Block &b) { b.spacerHeight = v; }); });
}

QWidget *SpacerBlockForm::firstField() const
{
    return m_height;
}

void SpacerBlockForm::showBlock(const Block &block)
{
    m_height->setValue(block.spacerHeight);
}

} // namespace hookmail
