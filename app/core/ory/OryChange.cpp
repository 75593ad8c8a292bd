#include "core/ory/OryChange.h"

#include "core/ory/OryProjectClient.h"

#include <QFile>
#include <QPointer>
#include <memory>

namespace hookmail {

namespace {

// The one rule for which refusals re-plan: only a conflict (HTTP 409, code "conflict": the revision is stale
// or a `test` op found a list changed) means the project moved under the plan, so re-reading gives a
// different change worth a new review. Anything else (400: Ory refused the resulting configuration; 401/403;
// 5xx; transport errors) happened against the project as read: a re-plan would compute the same change, so
// the transaction stops and reports the error.
bool replansAfter(const Error &error)
{
    return error.is(ErrorCode::Conflict);
}

} // namespace

OryChangeIo oryChangeIo(OryProjectClient *client, std::function<QString()> key)
{
    OryChangeIo io;
    io.getProject = [client, key](const QString &projectId, std::function<void(Result<OryProject>)> done) {
        client->getProject(key(), projectId, std::move(done));
    };
    io.patchProject = [client, key](const QString &projectId, const QString &revisionId,
                                    const QJsonArray &patch,
                                    std::function<void(Result<OryProjectUpdate>)> done) {
        client->patchProjectWithRevision(key(), projectId, revisionId, patch, std::move(done));
    };
    return io;
}

OryChange::OryChange(OryChangeIo io, OryChangeReviewer reviewer, QObject *parent)
    : QObject(parent), m_io(std::move(io)), m_reviewer(std::move(reviewer))
{}

OryChange::~OryChange() = default;

bool OryChange::start(OryChangeRequest request)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_run;
    m_request = std::move(request);
    m_outcome = OryChangeOutcome();
    read();
    return true;
}

void OryChange::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void OryChange::read()
{
    m_outcome.project.reset();
    m_outcome.plan.reset();
    setBusy(true);
    // Replies may come after this object is gone (or from an earlier run): they are dropped.
    m_io.getProject(m_request.projectId,
                    [self = QPointer<OryChange>(this), run = m_run](Result<OryProject> r) {
                        if (self && self->m_running && self->m_run == run)
                            self->onRead(std::move(r));
                    });
}

void OryChange::onRead(Result<OryProject> project)
{
    setBusy(false);
    if (!project)
        return fail(OryChangeOutcome::Stage::Read, project.error());
    m_outcome.project = project.value();
    emit projectRead(project.value());
    if (!m_running)
        return;
    auto plan = m_request.plan
                    ? m_request.plan(project.value())
                    : Result<HookPlan>(Error{tr("Nothing to plan."), {}, errorCodeName(ErrorCode::NoPlan)});
    if (!plan)
        return fail(OryChangeOutcome::Stage::Plan, plan.error());
    m_outcome.plan = plan.value();
    if (plan->isEmpty()) {
        // The project already is what the snapshot holds: it is done, not offered again.
        if (m_request.restoring)
            PushSnapshots().markRolledBack(*m_request.restoring);
        return finish(OryChangeOutcome::Kind::Unchanged);
    }
    review();
}

void OryChange::review()
{
    OryChangeReview r;
    r.title = m_request.title;
    r.project = *m_outcome.project;
    r.plan = *m_outcome.plan;
    r.diff = planDiffText(r.plan, m_request.secrets);
    r.findings = r.plan.findings;
    r.round = ++m_outcome.reviews;
    r.conflict = m_outcome.conflict;
    if (!m_reviewer) // nothing is sent unseen
        return onAnswer(OryReviewAnswer::Decline);
    auto answered = std::make_shared<bool>(false);
    m_reviewer(r, [self = QPointer<OryChange>(this), run = m_run, answered](OryReviewAnswer answer) {
        if (*answered)
            return;
        *answered = true;
        if (self && self->m_running && self->m_run == run)
            self->onAnswer(answer);
    });
}

void OryChange::onAnswer(OryReviewAnswer answer)
{
    switch (answer) {
    case OryReviewAnswer::Send:
        return send();
    case OryReviewAnswer::DryRun:
        return finish(OryChangeOutcome::Kind::DryRun);
    case OryReviewAnswer::Decline:
        return finish(m_outcome.conflict ? OryChangeOutcome::Kind::ConflictDeclined
                                         : OryChangeOutcome::Kind::Declined);
    }
}

void OryChange::send()
{
    const OryProject &project = *m_outcome.project;
    const HookPlan &plan = *m_outcome.plan;
    if (!m_request.snapshotReason.isEmpty()) {
        PushSnapshots store(m_request.snapshotDir.isEmpty() ? PushSnapshots::defaultDir()
                                                            : m_request.snapshotDir);
        auto saved = store.save(snapshotOf(plan, project.id, project.revisionId, m_request.snapshotReason,
                                           m_request.hookId, m_request.actionName, m_request.secrets),
                                m_request.secrets);
        if (!saved)
            return fail(OryChangeOutcome::Stage::Snapshot, saved.error());
        m_outcome.snapshotPath = saved.value();
    }
    setBusy(true);
    m_io.patchProject(project.id, project.revisionId, plan.patch,
                      [self = QPointer<OryChange>(this), run = m_run](Result<OryProjectUpdate> r) {
                          if (self && self->m_running && self->m_run == run)
                              self->onPatched(std::move(r));
                      });
}

void OryChange::onPatched(Result<OryProjectUpdate> update)
{
    setBusy(false);
    if (!update) {
        // The lists did not change: a rollback to this snapshot would undo other people's edits.
        if (m_outcome.snapshotPath) {
            QFile::remove(*m_outcome.snapshotPath);
            m_outcome.snapshotPath.reset();
        }
        if (!replansAfter(update.error()))
            return fail(OryChangeOutcome::Stage::Patch, update.error());
        m_outcome.conflict = update.error();
        return read();
    }
    m_outcome.update = update.value();
    // Believe only what Ory returns: it can answer 200 and silently drop what it does not know.
    const PlanCheck check = checkPlanApplied(*m_outcome.plan, update->project.identityConfig);
    m_outcome.notices = storedBodyNotices(check.storedBodies);
    if (!check.applied()) {
        m_outcome.differences = check.differences;
        QString message =
            tr("Ory accepted the change (revision %1) but the project it returned differs from what Hookmail "
               "sent, so the change counts as failed. Differences:\n%2")
                .arg(update->project.revisionId, planDifferencesText(check.differences));
        if (m_outcome.snapshotPath)
            message +=
                u'\n' + tr("The snapshot of the hook lists before the change is kept (%1): roll back to "
                           "undo what Ory did apply, then check the project in the Ory Console.")
                            .arg(*m_outcome.snapshotPath);
        else
            message += u'\n' + tr("Check the project in the Ory Console.");
        return fail(OryChangeOutcome::Stage::Verify, Error::of(ErrorCode::NotApplied, message));
    }
    if (m_request.restoring)
        PushSnapshots().markRolledBack(*m_request.restoring); // only renames the file it was loaded from
    finish(OryChangeOutcome::Kind::Sent);
}

void OryChange::fail(OryChangeOutcome::Stage stage, const Error &error)
{
    m_outcome.failedAt = stage;
    m_outcome.error = error;
    finish(OryChangeOutcome::Kind::Failed);
}

void OryChange::finish(OryChangeOutcome::Kind kind)
{
    setBusy(false);
    m_outcome.kind = kind;
    m_running = false;
    const OryChangeOutcome outcome = m_outcome;
    emit finished(outcome);
}

} // namespace hookmail
