#pragma once

#include "Project.h"
#include "RenderService.h"

#include <QList>
#include <QString>

namespace hookmail {

struct Finding
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Info;
    QString code;    // stable id, e.g. "template-fails", "mandrill-no-recipient", "generic-list"
    QString message; // plain words: what is wrong and what to do
    QString hookPoint; // "registration/after/oidc" when specific to one
    int line = 0;    // template line when known
    int column = 0;
};

QString severityName(Finding::Severity severity);

// "Will it work?": runs the action against a sample context of each of its hook points (through the
// worker pool) and inspects the results and the hook config. Used by `hookmail check` and the Checks tab.
class ActionChecker
{
public:
    explicit ActionChecker(RenderService *renderer) : m_renderer(renderer) {}
    // Blocking (CLI/tests). The GUI renders through RenderService itself and calls checkOutcomes().
    QList<Finding> check(const Project &project, const Action &action, const QString &identityOverridePreset = {});
    // Pure: findings from already rendered outcomes plus static checks of the action.
    static QList<Finding> checkOutcomes(const Action &action, const QList<RenderOutcome> &outcomes);
    static QList<Finding> staticChecks(const Action &action);

private:
    RenderService *m_renderer;
};

} // namespace hookmail
