#include "design/EnvelopeForm.h"

#include "design/ChipTextField.h"
#include "editor/EmailFormPane.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hookmail {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u','))
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    return tags;
}
} // namespace

EnvelopeForm::EnvelopeForm(FieldCatalog *catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);

    inlineRow(u"fromName"_qs, tr("From &name:"), tr("Sender name"), &Envelope::fromName);
    m_fromEmail = lineRow(u"fromEmailLineEdit"_qs, tr("From &address:"), tr("Sender address"));
    m_fromEmail->setPlaceholderText(tr("hello@example.com (a domain set up in Mandrill)"));
    m_replyTo = lineRow(u"replyToLineEdit"_qs, tr("&Reply to:"), tr("Reply-to address"));
    m_replyTo->setPlaceholderText(tr("Optional: where answers go"));
    inlineRow(u"subject"_qs, tr("&Subject:"), tr("Subject"), &Envelope::subject);
    inlineRow(u"preheader"_qs, tr("&Preheader:"), tr("Preheader"), &Envelope::preheader);
    auto *preheaderNote = note(tr("The preview line inbox lists show after the subject."), this);
    preheaderNote->setObjectName(QStringLiteral("preheaderNote"));
    m_form->addRow(QString(), preheaderNote);
    m_tags = lineRow(u"tagsLineEdit"_qs, tr("&Tags:"), tr("Tags"));
    m_tags->setPlaceholderText(tr("welcome, onboarding (for Mandrill's reports)"));

    m_recipientSources = new QComboBox(this);
    m_recipientSources->setObjectName(QStringLiteral("recipientSourceComboBox"));
    m_recipientSources->setAccessibleName(tr("Send to"));
    for (const auto &[title, sources] : EmailFormPane::recipientChoices())
        m_recipientSources->addItem(title, sources);
    m_form->addRow(tr("S&end to:"), m_recipientSources);
    inlineRow(u"recipientName"_qs, tr("Recipient na&me:"), tr("Recipient name"), &Envelope::recipientName);

    auto *noAddress = new QWidget(this);
    auto *noAddressLayout = new QVBoxLayout(noAddress);
    noAddressLayout->setContentsMargins(0, 0, 0, 0);
    m_skip = new QRadioButton(tr("Don't send the email"), noAddress);
    m_skip->setObjectName(QStringLiteral("skipRadioButton"));
    m_useFallback = new QRadioButton(tr("Send it to this address instead:"), noAddress);
    m_useFallback->setObjectName(QStringLiteral("fallbackRadioButton"));
    auto *group = new QButtonGroup(noAddress);
    group->addButton(m_skip);
    group->addButton(m_useFallback);
    m_fallback = new QLineEdit(noAddress);
    m_fallback->setObjectName(QStringLiteral("fallbackLineEdit"));
    m_fallback->setAccessibleName(tr("Address used when the person has none"));
    m_fallback->setPlaceholderText(tr("team@example.com"));
    noAddressLayout->addWidget(m_skip);
    noAddressLayout->addWidget(m_useFallback);
    noAddressLayout->addWidget(m_fallback);
    m_form->addRow(tr("Without an address:"), noAddress);
    m_form->addRow(QString(),
                   note(tr("People who sign up with a social login may have no email address."), this));

    m_language = lineRow(u"languageLineEdit"_qs, tr("&Language:"), tr("Language of the email"));
    m_language->setPlaceholderText(tr("en"));
    m_language->setMaxLength(35);
    m_language->setToolTip(tr("A language code such as en, de or pt-BR: screen readers use it to pronounce "
                              "the email."));

    m_ownPlainText = new QCheckBox(tr("&Write the plain-text version myself"), this);
    m_ownPlainText->setObjectName(QStringLiteral("ownPlainTextCheckBox"));
    layout->addWidget(m_ownPlainText);
    layout->addWidget(note(tr("Some people read email as plain text. It is made from the blocks unless you "
                              "write it here."),
                           this));
    m_plainText = new ChipTextField(ChipTextEdit::Mode::Plain, u"plainText"_qs, tr("Plain-text version"),
                                    catalog, this);
    layout->addWidget(m_plainText, 1);

    connect(m_fromEmail, &QLineEdit::textChanged, this, [this](const QString &t) {
        commit(u"fromEmail"_qs, [&t](EmailDesign &d) { d.envelope.fromEmail = t.trimmed(); });
    });
    connect(m_replyTo, &QLineEdit::textChanged, this, [this](const QString &t) {
        commit(u"replyTo"_qs, [&t](EmailDesign &d) { d.envelope.replyTo = t.trimmed(); });
    });
    connect(m_tags, &QLineEdit::textChanged, this, [this](const QString &t) {
        commit(u"tags"_qs, [&t](EmailDesign &d) { d.envelope.tags = splitTags(t); });
    });
    connect(m_recipientSources, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList sources = m_recipientSources->currentData().toStringList();
        commit(u"recipientSources"_qs, [&sources](EmailDesign &d) { d.envelope.recipientSources = sources; });
    });
    auto fallbackChanged = [this] {
        updateEnabled();
        const QString fallback = m_useFallback->isChecked() ? m_fallback->text().trimmed() : QString();
        commit(u"fallbackRecipient"_qs,
               [&fallback](EmailDesign &d) { d.envelope.fallbackRecipient = fallback; });
    };
    connect(m_skip, &QRadioButton::toggled, this, fallbackChanged);
    connect(m_fallback, &QLineEdit::textChanged, this, fallbackChanged);
    connect(m_language, &QLineEdit::textChanged, this, [this](const QString &t) {
        const QString language = t.trimmed().isEmpty() ? u"en"_qs : t.trimmed();
        commit(u"language"_qs, [&language](EmailDesign &d) { d.language = language; });
    });
    auto plainChanged = [this] {
        updateEnabled();
        std::optional<RichText> text;
        if (m_ownPlainText->isChecked())
            text = m_plainText->editor()->richText();
        commit(u"plainTextOverride"_qs, [&text](EmailDesign &d) { d.plainTextOverride = text; });
    };
    connect(m_ownPlainText, &QCheckBox::toggled, this, plainChanged);
    connect(m_plainText, &ChipTextField::edited, this, plainChanged);
    updateEnabled();
}

