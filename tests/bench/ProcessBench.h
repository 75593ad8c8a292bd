#pragma once

#include "BenchSupport.h"

namespace hookmail::bench {

struct BareWindow
{
    Stats startMs;     // W: launch → first paint of a bare QPlainTextEdit window
    qint64 peakKb = 0; // its peak RSS (median over runs)
};

// Baseline W, measured in child processes (hookmail-bench-bare) on the same QPA platform as the app.
BareWindow measureBareWindow(Report &report, const Options &options);

// 6: launch of the real `hookmail` (HOOKMAIL_BENCH_STARTUP=1) to the first email preview painted.
void figureStartup(Report &report, const Options &options, const BareWindow &bare, double eMs);
// 7: peak RSS after 500 edits (a child hookmail-bench --child-memory running the real window).
void figureMemory(Report &report, const Options &options, const BareWindow &bare);
// The child side of figure 7.
int runMemoryChild(int edits);

} // namespace hookmail::bench
