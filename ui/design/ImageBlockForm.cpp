#include "design/ImageBlockForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace hookmail {

ImageBlockForm::ImageBlockForm(FieldCatalog *catalog, QWidget *parent)
    : BlockForm(
          catalog, tr("Image or logo"),
          tr("A picture from a web address (https://…). Email programs don't show pictures sent inside the "
             "email, so it has to be online."),
          parent)
{
    m_useLogo = new QCheckBox(tr("Use the brand &logo (set in the Brand tab)"), this);
    m_useLogo->setObjectName(QStringLiteral("useBrandLogoCheckBox"));
    m_logoNote = new QLabel(this);
    m_logoNote->setObjectName(QStringLiteral("brandLogoNote"));
    m_logoNote->setWordWrap(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("imageUrlLineEdit"));
    m_url->setAccessibleName(tr("Picture address"));
    m_url->setPlaceholderText(tr("https://example.com/picture.png"));
    m_alt = new QLineEdit(this);
    m_alt->setObjectName(QStringLiteral("imageAltLineEdit"));
    m_alt->setAccessibleName(tr("Description of the picture"));
    m_alt->setPlaceholderText(tr("Shown when pictures are off, read out to blind people"));
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("imageWidthSpinBox"));
    m_width->setAccessibleName(tr("Picture width"));
    m_width->setRange(0, 800);
    m_width->setSingleStep(10);
    m_width->setSuffix(tr(" px"));
    m_width->setSpecialValueText(tr("Natural size"));
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("imageLinkLineEdit"));
    m_link->setAccessibleName(tr("Picture link"));
    m_link->setPlaceholderText(tr("Optional: https://… opens when the picture is clicked"));
    m_align = alignmentCombo(u"imageAlignComboBox"_qs, tr("Picture alignment"));

    form()->addRow(m_useLogo);
    form()->addRow(m_logoNote);
    form()->addRow(tr("&Address:"), m_url);
    form()->addRow(tr("&Description:"), m_alt);
    form()->addRow(tr("&Width:"), m_width);
    form()->addRow(tr("Lin&k:"), m_link);
    form()->addRow(tr("Ali&gnment:"), m_align);

    connect(m_useLogo, &QCheckBox::toggled, this, [this](bool on) {
        updateLogoState();
        commit(u"useThemeLogo"_qs, [on](Block &b) { b.useThemeLogo = on; });
    });
    connect(m_url, &QLineEdit::textChanged, this, [this](const QString &t) {
        commit(u"imageUrl"_qs, [&t](Block &b) { b.imageUrl = t.trimmed(); });
    });
    connect(m_alt, &QLineEdit::textChanged, this,
            [this](const QString &t) { commit(u"altText"_qs, [&t](Block &b) { b.altText = t; }); });
    connect(m_width, &QSpinBox::valueChanged, this,
            [this](int v) { commit(u"imageWidth"_qs, [v](Block &b) { b.imageWidth = v; }); });
    connect(m_link, &QLineEdit::textChanged, this, [this](const QString &t) {
        commit(u"imageLink"_qs, [&t](Block &b) { b.imageLink = t.trimmed(); });
    });
}

QWidget *ImageBlockForm::firstField() const
{
    return m_useLogo->isChecked() ? static_cast<QWidget *>(m_alt) : m_url;
}

void ImageBlockForm::setTheme(const Theme &theme)
{
    m_themeLogo = theme.logoUrl;
    updateLogoState();
}

void ImageBlockForm::showBlock(const Block &block)
{
    m_useLogo->setChecked(block.useThemeLogo);
    if (m_url->text().trimmed() != block.imageUrl)
        m_url->setText(block.imageUrl);
    if (m_alt->text() != block.altText)
        m_alt->setText(block.altText);
    m_width->setValue(block.imageWidth);
    if (m_link->text().trimmed() != block.imageLink)
        m_link->setText(block.imageLink);
    selectAlignment(m_align, block.align);
    updateLogoState();
}

void ImageBlockForm::updateLogoState()
{
    const bool logo = m_useLogo->isChecked();
    m_url->setEnabled(!logo);
    m_logoNote->setVisible(logo);
    m_logoNote->setText(m_themeLogo.isEmpty() ? tr("No brand logo yet: add its address in the Brand tab.")
                                              : tr("Brand logo: %1").arg(m_themeLogo));
}

} // namespace hookmail
