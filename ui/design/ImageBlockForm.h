#pragma once

#include "design/BlockForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hookmail {

// Image and Logo: address (or the brand logo), description for people who can't see it, width, link.
class ImageBlockForm : public BlockForm
{
    Q_OBJECT
public:
    explicit ImageBlockForm(FieldCatalog *catalog, QWidget *parent = nullptr);
    QWidget *firstField() const override;
    void setTheme(const Theme &theme) override;

protected:
    void showBlock(const Block &block) override;

private:
    void updateLogoState();

    QCheckBox *m_useLogo;
    QLabel *m_logoNote;
    QLineEdit *m_url;
    QLineEdit *m_alt;
    QSpinBox *m_width;
    QLineEdit *m_link;
    QComboBox *m_align;
    QString m_themeLogo;
};

} // namespace hookmail
