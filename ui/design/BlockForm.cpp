#include "design/BlockForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hookmail {

BlockForm::BlockForm(FieldCatalog *catalog, const QString &title, const QString &hint, QWidget *parent,
                     bool fillHeight)
    : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("blockFormTitle"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint, this);
        hintLabel->setObjectName(QStringLiteral("blockFormHint"));
        hintLabel->setWordWrap(true);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hintLabel);
    }
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    if (!fillHeight)
        layout->addStretch(1);
}

void BlockForm::addFillingWidget(QWidget *widget)
{
    static_cast<QVBoxLayout *>(this->layout())->addWidget(widget, 1);
}

void BlockForm::setBlock(const Block &block)
{
    m_loading = true;
    m_block = block;
    showBlock(block);
    m_loading = false;
}

void BlockForm::commit(const QString &field, const std::function<void(Block &)> &change)
{
    if (m_loading)
        return;
    Block changed = m_block;
    change(changed);
    if (changed == m_block)
        return;
    m_block = changed;
    emit edited(m_block, field);
}

QComboBox *BlockForm::alignmentCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(tr("Left"), int(BlockAlign::Left));
    combo->addItem(tr("Centre"), int(BlockAlign::Center));
    combo->addItem(tr("Right"), int(BlockAlign::Right));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        const auto align = BlockAlign(combo->currentData().toInt());
        commit(u"align"_qs, [align](Block &b) { b.align = align; });
    });
    return combo;
}

void BlockForm::selectAlignment(QComboBox *combo, BlockAlign align)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(align))));
}

} // namespace hookmail
