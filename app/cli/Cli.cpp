#include "Cli.h"

#include "Commands.h"
#include "CoreCommands.h"

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
    {"render", "Print the Mandrill request body Ory would send (key masked)", runRender},
    {"check", "Will it work? Findings for an action; exit 1 on errors", runCheck},
    {"export", "Export as action-json, ory-cli, kratos-yaml or curl", runExport},
    {"send-test", "Render and send a test email through Mandrill to test addresses", runSendTestCommand},
    {"check-key", "Check the Mandrill API key (users/ping, users/info)", runCheckKey},
    {"check-domain", "Check a Mandrill sending domain (verified, SPF, DKIM)", runCheckDomain},
    {"help", "Show this help", runHelp},
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
