#pragma once

#include "design/BlockForm.h"

class QPlainTextEdit;

namespace hookmail {

// Custom HTML, the escape hatch: a plain text box inserted into the email as written.
class CustomHtmlBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit CustomHtmlBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    void showBlock(const Block &block) override;

private:
    QPlainTextEdit *m_html;
};

} // namespace hookmail
