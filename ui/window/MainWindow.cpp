#include "window/MainWindow.h"

#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/secrets/SecretStore.h"
#include "editor/ActionEditorPane.h"
#include "eval/JsonnetEngine.h"
#include "mandrill/MandrillKeyDialog.h"
#include "mandrill/SendResultPanel.h"
#include "mandrill/TestSendFlow.h"
#include "mandrill/TestSendPane.h"
#include "ory/OryPane.h"
#include "ory/PublishDialog.h"
#include "preview/EmailPreviewView.h"
#include "project/ActionListPane.h"
#include "project/DialogPrompter.h"
#include "project/ExportDialog.h"
#include "project/PreviewAsBar.h"
#include "project/SampleContextPane.h"
#include "project/SampleDialog.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "session/ProjectSession.h"
#include "window/FirstRunGuide.h"
#include "window/MainMenus.h"
#include "window/WindowFit.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hookmail {

MainWindow::MainWindow(const AppServices &services, DocumentPrompter *prompter, QWidget *parent)
    : QMainWindow(parent), m_services(services),
      m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>(this)),
      m_prompter(prompter ? prompter : m_ownPrompter.get()),
      m_session(new ProjectSession(services.settings, m_prompter, services.renderer, this)),
      m_actions(new ActionListPane), m_editor(new ActionEditorPane), m_previewView(new EmailPreviewView),
      m_sample(new SampleContextPane), m_previewAs(new PreviewAsBar),
      m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hookmail"));
    m_menus = new MainMenus(this, m_services);
    createTestAndOryPanes();

    // Emails | designer | preview: ordinary panes in one splitter, all three always in sight.
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_actions);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(createPreviewColumn());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    if (!services.settings->firstRunGuideDismissed()) {
        auto *guide = new FirstRunGuide(central);
        centralLayout->addWidget(guide);
        connect(guide, &FirstRunGuide::dismissed, this,
                [this] { m_services.settings->setFirstRunGuideDismissed(true); });
        connect(guide, &FirstRunGuide::showTestSend, this, &MainWindow::sendTest);
        connect(guide, &FirstRunGuide::showOry, this, &MainWindow::publishToOry);
    }
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_sampleDialog = new SampleDialog(m_sample, this);

    m_actions->setPrompter(m_prompter);
    m_actions->setActionFactory([](const QString &name) { return newAction(name); });
    m_sample->setPresets(identityPresets());
    m_previewAs->setPresets(identityPresets());
    m_editor->setFormatter([](const QString &source) {
        const JsonnetEngine::FormatResult r = JsonnetEngine::format(source);
        return JsonnetEditor::FormatResult{r.ok, r.text, r.error.message, r.error.line, r.error.column};
    });
    m_editor->codeEditor()->setOwnShortcutsEnabled(false); // the Edit menu owns Ctrl+F/H/Shift+I
    m_editor->setPrompter(m_prompter);
    m_editor->setMandrill(m_services.mandrill, m_services.secrets); // the template picker (issue 18)
    m_previewView->setLoadRemoteImages(services.settings->loadRemoteImages());
    connect(m_previewView, &EmailPreviewView::goToLine, m_editor, &ActionEditorPane::goToLine);
    // The preview link: the block selected in the designer is outlined in the preview, and back.
    connect(m_editor, &ActionEditorPane::blockSelected, m_previewView, &EmailPreviewView::highlightBlock);
    connect(m_previewView, &EmailPreviewView::blockClicked, m_editor, &ActionEditorPane::selectBlock);
    connect(m_previewView, &EmailPreviewView::linkHeldBack, this, [this] {
        statusBar()->showMessage(
            tr("The link's block is selected for editing. Ctrl+click a link to open it in your browser."),
            8000);
    });
    connect(m_previewView, &EmailPreviewView::loadRemoteImagesChanged, this,
            [this](bool load) { m_services.settings->setLoadRemoteImages(load); });

    connectSession();
    statusBar()->showMessage(tr("Ready"));
    // Qt's own minimum ignores wrapped text (the guide, the send result), so the window could be shrunk until
    // they squeeze the preview: this minimum leaves room for them (tst_widgetfit checks everything fits).
    setMinimumSize(QSize(1000, 620).expandedTo(minimumSizeHint()));
    placeOnScreen(this, m_services.settings->windowGeometry());
    restoreWindowLayout(this, m_splitter, m_services.settings->windowState());
}

