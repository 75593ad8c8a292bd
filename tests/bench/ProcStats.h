#pragma once

// /proc readings of the Hookmail benchmark (tests/bench), kept apart from BenchSupport so that the small
// reference programs (hookmail-bench-webfloor) can use them without linking the app's code.
#include <QList>
#include <QString>

namespace hookmail::bench {

// Peak and current resident set (kB) of a process from /proc/<pid>/status; -1 when unreadable.
qint64 procStatusKb(qint64 pid, const char *field);
QList<qint64> childPids(qint64 pid); // direct children (the ppid field of every /proc/<pid>/stat)
QList<qint64> descendantPids(qint64 pid);
QString processName(qint64 pid);
// Proportional set size (kB) from /proc/<pid>/smaps_rollup: shared pages split among their users; -1 when
// unreadable.
qint64 pssKb(qint64 pid);

} // namespace hookmail::bench
