#include "editor/ActionEditorPane.h"

#include "core/design/DesignGenerator.h"
#include "core/mtemplate/TemplateGenerator.h"
#include "core/render/TemplateSize.h"
#include "design/DesignPane.h"
#include "editor/CodeTextEdit.h"
#include "editor/TemplateSizeMeter.h"
#include "mtemplate/TemplatePane.h"
#include "session/DocumentPrompter.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hookmail {

ActionEditorPane::ActionEditorPane(QWidget *parent)
    : QWidget(parent), m_designButton(new QToolButton(this)), m_codeButton(new QToolButton(this)),
      m_templateButton(new QToolButton(this)), m_modeHint(new QLabel(this)), m_modeMessage(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_designPane(new DesignPane), m_templatePane(new TemplatePane),
      m_sizeMeter(new TemplateSizeMeter), m_codeEditor(new JsonnetEditor), m_problems(new QListWidget)
{
    setObjectName(QStringLiteral("actionEditorPane"));
    auto *group = new QButtonGroup(this);
    for (auto [button, name, text, tip] :
         {std::tuple{m_designButton, QStringLiteral("designModeButton"), tr("Design"),
                     tr("Design the email from blocks (no code needed)")},
          std::tuple{m_codeButton, QStringLiteral("codeModeButton"), tr("Code"),
                     tr("Edit the Jsonnet template (for developers)")},
          std::tuple{m_templateButton, QStringLiteral("templateModeButton"), tr("Mandrill template"),
                     tr("Send a template designed in Mandrill or Mailchimp, filled from the person")}}) {
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumWidth(80);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The pressed look alone is faint in some palettes (dark ones): the current mode is also bold.
        button->setStyleSheet(QStringLiteral("QToolButton:checked { font-weight: bold; }"));
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
    bar->addWidget(m_designButton);
    bar->addWidget(m_codeButton);
    bar->addWidget(m_templateButton);
    bar->addSpacing(10);
    bar->addWidget(m_modeHint, 1);
    bar->addStretch(); // keeps the buttons together on the left while the hint is hidden

    // Design page: the designer, and under it how close the email is to Ory's size limit.
    m_designPane->setObjectName(QStringLiteral("designPane"));
    auto *designPage = new QWidget;
    designPage->setObjectName(QStringLiteral("designPage"));
    auto *designLayout = new QVBoxLayout(designPage);
    designLayout->setContentsMargins(0, 0, 0, 0);
    designLayout->setSpacing(4);
    designLayout->addWidget(m_designPane, 1);
    designLayout->addWidget(m_sizeMeter);

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

    m_stack->addWidget(designPage);
    m_stack->addWidget(codePage);
    m_stack->addWidget(m_templatePane);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(bar);
    layout->addWidget(m_modeMessage);
    layout->addWidget(m_stack, 1);

    // A refused switch puts the buttons back on the mode shown.
    connect(m_designButton, &QToolButton::clicked, this, [this] {
        if (!switchToDesign())
            showMode(shownMode());
    });
    connect(m_codeButton, &QToolButton::clicked, this, [this] {
        if (!switchToCode())
            showMode(shownMode());
    });
    connect(m_templateButton, &QToolButton::clicked, this, [this] {
        if (!switchToTemplate())
            showMode(shownMode());
    });
    connect(m_templatePane, &TemplatePane::moveDesignRequested, this,
            &ActionEditorPane::moveDesignIntoMandrill);
    connect(m_templatePane, &TemplatePane::templateEdited, this, [this](const TemplateEmail &email) {
        if (m_loading || !hasAction() || !isTemplateMode())
            return;
        m_action.mode = Action::EditMode::Template;
        m_action.mandrillTemplate = email;
        regenerateTemplate(m_action, m_theme);
        emit actionEdited(m_action);
    });
    connect(m_designPane, &DesignPane::designEdited, this, &ActionEditorPane::onDesignEdited);
    connect(m_designPane, &DesignPane::themeEdited, this, [this](const Theme &theme) {
        if (m_loading || theme == m_theme)
            return;
        m_theme = theme;
        emit themeEdited(theme);
    });
    connect(m_designPane, &DesignPane::blockSelected, this, [this](const QString &id) {
        if (isDesignMode())
            emit blockSelected(id);
    });
    connect(m_codeEditor, &JsonnetEditor::textChanged, this, [this] {
        if (m_loading || !hasAction() || shownMode() != Action::EditMode::Code)
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
    showMode(Action::EditMode::Design);
}

void ActionEditorPane::onDesignEdited(const EmailDesign &design)
{
    if (m_loading || !hasAction() || !isDesignMode())
        return;
    m_action.mode = Action::EditMode::Design;
    m_action.design = design;
    // The template the session writes too (so its echo equals this action and is ignored).
    regenerateTemplate(m_action, m_theme);
    emit actionEdited(m_action);
}

void ActionEditorPane::setAction(const Action &action)
{
    if (hasAction() && action == m_action)
        return; // an echo of this pane's own edit: reloading would disturb the person typing
    m_loading = true;
    const bool sameAction = action.id == m_action.id;
    m_action = action;
    if (m_codeEditor->text() != action.templateSource)
        m_codeEditor->setText(action.templateSource);
    if (!sameAction)
        setModeMessage({});
    if (action.mode == Action::EditMode::Design)
        showDesign();
    if (action.mode == Action::EditMode::Template)
        m_templatePane->setEmail(action.mandrillTemplate);
    showMode(action.mode);
    m_loading = false;
}

void ActionEditorPane::setTheme(const Theme &theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    if (isDesignMode() && hasAction()) {
        m_loading = true;
        showDesign();
        m_loading = false;
    }
}

// Hands the designer the action's design and the theme, unless it shows exactly those already (an echo of
// its own edit): setting them again would disturb the person typing.
void ActionEditorPane::showDesign()
{
    if (m_designPane->design() == m_action.design && m_designPane->theme() == m_theme)
        return;
    m_designPane->setDesign(m_action.design, m_theme);
}

bool ActionEditorPane::isDesignMode() const
{
    return m_stack->currentIndex() == 0;
}

bool ActionEditorPane::isTemplateMode() const
{
    return m_stack->currentIndex() == 2;
}

Action::EditMode ActionEditorPane::shownMode() const
{
    return isDesignMode()     ? Action::EditMode::Design
           : isTemplateMode() ? Action::EditMode::Template
                              : Action::EditMode::Code;
}

void ActionEditorPane::showMode(Action::EditMode mode)
{
    const bool design = mode == Action::EditMode::Design;
    const bool changed = design != isDesignMode() || m_designButton->isChecked() != design;
    m_stack->setCurrentIndex(design ? 0 : mode == Action::EditMode::Code ? 1 : 2);
    m_designButton->setChecked(design);
    m_codeButton->setChecked(mode == Action::EditMode::Code);
    m_templateButton->setChecked(mode == Action::EditMode::Template);
    // Short, so it fits beside the buttons at 1366 × 768; the tooltip says it in full.
    m_modeHint->setText(design                           ? tr("No HTML or code needed")
                        : mode == Action::EditMode::Code ? tr("Jsonnet; the key is added for you")
                                                         : tr("Designed in Mandrill"));
    m_modeHint->setToolTip(
        design ? tr("Build the email from blocks; Hookmail writes the template Ory runs.")
        : mode == Action::EditMode::Code
            ? tr("The Jsonnet template Ory runs. Your Mandrill key is added when the "
                 "email is sent or pushed, never kept here.")
            : tr("The email's design lives in Mandrill; Hookmail fills its fields from the "
                 "person and sends it with messages/send-template."));
    fitModeHint();
    if (changed)
        emit blockSelected(design ? m_designPane->selectedBlockId() : QString());
}

void ActionEditorPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitModeHint();
}

void ActionEditorPane::fitModeHint()
{
    // The room right of the mode buttons, inside the pane's margins: the hint shows only when its whole text
    // fits, in any language. The buttons keep their widths (at least their minimum width, wider than their
    // text) and stay on the left whether the hint shows or not.
    int buttons = 0;
    for (const QToolButton *b : {m_designButton, m_codeButton, m_templateButton})
        buttons += qMax(b->sizeHint().width(), b->minimumWidth()) + 2;
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int available = contentsRect().width() - margins.left() - margins.right() - buttons - 10;
    m_modeHint->setVisible(available >= m_modeHint->sizeHint().width());
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
    if (shownMode() == Action::EditMode::Code) {
        setModeMessage({});
        return true;
    }
    // From a Mandrill template: the mapping is kept, so the template is one click away again.
    if (isDesignMode() && m_prompter &&
        !m_prompter->confirm(
            tr("Switch to Code"),
            tr("Switch \"%1\" to Code?\n\nYou will edit the Jsonnet template the designer wrote for this "
               "email. You can come back to Design only as long as you leave the code unchanged: once you "
               "edit it, the designer can no longer show this email (undoing your code edits makes it "
               "possible again).")
                .arg(m_action.name))) {
        showMode(shownMode());
        return false;
    }
    setModeMessage({});
    m_loading = true;
    m_codeEditor->setText(m_action.templateSource);
    m_loading = false;
    m_action.mode = Action::EditMode::Code;
    showMode(Action::EditMode::Code);
    emit actionEdited(m_action);
    m_codeEditor->setFocus();
    return true;
}

bool ActionEditorPane::switchToDesign()
{
    if (!hasAction())
        return false;
    if (isDesignMode())
        return true;
    if (isTemplateMode() && m_action.design != EmailDesign{}) {
        // The design was kept while the email used a Mandrill template: going back needs no check.
        setModeMessage({});
        m_action.mode = Action::EditMode::Design;
        regenerateTemplate(m_action, m_theme);
        m_loading = true;
        m_codeEditor->setText(m_action.templateSource);
        showDesign();
        m_loading = false;
        showMode(Action::EditMode::Design);
        emit actionEdited(m_action);
        return true;
    }
    if (m_action.design == EmailDesign{}) {
        setModeMessage(tr("This email was written in code (or imported), so there is no design to go back "
                          "to. Keep working in Code, or add a new email to design one."));
        showMode(shownMode());
        return false;
    }
    if (m_codeEditor->text() != DesignGenerator::jsonnet(m_action.design, m_theme)) {
        setModeMessage(
            tr("The designer can't show this email: the code was changed by hand (or the brand changed "
               "since), and the designer would lose those changes. Undo your code edits to go back to "
               "Design, or keep working in Code."));
        showMode(shownMode());
        return false;
    }
    setModeMessage({});
    m_action.mode = Action::EditMode::Design;
    m_loading = true;
    showDesign();
    m_loading = false;
    showMode(Action::EditMode::Design);
    emit actionEdited(m_action);
    return true;
}

bool ActionEditorPane::switchToTemplate()
{
    if (!hasAction())
        return false;
    if (isTemplateMode())
        return true;
    // Hand-written code (not what the design generates) would be replaced: ask first. The design itself is
    // kept either way, so Design stays one click away.
    const bool handWritten = shownMode() == Action::EditMode::Code &&
                             (m_action.design == EmailDesign{} ||
                              m_codeEditor->text() != DesignGenerator::jsonnet(m_action.design, m_theme)) &&
                             m_codeEditor->text() != TemplateGenerator::jsonnet(m_action.mandrillTemplate);
    if (handWritten && m_prompter &&
        !m_prompter->confirm(
            tr("Use a Mandrill template"),
            tr("Send \"%1\" with a template stored in Mandrill?\n\nThe Jsonnet you wrote for "
               "this email is replaced by the one Hookmail writes for the template (undo "
               "brings it back).")
                .arg(m_action.name))) {
        showMode(shownMode());
        return false;
    }
    setModeMessage({});
    m_action.mode = Action::EditMode::Template;
    regenerateTemplate(m_action, m_theme);
    m_loading = true;
    m_codeEditor->setText(m_action.templateSource);
    m_templatePane->setEmail(m_action.mandrillTemplate);
    m_loading = false;
    showMode(Action::EditMode::Template);
    emit actionEdited(m_action);
    return true;
}

bool ActionEditorPane::moveDesignIntoMandrill()
{
    if (!hasAction() || m_action.design == EmailDesign{}) {
        setModeMessage(tr("This email has no design to move into Mandrill."));
        return false;
    }
    if (!isTemplateMode() && !switchToTemplate())
        return false;
    m_templatePane->moveDesign(m_action.design, m_theme, m_action.name, m_prompter);
    return true;
}

void ActionEditorPane::setMandrill(MandrillClient *client, SecretStore *secrets)
{
    m_templatePane->setMandrill(client, secrets);
}

void ActionEditorPane::setIdentityFields(const QStringList &paths)
{
    m_designPane->setIdentityFields(paths);
    m_templatePane->setIdentityFields(paths);
}

void ActionEditorPane::setFormatter(JsonnetEditor::Formatter formatter)
{
    m_codeEditor->setFormatter(std::move(formatter));
}

JsonnetEditor *ActionEditorPane::activeEditor() const
{
    return shownMode() == Action::EditMode::Code ? m_codeEditor : nullptr;
}

void ActionEditorPane::showTemplateSize(const QJsonObject &ctx)
{
    if (hasAction() && !ctx.isEmpty())
        m_sizeMeter->setSize(templateSize(m_action, ctx));
    // "Render on Mandrill" fills the template for the person the preview shows.
    if (ctx.value(QStringLiteral("identity")).isObject())
        m_templatePane->setSampleIdentity(ctx.value(QStringLiteral("identity")).toObject());
}

void ActionEditorPane::selectBlock(const QString &blockId)
{
    if (!isDesignMode() || blockId == m_designPane->selectedBlockId())
        return;
    m_designPane->selectBlock(blockId); // emits nothing: the outline follows from here
    if (m_designPane->selectedBlockId() == blockId)
        emit blockSelected(blockId);
}

QString ActionEditorPane::selectedBlockId() const
{
    return isDesignMode() ? m_designPane->selectedBlockId() : QString();
}

QUndoStack *ActionEditorPane::designUndoStack() const
{
    if (isDesignMode())
        return m_designPane->undoStack();
    return isTemplateMode() ? m_templatePane->undoStack() : nullptr;
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
    m_problems->setVisible(m_problems->count() > 0);
}

void ActionEditorPane::goToLine(int line, int column)
{
    if (line > 0 && !isDesignMode())
        m_codeEditor->goToLine(line, qMax(1, column));
}

} // namespace hookmail
