#pragma once

#include "core/common/Result.h"
#include "core/model/Project.h"
#include "core/ory/OryResponses.h"

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class OryPane;
}

namespace hookmail {

struct HookPlan;
class OryProjectClient;
class SecretStore;

// The Ory Network pane: connect with a workspace key (kept in the keychain through the SecretStore handed
// in), pick a workspace and project, see the project's hooks and whether the current action will fire, and
// push, remove or roll back — each time after a reviewed diff (PatchReviewDialog). Everything it does is
// computed by the core (HookPlan, FireAnalysis, PushSnapshots); the pane only asks and shows.
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
    // Replaces the confirmation dialog (tests): return true to send.
    using Reviewer = std::function<bool(const QString &title, const QString &diff)>;
    void setReviewer(Reviewer reviewer) { m_reviewer = std::move(reviewer); }
    QString statusText() const;

public slots:
    void fetchProject();
    void push();
    void remove();
    void rollback();

signals:
    void projectFetched(const QString &projectId);
    void changeSent(const QString &newRevisionId);
    void busyChanged(bool busy);
    // The user asked to attach the action to more hook points (a "fix" from the will-it-fire list).
    void hookPointsChangeRequested(const QStringList &hookPoints);

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
    QString currentProjectId() const;
    // Review `plan` and send it; on 409 re-read and call `replan` for a new review.
    void reviewAndSend(const QString &title, const HookPlan &plan, const QString &reason,
                       std::function<Result<HookPlan>(const OryProject &)> replan,
                       std::function<void()> onSent);

    std::unique_ptr<Ui::OryPane> m_ui;
    SecretStore *m_secrets;
    OryProjectClient *m_client;
    Action m_action;
    Project m_project;
    bool m_hasAction = false;
    std::optional<OryProject> m_oryProject;
    QString m_mandrillKey;
    QString m_oryKey; // the workspace key the calls of the current operation use
    Reviewer m_reviewer;
};

} // namespace hookmail
