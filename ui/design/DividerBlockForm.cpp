#include "design/DividerBlockForm.h"

namespace hookmail {

DividerBlockForm::DividerBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(catalog, tr("Divider"),
                tr("A thin line across the email that separates two parts. It takes its colour from the text "
                   "colour in the Brand tab; there is nothing else to set."),
                parent)
{}

} // namespace hookmail
