#pragma once

#include "BenchSupport.h"

namespace hookmail::bench {

// Figures measured in the real MainWindow, built with the same services as app/main.cpp.
// eDefault etc.: the baselines E for the three templates are measured inside (same run).
void figurePreviewLatency(Report &report, const Options &options);
void figureResponsiveness(Report &report, const Options &options);
// Design mode (issue 14): design edit -> preview painted against E of the designed email; GUI stall while
// typing into a Text block.
void figureDesignEditing(Report &report, const Options &options);

} // namespace hookmail::bench
