#pragma once

#include <QStringList>
#include <QTextStream>

namespace hookmail::cli {

// Exit codes (documented in --help): 0 ok, 1 findings at error level or a failed remote call,
// 2 usage or input errors.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// True when the arguments ask for a headless sub-command (or --help/--version), or are anything but one
// existing project file or Qt's own options: then the CLI runs (and explains a mistyped command) instead of
// starting the GUI.
bool wantsCli(const QStringList &arguments);
// The command a mistyped word most likely meant ("rendr" → "render"); empty when none is close.
QString nearestCommand(const QString &word);
// Runs a sub-command. `arguments` excludes the program name. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hookmail::cli
