#pragma once

#include <QToolButton>

namespace hookmail {

class FieldCatalog;

// "Insert field ▾": lists the person's fields by their friendly titles ("First name", "Their email
// address"); choosing one emits fieldChosen with its path. Disabled while the sample person has no fields.
class FieldMenuButton : public QToolButton
{
    Q_OBJECT
public:
    FieldMenuButton(FieldCatalog *catalog, QWidget *parent = nullptr);

signals:
    void fieldChosen(const QString &path);

private:
    void rebuild();

    FieldCatalog *m_catalog;
};

} // namespace hookmail
