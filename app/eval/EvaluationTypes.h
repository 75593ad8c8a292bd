#pragma once

#include <QByteArray>
#include <QString>

namespace hookmail {

// Ory's limits for web-hook Jsonnet (docs/ARCHITECTURE.md, Ory §4).
namespace limits {
constexpr int evaluationTimeoutMs = 1000;                  // context.WithTimeout 1 s per evaluation
constexpr qsizetype maxOutputBytes = 256 * 1024;           // jsonnetOutputLimit
constexpr qsizetype maxInputBytes = 64 * 1024;             // worker stdin token (bufio.Scanner default)
constexpr qint64 workerMemoryBytes = 1024LL * 1024 * 1024; // RLIMIT_AS for our worker
} // namespace limits

struct EvaluationError
{
    enum class Kind
    {
        Syntax,
        Runtime,
        Limit,
        Cancelled,
        Internal
    };
    Kind kind = Kind::Internal;
    QString message;   // user-facing, Ory-like wording ("Field does not exist: verifiable_addresses")
    int line = 0;      // 1-based line in the user's template; 0 when unknown
    int column = 0;    // 1-based column; 0 when unknown
    int endColumn = 0; // 1-based, inclusive end column when libjsonnet gives a range
    QString raw;       // libjsonnet's text with positions already mapped to the user's template
};

struct EvaluationRequest
{
    QString filename = QStringLiteral("template.jsonnet");
    QByteArray templateSource; // UTF-8 Jsonnet, exactly as the user typed it
    QByteArray ctxJson;        // compact JSON of ctx, passed as TLA code "ctx"
};

struct EvaluationResult
{
    bool ok = false;
    QByteArray output; // the evaluated JSON (as libjsonnet prints it) when ok
    EvaluationError error;
    qint64 elapsedMicros = 0;

    bool cancelled() const { return !ok && error.kind == EvaluationError::Kind::Cancelled; }
};

QString
evaluationKindName(EvaluationError::Kind kind); // "syntax", "runtime", "limit", "cancelled", "internal"

} // namespace hookmail
