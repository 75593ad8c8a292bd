#include "EventTrace.h"

#include "BenchSupport.h"

#include <QEvent>
#include <QMetaEnum>
#include <QPaintEvent>
#include <QThread>
#include <QTimer>
#include <deque>

namespace hookmail::bench {

namespace {

struct SlowEvent
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    const char *receiverClass = nullptr; // from the static meta-object: outlives the receiver
    QEvent::Type type = QEvent::None;
    QSize paintSize; // for the paint events inside an outer event
};

constexpr qint64 kSlowNs = 1000000; // events shorter than 1 ms are not kept
constexpr qint64 kSlowPaintNs = 500000;
constexpr size_t kKept = 20000;

std::deque<SlowEvent> &slowEvents()
{
    static std::deque<SlowEvent> events;
    return events;
}

QString eventTypeName(QEvent::Type type)
{
    const char *name = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return name ? QString::fromLatin1(name) : QString::number(int(type));
}

} // namespace

TracingApplication::TracingApplication(int &argc, char **argv) : QApplication(argc, argv) {}

bool TracingApplication::notify(QObject *receiver, QEvent *event)
{
    static const bool tracing = qEnvironmentVariable("HOOKMAIL_BENCH_TRACE") != QLatin1String("0");
    if (!tracing || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (m_depth > 0) {
        if (event->type() != QEvent::Paint)
            return QApplication::notify(receiver, event);
        // Inside an outer event: which widgets' paint events the time went to.
        const char *receiverClass = receiver->metaObject()->className();
        const QRect rect = static_cast<QPaintEvent *>(event)->rect();
        const qint64 start = monotonicNs();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 end = monotonicNs();
        if (end - start >= kSlowPaintNs) {
            auto &events = slowEvents();
            events.push_back({start, end, receiverClass, QEvent::Paint, rect.size()});
            if (events.size() > kKept)
                events.pop_front();
        }
        return handled;
    }
    const QEvent::Type type = event->type();
    // A timer says little by itself: name the object that owns it.
    const QObject *named =
        type == QEvent::Timer && receiver->parent() && receiver->metaObject() == &QTimer::staticMetaObject
            ? receiver->parent()
            : receiver;
    const char *receiverClass = named->metaObject()->className();
    const qint64 start = monotonicNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 end = monotonicNs();
    if (end - start >= kSlowNs) {
        auto &events = slowEvents();
        events.push_back({start, end, receiverClass, type, QSize()});
        if (events.size() > kKept)
            events.pop_front();
    }
    return handled;
}

QString describeEventsBetween(qint64 fromNs, qint64 toNs)
{
    QStringList parts;
    qint64 explained = 0;
    for (const SlowEvent &e : slowEvents()) {
        const qint64 from = qMax(fromNs, e.startNs);
        const qint64 to = qMin(toNs, e.endNs);
        if (to <= from)
            continue;
        if (e.paintSize.isValid()) {
            parts << QStringLiteral("(paint %1 %2x%3 %4 ms)")
                         .arg(QString::fromLatin1(e.receiverClass))
                         .arg(e.paintSize.width())
                         .arg(e.paintSize.height())
                         .arg(double(to - from) / 1e6, 0, 'f', 1);
            continue;
        }
        explained += to - from;
        parts << QStringLiteral("%1 %2 %3 ms")
                     .arg(QString::fromLatin1(e.receiverClass),
                          e.type == QEvent::Timer ? QStringLiteral("timer") : eventTypeName(e.type))
                     .arg(double(to - from) / 1e6, 0, 'f', 1);
    }
    if (parts.isEmpty())
        return {};
    return QStringLiteral("%1; %2 ms outside them")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(double(toNs - fromNs - explained) / 1e6, 0, 'f', 1);
}

} // namespace hookmail::bench
