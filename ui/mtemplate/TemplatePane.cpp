#include "mtemplate/TemplatePane.h"

#include "core/design/DesignText.h"
#include "core/mandrill/MandrillClient.h"
#include "core/mtemplate/DesignUpload.h"
#include "core/mtemplate/TemplateGenerator.h"
#include "core/secrets/KeyProvider.h"
#include "design/FieldCatalog.h"
#include "mtemplate/TemplatePickerDialog.h"
#include "session/DocumentPrompter.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hookmail {

namespace {

QString written(const QString &tag, MergeLanguage language, bool region)
{
    if (region)
        return QObject::tr("Region “%1”").arg(tag);
    return language == MergeLanguage::Handlebars ? QStringLiteral("{{") + tag + QStringLiteral("}}")
                                                 : QStringLiteral("*|") + tag + QStringLiteral("|*");
}

// A plain-text line for an envelope override (no placeholders in these fields here).
InlineText textLine(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    Inline run;
    run.text = text;
    return {run};
}

QString lineText(const InlineText &text)
{
    QString out;
    for (const Inline &run : text)
        out += run.placeholder
                   ? QStringLiteral("[") + placeholderFieldTitle(run.placeholder->field) + QStringLiteral("]")
                   : run.text;
    return out;
}

} // namespace

TemplatePane::TemplatePane(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_title(new QLabel(this)), m_state(new QLabel(this)),
      m_pick(new QPushButton(this)), m_language(new QComboBox(this)), m_fieldsBox(new QWidget),
      m_fromEmail(new QLineEdit(this)), m_fromName(new QLineEdit(this)), m_subject(new QLineEdit(this)),
      m_replyTo(new QLineEdit(this)), m_fallbackRecipient(new QLineEdit(this)),
      m_render(new QPushButton(this)), m_moveDesign(new QPushButton(this)), m_moveStatus(new QLabel(this)),
      m_renderStatus(new QLabel(this)), m_differences(new QListWidget(this))
{
    setObjectName(QStringLiteral("templatePane"));
    m_title->setObjectName(QStringLiteral("templateTitleLabel"));
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; font-size: 13pt; }"));
    m_title->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("templateStateLabel"));
    m_state->setWordWrap(true);
    m_pick->setObjectName(QStringLiteral("pickTemplateButton"));
    m_pick->setText(tr("Choose template…"));
    m_pick->setAccessibleName(tr("Choose a Mandrill template"));
    m_language->setObjectName(QStringLiteral("mergeLanguageCombo"));
    m_language->setAccessibleName(tr("Merge language"));
    m_language->addItem(tr("Mailchimp style  *|NAME|*"), QStringLiteral("mailchimp"));
    m_language->addItem(tr("Handlebars style  {{name}}"), QStringLiteral("handlebars"));
    m_language->setToolTip(tr("How the template writes its fields. Mandrill only fills the fields written in "
                              "the language chosen here."));

    auto *head = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_state);
    head->addLayout(titles, 1);
    head->addWidget(m_pick, 0, Qt::AlignTop);

    auto *fieldsGroup = new QGroupBox(tr("Fill the template's fields"), this);
    auto *fieldsLayout = new QVBoxLayout(fieldsGroup);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Fields are written"), fieldsGroup));
    languageRow->addWidget(m_language, 1);
    fieldsLayout->addLayout(languageRow);
    m_fieldsBox->setObjectName(QStringLiteral("templateFieldsBox"));
    fieldsLayout->addWidget(m_fieldsBox);

    auto *envelopeGroup = new QGroupBox(tr("Sender and subject (empty: the template's own)"), this);
    auto *form = new QFormLayout(envelopeGroup);
    for (auto [edit, name, label] :
         {std::tuple{m_fromEmail, QStringLiteral("templateFromEmailEdit"), tr("From address")},
          std::tuple{m_fromName, QStringLiteral("templateFromNameEdit"), tr("From name")},
          std::tuple{m_subject, QStringLiteral("templateSubjectEdit"), tr("Subject")},
          std::tuple{m_replyTo, QStringLiteral("templateReplyToEdit"), tr("Reply-to")},
          std::tuple{m_fallbackRecipient, QStringLiteral("templateFallbackRecipientEdit"),
                     tr("No address")}}) {
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, &TemplatePane::edited);
    }
    m_fallbackRecipient->setPlaceholderText(tr("Skip the email (e.g. a social sign-up without email)"));

    auto *checkGroup = new QGroupBox(tr("Compare with Mandrill"), this);
    auto *checkLayout = new QVBoxLayout(checkGroup);
    auto *note =
        new QLabel(tr("The preview is Hookmail's own render of the published template for the sample "
                      "person: instant and offline. “Render on Mandrill” asks Mandrill to render it "
                      "too and lists where they differ (Mandrill's render does not apply Handlebars "
                      "the way sending does)."),
                   checkGroup);
    note->setWordWrap(true);
    m_render->setObjectName(QStringLiteral("renderOnMandrillButton"));
    m_render->setText(tr("Render on Mandrill"));
    m_renderStatus->setObjectName(QStringLiteral("renderOnMandrillStatus"));
    m_renderStatus->setWordWrap(true);
    m_differences->setObjectName(QStringLiteral("renderDifferencesList"));
    m_differences->setAccessibleName(tr("Differences between the local and Mandrill's render"));
    m_differences->setMaximumHeight(110);
    m_differences->setWordWrap(true);
    m_differences->hide();
    auto *renderRow = new QHBoxLayout;
    renderRow->addWidget(m_render);
    renderRow->addWidget(m_renderStatus, 1);
    checkLayout->addWidget(note);
    checkLayout->addLayout(renderRow);
    checkLayout->addWidget(m_differences);

    auto *moveGroup = new QGroupBox(tr("Designed in Hookmail?"), this);
    auto *moveLayout = new QVBoxLayout(moveGroup);
    auto *moveNote = new QLabel(tr("Upload this email's design to Mandrill as a new template and send that: "
                                   "wording changes then happen in Mandrill, without pushing to Ory again, "
                                   "and the email is no longer bound by Ory's 64 KiB limit. The design stays "
                                   "here, so you can go back."),
                                moveGroup);
    moveNote->setWordWrap(true);
    m_moveDesign->setObjectName(QStringLiteral("moveDesignButton"));
    m_moveDesign->setText(tr("Move the designed email into Mandrill…"));
    m_moveStatus->setObjectName(QStringLiteral("moveDesignStatus"));
    m_moveStatus->setWordWrap(true);
    moveLayout->addWidget(moveNote);
    moveLayout->addWidget(m_moveDesign, 0, Qt::AlignLeft);
    moveLayout->addWidget(m_moveStatus);
    connect(m_moveDesign, &QPushButton::clicked, this, &TemplatePane::moveDesignRequested);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->addLayout(head);
    contentLayout->addWidget(fieldsGroup);
    contentLayout->addWidget(envelopeGroup);
    contentLayout->addWidget(checkGroup);
    contentLayout->addWidget(moveGroup);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_pick, &QPushButton::clicked, this, &TemplatePane::pickTemplate);
    connect(m_render, &QPushButton::clicked, this, &TemplatePane::renderOnMandrill);
    connect(m_language, &QComboBox::activated, this, [this] {
        m_email.mergeLanguage = mergeLanguageFromName(m_language->currentData().toString());
        syncTemplateFields(m_email, m_fields);
        rebuild();
        commit();
    });
    rebuild();
}

