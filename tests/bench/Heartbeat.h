#pragma once

#include "BenchSupport.h"
#include "EventTrace.h"

#include <QTimer>
#include <ctime>

namespace hookmail::bench {

// A 1 ms precise timer on the calling (GUI) thread; the longest gap between two ticks is the longest
// time the thread could not run its event loop (a stall the user would feel).
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = monotonicNs();
            const qint64 cpu = threadCpuNs();
            if (m_last != 0) {
                if (now - m_last > m_maxGapNs) {
                    m_maxGapNs = now - m_last;
                    m_maxGapStartNs = m_last;
                    m_maxGapCpuNs = cpu - m_lastCpu;
                }
                m_maxBusyNs = qMax(m_maxBusyNs, cpu - m_lastCpu);
            }
            m_last = now;
            m_lastCpu = cpu;
            ++m_ticks;
        });
    }
    void start()
    {
        m_last = 0;
        m_maxGapNs = 0;
        m_maxGapCpuNs = 0;
        m_maxBusyNs = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    // CPU time the thread itself used during that longest gap: small → it was waiting for a CPU (machine
    // load), not busy with our work.
    double maxGapCpuMs() const { return double(m_maxGapCpuNs) / 1e6; }
    // The most CPU time the thread used between two ticks (the longest stretch of our own work).
    double maxBusyMs() const { return double(m_maxBusyNs) / 1e6; }
    QString describeStall() const
    {
        const QString events = describeEventsBetween(m_maxGapStartNs, m_maxGapStartNs + m_maxGapNs);
        return QStringLiteral(
                   "longest stall %1 ms (GUI thread on a CPU for %2 ms of it; longest busy stretch %3 "
                   "ms)%4")
            .arg(maxGapMs(), 0, 'f', 1)
            .arg(maxGapCpuMs(), 0, 'f', 1)
            .arg(maxBusyMs(), 0, 'f', 1)
            .arg(events.isEmpty() ? QString() : QStringLiteral(" [events over 1 ms in it: %1]").arg(events));
    }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    }

    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapStartNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxBusyNs = 0;
    qint64 m_ticks = 0;
};

} // namespace hookmail::bench
