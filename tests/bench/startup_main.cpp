// `hookmail-bench-startup`: the real GUI start-up (the same runGui as `hookmail`) with the start-up probe of
// figure 6 attached. HOOKMAIL_BENCH_STARTUP=1 turns the probe on.
#include "BenchStartupProbe.h"
#include "core/render/TemplateEvaluator.h"
#include "window/GuiMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKMAIL_VERSION));
    hookmail::BenchStartupProbe *probe = nullptr;
    hookmail::GuiStartHooks hooks;
    // The probe is a child of the evaluator, so it goes when the services go.
    hooks.servicesCreated = [&probe](hookmail::TemplateEvaluator *evaluator) {
        probe = new hookmail::BenchStartupProbe(evaluator, evaluator);
    };
    hooks.windowShown = [&probe](hookmail::MainWindow *window) { probe->watch(window); };
    return hookmail::runGui(argc, argv, hooks);
}