void TemplatePane::setMandrill(MandrillClient *client, SecretStore *secrets)
{
    m_client = client;
    m_secrets = secrets;
    rebuild();
}

void TemplatePane::setEmail(const TemplateEmail &email)
{
    if (email == m_email)
        return;
    const bool otherTemplate = email.source.slug != m_email.source.slug;
    m_email = email;
    m_committed = email;
    m_undo->clear();
    if (otherTemplate) {
        m_differences->clear();
        m_differences->hide();
        m_renderStatus->clear();
    }
    rebuild();
}

void TemplatePane::setIdentityFields(const QStringList &paths)
{
    if (paths == m_fields)
        return;
    m_fields = paths;
    rebuild();
}

void TemplatePane::setSampleIdentity(const QJsonObject &identity)
{
    m_identity = identity;
}

void TemplatePane::rebuild()
{
    m_loading = true;
    const MandrillTemplate &t = m_email.source;
    const bool chosen = !t.slug.isEmpty() || t.isMailchimp();
    m_title->setText(chosen ? t.displayName() : tr("No template chosen yet"));
    if (!chosen)
        m_state->setText(tr("Pick a template designed in Mandrill (or Mailchimp). Hookmail fills its fields "
                            "from the person and sends it with messages/send-template."));
    else if (!t.isPublished())
        m_state->setText(tr("Draft only: publish it in Mandrill before sending (slug %1).").arg(t.slug));
    else
        m_state->setText(tr("Published %1 · slug %2%3")
                             .arg(t.publishedAt, t.slug,
                                  t.draftDiffers() ? tr(" · the draft has unpublished changes") : QString()));
    m_state->setStyleSheet(chosen && !t.isPublished() ? QStringLiteral("QLabel { color: #c92a2a; }")
                                                      : QString());
    m_pick->setText(chosen ? tr("Change template…") : tr("Choose template…"));
    m_pick->setEnabled(m_client != nullptr);
    m_pick->setToolTip(m_client ? QString() : tr("Mandrill is not available in this window."));
    m_language->setCurrentIndex(m_email.mergeLanguage == MergeLanguage::Handlebars ? 1 : 0);
    m_language->setEnabled(chosen);

    // The field rows are rebuilt from scratch: templates have a handful of fields.
    delete m_fieldsBox->layout();
    for (QWidget *child : m_fieldsBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        delete child;
    auto *grid = new QGridLayout(m_fieldsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    int row = 0;
    if (m_email.mergeVars.isEmpty() && m_email.regions.isEmpty()) {
        grid->addWidget(
            new QLabel(chosen ? tr("This template has no fields to fill.") : QString(), m_fieldsBox), 0, 0, 1,
            3);
    } else {
        grid->addWidget(new QLabel(tr("<b>Template field</b>"), m_fieldsBox), row, 0);
        grid->addWidget(new QLabel(tr("<b>Filled with</b>"), m_fieldsBox), row, 1);
        grid->addWidget(new QLabel(tr("<b>If empty</b>"), m_fieldsBox), row, 2);
        ++row;
    }
    for (int i = 0; i < m_email.mergeVars.size(); ++i)
        addFieldRow(grid, row++, false, i);
    for (int i = 0; i < m_email.regions.size(); ++i)
        addFieldRow(grid, row++, true, i);

    const Envelope &e = m_email.envelope;
    m_fromEmail->setPlaceholderText(t.publishFromEmail.isEmpty() ? tr("required: the template has none")
                                                                 : t.publishFromEmail);
    m_fromName->setPlaceholderText(t.publishFromName);
    m_subject->setPlaceholderText(t.publishSubject.isEmpty() ? tr("the template has no subject")
                                                             : t.publishSubject);
    for (auto [edit, text] :
         {std::pair{m_fromEmail, e.fromEmail}, std::pair{m_fromName, lineText(e.fromName)},
          std::pair{m_subject, lineText(e.subject)}, std::pair{m_replyTo, e.replyTo},
          std::pair{m_fallbackRecipient, e.fallbackRecipient}}) {
        if (edit->text() != text)
            edit->setText(text);
        edit->setEnabled(chosen);
    }
    m_render->setEnabled(chosen && !t.isMailchimp() && m_client);
    m_moveDesign->setEnabled(m_client != nullptr);
    m_loading = false;
}

void TemplatePane::addFieldRow(QGridLayout *grid, int row, bool region, int index)
{
    const TemplateField &f = region ? m_email.regions.at(index) : m_email.mergeVars.at(index);
    auto *tag = new QLabel(written(f.name, m_email.mergeLanguage, region), m_fieldsBox);
    tag->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *combo = new QComboBox(m_fieldsBox);
    combo->setObjectName((region ? QStringLiteral("regionCombo_") : QStringLiteral("fieldCombo_")) + f.name);
    combo->setAccessibleName(tr("Fill %1 with").arg(f.name));
    combo->addItem(region ? tr("— keep the template's content —") : tr("— nothing (left blank) —"),
                   QString());
    QStringList fields = m_fields;
    if (!f.value.field.isEmpty() && !fields.contains(f.value.field))
        fields << f.value.field; // mapped to a field this sample person lacks: keep showing it
    for (const QString &path : std::as_const(fields))
        combo->addItem(placeholderFieldTitle(path), path);
    combo->setCurrentIndex(qMax(0, combo->findData(f.value.field)));
    auto *fallback = new QLineEdit(f.value.fallback, m_fieldsBox);
    fallback->setObjectName(
        (region ? QStringLiteral("regionFallbackEdit_") : QStringLiteral("fallbackEdit_")) + f.name);
    fallback->setAccessibleName(tr("Text for %1 when the person has no value").arg(f.name));
    fallback->setPlaceholderText(f.value.field.isEmpty() ? tr("fixed text") : tr("fallback"));
    grid->addWidget(tag, row, 0);
    grid->addWidget(combo, row, 1);
    grid->addWidget(fallback, row, 2);
    auto field = [this, region, index]() -> TemplateField & {
        return region ? m_email.regions[index] : m_email.mergeVars[index];
    };
    connect(combo, &QComboBox::activated, this, [this, combo, fallback, field] {
        TemplateField &f = field();
        f.value.field = combo->currentData().toString();
        if (f.value.fallback.isEmpty() && !f.value.field.isEmpty()) {
            f.value.fallback = FieldCatalog::suggestedFallback(f.value.field);
            fallback->setText(f.value.fallback);
        }
        fallback->setPlaceholderText(f.value.field.isEmpty() ? tr("fixed text") : tr("fallback"));
        commit();
    });
    connect(fallback, &QLineEdit::textEdited, this, [this, field, fallback](const QString &text) {
        field().value.fallback = text;
        commit(fallback->objectName());
    });
}

void TemplatePane::edited()
{
    if (m_loading)
        return;
    Envelope &e = m_email.envelope;
    e.fromEmail = m_fromEmail->text().trimmed();
    e.fromName = textLine(m_fromName->text());
    e.subject = textLine(m_subject->text());
    e.replyTo = m_replyTo->text().trimmed();
    e.fallbackRecipient = m_fallbackRecipient->text().trimmed();
    commit(sender() ? sender()->objectName() : QString());
}

namespace {
// One step of the template pane's history: before/after states. The change is on screen when pushed, so the
// first redo() does nothing. Typing in one box merges while the pauses stay under 1.5 s.
class TemplateCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const TemplateEmail &)>;
    TemplateCommand(TemplateEmail before, TemplateEmail after, QString mergeKey, Apply apply)
        : QUndoCommand(TemplatePane::tr("Change the email")), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(std::move(mergeKey)),
          m_lastEdit(QDateTime::currentMSecsSinceEpoch()), m_apply(std::move(apply))
    {}
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (!std::exchange(m_shown, false))
            m_apply(m_after);
    }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x7e47; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TemplateCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_lastEdit - m_lastEdit > 1500)
            return false;
        m_after = next->m_after;
        m_lastEdit = next->m_lastEdit;
        return true;
    }

