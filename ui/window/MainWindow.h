#pragma once

#include "core/model/Project.h"
#include "core/render/RenderService.h"

#include <QMainWindow>
#include <memory>

class QMenu;
class QSplitter;

namespace hookmail {

class MainMenus;
class MandrillClient;
class OryPane;
class PreviewAsBar;
class PublishDialog;
class SampleDialog;
class TestSendFlow;
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
    MandrillClient *mandrill = nullptr; // test sends and key checks; null → no Send test
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

    ProjectSession *session() const { return m_session; }
    DocumentController *document() const;
    PreviewController *previewController() const;
    ActionEditorPane *editorPane() const { return m_editor; }
    EmailPreviewView *previewView() const { return m_previewView; }
    SampleContextPane *samplePane() const { return m_sample; }
    ActionListPane *actionList() const { return m_actions; }
    PreviewAsBar *previewAsBar() const { return m_previewAs; }
    TestSendFlow *testSendFlow() const { return m_testSend; }
    OryPane *oryPane() const { return m_ory; }
    PublishDialog *publishDialog() const { return m_publish; }
    SampleDialog *sampleDialog() const { return m_sampleDialog; }

    // What the menus and the toolbar ask of the window.
    void exportAction();
    void showMandrillKeyDialog();
    void sendTest();      // one click; asks for a missing key or address first
    void showTestSends(); // addresses, sending domain, results and history
    void publishToOry();
    void showSampleEditor() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void connectSession();
    void loadProject(const Project &project);
    void createTestAndOryPanes();
    QWidget *createPreviewColumn();

    AppServices m_services;
    std::unique_ptr<DocumentPrompter> m_ownPrompter;
    DocumentPrompter *m_prompter; // the one that asks every question: the injected one or m_ownPrompter
    ProjectSession *m_session;
    ActionListPane *m_actions;
    ActionEditorPane *m_editor;
    EmailPreviewView *m_previewView;
    SampleContextPane *m_sample;
    PreviewAsBar *m_previewAs;
    QSplitter *m_splitter; // emails | designer | preview
    SampleDialog *m_sampleDialog = nullptr;
    MainMenus *m_menus = nullptr;
    TestSendFlow *m_testSend = nullptr; // null without a Mandrill client
    OryPane *m_ory = nullptr;
    PublishDialog *m_publish = nullptr;
};

} // namespace hookmail
