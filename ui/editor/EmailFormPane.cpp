#include "editor/EmailFormPane.h"

#include "ui_EmailFormPane.h"

#include <QFontDatabase>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>

namespace hookmail {

EmailFormPane::EmailFormPane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::EmailFormPane>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("emailFormPane"));
    m_ui->htmlBodyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->htmlBodyEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->textBodyEdit->setTabChangesFocus(true);
    m_ui->htmlBodyEdit->setTabChangesFocus(true);
    m_ui->fallbackLineEdit->setToolTip(tr(
        "Some sign-ups have no email address (for example a GitHub account with a private email). Leave this "
        "empty to skip sending in that case, or enter an address that should receive the email instead."));
    m_ui->recipientSourceComboBox->setToolTip(tr("Which of the person's addresses receives the email"));

    m_ui->recipientSourceComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->recipientSourceComboBox->setMinimumContentsLength(16);
    for (const auto &[title, sources] : recipientChoices())
        m_ui->recipientSourceComboBox->addItem(title, sources);

    m_insertButtons = {{m_ui->insertFromNameFieldButton, m_ui->fromNameLineEdit},
                       {m_ui->insertSubjectFieldButton, m_ui->subjectLineEdit},
                       {m_ui->insertRecipientNameFieldButton, m_ui->recipientNameLineEdit},
                       {m_ui->insertTextBodyFieldButton, m_ui->textBodyEdit},
                       {m_ui->insertHtmlBodyFieldButton, m_ui->htmlBodyEdit}};
    for (const auto &[button, target] : std::as_const(m_insertButtons)) {
        button->setMenu(new QMenu(button));
        button->setFocusPolicy(Qt::StrongFocus);
    }
    rebuildInsertMenus();

    for (QLineEdit *edit :
         {m_ui->fromEmailLineEdit, m_ui->fromNameLineEdit, m_ui->subjectLineEdit, m_ui->fallbackLineEdit,
          m_ui->recipientNameLineEdit, m_ui->replyToLineEdit, m_ui->tagsLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &EmailFormPane::emitChanged);
    for (QPlainTextEdit *edit : {m_ui->textBodyEdit, m_ui->htmlBodyEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &EmailFormPane::emitChanged);
    connect(m_ui->recipientSourceComboBox, &QComboBox::currentIndexChanged, this,
            &EmailFormPane::emitChanged);
}

EmailFormPane::~EmailFormPane() = default;

QList<std::pair<QString, QStringList>> EmailFormPane::recipientChoices()
{
    const QString verified = QStringLiteral("verified");
    const QString address = QStringLiteral("address");
    const QString trait = QStringLiteral("trait:email");
    return {
        {tr("Primary verified address, else the first address (recommended)"), {verified, address, trait}},
        {tr("Primary verified address only"), {verified}},
        {tr("First email address, verified or not"), {address, trait}},
        {tr("The email field of the profile (traits.email)"), {trait}},
    };
}

void EmailFormPane::selectRecipientSources(const QStringList &sources)
{
    QComboBox *combo = m_ui->recipientSourceComboBox;
    int index = combo->findData(sources);
    if (index < 0) {
        combo->addItem(tr("Custom: %1").arg(sources.join(QStringLiteral(", "))), sources);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void EmailFormPane::setForm(const EmailForm &form)
{
    m_updating = true;
    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    setLine(m_ui->fromEmailLineEdit, form.fromEmail);
    setLine(m_ui->fromNameLineEdit, form.fromName);
    setLine(m_ui->subjectLineEdit, form.subject);
    setLine(m_ui->fallbackLineEdit, form.fallbackRecipient);
    setLine(m_ui->recipientNameLineEdit, form.recipientNameTemplate);
    setLine(m_ui->replyToLineEdit, form.replyTo);
    setLine(m_ui->tagsLineEdit, form.tags.join(QStringLiteral(", ")));
    setPlain(m_ui->textBodyEdit, form.text);
    setPlain(m_ui->htmlBodyEdit, form.html);
    selectRecipientSources(form.recipientSources);
    m_updating = false;
}

EmailForm EmailFormPane::form() const
{
    EmailForm form;
    form.fromEmail = m_ui->fromEmailLineEdit->text().trimmed();
    form.fromName = m_ui->fromNameLineEdit->text();
    form.subject = m_ui->subjectLineEdit->text();
    form.text = m_ui->textBodyEdit->toPlainText();
    form.html = m_ui->htmlBodyEdit->toPlainText();
    form.replyTo = m_ui->replyToLineEdit->text().trimmed();
    form.tags.clear();
    for (const QString &tag : m_ui->tagsLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = tag.trimmed(); !t.isEmpty())
            form.tags.append(t);
    }
    form.recipientSources = m_ui->recipientSourceComboBox->currentData().toStringList();
    form.recipientNameTemplate = m_ui->recipientNameLineEdit->text();
    form.fallbackRecipient = m_ui->fallbackLineEdit->text().trimmed();
    return form;
}

void EmailFormPane::emitChanged()
{
    if (!m_updating)
        emit formChanged(form());
}

QString EmailFormPane::fieldTitle(const QString &path)
{
    if (path == u"address")
        return tr("Their email address");
    if (path == u"id")
        return tr("Account ID");
    QStringList parts = path.split(u'.');
    QString where;
    if (parts.first() == u"traits") {
        parts.removeFirst();
    } else if (parts.first() == u"metadata_public") {
        parts.removeFirst();
        where = tr(" (public metadata)");
    }
    if (parts.isEmpty())
        return path;
    // name.first → "first name": the last part reads first in English.
    std::reverse(parts.begin(), parts.end());
    QString words = parts.join(u' ').replace(u'_', u' ');
    words[0] = words[0].toUpper();
    return words + where;
}

void EmailFormPane::setIdentityFields(const QStringList &paths)
{
    m_fields = paths;
    rebuildInsertMenus();
}

void EmailFormPane::rebuildInsertMenus()
{
    for (const auto &[button, target] : std::as_const(m_insertButtons)) {
        QMenu *menu = button->menu();
        menu->clear();
        button->setEnabled(!m_fields.isEmpty());
        for (const QString &path : std::as_const(m_fields)) {
            QAction *action = menu->addAction(u"%1  (%2)"_qs.arg(fieldTitle(path), path));
            action->setData(path);
            QWidget *t = target;
            connect(action, &QAction::triggered, this, [this, t, path] { insertPlaceholder(t, path); });
        }
    }
}

void EmailFormPane::insertPlaceholder(QWidget *target, const QString &path)
{
    const QString placeholder = u"{{" + path + u"}}";
    if (auto *line = qobject_cast<QLineEdit *>(target))
        line->insert(placeholder);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(target))
        plain->insertPlainText(placeholder);
    target->setFocus(Qt::OtherFocusReason);
}

} // namespace hookmail