private:
    TemplateEmail m_before;
    TemplateEmail m_after;
    QString m_mergeKey;
    qint64 m_lastEdit;
    Apply m_apply;
    bool m_shown = true;
};
} // namespace

void TemplatePane::commit(const QString &mergeKey)
{
    if (m_email == m_committed)
        return;
    m_undo->push(new TemplateCommand(m_committed, m_email, mergeKey,
                                     [this](const TemplateEmail &email) { applySnapshot(email); }));
    m_committed = m_email;
    emit templateEdited(m_email);
}

void TemplatePane::applySnapshot(const TemplateEmail &email)
{
    m_email = email;
    m_committed = email;
    rebuild();
    emit templateEdited(m_email);
}

void TemplatePane::pickTemplate()
{
    if (!m_client)
        return;
    auto *dialog = new TemplatePickerDialog(m_client, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { useTemplate(dialog->chosen()); });
    dialog->open();
    dialog->load();
}

void TemplatePane::useTemplate(const MandrillTemplate &chosen)
{
    const bool sameTemplate =
        chosen.slug == m_email.source.slug && chosen.mailchimpId == m_email.source.mailchimpId;
    m_email.source = chosen;
    if (!sameTemplate) {
        // A new template: its tags decide the language; mappings of the old one are dropped.
        m_email.mergeVars.clear();
        m_email.regions.clear();
        m_email.mergeLanguage = m_email.scan().likelyLanguage();
    }
    syncTemplateFields(m_email, m_fields);
    // Guessed fields start with the fallback the designer would suggest ("there" for a first name).
    for (TemplateField &f : m_email.mergeVars) {
        if (!f.value.field.isEmpty() && f.value.fallback.isEmpty())
            f.value.fallback = FieldCatalog::suggestedFallback(f.value.field);
    }
    rebuild();
    commit();
}