ChipTextField *EnvelopeForm::inlineRow(const QString &id, const QString &label, const QString &name,
                                       InlineText Envelope::*member)
{
    auto *field = new ChipTextField(ChipTextEdit::Mode::SingleLine, id, name, m_catalog, this);
    m_form->addRow(label, field);
    m_inlineFields.append({field, member});
    connect(field, &ChipTextField::edited, this, [this, field, id, member] {
        const InlineText text = field->editor()->inlineText();
        commit(id, [&](EmailDesign &d) { d.envelope.*member = text; });
    });
    return field;
}

QLineEdit *EnvelopeForm::lineRow(const QString &id, const QString &label, const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(id);
    edit->setAccessibleName(name);
    m_form->addRow(label, edit);
    return edit;
}

void EnvelopeForm::selectRecipientSources(const QStringList &sources)
{
    int index = m_recipientSources->findData(sources);
    if (index < 0) {
        m_recipientSources->addItem(tr("Custom: %1").arg(sources.join(u", "_qs)), sources);
        index = m_recipientSources->count() - 1;
    }
    m_recipientSources->setCurrentIndex(index);
}

void EnvelopeForm::setDesign(const EmailDesign &design)
{
    m_loading = true;
    m_design = design;
    const Envelope &e = design.envelope;
    for (const auto &[field, member] : std::as_const(m_inlineFields))
        field->editor()->setInlineText(e.*member);
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text().trimmed() != text)
            edit->setText(text);
    };
    setLine(m_fromEmail, e.fromEmail);
    setLine(m_replyTo, e.replyTo);
    if (splitTags(m_tags->text()) != e.tags)
        m_tags->setText(e.tags.join(u", "_qs));
    selectRecipientSources(e.recipientSources);
    if (!e.fallbackRecipient.isEmpty()) {
        m_useFallback->setChecked(true);
        setLine(m_fallback, e.fallbackRecipient);
    } else if (!m_useFallback->isChecked() || !m_fallback->text().trimmed().isEmpty()) {
        m_skip->setChecked(true);
    }
    if (m_language->text().trimmed() != design.language)
        m_language->setText(design.language);
    m_ownPlainText->setChecked(design.plainTextOverride.has_value());
    if (design.plainTextOverride)
        m_plainText->editor()->setRichText(*design.plainTextOverride);
    updateEnabled();
    m_loading = false;
}

void EnvelopeForm::updateEnabled()
{
    m_fallback->setEnabled(m_useFallback->isChecked());
    m_plainText->setEnabled(m_ownPlainText->isChecked());
}

void EnvelopeForm::commit(const QString &field, const std::function<void(EmailDesign &)> &change)
{
    if (m_loading)
        return;
    EmailDesign changed = m_design;
    change(changed);
    if (changed == m_design)
        return;
    m_design = changed;
    emit edited(m_design, field);
}

} // namespace hookmail
