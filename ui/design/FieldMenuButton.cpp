#include "design/FieldMenuButton.h"

#include "core/design/DesignText.h"
#include "design/FieldCatalog.h"

#include <QMenu>

namespace hookmail {

FieldMenuButton::FieldMenuButton(FieldCatalog *catalog, QWidget *parent)
    : QToolButton(parent), m_catalog(catalog)
{
    setText(tr("Insert field"));
    setAccessibleName(tr("Insert a field of the person"));
    setToolTip(tr("Insert a value of the person this email goes to, such as their first name"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setMenu(new QMenu(this));
    connect(m_catalog, &FieldCatalog::fieldsChanged, this, &FieldMenuButton::rebuild);
    rebuild();
}

void FieldMenuButton::rebuild()
{
    QMenu *m = menu();
    m->clear();
    const QStringList &fields = m_catalog->fields();
    setEnabled(!fields.isEmpty());
    for (const QString &path : fields) {
        QAction *action = m->addAction(placeholderFieldTitle(path));
        action->setData(path);
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit fieldChosen(path); });
    }
}

} // namespace hookmail
