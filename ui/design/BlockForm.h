#pragma once

#include "core/design/EmailDesign.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QFormLayout;

namespace hookmail {

class FieldCatalog;

// The property form of one kind of block (one page of DesignPane's form stack). setBlock() fills the widgets
// without signalling; every change the person makes emits edited() with the whole changed block and the
// name of the field (the undo stack merges typing per block and field).
class BlockForm : public QWidget
{
    Q_OBJECT
public:
    // `fillHeight`: the form's last row takes the remaining height (a text box) instead of empty space.
    BlockForm(FieldCatalog *catalog, const QString &title, const QString &hint, QWidget *parent = nullptr,
              bool fillHeight = false);

    void setBlock(const Block &block);
    const Block &block() const { return m_block; }
    virtual void setTheme(const Theme &) {}
    // The control a person edits first (focused after "+ Add block").
    virtual QWidget *firstField() const = 0;

signals:
    void edited(const hookmail::Block &block, const QString &field);

protected:
    virtual void showBlock(const Block &block) = 0;
    // Applies `change` to the block and emits edited() if it changed something (not while loading).
    void commit(const QString &field, const std::function<void(Block &)> &change);
    QComboBox *alignmentCombo(const QString &objectName, const QString &accessibleName);
    static void selectAlignment(QComboBox *combo, BlockAlign align);
    QFormLayout *form() const { return m_form; }
    // Adds a widget below the form rows that takes the remaining height (with fillHeight).
    void addFillingWidget(QWidget *widget);
    FieldCatalog *catalog() const { return m_catalog; }
    bool loading() const { return m_loading; }

private:
    FieldCatalog *m_catalog;
    QFormLayout *m_form;
    Block m_block;
    bool m_loading = false;
};

} // namespace hookmail