// "Preview as" bar, the last test send's result, the preview.
QWidget *MainWindow::createPreviewColumn()
{
    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("previewColumn"));
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_previewAs);
    if (m_testSend)
        layout->addWidget(m_testSend->panel());
    layout->addWidget(m_previewView, 1);
    return column;
}

MainWindow::~MainWindow() = default;

void MainWindow::start(const QString &path)
{
    if (m_services.settings->windowState().isEmpty()) {
        // First start: a narrow email list; the designer (its forms need the room) and the preview share the
        // rest, the preview a little more: its "Preview as" bar names the person and the moment in full, and
        // emails are laid out for about 600 px.
        const int list = qMax(200, m_actions->minimumSizeHint().width());
        const int rest = qMax(600, width() - list);
        const int designer = rest * 45 / 100;
        m_splitter->setSizes({list, designer, rest - designer});
    }
    m_session->document()->startFirstDocument();
    if (!path.isEmpty())
        m_session->document()->open(path); // an error is shown and the first document stays
    // The first render is on its way to the worker (queued); start the web engine meanwhile, not after it.
    QTimer::singleShot(0, m_previewView, &EmailPreviewView::prewarm);
}

void MainWindow::createTestAndOryPanes()
{
    if (m_services.mandrill) {
        m_testSend = new TestSendFlow(m_services.mandrill, m_services.secrets, this);
        m_testSend->pane()->setBodyProvider([this] { return m_session->testSendBody(); });
    }
    m_ory = new OryPane(m_services.secrets);
    m_ory->setPrompter(m_prompter);
    m_ory->setObjectName(QStringLiteral("oryPane"));
    m_ory->setBaseUrl(m_services.settings->oryBaseUrl());
    m_publish = new PublishDialog(m_ory, this);
}

void MainWindow::publishToOry()
{
    m_publish->show();
    m_publish->raise();
    m_publish->activateWindow();
}

void MainWindow::showSampleEditor() const
{
    m_sampleDialog->showAndRaise();
}

void MainWindow::showTestSends()
{
    if (m_testSend)
        m_testSend->showDetails();
}

void MainWindow::sendTest()
{
    if (m_testSend)
        m_testSend->send();
}

void MainWindow::showMandrillKeyDialog()
{
    if (!m_services.mandrill)
        return;
    MandrillKeyDialog dialog(m_services.secrets, m_services.mandrill, this);
    dialog.exec();
}

