#pragma once

#include "BenchSupport.h"

#include <QTimer>

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
            if (m_last != 0)
                m_maxGapNs = qMax(m_maxGapNs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_last = 0;
        m_maxGapNs = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_ticks = 0;
};

} // namespace hookmail::bench