void TemplatePane::renderOnMandrill()
{
    if (!m_client || m_email.source.slug.isEmpty())
        return;
    const MergeValues values = TemplateGenerator::mergeValuesFor(m_email, m_identity);
    const QHash<QString, QString> regions = TemplateGenerator::regionValuesFor(m_email, m_identity);
    QJsonArray mergeVars, content;
    for (auto it = values.begin(); it != values.end(); ++it)
        mergeVars.append(
            QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("content"), it.value()}});
    for (auto it = regions.begin(); it != regions.end(); ++it)
        content.append(
            QJsonObject{{QStringLiteral("name"), it.key()}, {QStringLiteral("content"), it.value()}});
    const QString local = renderMerge(m_email.source.publishCode, m_email.mergeLanguage, values, regions);
    m_render->setEnabled(false);
    m_renderStatus->setText(tr("Asking Mandrill…"));
    QPointer<TemplatePane> self(this);
    const QString slug = m_email.source.slug;
    KeyProvider::of(m_secrets)->key(
        SecretStore::Slot::MandrillKey, this,
        [self, slug, content, mergeVars, local](Result<ResolvedSecret> key) {
            if (!self)
                return;
            if (!key) {
                self->m_render->setEnabled(true);
                self->m_renderStatus->setText(key.error().message);
                return;
            }
            self->m_client->renderTemplate(
                key->value, slug, content, mergeVars,
                [self, local](Result<QString> html) {
                    if (!self)
                        return;
                    self->m_render->setEnabled(true);
                    self->m_differences->clear();
                    if (!html) {
                        self->m_renderStatus->setText(html.error().message);
                        self->m_differences->hide();
                        return;
                    }
                    const QList<RenderDifference> diff = compareRenders(local, html.value());
                    if (diff.isEmpty()) {
                        self->m_renderStatus->setText(tr("Mandrill renders it exactly like the preview."));
                        self->m_differences->hide();
                        return;
                    }
                    self->m_renderStatus->setText(
                        tr("Mandrill's render differs from the preview on these lines (at most 20 shown):"));
                    for (const RenderDifference &d : diff)
                        self->m_differences->addItem(tr("Line %1 — preview: %2\n          Mandrill: %3")
                                                         .arg(d.line)
                                                         .arg(d.local.left(160), d.mandrill.left(160)));
                    self->m_differences->show();
                },
                self);
        });
}

} // namespace hookmail

