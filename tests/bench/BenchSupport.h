#pragma once

// Shared helpers of the Hookmail benchmark (tests/bench): monotonic time, statistics, report lines,
// the templates the figures use, and /proc readings. Not part of the app.
#include "ProcStats.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTextStream>

namespace hookmail::bench {

// CLOCK_MONOTONIC in nanoseconds: comparable across processes (child processes print it too).
qint64 monotonicNs();
double msSince(qint64 startNs);

struct Stats
{
    int n = 0;
    double median = 0, p95 = 0, min = 0, max = 0, mean = 0;
};
Stats statsOf(QList<double> values);

// "median 58.1 ms  p95 63.0 ms  (n=15)"
QString describe(const Stats &s, const QString &unit = QStringLiteral("ms"));

struct Options
{
    bool smoke = false; // quick: few repetitions, only checks that every figure runs
    int reps = 15;      // repetitions per timed figure
    QList<int> figures; // empty = all
    QString binDir;     // where hookmail, hookmail-worker and hookmail-bench-bare live
    bool wants(int figure) const { return figures.isEmpty() || figures.contains(figure); }
};

// The report: every figure line goes to stdout as it is measured; the summaries are repeated at the end.
class Report
{
public:
    void heading(const QString &text);
    void line(const QString &text);
    // One-line verdict per target; `met` false → MISSED.
    void target(const QString &figure, bool met, const QString &detail);
    void note(const QString &text);    // a caveat ("smoke mode: timings not meaningful")
    void failure(const QString &text); // a figure could not be measured (the smoke test fails on these)
    void printSummary();
    int missed() const { return m_missed; }
    int failures() const { return m_failures; }

private:
    QStringList m_summary;
    int m_missed = 0;
    int m_failures = 0;
};
QTextStream &out();

// Templates. `defaultTemplate` is the shipped default project's welcome email.
QString defaultTemplate();
// An HTML email whose rendered HTML is about `htmlBytes` long. The template repeats rows through a
// comprehension, so its source (and Ory's input) stays well under the limit.
QString htmlEmailTemplate(int htmlBytes);
// A template whose Ory input size (oryInputSizeFor, with the default sample ctx) is just under 64 KiB, with
// room for the 200 keystrokes of figure 2 (each typed character adds about 2.4 bytes: template + base64 body
// URI).
QString nearLimitTemplate(const QByteArray &ctxJson);
// Where in `source` a one-character edit changes the rendered HTML (inside the HTML text).
int htmlEditPosition(const QString &source);

struct Runaway
{
    QString name;
    QString source;
};
QList<Runaway> runawayTemplates();

QString mib(qint64 kb);

} // namespace hookmail::bench
