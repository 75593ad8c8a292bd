#pragma once

#include <functional>

namespace hookmail {

class MainWindow;
class TemplateEvaluator;

// Observers of the GUI start-up, for tools built around the real start (the start-up benchmark in
// tests/bench); the product passes none.
struct GuiStartHooks
{
    std::function<void(TemplateEvaluator *)> servicesCreated;
    std::function<void(MainWindow *)> windowShown;
};

// Creates the QApplication, the core services and the main window, and runs the event loop.
int runGui(int &argc, char **argv, const GuiStartHooks &hooks = {});

} // namespace hookmail
