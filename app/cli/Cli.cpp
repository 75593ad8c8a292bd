#include "Cli.h"

#include "Commands.h"
#include "CoreCommands.h"
#include "OryCommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

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
    {"design", "Show or change a designed email's envelope and block texts", runDesign},
    {"send-test", "Render and send a test email through Mandrill to test addresses", runSendTestCommand},
    {"ory", "Ory Network: list workspaces/projects, show a project's hooks", runOry},
    {"push", "Push an action into an Ory project (diff first; --dry-run | --yes)", runPush},
    {"remove", "Remove an action's hook from an Ory project (--dry-run | --yes)", runRemove},
    {"rollback", "Restore an Ory project's hook lists from the last snapshot", runRollback},
    {"import", "Import an Ory project's web_hooks as actions", runImport},
    {"check-key", "Check the Mandrill API key (users/ping, users/info)", runCheckKey},
    {"check-domain", "Check a Mandrill sending domain (verified, SPF, DKIM)", runCheckDomain},
    {"mandrill", "Mandrill templates: list them, or show one's merge tags", runMandrill},
    {"help", "Show this help", runHelp},
};

int runHelp(const QStringList &, QTextStream &out, QTextStream &)
{
    out << "Usage: hookmail [FILE]\n"
           "  or:  hookmail COMMAND [OPTION]... [FILE]\n"
           "Write, preview, test and ship the emails an Ory project sends through Mandrill.\n\n"
           "Without a command, opens the Hookmail window on FILE, the last project or the built-in "
           "default.\n\n"
           "Commands:\n";
    for (const Command &c : kCommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(14) << QString::fromLatin1(c.summary)
            << '\n';
    out << "\n'hookmail COMMAND --help' describes a command's options.\n\n"
           "Options:\n"
           "  -h, --help     display this help and exit\n"
           "  -V, --version  output version information and exit\n\n"
           "Environment:\n"
           "  HOOKMAIL_MANDRILL_KEY, HOOKMAIL_ORY_KEY   keys to use instead of the keychain (for CI)\n"
           "  HOOKMAIL_MANDRILL_URL, HOOKMAIL_ORY_URL   API base URLs instead of the settings\n\n"
           "Exit status:\n"
           "  0  ok\n"
           "  1  findings at error level, a rejected recipient, or a failed remote call\n"
           "  2  usage or input errors\n";
    return Success;
}

int runVersion(QTextStream &out)
{
    out << "hookmail " << HOOKMAIL_VERSION << "\n"
        << "Copyright (C) 2026 The Hookmail developers.\n"
           "License MIT: <https://opensource.org/licenses/MIT>.\n"
           "This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n";
    return Success;
}

// Edit distance, for "did you mean": commands are short, so the plain O(n·m) table is fine.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool looksLikeFile(const QString &word)
{
    return word.endsWith(u".hookmail") || word.endsWith(u".jsonnet") || word.contains(u'/');
}

} // namespace

QString nearestCommand(const QString &word)
{
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo
    for (const Command &c : kCommands) {
        const QString name = QLatin1String(c.name);
        const int d = name.startsWith(word) && word.size() >= 2 ? 1 : editDistance(word, name);
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

bool wantsCli(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first == u"-h" || first == u"--help" || first == u"-V" || first == u"--version")
        return true;
    // Qt's own options (-platform, -style, …) go to the window.
    if (first.startsWith(u'-'))
        return false;
    // Only an existing project file or template opens the window; any other word is a command, or a mistake
    // the CLI explains, so a typo never starts the GUI (over SSH or in CI it could not anyway).
    return !(arguments.size() == 1 && QFileInfo(first).isFile());
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty())
        return runHelp({}, out, err);
    const QString first = arguments.first();
    if (first == u"-V" || first == u"--version")
        return runVersion(out);
    if (first == u"-h" || first == u"--help")
        return runHelp({}, out, err);
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1), out, err);
    }
    if (looksLikeFile(first) || QFileInfo::exists(first)) {
        err << "hookmail: no such project file or template: " << first << "\n";
        return UsageError;
    }
    err << "hookmail: unknown command '" << first << "'.";
    if (const QString nearest = nearestCommand(first); !nearest.isEmpty())
        err << " Did you mean '" << nearest << "'?";
    err << " See 'hookmail --help'.\n";
    return UsageError;
}

} // namespace hookmail::cli
