// Hookmail entry point: the GUI by default, headless sub-commands (render, check, export, …) otherwise.
#include "BenchStartupProbe.h"
#include "MainWindow.h"
#include "cli/Cli.h"
#include "core/RenderService.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "core/TemplateEvaluator.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKMAIL_VERSION));

    if (hookmail::cli::wantsCli(args)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = hookmail::cli::run(args, out, err);
        out.flush();
        err.flush();
        return code;
    }

    // Qt WebEngine (the email preview) needs shared GL contexts set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral(HOOKMAIL_APP_ID));

    // The services, created once and handed to the window.
    hookmail::Settings settings;
    hookmail::TemplateEvaluator evaluator(2);
    hookmail::BenchStartupProbe benchProbe(&evaluator); // inert unless HOOKMAIL_BENCH_STARTUP=1 (tests/bench)
    hookmail::RenderService renderer(&evaluator);
    // TODO(lead): hand in the QtKeychain store from the mandrill branch; memory keeps secrets for this run
    // only.
    hookmail::MemorySecretStore secrets;
    hookmail::MainWindow window({&settings, &evaluator, &renderer, &secrets});
    window.show();
    // Packaging smoke test: start the real window, then quit cleanly after the given time.
    if (const int smokeMs = qEnvironmentVariableIntValue("HOOKMAIL_SMOKE_EXIT_MS"); smokeMs > 0)
        QTimer::singleShot(smokeMs, &app, &QCoreApplication::quit);
    benchProbe.watch(&window);
    window.start();
    return QApplication::exec();
}
