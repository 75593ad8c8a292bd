#include "Cli.h"

#include "Commands.h"
#include "OryCommands.h"

#include <QCoreApplication>

namespace hookmail::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

int runHelp(const QStringList &, QTextStream &out, QTextStream &);

const Command kCommands[] = {
    {"help", "Show this help", runHelp},
    {"ory", "Ory Network: list workspaces/projects, show a project's hooks", runOry},
    {"push", "Push an action into an Ory project (diff first; --dry-run | --yes)", runPush},
    {"remove", "Remove an action's hook from an Ory project (--dry-run | --yes)", runRemove},
    {"rollback", "Restore an Ory project's hook lists from the last snapshot", runRollback},
    {"import", "Import an Ory project's web_hooks as actions", runImport},
    {"check-key", "Check the Mandrill API key (users/ping, users/info)", runCheckKey},
    {"check-domain", "Check a Mandrill sending domain (verified, SPF, DKIM)", runCheckDomain},
};

int runHelp(const QStringList &, QTextStream &out, QTextStream &)
{
    out << "Usage: hookmail [FILE]\n"
           "       hookmail COMMAND [OPTIONS]\n\n"
           "Without a command, opens the Hookmail window (on FILE, the last project or the built-in default).\n\n"
           "Commands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(14) << QString::fromLatin1(c.summary) << '\n';
    out << "\nOptions:\n"
           "  -h, --help     Show this help and exit\n"
           "  -V, --version  Show the version and exit\n\n"
           "Exit status: 0 ok; 1 findings at error level or a failed remote call; 2 usage or input errors.\n";
    return Success;
}

} // namespace

bool wantsCli(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first == u"-h" || first == u"--help" || first == u"-V" || first == u"--version")
        return true;
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return runHelp({}, out, err);
    const QString first = arguments.first();
    if (first == u"-V" || first == u"--version") {
        out << "hookmail " << HOOKMAIL_VERSION << '\n';
        return Success;
    }
    if (first == u"-h" || first == u"--help")
        return runHelp({}, out, err);
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1), out, err);
    }
    err << "hookmail: unknown command '" << first << "'\nTry 'hookmail --help'.\n";
    return UsageError;
}

} // namespace hookmail::cli
