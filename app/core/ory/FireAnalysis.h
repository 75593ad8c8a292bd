#pragma once

#include "core/model/Project.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// "Will it fire?": for an action and the identity configuration of a real project, says in plain words
// whether Ory will actually run the hook at each of its hook points and why not (docs/ARCHITECTURE.md, Ory
// §1, §5, §8): generic lists ignored while method lists exist, sign-up methods the action does not cover,
// `session` ordering, blocking hooks after the identity is saved, ignore+parse, parse against Mandrill. Pure.
// A fix the app can offer for a finding, typed so nobody cuts strings to apply it.
struct FireFix
{
    enum class Kind
    {
        None,
        AddMethod,         // attach the action to `point` as well (a sign-up method it does not cover)
        MoveToMethodLists, // replace the generic `flow`/after list by the flow's method lists in use
        SetIgnore          // turn on "ignore the response" (an action setting, not a hook point)
    };
    Kind kind = Kind::None;
    HookPoint point;                               // AddMethod
    HookPoint::Flow flow = HookPoint::Flow::Login; // MoveToMethodLists
    bool isNone() const { return kind == Kind::None; }
    friend bool operator==(const FireFix &, const FireFix &) = default;
};
// The machine-readable form used in `ory hooks --json` ("add-method:registration/after/password",
// "move-to-method-lists:registration", "set-ignore", "" for none).
QString fireFixText(const FireFix &fix);
// The action's hook points after `fix` (pure): AddMethod appends its point; MoveToMethodLists drops the
// generic list and adds the flow's non-empty method lists from `identityConfig`. nullopt when the fix does
// not change hook points (None, SetIgnore).
std::optional<QList<HookPoint>> hookPointsAfterFix(const FireFix &fix, const QList<HookPoint> &hookPoints,
                                                   const QJsonObject &identityConfig);

struct FireFinding
{
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    Severity severity = Severity::Info;
    QString code;      // "generic-ignored", "uncovered-method", "session-order", "blocking-after-save",
                       // "ignore-and-parse", "parse-on-mandrill", "pre-persist", "not-in-project",
                       // "saml-off" (a SAML list in a project without SAML single sign-on), "fires"
    QString hookPoint; // "registration/after/password"; empty for action-wide findings
    QString message;
    FireFix fix; // what the app can do about it; Kind::None = nothing
};
QList<FireFinding> analyseFiring(const QJsonObject &identityConfig, const Action &action);
QString severityName(FireFinding::Severity severity);

// What hooks the project has, per flow / phase / method (built-ins included), and whether Ory uses the list.
struct HookOverviewEntry
{
    QString label;     // "registration/after/password"
    QString plainName; // "After sign-up with password"
    bool effective = true;
    QString note;       // why a list is not used
    QStringList hooks;  // summaries
    QStringList bodies; // decoded web_hook bodies (secrets masked), parallel to hooks; empty for built-ins
};
QList<HookOverviewEntry> hookOverview(const QJsonObject &identityConfig, const QStringList &secrets);
QString hookOverviewText(const QList<HookOverviewEntry> &overview, bool withBodies);

// Sign-up / sign-in methods the project has switched on (selfservice.methods.*), e.g.
// {"password","oidc","code"}.
QStringList enabledMethods(const QJsonObject &identityConfig, const QString &flow);

} // namespace hookmail
