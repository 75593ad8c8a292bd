#pragma once

#include "core/common/Result.h"
#include "core/model/Project.h"
#include "core/ory/FireAnalysis.h"
#include "core/ory/OryChange.h"
#include "core/ory/OryResponses.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class OryPane;
}

namespace hookmail {

class DocumentPrompter;

class OryProjectClient;
class SecretStore;

// The Ory Network pane: connect with a workspace key (kept in the keychain through the SecretStore handed
// in), pick a workspace and project, see the project's hooks and whether the current action will fire, and
// push, remove or roll back — each through the core's change transaction (OryChange), reviewed in a
// PatchReviewDialog. Everything it does is computed by the core (OryChange, HookPlan, FireAnalysis,
// PushSnapshots); the pane only asks and shows.
class OryPane : public QWidget
{
    Q_OBJECT
public:
    OryPane(SecretStore *secrets, QWidget *parent = nullptr);
    ~OryPane() override;

    void setAction(const Action &action);
    void setProject(const Project &project);
    void setBaseUrl(const QString &url);
    OryProjectClient *client() const { return m_client; }
    // Who reviews a change before it is sent (DialogPrompter in the app). Without one nothing is sent.
    void setPrompter(DocumentPrompter *prompter) { m_prompter = prompter; }
    QString statusText() const;

    // The pane is a guided sequence: workspace key → project → will it fire → review and publish (with roll
    // back and remove there too). Next from a step does that step's work (save the key and list the
    // workspaces; read the project) and moves on when it succeeded.
    enum Step
    {
        KeyStep,
        ProjectStep,
        FireStep,
        PublishStep
    };
    int step() const;
    void goToStep(int step);

public slots:
    void fetchProject();
    void push();
    void remove();
    void rollback();
    void next();
    void back();

signals:
    void projectFetched(const QString &projectId);
    // Every read of a project (its own fetch and the reads of a push, removal or rollback): the sample
    // follows the project's configuration (its request-header allow-list).
    void projectConfigRead(const QString &projectName, const QJsonObject &identityConfig);
    void changeSent(const QString &newRevisionId);
    void busyChanged(bool busy);
    // The user asked to attach the action to more hook points (a "fix" from the will-it-fire list).
    void hookPointsChangeRequested(const QList<hookmail::HookPoint> &hookPoints);

private:
    void loadWorkspaces();
    void loadProjects(const QString &workspaceId);
    void saveKey();
    void withKeys(std::function<void()> next);
    void showProject(const OryProject &project);
    void showFindings();
    void applyFix();
    void setStatus(const QString &text, bool error = false);
    void setBusy(bool busy);
    void updateSteps();
    void showMandrillKeyRow(bool show);
    QString currentProjectId() const;
    QStringList secretsNow() const;
    void runChange(OryChangeRequest request);
    void review(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer);
    void changeFinished(const OryChangeOutcome &outcome);

    std::unique_ptr<Ui::OryPane> m_ui;
    SecretStore *m_secrets;
    OryProjectClient *m_client;
    Action m_action;
    Project m_project;
    bool m_hasAction = false;
    std::optional<OryProject> m_oryProject;
    QString m_mandrillKey;
    QString m_oryKey; // the workspace key the calls of the current operation use
    DocumentPrompter *m_prompter = nullptr;
    QList<FireFinding> m_findings;  // parallel to the findings list
    bool m_keyWarningShown = false; // the status shows oryKeyWarning() of the key as typed
    bool m_advanceOnFetch = false;  // Next on the project step: move on once the project is read
    // Declared after m_ui so it goes first: replies still in flight then find no transaction to report to.
    std::unique_ptr<OryChange> m_change;
};

} // namespace hookmail
