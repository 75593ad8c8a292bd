#pragma once

#include "core/common/Result.h"
#include "core/model/HookPoint.h"
#include "core/model/Project.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// Computing a change to the hook lists of an Ory project's identity (Kratos) configuration as a reviewed,
// idempotent JSON Patch (RFC 6902) — pure functions, no I/O (docs/ARCHITECTURE.md "Push is a reviewed,
// idempotent, revision-checked JSON Patch"). Only the hook lists that change are touched; Hookmail's own hook
// is found by its stable id (config.id, or the id tagged in the shipped body) and replaced in place, never
// duplicated; nobody else's hooks move.
//
// Other people's hooks are never re-sent (issue 17: Ory's Console and API round-trip hook secrets badly,
// ory/network#416, #330): a changed list is patched per element — `replace …/hooks/<i>` for Hookmail's own
// hook, `add …/hooks/-` for a new one, `remove …/hooks/<i>` — and every replace/remove is guarded by a `test`
// of exactly that element, so a concurrent edit fails even if the revision check did not catch it. A list
// that does not exist is created with its missing parents (also from an empty configuration). A plan is
// refused when a foreign hook in a list it changes was read with its secret hidden (empty or masked).

// Where the identity configuration lives inside the project document (the patch paths' prefix).
inline constexpr char16_t kIdentityConfigPrefix[] = u"/services/identity/config";

// One hook list of the configuration, e.g. /selfservice/flows/registration/after/password/hooks.
struct HookList
{
    QString pointer;                // JSON Pointer inside the identity config
    QString label;                  // "registration/after/password"
    std::optional<HookPoint> point; // nullopt for lists Hookmail does not know (new Kratos methods)
    QJsonArray hooks;
};
// Every hook list present in the config (selfservice.flows.<flow>.<phase>[.<method>].hooks), in document
// order.
QList<HookList> enumerateHookLists(const QJsonObject &identityConfig);
// The list at a pointer; nullopt when it does not exist (or is not an array).
std::optional<QJsonArray> hookListAt(const QJsonObject &identityConfig, const QString &pointer);
// Method lists of a flow's "after" phase that exist in the config.
QList<HookList> methodListsOf(const QJsonObject &identityConfig, HookPoint::Flow flow);

struct HookListChange
{
    QString pointer; // inside the identity config
    QString label;
    bool existed = true;    // false: the list is created by the patch
    QString createdPointer; // when !existed: the pointer of the object/array the patch adds (for rollback)
    QJsonArray before;      // empty when !existed
    std::optional<QJsonArray> after; // nullopt: the list is removed (rollback of a created list)
};

struct PlanFinding
{
    QString code; // "generic-list-ignored", "generic-list-moved", "duplicate-removed", "no-hook-points"…
    QString message;
};

struct HookPlan
{
    QList<HookListChange> changes;
    QList<PlanFinding> findings;
    QJsonArray patch; // against the project document (paths start with kIdentityConfigPrefix)
    QString hookId;   // Hookmail's hook the plan is about (empty for a restore without one)
    bool isEmpty() const { return changes.isEmpty(); }
};

struct PushOptions
{
    // A generic ("fallback") after-list is ignored by Ory while method lists exist. By default such a hook
    // point is skipped with a finding; with this option the hook goes into the existing method lists instead.
    bool moveGenericToMethodLists = false;
};

// Push `hook` (webHookJson of `action`, with the real key) to each of the action's hook points.
Result<HookPlan> planPush(const QJsonObject &identityConfig, const Action &action, const QJsonObject &hook,
                          const PushOptions &options = {});
// Delete every hook with `hookId` from every list.
Result<HookPlan> planRemoval(const QJsonObject &identityConfig, const QString &hookId);
// Make the given lists exactly `hooks` again (nullopt: the list did not exist; remove `createdPointer` or
// it).
struct DesiredList
{
    QString pointer;
    std::optional<QJsonArray> hooks;
    QString createdPointer;
};
// `hookId`: Hookmail's hook; a list the push created that has other hooks by now loses only that hook.
Result<HookPlan> planRestore(const QJsonObject &identityConfig, const QList<DesiredList> &lists,
                             const QString &hookId = {});

// After Ory answered a PATCH: where the project it returned differs from what the plan should have made
// (Ory Network can answer 200 and silently drop keys it does not know, ory/terraform-provider-ory#241). A
// body Ory replaced by its stored copy (StoredBody.h) of exactly the pushed template is not a difference.
struct PlanDifference
{
    QString path; // JSON Pointer inside the identity config, e.g. …/hooks/2/config/response/ignore
    enum class Kind
    {
        Missing,   // planned, not in Ory's answer (dropped)
        Unplanned, // in Ory's answer, not planned
        Changed    // a different value
    } kind = Kind::Changed;
};
struct PlanCheck
{
    QList<PlanDifference> differences;
    // Hookmail's hooks whose body Ory now keeps as a stored copy: where (list label) and the link.
    QList<QPair<QString, QString>> storedBodies;
    bool applied() const { return differences.isEmpty(); }
};
PlanCheck checkPlanApplied(const HookPlan &plan, const QJsonObject &returnedIdentityConfig);
// "…/hooks/2/config/response/ignore (missing in Ory's answer)" lines, for messages.
QString planDifferencesText(const QList<PlanDifference> &differences);
// The notice for a stored copy of Hookmail's template in the lists `listLabels` (it holds the Mandrill key,
// at a link that needs no credentials).
QString storedBodyNotice(const QStringList &listLabels, const QString &url);
// One notice per link for (list label, link) pairs.
QStringList storedBodyNotices(const QList<QPair<QString, QString>> &storedBodies);

// The secret of a hook's auth that looks hidden as read (empty, missing or masked basic_auth password or
// api_key value): "password" / "value"; empty when it looks real or there is no auth.
QString hiddenSecretOf(const QJsonValue &hook);

// Applies a plan's patch to the config locally (nlohmann json::patch), for previews and self-checks.
Result<QJsonObject> applyPlan(const QJsonObject &identityConfig, const HookPlan &plan);

// Hook identity helpers.
QString hookIdOf(const QJsonValue &hook); // config.id, else the id tagged in a Hookmail body; empty if none
bool isHookWithId(const QJsonValue &hook, const QString &hookId);
// `existing` (as read) is `planned` except that Ory keeps its body as a stored copy (StoredBody.h) of exactly
// the template `planned` carries in its base64 body.
bool isStoredFormOf(const QJsonValue &existing, const QJsonObject &planned);
// "session", "web_hook POST https://… (id hookmail-…, response ignored)".
QString summarizeHook(const QJsonValue &hook);

// Readable before/after of the changed lists: unchanged hooks with two spaces, removed "-", added "+",
// replaced in place "~". `secrets` are masked anywhere they would appear.
QString planDiffText(const HookPlan &plan, const QStringList &secrets);
// The patch with secrets masked (bodies decoded, masked, re-encoded), for --json output and logs.
QJsonArray redactedPatch(const QJsonArray &patch, const QStringList &secrets);

} // namespace hookmail
