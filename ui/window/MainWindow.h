#pragma once

#include "core/model/Project.h"
#include "core/render/RenderService.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QMenu;

namespace hookmail {

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
// their signals. Behaviour lives in the panes and the core (CONVENTIONS.md: a thin MainWindow).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompter` null → real dialogs. Call start() once the window exists to open the first document.
    explicit MainWindow(const AppServices &services, DocumentPrompter *prompter = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;
    void start();

    // Hook-in point for further panes (Test send, Ory): a dock tabbed with the sample pane.
    QDockWidget *addPaneDock(QWidget *pane, const QString &title, const QString &objectName);

    DocumentController *document() const { return m_document; }
    PreviewController *previewController() const { return m_preview; }
    ActionEditorPane *editorPane() const { return m_editor; }
    EmailPreviewView *previewView() const { return m_previewView; }
    SampleContextPane *samplePane() const { return m_sample; }
    ActionListPane *actionList() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void loadProject(const Project &project);
    void showAction(const QString &id);
    void applyActionEdit(const Action &action);
    void editProject(const std::function<void(Project &)> &change);
    RenderRequest currentRequest() const;
    void refreshPreview(bool immediately = false);
    void updateRecentMenu();
    void exportAction();
    void forwardToFocus(const char *method);
    void createTestAndOryPanes();
    void showMandrillKeyDialog();

    AppServices m_services;
    std::unique_ptr<DocumentPrompter> m_ownPrompter;
    DocumentController *m_document;
    PreviewController *m_preview;
    ActionListPane *m_actions;
    ActionEditorPane *m_editor;
    EmailPreviewView *m_previewView;
    SampleContextPane *m_sample;
    QDockWidget *m_actionsDock;
    QDockWidget *m_sampleDock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QJsonObject m_lastGoodBody;
    TestSendPane *m_testSend = nullptr;
    OryPane *m_ory = nullptr;
    QDockWidget *m_testSendDock = nullptr;
    QDockWidget *m_oryDock = nullptr;
};

} // namespace hookmail
