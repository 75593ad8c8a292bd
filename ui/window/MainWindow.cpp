#include "window/MainWindow.h"

#include "core/common/Settings.h"
#include "core/model/EmailFormGenerator.h"
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
#include "window/FirstRunGuide.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hookmail {

MainWindow::MainWindow(const AppServices &services, DocumentPrompter *prompter, QWidget *parent)
    : QMainWindow(parent), m_services(services),
      m_ownPrompter(prompter ? nullptr : std::make_unique<DialogPrompter>(this)),
      m_document(new DocumentController(services.settings, prompter ? prompter : m_ownPrompter.get(), this)),
      m_preview(new PreviewController(services.renderer, this)), m_actions(new ActionListPane),
      m_editor(new ActionEditorPane), m_previewView(new EmailPreviewView), m_sample(new SampleContextPane),
      m_actionsDock(new QDockWidget(tr("Emails"), this)), m_sampleDock(new QDockWidget(tr("Sample"), this))
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
    m_actionsDock->setWidget(m_actions);
    m_sampleDock->setObjectName(QStringLiteral("sampleDock"));
    m_sampleDock->setWidget(m_sample);
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
    for (JsonnetEditor *editor : {m_editor->codeEditor(), m_editor->generatedEditor()})
        editor->setOwnShortcutsEnabled(false); // the Edit menu owns Ctrl+F/H/Shift+I
    m_previewView->setLoadRemoteImages(services.settings->loadRemoteImages());

    // Document ↔ window.
    connect(m_document, &DocumentController::projectReplaced, this, &MainWindow::loadProject);
    connect(m_document, &DocumentController::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_document, &DocumentController::recentFilesChanged, this, &MainWindow::updateRecentMenu);

    // Actions list → editor and project.
    connect(m_actions, &ActionListPane::currentActionChanged, this, &MainWindow::showAction);
    connect(m_actions, &ActionListPane::actionsChanged, this, [this](const QList<Action> &actions) {
        editProject([&](Project &p) { p.actions = actions; });
        if (const auto it = std::find_if(actions.begin(), actions.end(),
                                         [this](const Action &a) { return a.id == m_editor->action().id; });
            it != actions.end() && !(*it == m_editor->action())) {
            // Renamed or other hook points: the editor must not later write back its stale copy.
            const bool pointsChanged = it->hookPoints != m_editor->action().hookPoints;
            m_editor->setAction(*it);
            if (pointsChanged)
                refreshPreview();
        }
    });
    connect(m_editor, &ActionEditorPane::actionEdited, this, &MainWindow::applyActionEdit);

    // Sample context → preview.
    connect(m_sample, &SampleContextPane::hookPointChanged, this, [this] { refreshPreview(true); });
    connect(m_sample, &SampleContextPane::presetChosen, this, [this](const QString &name) {
        const auto preset = findIdentityPreset(name);
        editProject([&](Project &p) {
            p.identityPreset = name;
            p.sampleIdentity = preset ? preset->identity : m_sample->identity();
            if (preset && !preset->locale.isEmpty())
                p.sampleLocale = preset->locale;
        });
        m_editor->setIdentityFields(
            EmailFormGenerator::placeholderFields(m_document->project().sampleIdentity));
        refreshPreview(true);
    });
    connect(m_sample, &SampleContextPane::identityEdited, this, [this](const QJsonObject &identity) {
        editProject([&](Project &p) { p.sampleIdentity = identity; });
        m_editor->setIdentityFields(EmailFormGenerator::placeholderFields(identity));
        refreshPreview();
    });
    connect(m_sample, &SampleContextPane::checkAllRequested, this, [this] {
        const Action &a = m_editor->action();
        m_preview->checkAll(currentRequest(),
                            a.hookPoints.isEmpty() ? QList<HookPoint>{m_sample->hookPoint()} : a.hookPoints);
        statusBar()->showMessage(tr("Checking every hook point…"), 3000);
    });
    connect(m_preview, &PreviewController::matrixReady, this,
            [this](const QList<HookPointCheck> &rows, const QList<Finding> &findings) {
                m_sample->setMatrix(rows);
                m_previewView->setFindings(findings);
            });

    // Preview results.
    connect(m_preview, &PreviewController::outcomeReady, this, [this](const RenderOutcome &outcome) {
        m_previewView->showOutcome(outcome); // first: the email goes to Chromium before anything else
        if (outcome.evaluation.ok && outcome.bodyIsObject) {
            m_lastGoodBody = outcome.body; // for the curl export and the test send
            if (m_testSend)
                m_testSend->setRenderedBody(m_lastGoodBody, outcome.email.fromEmail);
        }
        statusBar()->showMessage(tr("Preview updated (%1 ms)").arg(outcome.evaluation.elapsedMicros / 1000));
    });
    connect(m_preview, &PreviewController::findingsReady, this,
            [this](const QList<Finding> &findings, const EvaluationResult &evaluation) {
                m_previewView->setFindings(findings);
                m_editor->showProblems(evaluation, findings);
            });
    connect(m_previewView, &EmailPreviewView::goToLine, m_editor, &ActionEditorPane::goToLine);
    connect(m_previewView, &EmailPreviewView::loadRemoteImagesChanged, this,
            [this](bool load) { m_services.settings->setLoadRemoteImages(load); });

    createMenus();
    createTestAndOryPanes();
    statusBar()->showMessage(tr("Ready"));
    resize(1440, 900);
    restoreGeometry(services.settings->windowGeometry());
    restoreState(services.settings->windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    if (m_services.settings->windowState().isEmpty()) {
        // First start: a narrow left column, the rest shared by the editor and the preview.
        resizeDocks({m_actionsDock}, {310}, Qt::Horizontal);
        resizeDocks({m_actionsDock, m_sampleDock}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        // The central widget holds the first-run guide above the splitter, so look the splitter up by name.
        if (auto *centre = centralWidget()->findChild<QSplitter *>(QStringLiteral("centreSplitter"))) {
            const int rest = qMax(600, width() - 310);
            centre->setSizes({rest * 9 / 20, rest * 11 / 20});
        }
    }
    m_document->startFirstDocument();
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
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createTestAndOryPanes()
{
    if (m_services.mandrill) {
        m_testSend = new TestSendPane(m_services.mandrill, m_services.secrets);
        m_testSend->setObjectName(QStringLiteral("testSendPane"));
        m_testSend->setBodyProvider([this]() -> std::optional<QJsonObject> {
            if (m_lastGoodBody.isEmpty())
                return std::nullopt;
            QJsonObject body = m_lastGoodBody;
            body.remove(QStringLiteral("key")); // the pane injects the stored key itself
            return body;
        });
        connect(m_testSend, &TestSendPane::testAddressesChanged, this, [this](const QStringList &addresses) {
            if (addresses != m_document->project().testRecipients)
                editProject([&](Project &p) { p.testRecipients = addresses; });
        });
        m_testSendDock = addPaneDock(m_testSend, tr("Test send"), QStringLiteral("testSendDock"));
    }
    m_ory = new OryPane(m_services.secrets);
    m_ory->setObjectName(QStringLiteral("oryPane"));
    m_ory->setBaseUrl(m_services.settings->oryBaseUrl());
    connect(m_ory, &OryPane::hookPointsChangeRequested, this, [this](const QList<HookPoint> &points) {
        Action action = m_editor->action();
        action.hookPoints = points;
        m_editor->setAction(action);
        applyActionEdit(action);
    });
    connect(m_ory, &OryPane::projectFetched, this, [this](const QString &id) {
        if (id != m_document->project().oryProjectId)
            editProject([&](Project &p) { p.oryProjectId = id; });
    });
    m_oryDock = addPaneDock(m_ory, tr("Ory Network"), QStringLiteral("oryDock"));
    m_sampleDock->raise();
}

void MainWindow::showMandrillKeyDialog()
{
    if (!m_services.mandrill)
        return;
    MandrillKeyDialog dialog(m_services.secrets, m_services.mandrill, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &keys, const QString &name,
                      auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(keys);
        QString plain = text;
        a->setToolTip(plain.remove(u'&').remove(QStringLiteral("…")));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New"), QKeySequence::New, QStringLiteral("newAction"),
        [this] { m_document->newDocument(); });
    add(file, tr("&Open…"), QKeySequence::Open, QStringLiteral("openAction"), [this] { m_document->open(); });
    add(file, tr("New &Email"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        QStringLiteral("newEmailAction"), [this] { m_actions->addAction(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    add(file, tr("&Save"), QKeySequence::Save, QStringLiteral("saveAction"), [this] { m_document->save(); });
    add(file, tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("saveAsAction"),
        [this] { m_document->saveAs(); });
    file->addSeparator();
    add(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("exportAction"),
        [this] { exportAction(); });
    file->addSeparator();
    add(file, tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"), [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, tr("&Undo"), QKeySequence::Undo, QStringLiteral("undoAction"),
        [this] { forwardToFocus("undo"); });
    add(edit, tr("&Redo"), QKeySequence::Redo, QStringLiteral("redoAction"),
        [this] { forwardToFocus("redo"); });
    edit->addSeparator();
    add(edit, tr("&Find…"), QKeySequence::Find, QStringLiteral("findAction"),
        [this] { m_editor->activeEditor()->showFind(); });
    add(edit, tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("replaceAction"),
        [this] { m_editor->activeEditor()->showReplace(); });
    add(edit, tr("F&ormat Jsonnet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        QStringLiteral("formatAction"), [this] { m_editor->codeEditor()->formatDocument(); });
    edit->addSeparator();
    add(edit, tr("&Mandrill Key…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        QStringLiteral("mandrillKeyAction"), [this] { showMandrillKeyDialog(); });
    add(edit, tr("Send &Test Email"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("sendTestAction"),
        [this] {
            if (!m_testSend)
                return;
            m_testSendDock->show();
            m_testSendDock->raise();
            m_testSend->sendTest();
        });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    add(m_viewMenu, tr("&Form"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("formModeAction"),
        [this] { m_editor->switchToForm(); });
    add(m_viewMenu, tr("&Code"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("codeModeAction"),
        [this] { m_editor->switchToCode(); });
    QAction *narrow =
        add(m_viewMenu, tr("&Narrow (mobile) preview"), QKeySequence(Qt::CTRL | Qt::Key_M),
            QStringLiteral("narrowPreviewAction"), [this](bool on) { m_previewView->setNarrow(on); });
    narrow->setCheckable(true);
    add(m_viewMenu, tr("Check &all hook points"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        QStringLiteral("checkAllAction"), [this] { emit m_sample->checkAllRequested(); });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actionsDock->toggleViewAction());
    m_viewMenu->addAction(m_sampleDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("Where are my &keys?"), QKeySequence(), QStringLiteral("keysHelpAction"), [this] {
        QMessageBox::information(
            this, tr("Where are my keys?"),
            tr("Your Mandrill key is kept in the system keychain (%1), never in project files, settings or "
               "exports — unless you explicitly include it in an export.\n\nPreviews show it masked. When "
               "the hook "
               "is pushed to Ory, the key goes inside the template, which Ory stores unencrypted: use a "
               "Mandrill key "
               "that may only send messages.")
                .arg(m_services.secrets ? m_services.secrets->backendName() : tr("unavailable")));
    });
    add(help, tr("&About Hookmail"), QKeySequence::HelpContents, QStringLiteral("aboutAction"), [this] {
        QMessageBox::about(
            this, tr("About Hookmail"),
            tr("<b>Hookmail %1</b><p>Write, preview, test and ship the emails your Ory project sends "
               "through Mailchimp Transactional (Mandrill).</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_document->recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { m_document->open(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::forwardToFocus(const char *method)
{
    // QLineEdit and QPlainTextEdit both have undo()/redo() slots with their own history.
    if (QWidget *w = QApplication::focusWidget())
        QMetaObject::invokeMethod(w, method);
}

void MainWindow::loadProject(const Project &project)
{
    if (m_testSend) {
        m_testSend->setProjectPath(m_document->filePath());
        if (!project.testRecipients.isEmpty())
            m_testSend->setTestAddresses(project.testRecipients);
    }
    if (m_ory)
        m_ory->setProject(project);
    m_actions->setActions(project.actions);
    m_sample->setCurrentPreset(project.identityPreset);
    m_sample->setIdentity(project.sampleIdentity);
    m_editor->setIdentityFields(EmailFormGenerator::placeholderFields(project.sampleIdentity));
    showAction(m_actions->currentActionId());
}

void MainWindow::showAction(const QString &id)
{
    const Project &project = m_document->project();
    const auto it = std::find_if(project.actions.begin(), project.actions.end(),
                                 [&](const Action &a) { return a.id == id; });
    if (it == project.actions.end()) {
        m_editor->setAction({});
        return;
    }
    m_lastGoodBody = {};
    m_editor->setAction(*it);
    if (m_ory)
        m_ory->setAction(*it);
    if (!it->hookPoints.isEmpty() && !it->hookPoints.contains(m_sample->hookPoint()))
        m_sample->setHookPoint(it->hookPoints.first());
    refreshPreview(true);
}

void MainWindow::editProject(const std::function<void(Project &)> &change)
{
    Project project = m_document->project();
    change(project);
    m_document->setProject(project);
}

void MainWindow::applyActionEdit(const Action &action)
{
    editProject([&](Project &p) {
        for (Action &a : p.actions) {
            if (a.id == action.id)
                a = action;
        }
    });
    m_actions->updateAction(action);
    if (m_ory) {
        m_ory->setProject(m_document->project());
        m_ory->setAction(action);
    }
    refreshPreview();
}

RenderRequest MainWindow::currentRequest() const
{
    const Project &project = m_document->project();
    RenderRequest request;
    request.action = m_editor->action();
    request.point = m_sample->hookPoint();
    request.identity = project.sampleIdentity;
    request.locale = project.sampleLocale;
    request.transientPayload = project.transientPayload;
    return request;
}

void MainWindow::refreshPreview(bool immediately)
{
    if (!m_editor->hasAction())
        return;
    if (immediately)
        m_preview->renderNow(currentRequest());
    else
        m_preview->schedule(currentRequest());
}

void MainWindow::exportAction()
{
    if (!m_editor->hasAction())
        return;
    ExportDialog dialog(m_document->project(), m_editor->action(), m_services.secrets, m_lastGoodBody, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_document->maybeClose()) {
        event->ignore();
        return;
    }
    m_services.settings->setWindowGeometry(saveGeometry());
    m_services.settings->setWindowState(saveState());
    event->accept();
}

} // namespace hookmail
