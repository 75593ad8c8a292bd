// Hookmail entry point: the GUI by default, headless sub-commands (render, check, export, …) otherwise.
// Built twice over the same libraries: with the window (hookmail_ui) and, with HOOKMAIL_BUILD_GUI=OFF,
// CLI only (docs/ARCHITECTURE.md).
#include "cli/Cli.h"
#include "core/common/Translations.h"
#if HOOKMAIL_WITH_GUI
#include "window/GuiMain.h"
#endif

#include <QCoreApplication>
#include <QTextStream>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // No core dumps in release builds: a dump could hold a key read from the keychain.
    const struct rlimit noCore = {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKMAIL_VERSION));

    if (!HOOKMAIL_WITH_GUI || hookmail::cli::wantsCli(args)) {
        QCoreApplication app(argc, argv);
        hookmail::installTranslations();
        QTextStream out(stdout);
        QTextStream err(stderr);
        int code = hookmail::cli::run(args, out, err);
        if (args.isEmpty()) { // only a CLI-only build gets here without arguments
            err << "hookmail: this build has no window (built with HOOKMAIL_BUILD_GUI=OFF); name a "
                   "command.\n";
            code = hookmail::cli::UsageError;
        }
        out.flush();
        err.flush();
        return code;
    }
#if HOOKMAIL_WITH_GUI
    return hookmail::runGui(argc, argv);
#endif
}
