#pragma once

#include "core/model/Project.h"
#include "core/render/RenderService.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QMenu;

namespace hookmail {

class MainMenus;
class MandrillClient;
class OryPane;
class TestSendPane;
class FirstRunGuide;

class ActionEditorPane;
class ActionListPane;
class DocumentController;
class DocumentPrompter;
class EmailPreviewView;
class PreviewController;
class ProjectSession;
class SampleContextPane;
class SecretStore;
class Settings;
class TemplateEvaluator;

// The core services, created once at start-up (main.cpp) and handed to the window.
struct AppServices
{
    Settings *settings = nullptr;
    TemplateEvaluator *evaluator = nullptr;
    RenderService *renderer = nullptr;
    SecretStore *secrets = nullptr;
    MandrillClient *mandrill = nullptr; // test sends and key checks; null → the Test tab is not shown
};

// The composition root of the window: creates the panes, hands them the core services and wires
// their signals. Behaviour lives in the panes and the core (docs/ARCHITECTURE.md: MainWindow only composes).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompter` null → real dialogs. Call start() once the window exists to open the first document.
    explicit MainWindow(const AppServices &services, DocumentPrompter *prompter = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;
    void start(const QString &path = {}); // path: a project file or template to open instead of the default

    // Hook-in point for further panes (Test send, Ory): a dock tabbed with the sample pane.
    QDockWidget *addPaneDock(QWidget *pane, const QString &title, const QString &objectName);

    ProjectSession *session() const { return m_session; }
    DocumentController *document() const;
    PreviewController *previewController() const;
    ActionEditorPane *editorPane() const { return m_editor; }
    EmailPreviewView *previewView() const { return m_previewView; }
    SampleContextPane *samplePane() const { return m_sample; }
    ActionListPane *actionList() const { return m_actions; }

    // What the menus and the toolbar ask of the window.
    void exportAction();
    void showMandrillKeyDialog();
    void sendTest();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectSession();
    void placeOnScreen();
    void loadProject(const Project &project);
    void createTestAndOryPanes();

    AppServices m_services;
    std::unique_ptr<DocumentPrompter> m_ownPrompter;
    DocumentPrompter *m_prompter; // the one that asks every question: the injected one or m_ownPrompter
    ProjectSession *m_session;
    ActionListPane *m_actions;
    ActionEditorPane *m_editor;
    EmailPreviewView *m_previewView;
    SampleContextPane *m_sample;
    QDockWidget *m_actionsDock;
    QDockWidget *m_sampleDock;
    MainMenus *m_menus = nullptr;
    TestSendPane *m_testSend = nullptr;
    OryPane *m_ory = nullptr;
    QDockWidget *m_testSendDock = nullptr;
    QDockWidget *m_oryDock = nullptr;
};

} // namespace hookmail
