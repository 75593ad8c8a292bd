// hookmail-bench-bare: the baseline W of the benchmark. A bare Qt Widgets window with one
// QPlainTextEdit, shown and painted once; prints the monotonic time of the end of its first paint
// and its peak RSS, then quits. Launched by hookmail-bench on the same QPA platform as the app.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QPlainTextEdit>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {
qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

QByteArray statusField(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "-1";
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0);
    }
    return "-1";
}

class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    qint64 qtReadyNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint event has been handled and flushed to the window.
            QTimer::singleShot(0, this, [this] {
                const qint64 painted = monotonicNs();
                std::printf("qt_ready_ns=%lld\npainted_ns=%lld\nhwm_kb=%s\n",
                            static_cast<long long>(qtReadyNs), static_cast<long long>(painted),
                            statusField("VmHWM").constData());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint watcher;
    watcher.qtReadyNs = monotonicNs();
    QPlainTextEdit edit;
    edit.setPlainText(QStringLiteral("function(ctx) {}\n"));
    edit.resize(800, 600);
    edit.viewport()->installEventFilter(&watcher);
    edit.show();
    return QApplication::exec();
}
