#include "editor/ActionEditorPane.h"

#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/model/FormMigration.h"
#include "editor/CodeTextEdit.h"
#include "editor/EmailFormPane.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookmail {

namespace {
// Interim bridge (issue 14) until the designer replaces this page: the old form edits a design's envelope and
// its plain-text override; the body is shown (read-only) as the HTML the design generates.
EmailForm formFromDesign(const EmailDesign &design, const Theme &theme)
{
    const Envelope &e = design.envelope;
    EmailForm form;
    form.fromEmail = e.fromEmail;
    form.fromName = inlineTextToTemplate(e.fromName);
    form.subject = inlineTextToTemplate(e.subject);
    form.replyTo = e.replyTo;
    form.tags = e.tags;
    form.recipientSources = e.recipientSources;
    form.recipientNameTemplate = inlineTextToTemplate(e.recipientName);
    form.fallbackRecipient = e.fallbackRecipient;
    form.text = design.plainTextOverride ? richTextToTemplate(*design.plainTextOverride) : QString();
    form.html = DesignGenerator::html(design, theme, {});
    return form;
}

void applyForm(EmailDesign *design, const EmailForm &form)
{
    Envelope &e = design->envelope;
    e.fromEmail = form.fromEmail;
    if (inlineTextToTemplate(e.fromName) != form.fromName)
        e.fromName = inlineTextFromTemplate(form.fromName);
    if (inlineTextToTemplate(e.subject) != form.subject)
        e.subject = inlineTextFromTemplate(form.subject);
    e.replyTo = form.replyTo;
    e.tags = form.tags;
    e.recipientSources = form.recipientSources;
    if (inlineTextToTemplate(e.recipientName) != form.recipientNameTemplate)
        e.recipientName = inlineTextFromTemplate(form.recipientNameTemplate);
    e.fallbackRecipient = form.fallbackRecipient;
    const QString text =
        design->plainTextOverride ? richTextToTemplate(*design->plainTextOverride) : QString();
    if (text != form.text) {
        if (form.text.trimmed().isEmpty())
            design->plainTextOverride.reset();
        else
            design->plainTextOverride = richTextFromTemplate(form.text);
    }
}
} // namespace

