#pragma once

#include "design/ChipTextEdit.h"

#include <QWidget>

class QToolButton;

namespace hookmail {

class FieldCatalog;
class FieldMenuButton;

// A ChipTextEdit with its "Insert field" button and, in rich mode, a toolbar (Bold, Italic, Link…, bulleted
// and numbered list). `name` is the field's user-visible name (accessible names) and `id` the prefix of the
// objectNames tests look up (`<id>Edit`, `<id>InsertFieldButton`, `<id>BoldButton`…).
class ChipTextField : public QWidget
{
    Q_OBJECT
public:
    ChipTextField(ChipTextEdit::Mode mode, const QString &id, const QString &name, FieldCatalog *catalog,
                  QWidget *parent = nullptr);

    ChipTextEdit *editor() const { return m_edit; }
    FieldMenuButton *insertButton() const { return m_insert; }
    void setPlaceholderText(const QString &text);

signals:
    void edited();

private:
    QToolButton *addTool(const QString &id, const QString &text, const QString &name,
                         const QKeySequence &keys);
    void updateToolStates();

    ChipTextEdit *m_edit;
    FieldMenuButton *m_insert;
    QToolButton *m_bold = nullptr;
    QToolButton *m_italic = nullptr;
    QString m_id;
    QList<QWidget *> m_tools;
};

} // namespace hookmail
