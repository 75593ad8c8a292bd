#pragma once

#include <QByteArray>
#include <QString>

namespace hookmail::test {

// The go-jsonnet reference evaluator (../shared/tools/go-jsonnet-oracle, read in place, never copied): it
// evaluates a template the way Ory Kratos does (go-jsonnet v0.21.0, ctx as a TLA, imports refused).
struct OracleResult
{
    bool ran = false;       // the oracle started and finished within the timeout
    bool ok = false;        // exit 0: `output` is the body Ory would send
    QByteArray output;      // stdout (exact bytes)
    QString error;          // stderr when !ok
    double milliseconds = 0; // wall-clock time of the whole process
};

// Path of the oracle executable, or empty when ../shared (or $HOOKMAIL_SHARED_DIR) does not hold it.
QString oracleExecutable();
QString oracleMissingMessage();
OracleResult runOracle(const QByteArray &templateSource, const QByteArray &ctxJson, int timeoutMs = 10000);

} // namespace hookmail::test
