#pragma once

#include "core/common/Result.h"
#include "core/model/HookPoint.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace hookmail::cli {

// The selectors shared by render/check/export/send-test/push:
//   [FILE] [--action NAME] [--hook FLOW/PHASE/METHOD] [--identity PRESET|FILE.json] [--ctx FILE.json]
//   [--variant KEY] [--kratos-config FILE] [--json]
void addSelectorOptions(QCommandLineParser &parser);

struct Selection
{
    QString projectPath; // empty → built-in default project
    Project project;
    Action action;
    std::optional<HookPoint> point;  // from --hook; nullopt → the action's hook points
    QString identityName;            // preset name or file name, for messages
    QJsonObject identity;            // sample identity to use
    bool identityFromOption = false; // --identity given
    QJsonObject ctxOverride;         // from --ctx
    // --variant: how the person reached the moment (browser/app, Ory Network/self-hosted…); checked against
    // the selected hook points, which must all have it.
    SampleVariant variant = SampleVariant::Standard;
    bool json = false;
};

// FILE, the same for every command: a .hookmail project, a bare .jsonnet/.libsonnet template, or — when
// `path` is empty — the built-in default project (as the README states). Errors are input errors (exit 2).
Result<Project> loadProjectArgument(const QString &path);

// Loads the project (a .hookmail file, a bare .jsonnet file, or the default) and resolves the selectors.
// Errors are input errors (exit 2).
Result<Selection> resolveSelection(const QCommandLineParser &parser);

} // namespace hookmail::cli
