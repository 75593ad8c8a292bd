// Hookmail entry point: the GUI by default, headless sub-commands (render, check, export, …) otherwise.
#include "BenchStartupProbe.h"
#include "MainWindow.h"
#include "PreviewRendering.h"
#include "cli/Cli.h"
#include "core/MandrillClient.h"
#include "core/RenderService.h"
#include "core/SessionSecretStore.h"
#include "core/Settings.h"
#include "core/TemplateEvaluator.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>
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

    if (hookmail::cli::wantsCli(args)) {
        QCoreApplication app(argc, argv);
        hookmail::installTranslations();
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = hookmail::cli::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }

    // How the email preview draws (software unless HOOKMAIL_PREVIEW_GPU=1); before the application exists.
    hookmail::configurePreviewRendering();
    QApplication app(argc, argv);
    hookmail::installTranslations();
    QApplication::setDesktopFileName(QStringLiteral(HOOKMAIL_APP_ID));

    // The services, created once and handed to the window.
    hookmail::Settings settings;
    hookmail::TemplateEvaluator evaluator(2);
    hookmail::BenchStartupProbe benchProbe(&evaluator); // inert unless HOOKMAIL_BENCH_STARTUP=1 (tests/bench)
    hookmail::RenderService renderer(&evaluator);
    // The OS keychain; when none answers, keys are kept for this run only (and the key dialog says so).
    hookmail::SessionSecretStore secrets;
    secrets.probe([](bool) {});
    hookmail::MandrillClient mandrill;
    mandrill.setBaseUrl(settings.mandrillBaseUrl());
    hookmail::MainWindow window({&settings, &evaluator, &renderer, &secrets, &mandrill});
    window.show();
    benchProbe.watch(&window);
    window.start();
    // Packaging smoke test: start the real window, then quit cleanly after the given time.
    if (const int smokeMs = qEnvironmentVariableIntValue("HOOKMAIL_SMOKE_EXIT_MS"); smokeMs > 0)
        QTimer::singleShot(smokeMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}
