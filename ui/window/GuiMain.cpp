#include "window/GuiMain.h"

#include "core/common/AppLog.h"
#include "core/common/Settings.h"
#include "core/common/Translations.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SessionSecretStore.h"
#include "preview/PreviewRendering.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QTimer>
#include <algorithm>

namespace hookmail {

int runGui(int &argc, char **argv, const GuiStartHooks &hooks)
{
    // Qt's and the web engine's chatter goes to the log; --verbose (or HOOKMAIL_VERBOSE=1) shows it too.
    const bool verbose =
        qEnvironmentVariableIntValue("HOOKMAIL_VERBOSE") == 1 ||
        std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "--verbose") == 0; });
    routeDiagnostics(verbose);
    if (const QByteArray quiet = quietWebEngineFlags(verbose); !quiet.isEmpty()) {
        const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--log-level"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.isEmpty() ? quiet : flags + ' ' + quiet);
    }
    // How the email preview draws (software unless HOOKMAIL_PREVIEW_GPU=1); before the application exists.
    configurePreviewRendering();
    QApplication app(argc, argv);
    installTranslations();
    QApplication::setDesktopFileName(QStringLiteral(HOOKMAIL_APP_ID));

    // The services, created once and handed to the window.
    Settings settings;
    TemplateEvaluator evaluator(2);
    if (hooks.servicesCreated)
        hooks.servicesCreated(&evaluator);
    RenderService renderer(&evaluator);
    // The OS keychain; when none answers, keys are kept for this run only (and the key dialog says so).
    SessionSecretStore secrets;
    secrets.probe([](bool) {});
    MandrillClient mandrill;
    mandrill.setBaseUrl(settings.mandrillBaseUrl());
    MainWindow window({&settings, &evaluator, &renderer, &secrets, &mandrill});
    window.show();
    if (hooks.windowShown)
        hooks.windowShown(&window);
    // `hookmail FILE`: the window opens on FILE (Qt has removed its own options from the arguments by now).
    QString file;
    for (const QString &argument : QApplication::arguments().mid(1)) {
        if (!argument.startsWith(u'-') && file.isEmpty())
            file = argument;
    }
    window.start(file);
    // Packaging smoke test: start the real window, then quit cleanly after the given time.
    if (const int smokeMs = qEnvironmentVariableIntValue("HOOKMAIL_SMOKE_EXIT_MS"); smokeMs > 0)
        QTimer::singleShot(smokeMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace hookmail
