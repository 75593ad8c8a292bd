#include "design/ThemeForm.h"

#include "design/ColorButton.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hookmail {

ThemeForm::ThemeForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("The brand applies to every email of this project: change it here and all of them "
                      "change."),
                   this);
    intro->setObjectName(QStringLiteral("brandIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    layout->addStretch(1);

    colorRow(u"brandColor"_qs, tr("&Brand colour (buttons, links):"), tr("Brand colour"), &Theme::brandColor);
    colorRow(u"textColor"_qs, tr("&Text colour:"), tr("Text colour"), &Theme::textColor);
    colorRow(u"pageBackground"_qs, tr("&Page background:"), tr("Page background colour"),
             &Theme::pageBackground);
    colorRow(u"contentBackground"_qs, tr("&Email background:"), tr("Email background colour"),
             &Theme::contentBackground);

    m_font = new QComboBox(this);
    m_font->setObjectName(QStringLiteral("fontComboBox"));
    m_font->setAccessibleName(tr("Font"));
    for (const QString &stack : Theme::webSafeFontStacks()) {
        m_font->addItem(fontTitle(stack), stack);
        m_font->setItemData(m_font->count() - 1, QFont(stack.section(u',', 0, 0).remove(u'"').trimmed()),
                            Qt::FontRole);
    }
    m_form->addRow(tr("&Font:"), m_font);
    connect(m_font, &QComboBox::currentIndexChanged, this, [this] {
        const QString stack = m_font->currentData().toString();
        commit(u"fontStack"_qs, [&stack](Theme &t) { t.fontStack = stack; });
    });

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("contentWidthSpinBox"));
    m_width->setAccessibleName(tr("Email width"));
    m_width->setRange(480, 800);
    m_width->setSingleStep(10);
    m_width->setSuffix(tr(" px"));
    m_width->setToolTip(tr("How wide the email is on a computer; phones always use their full width."));
    m_form->addRow(tr("Email &width:"), m_width);
    connect(m_width, &QSpinBox::valueChanged, this,
            [this](int v) { commit(u"contentWidth"_qs, [v](Theme &t) { t.contentWidth = v; }); });

    m_radius = new QSpinBox(this);
    m_radius->setObjectName(QStringLiteral("cornerRadiusSpinBox"));
    m_radius->setAccessibleName(tr("Corner rounding"));
    m_radius->setRange(0, 24);
    m_radius->setSuffix(tr(" px"));
    m_radius->setSpecialValueText(tr("Square"));
    m_form->addRow(tr("&Rounded corners:"), m_radius);
    connect(m_radius, &QSpinBox::valueChanged, this,
            [this](int v) { commit(u"cornerRadius"_qs, [v](Theme &t) { t.cornerRadius = v; }); });

    m_logo = new QLineEdit(this);
    m_logo->setObjectName(QStringLiteral("logoUrlLineEdit"));
    m_logo->setAccessibleName(tr("Logo address"));
    m_logo->setPlaceholderText(tr("https://example.com/logo.png"));
    m_form->addRow(tr("&Logo address:"), m_logo);
    connect(m_logo, &QLineEdit::textChanged, this, [this](const QString &text) {
        commit(u"logoUrl"_qs, [&text](Theme &t) { t.logoUrl = text.trimmed(); });
    });
}

ColorButton *ThemeForm::colorRow(const QString &id, const QString &label, const QString &name,
                                 QString Theme::*member)
{
    auto *button = new ColorButton(this);
    button->setObjectName(id + u"Button");
    button->setAccessibleName(name);
    m_form->addRow(label, button);
    m_colors.append({button, member});
    connect(button, &ColorButton::colorChosen, this, [this, id, member](const QString &hex) {
        commit(id, [member, &hex](Theme &t) { t.*member = hex; });
    });
    return button;
}

QString ThemeForm::fontTitle(const QString &stack)
{
    const QStringList families = stack.split(u',');
    const QString first = QString(families.value(0)).remove(u'"').remove(u'\'').trimmed();
    const QString generic = families.value(families.size() - 1).trimmed();
    if (generic == u"serif")
        return tr("%1 (classic, with serifs)").arg(first);
    if (generic == u"monospace")
        return tr("%1 (typewriter)").arg(first);
    if (generic == u"cursive")
        return tr("%1 (handwriting)").arg(first);
    return tr("%1 (clean, no serifs)").arg(first);
}

void ThemeForm::setTheme(const Theme &theme)
{
    m_loading = true;
    m_theme = theme;
    for (const auto &[button, member] : std::as_const(m_colors))
        button->setColor(theme.*member);
    int index = m_font->findData(theme.fontStack);
    if (index < 0) {
        m_font->addItem(fontTitle(theme.fontStack), theme.fontStack);
        index = m_font->count() - 1;
    }
    m_font->setCurrentIndex(index);
    m_width->setValue(theme.contentWidth);
    m_radius->setValue(theme.cornerRadius);
    if (m_logo->text().trimmed() != theme.logoUrl)
        m_logo->setText(theme.logoUrl);
    m_loading = false;
}

void ThemeForm::commit(const QString &field, const std::function<void(Theme &)> &change)
{
    if (m_loading)
        return;
    Theme changed = m_theme;
    change(changed);
    if (changed == m_theme)
        return;
    m_theme = changed;
    emit edited(m_theme, field);
}

} // namespace hookmail