ActionEditorPane::ActionEditorPane(QWidget *parent)
    : QWidget(parent), m_formButton(new QToolButton(this)), m_codeButton(new QToolButton(this)),
      m_modeHint(new QLabel(this)), m_modeMessage(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_formPane(new EmailFormPane), m_generatedEditor(new JsonnetEditor), m_codeEditor(new JsonnetEditor),
      m_problems(new QListWidget)
{
    setObjectName(QStringLiteral("actionEditorPane"));
    auto *group = new QButtonGroup(this);
    for (auto [button, name, text, tip] :
         {std::tuple{m_formButton, QStringLiteral("formModeButton"), tr("Form"),
                     tr("Write the email in a form (no code needed)")},
          std::tuple{m_codeButton, QStringLiteral("codeModeButton"), tr("Code"),
                     tr("Edit the Jsonnet template")}}) {
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumWidth(80);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
    }
    m_modeHint->setObjectName(QStringLiteral("modeHintLabel"));
    m_modeHint->setEnabled(false);
    // One line, clipped when narrow, so the toolbar never grows taller.
    m_modeHint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_modeMessage->setObjectName(QStringLiteral("modeMessageLabel"));
    m_modeMessage->setWordWrap(true);
    m_modeMessage->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(245, 166, 35, 45); border-radius: 6px; "
                       "padding: 6px 10px; }"));
    m_modeMessage->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(m_formButton);
    bar->addWidget(m_codeButton);
    bar->addSpacing(10);
    bar->addWidget(m_modeHint, 1);

    // Form page: the form, and below it the Jsonnet it generates (read-only).
    auto *formScroll = new QScrollArea;
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(m_formPane);
    if (auto *html = m_formPane->findChild<QPlainTextEdit *>(QStringLiteral("htmlBodyEdit")))
        html->setReadOnly(true); // the design's HTML: edited as blocks, not here
    m_generatedEditor->setObjectName(QStringLiteral("generatedCodeEditor"));
    m_generatedEditor->setReadOnly(true);
    m_generatedEditor->textEdit()->setAccessibleName(tr("Generated Jsonnet (read-only)"));
    auto *generatedBox = new QWidget;
    auto *generatedLayout = new QVBoxLayout(generatedBox);
    generatedLayout->setContentsMargins(0, 4, 0, 0);
    auto *generatedTitle = new QLabel(tr("Generated Jsonnet (read-only — switch to Code to edit)"));
    generatedTitle->setEnabled(false);
    generatedLayout->addWidget(generatedTitle);
    generatedLayout->addWidget(m_generatedEditor, 1);
    auto *formPage = new QSplitter(Qt::Vertical);
    formPage->setObjectName(QStringLiteral("formPage"));
    formPage->addWidget(formScroll);
    formPage->addWidget(generatedBox);
    formPage->setStretchFactor(0, 3);
    formPage->setStretchFactor(1, 1);

    // Code page: the editor and its problems.
    m_codeEditor->setObjectName(QStringLiteral("codeEditor"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setMaximumHeight(120);
    m_problems->hide();
    auto *codePage = new QSplitter(Qt::Vertical);
    codePage->setObjectName(QStringLiteral("codePage"));
    codePage->addWidget(m_codeEditor);
    codePage->addWidget(m_problems);
    codePage->setStretchFactor(0, 1);

    m_stack->addWidget(formPage);
    m_stack->addWidget(codePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_modeMessage);
    layout->addWidget(m_stack, 1);

    connect(m_formButton, &QToolButton::clicked, this, [this] {
        if (!switchToForm())
            m_codeButton->setChecked(true);
    });
    connect(m_codeButton, &QToolButton::clicked, this, &ActionEditorPane::switchToCode);
    connect(m_formPane, &EmailFormPane::formChanged, this, [this](const EmailForm &form) {
        if (m_loading || !hasAction())
            return;
        applyForm(&m_action.design, form);
        m_action.templateSource = DesignGenerator::jsonnet(m_action.design, m_theme);
        m_generatedEditor->setText(m_action.templateSource);
        emit actionEdited(m_action);
    });
    connect(m_codeEditor, &JsonnetEditor::textChanged, this, [this] {
        if (m_loading || !hasAction() || isFormMode())
            return;
        m_action.templateSource = m_codeEditor->text();
        setModeMessage({});
        emit actionEdited(m_action);
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        goToLine(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        goToLine(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
    });
    showMode(true);
}

void ActionEditorPane::setAction(const Action &action)
{
    if (hasAction() && action == m_action)
        return; // an echo of this pane's own edit: reloading would disturb the person typing
    m_loading = true;
    const bool sameAction = action.id == m_action.id;
    m_action = action;
    const bool design = action.mode == EditMode::Design;
    m_formPane->setForm(formFromDesign(action.design, m_theme));
    m_generatedEditor->setText(design ? action.templateSource : QString());
    if (m_codeEditor->text() != action.templateSource)
        m_codeEditor->setText(action.templateSource);
    if (!sameAction)
        setModeMessage({});
    showMode(design);
    m_loading = false;
}

void ActionEditorPane::setTheme(const Theme &theme)
{
    m_theme = theme;
}

bool ActionEditorPane::isFormMode() const
{
    return m_stack->currentIndex() == 0;
}

void ActionEditorPane::showMode(bool form)
{
    m_stack->setCurrentIndex(form ? 0 : 1);
    m_formButton->setChecked(form);
    m_codeButton->setChecked(!form);
    m_modeHint->setText(form ? tr("Fill in the email; the template is written for you.")
                             : tr("Jsonnet template (the key is added for you)"));
}

void ActionEditorPane::setModeMessage(const QString &text)
{
    m_modeMessage->setText(text);
    m_modeMessage->setVisible(!text.isEmpty());
}

QString ActionEditorPane::modeMessage() const
{
    return m_modeMessage->isHidden() ? QString() : m_modeMessage->text();
}

bool ActionEditorPane::switchToCode()
{
    if (!hasAction())
        return false;
    setModeMessage({});
    if (!isFormMode())
        return true;
    m_loading = true;
    m_codeEditor->setText(m_action.templateSource);
    m_loading = false;
    m_action.mode = EditMode::Code;
    showMode(false);
    emit actionEdited(m_action);
    m_codeEditor->setFocus();
    return true;
}

bool ActionEditorPane::switchToForm()
{
    if (!hasAction())
        return false;
    if (isFormMode())
        return true;
    // Back to the design only while the code is exactly what the design generates: anything else would be
    // lost.
    const bool unchanged = m_action.design != EmailDesign{} &&
                           m_codeEditor->text() == DesignGenerator::jsonnet(m_action.design, m_theme);
    if (!unchanged) {
        setModeMessage(
            tr("The form can't show this template: the code was written or changed by hand, and the form "
               "would lose those changes. Undo your code edits to go back to the form, or keep working "
               "in code."));
        showMode(false);
        return false;
    }
    setModeMessage({});
    m_action.mode = EditMode::Design;
    m_loading = true;
    m_formPane->setForm(formFromDesign(m_action.design, m_theme));
    m_generatedEditor->setText(m_action.templateSource);
    m_loading = false;
    showMode(true);
    emit actionEdited(m_action);
    return true;
}

void ActionEditorPane::setIdentityFields(const QStringList &paths)
{
    m_formPane->setIdentityFields(paths);
}

void ActionEditorPane::setFormatter(JsonnetEditor::Formatter formatter)
{
    m_codeEditor->setFormatter(std::move(formatter));
}

JsonnetEditor *ActionEditorPane::activeEditor() const
{
    return isFormMode() ? m_generatedEditor : m_codeEditor;
}

void ActionEditorPane::showProblems(const EvaluationResult &result, const QList<Finding> &findings)
{
    QList<EditorMarker> markers;
    m_problems->clear();
    auto addProblem = [this, &markers](const QString &message, int line, int column, int endColumn,
                                       bool error) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
            line > 0 ? tr("Line %1: %2").arg(line).arg(message) : message, m_problems);
        item->setData(Qt::UserRole, line);
        item->setData(Qt::UserRole + 1, column);
        if (line > 0)
            markers.append({line, column, endColumn, message,
                            error ? EditorMarker::Severity::Error : EditorMarker::Severity::Warning});
    };
    if (!result.ok && !result.cancelled())
        addProblem(result.error.message, result.error.line, result.error.column, result.error.endColumn,
                   true);
    for (const Finding &f : findings) {
        // The evaluation error itself is already listed (with its exact range).
        const bool sameAsError =
            !result.ok && (f.code == u"template-fails" || f.code == u"syntax" || f.code == u"limit");
        if (f.severity == Finding::Severity::Info || sameAsError)
            continue;
        addProblem(f.message, f.line, f.column, 0, f.severity == Finding::Severity::Error);
    }
    m_codeEditor->setMarkers(markers);
    m_generatedEditor->setMarkers(markers);
    m_problems->setVisible(m_problems->count() > 0);
}

void ActionEditorPane::goToLine(int line, int column)
{
    if (line <= 0)
        return;
    activeEditor()->goToLine(line, qMax(1, column));
}

} // namespace hookmail
