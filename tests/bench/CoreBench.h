#pragma once

#include "BenchSupport.h"
#include "eval/EvaluationTypes.h"

namespace hookmail {
class JsonnetEngine;
}

namespace hookmail::bench {

// One in-process libjsonnet evaluation (the baseline E), timed `reps` times.
Stats measureEngine(JsonnetEngine &engine, const EvaluationRequest &request, int reps,
                    QList<double> *samples = nullptr);
// The default sample request: the default project's template at registration/after/password.
EvaluationRequest defaultRequest(const QString &templateSource);

// Figures that need only the core (worker pool, RenderService, ActionChecker).
void figureWorkerOverhead(Report &report, const Options &options);
void figureRunaways(Report &report, const Options &options);
void figureCheckMatrix(Report &report, const Options &options);
// Figure 8 (issue 14): E of the designed default email against E of `function(ctx) {}`, same run.
void figureDesignCost(Report &report, const Options &options);

} // namespace hookmail::bench
