#pragma once

#include <QObject>

namespace hookmail {

class MainWindow;
class TemplateEvaluator;

// Start-up measurement hook for the benchmark (tests/bench, figure 6). Inert unless the environment has
// HOOKMAIL_BENCH_STARTUP=1; then it prints "HOOKMAIL_BENCH <milestone> <CLOCK_MONOTONIC ns>" lines to
// stderr (qt_ready, window_shown, first_result, html_written, html_loaded, preview_painted) and quits the app
// once the first email preview has been painted. Construct it right after the evaluator, before the
// RenderService, so `first_result` is taken before the window handles the result.
class BenchStartupProbe : public QObject
{
public:
    explicit BenchStartupProbe(TemplateEvaluator *evaluator, QObject *parent = nullptr);
    void watch(MainWindow *window); // call before window->start()

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(const char *milestone);
    void finish(const char *milestone);

    bool m_enabled = false;
    MainWindow *m_window = nullptr;
    bool m_written = false;
    bool m_loaded = false;
    bool m_done = false;
};

} // namespace hookmail
