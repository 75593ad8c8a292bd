#include "window/GuiMain.h"

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

namespace hookmail {

int runGui(int &argc, char **argv, const GuiStartHooks &hooks)
{
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
    const QStringList arguments = QApplication::arguments().mid(1);
    window.start(arguments.value(0));
    // Packaging smoke test: start the real window, then quit cleanly after the given time.
    if (const int smokeMs = qEnvironmentVariableIntValue("HOOKMAIL_SMOKE_EXIT_MS"); smokeMs > 0)
        QTimer::singleShot(smokeMs, &app, &QCoreApplication::quit);
    return QApplication::exec();
}

} // namespace hookmail
