#pragma once

// Which GUI-thread events took the time during a stall (figure 2). The benchmark's QApplication times every
// outermost event it dispatches on the GUI thread and keeps the slow ones (over 1 ms) of the last minutes;
// Heartbeat asks what ran during its longest gap. Work done outside any event (the benchmark's own calls,
// such as pasting a template) shows as the part of the gap no event explains.
#include <QApplication>

namespace hookmail::bench {

class TracingApplication : public QApplication
{
public:
    TracingApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    int m_depth = 0;
};

// "QWidgetWindow UpdateRequest 6.1 ms, QTimer Timer 2.0 ms; 3.1 ms outside events" for the slow events
// that overlapped [fromNs, toNs] (CLOCK_MONOTONIC ns); empty when nothing was traced.
QString describeEventsBetween(qint64 fromNs, qint64 toNs);

} // namespace hookmail::bench