namespace hookmail {

QString TemplatePane::moveStatus() const
{
    return m_moveStatus->text();
}

void TemplatePane::moveDesign(const EmailDesign &design, const Theme &theme, const QString &emailName,
                              DocumentPrompter *prompter)
{
    if (!m_client)
        return;
    const DesignUpload up = designToTemplate(design, theme, tr("%1 (from Hookmail)").arg(emailName));
    QStringList fields;
    for (const TemplateField &f : up.email.mergeVars)
        fields << QStringLiteral("*|%1|* ← %2").arg(f.name, placeholderFieldTitle(f.value.field));
    const QString review =
        tr("Add the designed email to Mandrill as the new template “%1”?\n\n"
           "• HTML %2 KiB and a plain-text version, subject “%3”\n"
           "• The person's fields become merge tags: %4\n"
           "• It is added as a draft; Hookmail asks next whether to publish it.\n"
           "• This email then sends that template. Its design stays here: “Design” goes back to it.")
            .arg(up.name)
            .arg(double(up.code.toUtf8().size()) / 1024.0, 0, 'f', 1)
            .arg(up.subject, fields.isEmpty() ? tr("none") : fields.join(QStringLiteral(", ")));
    if (prompter && !prompter->confirm(tr("Move the email into Mandrill"), review))
        return;
    m_moveDesign->setEnabled(false);
    m_moveStatus->setText(tr("Adding the template to Mandrill…"));
    QPointer<TemplatePane> self(this);
    KeyProvider::of(m_secrets)->key(
        SecretStore::Slot::MandrillKey, this, [self, up, prompter](Result<ResolvedSecret> key) {
            if (!self)
                return;
            auto finish = [self](const QString &status) {
                self->m_moveDesign->setEnabled(true);
                self->m_moveStatus->setText(status);
            };
            if (!key)
                return finish(key.error().message);
            const QString k = key->value;
            self->m_client->addTemplate(
                k, templateAddBody(up),
                [self, up, prompter, k, finish](Result<MandrillTemplate> added) {
                    if (!self)
                        return;
                    if (!added)
                        return finish(added.error().message);
                    auto switchTo = [self, up](const MandrillTemplate &t) {
                        TemplateEmail email = up.email;
                        email.source = t;
                        self->m_email = email;
                        self->rebuild();
                        emit self->templateEdited(self->m_email);
                    };
                    const bool publish =
                        !prompter ||
                        prompter->confirm(tr("Publish the template"),
                                          tr("The template “%1” is in Mandrill as a draft. Publish it "
                                             "now? Emails can only be sent with a published template.")
                                              .arg(added->displayName()));
                    if (!publish) {
                        switchTo(added.value());
                        return finish(tr("Added “%1” as a draft. Publish it in Mandrill before sending.")
                                          .arg(added->displayName()));
                    }
                    self->m_moveStatus->setText(tr("Publishing…"));
                    self->m_client->publishTemplate(
                        k, added->slug,
                        [self, switchTo, finish](Result<MandrillTemplate> published) {
                            if (!self)
                                return;
                            if (!published)
                                return finish(published.error().message);
                            switchTo(published.value());
                            finish(tr("Published “%1” in Mandrill; this email now sends it.")
                                       .arg(published->displayName()));
                        },
                        self);
                },
                self);
        });
}

} // namespace hookmail