// The session owns the project; panes send their edits to it and show what it announces.
void MainWindow::connectSession()
{
    ProjectSession *session = m_session;
    connect(session->document(), &DocumentController::titleChanged, this, &QWidget::setWindowTitle);
    connect(session, &ProjectSession::projectReplaced, this, &MainWindow::loadProject);

    connect(m_actions, &ActionListPane::currentActionChanged, session, &ProjectSession::selectAction);
    connect(m_actions, &ActionListPane::actionsChanged, session, &ProjectSession::setActions);
    connect(session, &ProjectSession::actionEdited, m_actions, &ActionListPane::updateAction);
    connect(m_editor, &ActionEditorPane::actionEdited, session, &ProjectSession::editAction);
    connect(session, &ProjectSession::currentActionChanged, m_editor, &ActionEditorPane::setAction);
    connect(m_editor, &ActionEditorPane::themeEdited, session, &ProjectSession::setTheme);
    connect(session, &ProjectSession::themeChanged, m_editor, &ActionEditorPane::setTheme);

    connect(m_sample, &SampleContextPane::hookPointChanged, session, &ProjectSession::setHookPoint);
    connect(session, &ProjectSession::hookPointChanged, m_sample, &SampleContextPane::setHookPoint);
    connect(m_sample, &SampleContextPane::presetChosen, session, &ProjectSession::choosePreset);
    connect(m_previewAs, &PreviewAsBar::presetChosen, session, &ProjectSession::choosePreset);
    connect(m_previewAs, &PreviewAsBar::hookPointChosen, session, &ProjectSession::setHookPoint);
    connect(m_previewAs, &PreviewAsBar::editSampleRequested, this, &MainWindow::showSampleEditor);
    connect(session, &ProjectSession::hookPointChanged, m_previewAs, &PreviewAsBar::setHookPoint);
    connect(session, &ProjectSession::currentActionChanged, this, [this](const Action &action) {
        m_previewAs->setAttachedHookPoints(action.hookPoints);
        m_previewAs->setHookPoint(m_session->hookPoint());
    });
    connect(m_sample, &SampleContextPane::identityEdited, session, &ProjectSession::editSampleIdentity);
    connect(m_sample, &SampleContextPane::sampleVariantChanged, session, &ProjectSession::setSampleVariant);
    connect(m_sample, &SampleContextPane::transientPayloadEdited, session,
            &ProjectSession::editTransientPayload);
    connect(m_sample, &SampleContextPane::headerAllowlistEdited, session,
            &ProjectSession::setHeaderAllowlist);
    connect(session, &ProjectSession::headerAllowlistChanged, m_sample,
            &SampleContextPane::setHeaderAllowlist);
    connect(session, &ProjectSession::transientPayloadChanged, m_sample,
            &SampleContextPane::setTransientPayload);
    connect(session, &ProjectSession::sampleIdentityChanged, this,
            [this](const QJsonObject &identity, const QString &preset) {
                m_sample->setCurrentPreset(preset);
                m_previewAs->setCurrentPreset(preset);
                m_sample->setIdentity(identity);
                m_editor->setIdentityFields(DesignGenerator::placeholderFields(identity));
            });
    connect(m_sample, &SampleContextPane::checkAllRequested, this, [this] {
        m_session->checkAllHookPoints();
        statusBar()->showMessage(tr("Checking every hook point…"), 3000);
    });

    PreviewController *preview = session->preview();
    connect(preview, &PreviewController::outcomeReady, this, [this](const RenderOutcome &outcome) {
        m_previewView->showOutcome(outcome); // first: the email goes to Chromium before anything else
        m_editor->showTemplateSize(outcome.ctx);
        statusBar()->showMessage(tr("Preview updated (%1 ms)").arg(outcome.evaluation.elapsedMicros / 1000));
    });
    connect(preview, &PreviewController::findingsReady, this,
            [this](const QList<Finding> &findings, const EvaluationResult &evaluation) {
                m_previewView->setFindings(findings);
                m_editor->showProblems(evaluation, findings);
            });
    connect(preview, &PreviewController::matrixReady, this,
            [this](const QList<HookPointCheck> &rows, const QList<Finding> &findings) {
                m_sample->setMatrix(rows);
                m_previewView->setFindings(findings);
            });

    if (m_testSend) {
        TestSendPane *pane = m_testSend->pane();
        connect(session, &ProjectSession::lastGoodBodyChanged, pane, &TestSendPane::setRenderedBody);
        connect(pane, &TestSendPane::testAddressesChanged, session, &ProjectSession::setTestRecipients);
        connect(m_testSend, &TestSendFlow::sendingChanged, m_menus, &MainMenus::setSending);
    }
    connect(session, &ProjectSession::currentActionChanged, m_ory, &OryPane::setAction);
    connect(m_ory, &OryPane::projectFetched, session, &ProjectSession::setOryProjectId);
    connect(m_ory, &OryPane::projectConfigRead, session, &ProjectSession::adoptOryProjectConfig);
    connect(m_ory, &OryPane::hookPointsChangeRequested, session, &ProjectSession::setCurrentHookPoints);
}

DocumentController *MainWindow::document() const
{
    return m_session->document();
}

PreviewController *MainWindow::previewController() const
{
    return m_session->preview();
}

void MainWindow::loadProject(const Project &project)
{
    if (m_testSend) {
        m_testSend->pane()->setProjectPath(m_session->document()->filePath());
        if (!project.testRecipients.isEmpty())
            m_testSend->pane()->setTestAddresses(project.testRecipients);
    }
    m_ory->setProject(project);
    m_editor->setTheme(project.theme);
    m_actions->setActions(project.actions);
    m_actions->selectAction(m_session->currentActionId());
}

void MainWindow::exportAction()
{
    const Action *action = m_session->currentAction();
    if (!action)
        return;
    ExportDialog dialog(m_session->project(), *action, m_services.secrets, m_session->lastGoodBody(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->document()->maybeClose()) {
        event->ignore();
        return;
    }
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(windowLayoutState(this, m_splitter));
    event->accept();
}

} // namespace hookmail
