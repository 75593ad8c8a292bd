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

// True when the arguments ask for a headless sub-command (or --help/--version) rather than the GUI.
bool wantsCli(const QStringList &arguments);
// Runs a sub-command. `arguments` excludes the program name. Needs a QCoreApplication.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace hookmail::cli
