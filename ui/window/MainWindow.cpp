#include "window/MainWindow.h"

#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/secrets/SecretStore.h"
#include "editor/ActionEditorPane.h"
#include "eval/JsonnetEngine.h"
#include "mandrill/MandrillKeyDialog.h"
#include "mandrill/TestSendPane.h"
#include "ory/OryPane.h"
#include "preview/EmailPreviewView.h"
#include "project/ActionListPane.h"
#include "project/DialogPrompter.h"
#include "project/ExportDialog.h"
#include "project/SampleContextPane.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "session/ProjectSession.h"
#include "window/FirstRunGuide.h"
#include "window/MainMenus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
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
      m_sample(new SampleContextPane), m_actionsDock(new QDockWidget(tr("Emails"), this)),
      m_sampleDock(new QDockWidget(tr("Sample"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hookmail"));
    setDockNestingEnabled(true);

    auto *centre = new QSplitter(Qt::Horizontal);
    centre->setObjectName(QStringLiteral("centreSplitter"));
    centre->setChildrenCollapsible(false);
    centre->addWidget(m_editor);
    centre->addWidget(m_previewView);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    if (!services.settings->firstRunGuideDismissed()) {
        auto *guide = new FirstRunGuide(central);
        centralLayout->addWidget(guide);
        connect(guide, &FirstRunGuide::dismissed, this,
                [this] { m_services.settings->setFirstRunGuideDismissed(true); });
        connect(guide, &FirstRunGuide::showTestSend, this, [this] {
            if (m_testSendDock)
                m_testSendDock->raise();
        });
        connect(guide, &FirstRunGuide::showOry, this, [this] { m_oryDock->raise(); });
    }
    centralLayout->addWidget(centre, 1);
    setCentralWidget(central);

    m_actionsDock->setObjectName(QStringLiteral("actionsDock"));
    m_actions->setPrompter(m_prompter);
    m_actionsDock->setWidget(m_actions);
    m_sampleDock->setObjectName(QStringLiteral("sampleDock"));
    // The sample column scrolls when the screen is short (1366 × 768) instead of making the window taller.
    auto *sampleScroll = new QScrollArea;
    sampleScroll->setObjectName(QStringLiteral("sampleScrollArea"));
    sampleScroll->setWidgetResizable(true);
    sampleScroll->setFrameShape(QFrame::NoFrame);
    sampleScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sampleScroll->setWidget(m_sample);
    // Room for the pane and its vertical scroll bar, so nothing is cut off at the right edge.
    sampleScroll->setMinimumWidth(m_sample->minimumSizeHint().width() +
                                  sampleScroll->verticalScrollBar()->sizeHint().width());
    m_sampleDock->setWidget(sampleScroll);
    for (QDockWidget *dock : {m_actionsDock, m_sampleDock})
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_actionsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_sampleDock);
    splitDockWidget(m_actionsDock, m_sampleDock, Qt::Vertical);

    m_actions->setActionFactory([](const QString &name) { return newAction(name); });
    m_sample->setPresets(identityPresets());
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
    connect(m_previewView, &EmailPreviewView::loadRemoteImagesChanged, this,
            [this](bool load) { m_services.settings->setLoadRemoteImages(load); });

    m_menus = new MainMenus(this, m_services);
    m_menus->viewMenu()->addAction(m_actionsDock->toggleViewAction());
    m_menus->viewMenu()->addAction(m_sampleDock->toggleViewAction());
    createTestAndOryPanes();
    connectSession();
    statusBar()->showMessage(tr("Ready"));
    placeOnScreen();
    restoreState(services.settings->windowState());
}

// The first window fits the screen it opens on (at most 1440 × 900); a saved geometry is restored only when
// it still fits the screen it would open on now (a laptop after a large monitor gets the default instead).
void MainWindow::placeOnScreen()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1440, 900);
    const QByteArray saved = m_services.settings->windowGeometry();
    if (!saved.isEmpty() && restoreGeometry(saved) && available.contains(geometry()))
        return;
    // Room for the window manager's frame and title bar, which geometry() does not include.
    const QSize size = QSize(1440, 900).boundedTo(available.size() - QSize(16, 48));
    resize(size);
    move(available.topLeft() + QPoint((available.width() - size.width()) / 2, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::start(const QString &path)
{
    if (m_services.settings->windowState().isEmpty()) {
        // First start: a narrow left column, the rest shared by the editor and the preview.
        resizeDocks({m_actionsDock}, {310}, Qt::Horizontal);
        resizeDocks({m_actionsDock, m_sampleDock}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        // The central widget holds the first-run guide above the splitter, so look the splitter up by name.
        // The designer and the preview share the rest equally (the designer's forms need the room).
        if (auto *centre = centralWidget()->findChild<QSplitter *>(QStringLiteral("centreSplitter"))) {
            const int rest = qMax(600, width() - 310);
            centre->setSizes({rest / 2, rest - rest / 2});
        }
    }
    m_session->document()->startFirstDocument();
    if (!path.isEmpty())
        m_session->document()->open(path); // an error is shown and the first document stays
    // The first render is on its way to the worker (queued); start the web engine meanwhile, not after it.
    QTimer::singleShot(0, m_previewView, &EmailPreviewView::prewarm);
}

QDockWidget *MainWindow::addPaneDock(QWidget *pane, const QString &title, const QString &objectName)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // Scrollable, so a pane with many controls never forces the left column wider than the user made it.
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(pane);
    dock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    tabifyDockWidget(m_sampleDock, dock);
    m_sampleDock->raise();
    m_menus->viewMenu()->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createTestAndOryPanes()
{
    if (m_services.mandrill) {
        m_testSend = new TestSendPane(m_services.mandrill, m_services.secrets);
        m_testSend->setObjectName(QStringLiteral("testSendPane"));
        m_testSend->setBodyProvider([this]() -> std::optional<QJsonObject> {
            QJsonObject body = m_session->lastGoodBody();
            if (body.isEmpty())
                return std::nullopt;
            body.remove(QStringLiteral("key")); // the pane injects the stored key itself
            return body;
        });
        m_testSendDock = addPaneDock(m_testSend, tr("Test send"), QStringLiteral("testSendDock"));
    }
    m_ory = new OryPane(m_services.secrets);
    m_ory->setPrompter(m_prompter);
    m_ory->setObjectName(QStringLiteral("oryPane"));
    m_ory->setBaseUrl(m_services.settings->oryBaseUrl());
    m_oryDock = addPaneDock(m_ory, tr("Ory Network"), QStringLiteral("oryDock"));
    m_sampleDock->raise();
}

void MainWindow::sendTest()
{
    if (!m_testSend)
        return;
    m_testSendDock->show();
    m_testSendDock->raise();
    m_testSend->sendTest();
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
    connect(m_sample, &SampleContextPane::identityEdited, session, &ProjectSession::editSampleIdentity);
    connect(m_sample, &SampleContextPane::sampleVariantChanged, session, &ProjectSession::setSampleVariant);
    connect(m_sample, &SampleContextPane::transientPayloadEdited, session,
            &ProjectSession::editTransientPayload);
    connect(session, &ProjectSession::transientPayloadChanged, m_sample,
            &SampleContextPane::setTransientPayload);
    connect(session, &ProjectSession::sampleIdentityChanged, this,
            [this](const QJsonObject &identity, const QString &preset) {
                m_sample->setCurrentPreset(preset);
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
        connect(session, &ProjectSession::lastGoodBodyChanged, m_testSend, &TestSendPane::setRenderedBody);
        connect(m_testSend, &TestSendPane::testAddressesChanged, session, &ProjectSession::setTestRecipients);
    }
    connect(session, &ProjectSession::currentActionChanged, m_ory, &OryPane::setAction);
    connect(m_ory, &OryPane::projectFetched, session, &ProjectSession::setOryProjectId);
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
        m_testSend->setProjectPath(m_session->document()->filePath());
        if (!project.testRecipients.isEmpty())
            m_testSend->setTestAddresses(project.testRecipients);
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
    m_services.settings->setWindowState(saveState());
    event->accept();
}

} // namespace hookmail
