#include "mtemplate/TemplatePickerDialog.h"

#include "core/mandrill/MandrillClient.h"
#include "core/secrets/KeyProvider.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookmail {

TemplatePickerDialog::TemplatePickerDialog(MandrillClient *client, SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_client(client), m_secrets(secrets), m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("templatePickerDialog"));
    setWindowTitle(tr("Choose a Mandrill template"));
    resize(560, 460);
    m_search->setObjectName(QStringLiteral("templateSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name or label"));
    m_search->setAccessibleName(tr("Search templates"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("templatePickerStatus"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this template"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("useTemplateButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Templates designed in Mandrill (or sent to it from Mailchimp). Hookmail fills "
                      "their fields from the person who signs up."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_search, &QLineEdit::textChanged, this, &TemplatePickerDialog::showList);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0 && m_pending == 0);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TemplatePickerDialog::choose);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplatePickerDialog::choose);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TemplatePickerDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #c92a2a; }") : QString());
}

void TemplatePickerDialog::load()
{
    if (m_loaded || m_pending > 0)
        return;
    setStatus(tr("Loading the account's templates…"));
    m_pending = 2;
    QPointer<TemplatePickerDialog> self(this);
    KeyProvider::of(m_secrets)->key(SecretStore::Slot::MandrillKey, this, [self](Result<ResolvedSecret> key) {
        if (!self)
            return;
        if (!key) {
            self->m_pending = 0;
            self->setStatus(key.error().message, true);
            return;
        }
        auto done = [self](bool mailchimp, Result<QList<MandrillTemplate>> list) {
            if (!self)
                return;
            --self->m_pending;
            if (list)
                self->m_all += list.value();
            else if (!mailchimp)
                self->setStatus(list.error().message, true);
            if (self->m_pending == 0) {
                self->m_loaded = true;
                self->showList();
            }
        };
        self->m_client->templates(
            key->value, [done](Result<QList<MandrillTemplate>> r) { done(false, std::move(r)); }, self);
        // Mailchimp templates are optional: an account without them still lists its Mandrill templates.
        self->m_client->mailchimpTemplates(
            key->value, [done](Result<QList<MandrillTemplate>> r) { done(true, std::move(r)); }, self);
    });
}

void TemplatePickerDialog::showList()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const QList<MandrillTemplate> shown = filterTemplates(m_all, m_search->text());
    for (const MandrillTemplate &t : shown) {
        QString state = !t.isPublished() ? tr("draft only — publish it in Mandrill before sending")
                        : t.draftDiffers()
                            ? tr("published %1 · the draft has unpublished changes").arg(t.publishedAt)
                            : tr("published %1").arg(t.publishedAt);
        QString line = t.displayName();
        if (t.isMailchimp())
            line += QLatin1Char(' ') + tr("(Mailchimp)");
        if (!t.labels.isEmpty())
            line += QStringLiteral("  ·  ") + t.labels.join(QStringLiteral(", "));
        auto *item = new QListWidgetItem(line + QLatin1Char('\n') + state, m_list);
        const QString id = t.isMailchimp() ? QStringLiteral("mc:") + QString::number(t.mailchimpId) : t.slug;
        item->setData(Qt::UserRole, id);
        item->setToolTip(t.isMailchimp() ? tr("Mailchimp template %1").arg(t.mailchimpId)
                                         : tr("Slug: %1").arg(t.slug));
        if (id == current)
            m_list->setCurrentItem(item);
    }
    if (m_pending == 0 && m_status->styleSheet().isEmpty())
        setStatus(m_all.isEmpty()
                      ? tr("The account has no templates yet. Create one in Mandrill → Templates.")
                  : shown.isEmpty()
                      ? tr("No template matches “%1”.").arg(m_search->text())
                      : (shown.size() == 1 ? tr("1 template") : tr("%1 templates").arg(shown.size())));
}

void TemplatePickerDialog::choose()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || m_pending > 0)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (id.startsWith(QStringLiteral("mc:"))) {
        // Mailchimp templates: what the list gives is all there is (mctemplates/info adds nothing we show).
        for (const MandrillTemplate &t : std::as_const(m_all)) {
            if (t.isMailchimp() && QStringLiteral("mc:") + QString::number(t.mailchimpId) == id)
                m_chosen = t;
        }
        accept();
        return;
    }
    setStatus(tr("Reading the template…"));
    m_pending = 1;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QPointer<TemplatePickerDialog> self(this);
    KeyProvider::of(m_secrets)->key(
        SecretStore::Slot::MandrillKey, this, [self, id](Result<ResolvedSecret> key) {
            if (!self)
                return;
            if (!key) {
                self->m_pending = 0;
                self->setStatus(key.error().message, true);
                return;
            }
            self->m_client->templateInfo(
                key->value, id,
                [self](Result<MandrillTemplate> info) {
                    if (!self)
                        return;
                    self->m_pending = 0;
                    self->m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                    if (!info) {
                        self->setStatus(info.error().message, true);
                        return;
                    }
                    self->m_chosen = info.value();
                    self->accept();
                },
                self);
        });
}

} // namespace hookmail
