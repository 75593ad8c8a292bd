#pragma once

#include "EvaluationTypes.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace hookmail {

// In-process Jsonnet evaluation exactly as Ory runs it (docs/ARCHITECTURE.md, Ory §4): ctx as a top-level
// argument, imports refused with Ory's wording, `error "cancel"` reported as Cancelled, output over 256 KiB a
// Limit error. The engine is a private jsonnet 0.20.0 patched to evaluate like go-jsonnet v0.21.0 (Ory's) and to
// keep its parsed standard library across evaluations (third_party/jsonnet, docs/JSONNET-ENGINE.md); nothing is
// added to the template's text or scope.
// Not thread-safe per instance; the app calls it only inside the worker process (and benchmarks).
class JsonnetEngine
{
public:
    JsonnetEngine();
    ~JsonnetEngine();
    JsonnetEngine(const JsonnetEngine &) = delete;
    JsonnetEngine &operator=(const JsonnetEngine &) = delete;

    EvaluationResult evaluate(const EvaluationRequest &request);

    // jsonnetfmt (libjsonnet's formatter). Returns the formatted text, or a Syntax error.
    struct FormatResult
    {
        bool ok = false;
        QString text;
        EvaluationError error;
    };
    static FormatResult format(const QString &source,
                               const QString &filename = QStringLiteral("template.jsonnet"));

    // The names of std functions go-jsonnet v0.21 has and Debian's libjsonnet 0.18 lacked
    // (reference/jsonnet/STD-DIFF.md); the patched engine has them all (for tests and the editor's completion).
    static QStringList addedStdFunctions();

private:
    struct Private;
    Private *d;
};

// libjsonnet's C API takes NUL-terminated text (a NUL would silently cut the template short) and turns
// invalid UTF-8 inside strings into U+FFFD. Hookmail refuses both up front with a Syntax error at the first
// offending byte (1-based line, column counted in characters), so the user sees where the bad byte is instead
// of a template that quietly means something else. (go-jsonnet, Ory's evaluator, also refuses such bytes
// outside strings: "Could not lex the character ...".)
std::optional<EvaluationError> unreadableTemplateBytes(const QByteArray &source);

// Parses libjsonnet's error text ("STATIC ERROR: f:3:5-9: ..." / "RUNTIME ERROR: ...\n\tf:3:5-9\t...")
// into a structured error. `prefixColumns` is how many columns text put before the template occupies on line 1
// (0: the engine no longer adds any).
EvaluationError parseJsonnetError(const QString &text, const QString &filename, int prefixColumns);

} // namespace hookmail
