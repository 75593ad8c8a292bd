#pragma once

#include "core/model/Project.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// "Will it fire?": for an action and the identity configuration of a real project, says in plain words
// whether Ory will actually run the hook at each of its hook points and why not (reference/ory/FACTS.md §1,
// §5, §8): generic lists ignored while method lists exist, sign-up methods the action does not cover,
// `session` ordering, blocking hooks after the identity is saved, ignore+parse, parse against Mandrill. Pure.
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
                       // "ignore-and-parse", "parse-on-mandrill", "pre-persist", "not-in-project", "fires"
    QString hookPoint; // "registration/after/password"; empty for action-wide findings
    QString message;
    QString fix; // machine-readable fix offer: "move-to-method-lists:<flow>", "add-method:<point>",
                 // "set-ignore"; empty = none
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
