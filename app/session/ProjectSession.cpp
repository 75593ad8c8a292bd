#include "session/ProjectSession.h"

#include "core/model/SampleContext.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"

#include <algorithm>

namespace hookmail {

ProjectSession::ProjectSession(Settings *settings, DocumentPrompter *prompter, RenderService *renderer,
                               QObject *parent)
    : QObject(parent), m_document(new DocumentController(settings, prompter, this)),
      m_preview(new PreviewController(renderer, this)), m_point(HookPoint::all().first())
{
    connect(m_document, &DocumentController::projectReplaced, this, &ProjectSession::onProjectReplaced);
    connect(m_preview, &PreviewController::outcomeReady, this, [this](const RenderOutcome &outcome) {
        if (!outcome.evaluation.ok || !outcome.bodyIsObject)
            return;
        m_lastGoodBody = outcome.body;
        emit lastGoodBodyChanged(m_lastGoodBody, outcome.email.fromEmail);
    });
}

ProjectSession::~ProjectSession() = default;

const Project &ProjectSession::project() const
{
    return m_document->project();
}

const Action *ProjectSession::currentAction() const
{
    const QList<Action> &actions = project().actions;
    const auto it =
        std::find_if(actions.begin(), actions.end(), [this](const Action &a) { return a.id == m_currentId; });
    return it == actions.end() ? nullptr : &*it;
}

RenderRequest ProjectSession::currentRequest() const
{
    const Project &p = project();
    RenderRequest request;
    if (const Action *action = currentAction())
        request.action = *action;
    request.point = m_point;
    request.identity = p.sampleIdentity;
    request.locale = p.sampleLocale;
    request.transientPayload = p.transientPayload;
    request.variant = m_variant;
    if (p.headerAllowlist)
        request.headerAllowlist = p.headerAllowlist->headers;
    return request;
}

std::optional<QJsonObject> ProjectSession::testSendBody() const
{
    if (m_lastGoodBody.isEmpty())
        return std::nullopt;
    QJsonObject body = m_lastGoodBody;
    body.remove(QStringLiteral("key"));
    return body;
}

void ProjectSession::editProject(const std::function<void(Project &)> &change)
{
    Project p = project();
    change(p);
    m_document->setProject(p);
}

void ProjectSession::onProjectReplaced(const Project &project)
{
    const bool keep = std::any_of(project.actions.begin(), project.actions.end(),
                                  [this](const Action &a) { return a.id == m_currentId; });
    if (!keep)
        m_currentId = project.actions.isEmpty() ? QString() : project.actions.first().id;
    m_lastGoodBody = {};
    emit projectReplaced(project);
    emit themeChanged(project.theme);
    emit sampleIdentityChanged(project.sampleIdentity, project.identityPreset);
    emit transientPayloadChanged(project.transientPayload);
    emit headerAllowlistChanged(project.headerAllowlist);
    followActionHookPoints();
    announceCurrent();
    refresh(true);
}

Action ProjectSession::current() const
{
    const Action *action = currentAction();
    return action ? *action : Action{};
}

void ProjectSession::announceCurrent()
{
    emit currentActionChanged(current());
}

// The sample moment follows the email: one the email is not sent at is not a useful preview.
void ProjectSession::followActionHookPoints()
{
    const Action *action = currentAction();
    if (action && !action->hookPoints.isEmpty() && !action->hookPoints.contains(m_point)) {
        m_point = action->hookPoints.first();
        emit hookPointChanged(m_point);
    }
}

void ProjectSession::refresh(bool immediately)
{
    if (!currentAction())
        return;
    if (immediately)
        m_preview->renderNow(currentRequest());
    else
        m_preview->schedule(currentRequest());
}

void ProjectSession::selectAction(const QString &id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_lastGoodBody = {};
    followActionHookPoints();
    announceCurrent();
    refresh(true);
}

void ProjectSession::setActions(const QList<Action> &given)
{
    QList<Action> actions = given;
    for (Action &action : actions)
        regenerateTemplate(action, theme());
    if (actions == project().actions)
        return;
    const Action before = current();
    editProject([&](Project &p) { p.actions = actions; });
    emit actionsChanged(actions);
    const Action after = current();
    if (after.id.isEmpty() || after == before) // deleted: the list says which one is selected next
        return;
    announceCurrent();
    if (after.hookPoints != before.hookPoints)
        refresh(false);
}

void ProjectSession::editAction(const Action &given)
{
    Action action = given;
    regenerateTemplate(action, theme());
    const Action *existing = nullptr;
    for (const Action &a : project().actions) {
        if (a.id == action.id)
            existing = &a;
    }
    if (!existing || *existing == action)
        return;
    editProject([&](Project &p) {
        for (Action &a : p.actions) {
            if (a.id == action.id)
                a = action;
        }
    });
    emit actionEdited(action);
    if (action.id == m_currentId) {
        announceCurrent();
        refresh(false);
    }
}

void ProjectSession::setTheme(const Theme &theme)
{
    if (theme == project().theme)
        return;
    QList<Action> restyled;
    editProject([&](Project &p) {
        p.theme = theme;
        for (Action &action : p.actions) {
            if (regenerateTemplate(action, theme))
                restyled << action;
        }
    });
    emit themeChanged(theme);
    for (const Action &action : std::as_const(restyled))
        emit actionEdited(action);
    const bool currentRestyled = std::any_of(restyled.begin(), restyled.end(),
                                             [this](const Action &a) { return a.id == m_currentId; });
    if (currentRestyled) {
        announceCurrent();
        refresh(false);
    }
}

void ProjectSession::setCurrentHookPoints(const QList<HookPoint> &points)
{
    const Action *action = currentAction();
    if (!action)
        return;
    Action changed = *action;
    changed.hookPoints = points;
    editAction(changed);
}

void ProjectSession::setHookPoint(const HookPoint &point)
{
    if (point == m_point)
        return;
    m_point = point;
    emit hookPointChanged(point);
    refresh(true);
}

void ProjectSession::choosePreset(const QString &name)
{
    const auto preset = findIdentityPreset(name);
    editProject([&](Project &p) {
        p.identityPreset = name;
        if (preset) {
            p.sampleIdentity = preset->identity;
            if (!preset->locale.isEmpty())
                p.sampleLocale = preset->locale;
        }
    });
    emit sampleIdentityChanged(project().sampleIdentity, name);
    refresh(true);
}

void ProjectSession::editSampleIdentity(const QJsonObject &identity)
{
    if (identity == project().sampleIdentity)
        return;
    editProject([&](Project &p) { p.sampleIdentity = identity; });
    emit sampleIdentityChanged(identity, project().identityPreset);
    refresh(false);
}

void ProjectSession::editTransientPayload(const QJsonObject &payload)
{
    if (payload == project().transientPayload)
        return;
    editProject([&](Project &p) { p.transientPayload = payload; });
    emit transientPayloadChanged(payload);
    refresh(false);
}

void ProjectSession::setSampleVariant(SampleVariant variant)
{
    if (variant == m_variant)
        return;
    m_variant = variant;
    refresh(true);
}

void ProjectSession::setTestRecipients(const QStringList &addresses)
{
    if (addresses != project().testRecipients)
        editProject([&](Project &p) { p.testRecipients = addresses; });
}

void ProjectSession::setOryProjectId(const QString &id)
{
    if (id != project().oryProjectId)
        editProject([&](Project &p) { p.oryProjectId = id; });
}

void ProjectSession::setHeaderAllowlist(const std::optional<RequestHeaderAllowlist> &allowlist)
{
    if (allowlist == project().headerAllowlist)
        return;
    editProject([&](Project &p) { p.headerAllowlist = allowlist; });
    emit headerAllowlistChanged(allowlist);
    refresh(false);
}

void ProjectSession::adoptOryProjectConfig(const QString &projectName, const QJsonObject &identityConfig)
{
    const Result<std::optional<QStringList>> list = headerAllowlistOfConfig(identityConfig);
    if (!list)
        return;
    const std::optional<QStringList> &headers = list.value();
    // A source only where the project sets its own list; Kratos's default needs no explanation.
    setHeaderAllowlist(headers ? std::optional<RequestHeaderAllowlist>(RequestHeaderAllowlist{
                                     *headers, tr("Ory project “%1”").arg(projectName)})
                               : std::nullopt);
}

void ProjectSession::checkAllHookPoints()
{
    const Action *action = currentAction();
    if (!action)
        return;
    m_preview->checkAll(currentRequest(),
                        action->hookPoints.isEmpty() ? QList<HookPoint>{m_point} : action->hookPoints);
}

} // namespace hookmail
