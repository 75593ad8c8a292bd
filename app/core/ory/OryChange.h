#pragma once

#include "core/common/Result.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryResponses.h"
#include "core/ory/PushSnapshots.h"

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace hookmail {

class OryProjectClient;

// The one Ory change transaction, shared by the window (OryPane) and the CLI (push / remove / rollback):
//
//   read the project → plan → nothing to do? "unchanged"
//     → review (injected: a dialog in the window, the printed diff and --yes/--dry-run in the CLI)
//     → snapshot of the lists about to change (push / remove) → revision-checked JSON Patch
//     → 409 conflict: re-read, re-plan, review again (the snapshot of the refused attempt is removed)
//     → 200: the project Ory returns is compared with the plan (checkPlanApplied); a difference (Ory can
//       answer 200 and drop keys) fails the change at Stage::Verify, naming the paths; the snapshot is kept
//
// It ends with exactly one finished(OryChangeOutcome). Nothing is ever sent without a review answering Send
// for exactly that plan against exactly that revision.

// What the reviewer is shown. `diff` is planDiffText(plan, secrets): every secret is masked.
struct OryChangeReview
{
    QString title;      // "Push “Welcome email”"
    OryProject project; // name, id and revision the plan was computed against
    HookPlan plan;
    QString diff;
    QList<PlanFinding> findings;
    int round = 1;                 // 2, 3… after a conflict
    std::optional<Error> conflict; // round > 1: the refusal that made the transaction re-read and re-plan
};

enum class OryReviewAnswer
{
    Send,
    Decline,
    DryRun // shown by request only; reported as a dry run rather than a refusal
};

// Shows a review and calls `answer` exactly once, at once or later (a dialog may stay open; a second call
// is ignored).
using OryChangeReviewer =
    std::function<void(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer)>;

// How the transaction talks to Ory, supplied by the caller (so how keys reach the client is the caller's
// business). Each function calls `done` exactly once.
struct OryChangeIo
{
    std::function<void(const QString &projectId, std::function<void(Result<OryProject>)> done)> getProject;
    std::function<void(const QString &projectId, const QString &revisionId, const QJsonArray &patch,
                       std::function<void(Result<OryProjectUpdate>)> done)>
        patchProject;
};
// Io through `client`, which must outlive the transactions using it; `key` gives the workspace key at each
// call.
OryChangeIo oryChangeIo(OryProjectClient *client, std::function<QString()> key);

struct OryChangeRequest
{
    QString title;
    QString projectId;
    // Computes the change against the project as read; called again after every conflict.
    std::function<Result<HookPlan>(const OryProject &)> plan;
    QStringList secrets; // masked in the diff; a snapshot containing one is refused
    // Snapshot of the lists before the change, for a later rollback: taken when `snapshotReason` is set
    // ("push" | "remove"), none for a rollback.
    QString snapshotReason;
    QString hookId;
    QString actionName;
    QString snapshotDir; // empty: PushSnapshots::defaultDir()
    // A rollback: the snapshot it restores, marked rolled back once the change is sent.
    std::optional<PushSnapshot> restoring;
};

struct OryChangeOutcome
{
    enum class Kind
    {
        Sent,
        Unchanged,        // the project already has exactly this (no review was shown)
        Declined,         // the first review said no
        DryRun,           // the review only showed it, by request
        ConflictDeclined, // a conflict, then the review of the new change said no
        Failed            // see `error` and `failedAt`
    };
    enum class Stage
    {
        Read,
        Plan,
        Snapshot,
        Patch,
        Verify // Ory answered 200, but its project differs from the plan (`differences`)
    };
    Kind kind = Kind::Failed;
    Stage failedAt = Stage::Read;
    Error error;
    // The project as last read and the change last computed against it (nullopt when that step failed).
    std::optional<OryProject> project;
    std::optional<HookPlan> plan;
    int reviews = 0;
    std::optional<Error> conflict; // the last 409 that made the transaction re-read
    // Sent (and failed at Verify):
    OryProjectUpdate update; // the project at its new revision, with Ory's warnings
    std::optional<QString> snapshotPath;
    QList<PlanDifference> differences; // Verify: where Ory's answer differs from the plan
    QStringList notices;               // what the user must know about the result (stored template copies)
};

class OryChange : public QObject
{
    Q_OBJECT
public:
    OryChange(OryChangeIo io, OryChangeReviewer reviewer, QObject *parent = nullptr);
    ~OryChange() override;

    // Runs one transaction; false (and nothing happens) while another one is running.
    bool start(OryChangeRequest request);
    bool isRunning() const { return m_running; }

signals:
    void projectRead(const hookmail::OryProject &project); // after every successful read
    void busyChanged(bool busy);                           // a request to Ory is in flight
    void finished(const hookmail::OryChangeOutcome &outcome);

private:
    void read();
    void onRead(Result<OryProject> project);
    void review();
    void onAnswer(OryReviewAnswer answer);
    void send();
    void onPatched(Result<OryProjectUpdate> update);
    void fail(OryChangeOutcome::Stage stage, const Error &error);
    void finish(OryChangeOutcome::Kind kind);
    void setBusy(bool busy);

    OryChangeIo m_io;
    OryChangeReviewer m_reviewer;
    OryChangeRequest m_request;
    OryChangeOutcome m_outcome;
    bool m_running = false;
    bool m_busy = false;
    quint64 m_run = 0; // answers and replies of an earlier run are dropped
};

} // namespace hookmail
