#pragma once

#include "core/model/Project.h"
#include "core/render/RenderService.h"

#include <QList>
#include <QString>

namespace hookmail {

struct Finding
{
    enum class Severity
    {
        Error,
        Warning,
        Info
    };
    Severity severity = Severity::Info;
    QString code;      // stable id, e.g. "template-fails", "mandrill-body", "generic-list"
    QString message;   // plain words: what is wrong and what to do
    QString hookPoint; // "registration/after/oidc" when specific to one
    QString identity;  // the sample identity it happened with, when specific to one
    int line = 0;      // template line when known
    int column = 0;

    friend bool operator==(const Finding &, const Finding &) = default;
};

QString severityName(Finding::Severity severity); // "error", "warning", "info"

// One row of "check against all hook points".
struct HookPointCheck
{
    HookPoint point;
    bool ok = true;
    QString message; // why it fails, in plain words; empty when ok
};

// A sample identity the checks run against.
struct CheckIdentity
{
    QString name;  // preset key or "project"
    QString title; // plain words
    QJsonObject identity;
};

// "Will it work?": renders the action at each of its hook points against sample identities (through the
// worker pool) and inspects the results and the hook config. Used by `hookmail check` and the Checks tab.
class ActionChecker
{
public:
    explicit ActionChecker(RenderService *renderer) : m_renderer(renderer) {}

    // Blocking (CLI/tests). `points` empty → the action's hook points; `identities` empty →
    // defaultIdentities(). The sample ctx follows the project (locale, payload, request-header allow-list)
    // and `variant` where the hook point has it.
    QList<Finding> check(const Project &project, const Action &action, QList<HookPoint> points = {},
                         QList<CheckIdentity> identities = {},
                         SampleVariant variant = SampleVariant::Standard);

    // The project's sample identity plus every preset (edge cases such as a social sign-up without email).
    static QList<CheckIdentity> defaultIdentities(const Project &project);
    // Pure: findings from one rendered outcome.
    static QList<Finding> findingsFor(const Action &action, const RenderOutcome &outcome,
                                      const QString &identityTitle);
    // Pure: static checks plus the findings of already rendered outcomes (the GUI's live preview and matrix).
    static QList<Finding> checkOutcomes(const Action &action, const QList<RenderOutcome> &outcomes);
    // Pure: checks of the action's configuration that need no rendering.
    static QList<Finding> staticChecks(const Action &action);
    // Errors first, then warnings, then info; identical messages for several identities merged.
    static QList<Finding> sorted(QList<Finding> findings);
    static bool hasErrors(const QList<Finding> &findings);

private:
    RenderService *m_renderer;
};

} // namespace hookmail
