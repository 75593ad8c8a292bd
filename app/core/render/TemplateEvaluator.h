#pragma once

#include "eval/EvaluationTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace hookmail {

// Evaluates templates in reused hookmail-worker processes (a small pool), never in the caller's
// process: a runaway template is stopped at Ory's 1 s limit by killing its worker, which is then
// replaced; the caller's thread never blocks. Results arrive through `finished` exactly once per
// ticket (a cancelled ticket gets no result).
class TemplateEvaluator : public QObject
{
    Q_OBJECT
public:
    // workerPath empty → locate it (HOOKMAIL_WORKER env, next to the executable, ../libexec/hookmail).
    explicit TemplateEvaluator(int poolSize = 1, QString workerPath = {}, QObject *parent = nullptr);
    ~TemplateEvaluator() override;

    quint64 evaluate(const EvaluationRequest &request);
    void cancel(quint64 ticket);
    int poolSize() const;
    int timeoutMs() const;
    void setTimeoutMs(int ms); // tests and benchmarks only; defaults to Ory's 1000 ms
    // Process ids of the pool's workers (0 for a slot whose worker is not running); tests and diagnostics.
    QList<qint64> workerProcessIds() const;

    // For the CLI and tests: runs a local event loop until the result arrives. Never call from GUI code.
    EvaluationResult evaluateAndWait(const EvaluationRequest &request);

    static QString locateWorker();

signals:
    void finished(quint64 ticket, const hookmail::EvaluationResult &result);
    // The request was written to a worker, whose time limit now runs (tests and diagnostics: what a test
    // waits for instead of sleeping until the request "has surely arrived").
    void evaluationStarted(quint64 ticket);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hookmail

Q_DECLARE_METATYPE(hookmail::EvaluationResult)
