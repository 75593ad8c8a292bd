#include "core/render/TemplateEvaluator.h"

#include "eval/JsonnetEngine.h"
#include "eval/WorkerProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <csignal>
#include <deque>
#include <unistd.h>
#include <vector>

namespace hookmail {

namespace {

EvaluationResult failure(EvaluationError::Kind kind, const QString &message)
{
    EvaluationResult result;
    result.error.kind = kind;
    result.error.message = message;
    result.error.raw = message;
    return result;
}

// A worker that dies this many times in a row without answering anything is considered broken:
// stop restarting it and fail requests with a clear message instead of looping.
constexpr int kMaxConsecutiveFailures = 3;
// A template is stopped after 1 s of its own CPU time, or after this many seconds of wall time at most.
constexpr int kMaxWallFactor = 10;

} // namespace

struct TemplateEvaluator::Private
{
    struct Worker
    {
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        QByteArray buffer;
        quint64 ticket = 0;       // in flight; 0 = idle
        bool ready = false;       // started and able to take a request
        qint64 cpuMsAtStart = -1; // worker CPU time when the request was sent (-1: unknown)
        QElapsedTimer wall;       // since the request was sent
    };
    struct Pending
    {
        quint64 ticket;
        EvaluationRequest request;
    };

    TemplateEvaluator *q = nullptr;
    QString workerPath;
    int poolSize = 1;
    int timeoutMs = limits::evaluationTimeoutMs;
    quint64 nextTicket = 0;
    std::vector<Worker> workers;
    std::deque<Pending> queue;
    int consecutiveFailures = 0;
    QString brokenReason; // non-empty: the worker cannot be started
    // Answers known before any worker is involved (bytes the worker protocol cannot carry), delivered
    // asynchronously like every other answer; cancel() removes them.
    QHash<quint64, EvaluationResult> immediate;

    void startWorker(std::size_t index);
    void retireProcess(QProcess *process);
    void replaceWorker(std::size_t index);
    void dispatch();
    void finish(quint64 ticket, const EvaluationResult &result);
    void onReadyRead(std::size_t index);
    void onProcessGone(std::size_t index, QProcess *process, const QString &why, bool crashed,
                       bool failedToStart);
    void onTimeout(std::size_t index);
    void failQueued(const QString &message);
};

// CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; -1 when it cannot be read.
static qint64 processCpuMs(qint64 pid)
{
    if (pid <= 0)
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    bool okU = false, okS = false;
    const qint64 ticks = fields[11].toLongLong(&okU) + fields[12].toLongLong(&okS); // utime, stime
    static const long hz = sysconf(_SC_CLK_TCK);
    if (!okU || !okS || hz <= 0)
        return -1;
    return ticks * 1000 / hz;
}

void TemplateEvaluator::Private::startWorker(std::size_t index)
{
    Worker &w = workers[index];
    w = Worker{};
    auto *process = new QProcess(q);
    w.process = process;
    w.timer = new QTimer(process);
    w.timer->setSingleShot(true);
    // Ory's limit is exactly 1 s: a coarse timer may fire up to 5 % early and stop a template Ory would run.
    w.timer->setTimerType(Qt::PreciseTimer);
    process->setProgram(workerPath);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    // The worker's stderr is not part of the protocol; do not let it fill a pipe.
    process->setStandardErrorFile(QProcess::nullDevice());

    QObject::connect(w.timer, &QTimer::timeout, q, [this, index] { onTimeout(index); });
    QObject::connect(process, &QProcess::started, q, [this, index, process] {
        if (workers[index].process != process)
            return;
        workers[index].ready = true;
        dispatch();
    });
    QObject::connect(process, &QProcess::readyReadStandardOutput, q, [this, index, process] {
        if (workers[index].process == process)
            onReadyRead(index);
    });
    QObject::connect(
        process, &QProcess::errorOccurred, q, [this, index, process](QProcess::ProcessError error) {
            if (workers[index].process != process)
                return;
            if (error == QProcess::FailedToStart) {
                onProcessGone(index, process,
                              tr("The evaluation worker could not be started (%1): %2")
                                  .arg(QDir::toNativeSeparators(workerPath), process->errorString()),
                              false, true);
            }
        });
    QObject::connect(
        process, &QProcess::finished, q, [this, index, process](int exitCode, QProcess::ExitStatus status) {
            if (workers[index].process != process)
                return;
            const bool crashed = status == QProcess::CrashExit;
            const QString why = crashed ? tr("it crashed") : tr("it exited with code %1").arg(exitCode);
            onProcessGone(index, process, why, crashed, false);
        });
    process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void TemplateEvaluator::Private::retireProcess(QProcess *process)
{
    if (!process)
        return;
    process->disconnect(q);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void TemplateEvaluator::Private::replaceWorker(std::size_t index)
{
    Worker &w = workers[index];
    if (w.timer)
        w.timer->stop(); // it belongs to the old process; it must not fire for the next one
    QProcess *old = w.process;
    w = Worker{};
    retireProcess(old);
    // The replacement starts from the event loop, not here: starting a process from this large one takes
    // a few ms of the GUI thread, and the result that retired the worker (a limit, a superseded render)
    // should reach the window first (tests/bench figure 2, a runaway being stopped).
    QMetaObject::invokeMethod(
        q,
        [this, index] {
            if (workers[index].process || !brokenReason.isEmpty())
                return;
            startWorker(index);
            dispatch();
        },
        Qt::QueuedConnection);
}

void TemplateEvaluator::Private::dispatch()
{
    if (!brokenReason.isEmpty()) {
        failQueued(brokenReason);
        return;
    }
    for (std::size_t i = 0; i < workers.size() && !queue.empty(); ++i) {
        Worker &w = workers[i];
        if (!w.ready || w.ticket != 0 || !w.process)
            continue;
        Pending next = std::move(queue.front());
        queue.pop_front();
        w.ticket = next.ticket;
        w.process->write(worker::encodeRequest(next.ticket, next.request));
        w.cpuMsAtStart = processCpuMs(w.process->processId());
        w.wall.start();
        w.timer->start(timeoutMs);
        emit q->evaluationStarted(w.ticket);
    }
}

void TemplateEvaluator::Private::finish(quint64 ticket, const EvaluationResult &result)
{
    emit q->finished(ticket, result);
}

void TemplateEvaluator::Private::onReadyRead(std::size_t index)
{
    Worker &w = workers[index];
    QProcess *process = w.process;
    w.buffer.append(process->readAllStandardOutput());
    for (;;) {
        QByteArray payload;
        const worker::FrameStatus status = worker::takeFrame(w.buffer, &payload);
        if (status == worker::FrameStatus::NeedMore)
            return;
        const auto response =
            status == worker::FrameStatus::Ok ? worker::decodeResponse(payload) : std::nullopt;
        if (!response || response->id != w.ticket || w.ticket == 0) {
            // Out of sync with the worker: nothing it says can be trusted any more.
            const quint64 ticket = w.ticket;
            replaceWorker(index);
            if (ticket != 0)
                finish(ticket,
                       failure(EvaluationError::Kind::Internal,
                               tr("The evaluation worker sent an answer that could not be read; it has been "
                                  "restarted. Try again.")));
            dispatch();
            return;
        }
        w.timer->stop();
        w.ticket = 0;
        consecutiveFailures = 0;
        const quint64 ticket = response->id;
        // Emitting may re-enter (a slot can call evaluate or cancel); hand out work first.
        dispatch();
        finish(ticket, response->result);
        if (workers[index].process != process)
            return;
    }
}

void TemplateEvaluator::Private::onProcessGone(std::size_t index, QProcess *process, const QString &why,
                                               bool crashed, bool failedToStart)
{
    Worker &w = workers[index];
    if (w.process != process)
        return;
    const quint64 ticket = w.ticket;
    w.timer->stop();
    w.ticket = 0;
    w.ready = false;
    w.process = nullptr;
    retireProcess(process);

    ++consecutiveFailures;
    if (consecutiveFailures > kMaxConsecutiveFailures && brokenReason.isEmpty()) {
        brokenReason =
            tr("The evaluation worker keeps stopping (%1); templates cannot be evaluated. Reinstall "
               "Hookmail or set HOOKMAIL_WORKER to a working hookmail-worker.")
                .arg(why);
    }
    if (failedToStart && brokenReason.isEmpty())
        brokenReason = why;

    if (ticket != 0) {
        EvaluationResult result;
        if (crashed) {
            // Ory's worker would be killed the same way (it too runs with a memory cap).
            result =
                failure(EvaluationError::Kind::Limit,
                        tr("The template stopped the evaluation worker (%1) - it most likely used too much "
                           "memory, and Ory would fail the hook too. The worker has been restarted.")
                            .arg(why));
        } else {
            result = failure(
                EvaluationError::Kind::Internal,
                tr("The evaluation worker stopped unexpectedly (%1) while evaluating this template; it "
                   "has been restarted.")
                    .arg(why));
        }
        finish(ticket, result);
    }
    if (brokenReason.isEmpty())
        startWorker(index);
    dispatch();
}

void TemplateEvaluator::Private::onTimeout(std::size_t index)
{
    Worker &w = workers[index];
    const quint64 ticket = w.ticket;
    if (ticket == 0)
        return;
    // Ory's limit is about the evaluation. On a busy machine the worker may not have had the CPU for the
    // whole second; then give it the rest of its second, up to a wall-clock cap, instead of reporting a false
    // limit.
    const qint64 cpuNow = processCpuMs(w.process ? w.process->processId() : 0);
    if (cpuNow >= 0 && w.cpuMsAtStart >= 0) {
        const qint64 used = cpuNow - w.cpuMsAtStart;
        const qint64 remaining = timeoutMs - used;
        if (remaining > 20 && w.wall.elapsed() < qint64(timeoutMs) * kMaxWallFactor) {
            w.timer->start(int(remaining));
            return;
        }
    }
    replaceWorker(index);
    finish(ticket,
           failure(EvaluationError::Kind::Limit,
                   tr("The template ran longer than Ory's 1 s limit (Ory would fail the hook: \"failed to "
                      "run jsonnet within 1s\"). Look for endless recursion or very large arrays or "
                      "strings.")));
    dispatch();
}

void TemplateEvaluator::Private::failQueued(const QString &message)
{
    std::deque<Pending> failed;
    failed.swap(queue);
    for (const Pending &p : failed)
        finish(p.ticket, failure(EvaluationError::Kind::Internal, message));
}

TemplateEvaluator::TemplateEvaluator(int poolSize, QString workerPath, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<hookmail::EvaluationResult>();
    d->q = this;
    d->poolSize = qMax(1, poolSize);
    d->workerPath = workerPath.isEmpty() ? locateWorker() : workerPath;
    if (d->workerPath.isEmpty()) {
        d->brokenReason =
            tr("The evaluation worker (hookmail-worker) was not found next to Hookmail. Reinstall "
               "Hookmail or set HOOKMAIL_WORKER to its path.");
        return;
    }
    d->workers.resize(std::size_t(d->poolSize));
    for (std::size_t i = 0; i < d->workers.size(); ++i)
        d->startWorker(i); // warm: the first evaluation does not pay for a process start
}

TemplateEvaluator::~TemplateEvaluator()
{
    for (auto &w : d->workers) {
        if (!w.process)
            continue;
        w.process->disconnect(this);
        w.process->closeWriteChannel(); // EOF: the worker exits on its own
        if (!w.process->waitForFinished(200)) {
            w.process->kill();
            w.process->waitForFinished(1000);
        }
        delete w.process;
        w.process = nullptr;
    }
    // Workers retired after a timeout or cancel may still be dying: reap them before QObject deletes them.
    const auto retired = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : retired) {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    }
}

quint64 TemplateEvaluator::evaluate(const EvaluationRequest &request)
{
    const quint64 ticket = ++d->nextTicket;
    // The request travels to the worker as JSON text, where invalid UTF-8 would silently become U+FFFD:
    // refuse it here, at its line and column, as the engine does for NUL bytes.
    if (auto unreadable = unreadableTemplateBytes(request.templateSource)) {
        EvaluationResult result;
        result.error = *unreadable;
        d->immediate.insert(ticket, result);
        QMetaObject::invokeMethod(
            this,
            [this, ticket] {
                const auto it = d->immediate.constFind(ticket);
                if (it == d->immediate.constEnd())
                    return; // cancelled
                const EvaluationResult result = it.value();
                d->immediate.erase(it);
                d->finish(ticket, result);
            },
            Qt::QueuedConnection);
        return ticket;
    }
    d->queue.push_back({ticket, request});
    // Always answer asynchronously, even when failing at once, so callers can connect after calling.
    QMetaObject::invokeMethod(
        this, [this] { d->dispatch(); }, Qt::QueuedConnection);
    return ticket;
}

void TemplateEvaluator::cancel(quint64 ticket)
{
    if (d->immediate.remove(ticket) > 0)
        return;
    for (auto it = d->queue.begin(); it != d->queue.end(); ++it) {
        if (it->ticket == ticket) {
            d->queue.erase(it);
            return;
        }
    }
    for (std::size_t i = 0; i < d->workers.size(); ++i) {
        if (d->workers[i].ticket == ticket) {
            d->replaceWorker(i); // the only way to stop a running evaluation
            return;
        }
    }
}

int TemplateEvaluator::poolSize() const
{
    return d->poolSize;
}

int TemplateEvaluator::timeoutMs() const
{
    return d->timeoutMs;
}

void TemplateEvaluator::setTimeoutMs(int ms)
{
    d->timeoutMs = qMax(1, ms);
}

QList<qint64> TemplateEvaluator::workerProcessIds() const
{
    QList<qint64> pids;
    for (const auto &w : d->workers)
        pids << (w.process ? w.process->processId() : 0);
    return pids;
}

EvaluationResult TemplateEvaluator::evaluateAndWait(const EvaluationRequest &request)
{
    QEventLoop loop;
    EvaluationResult result;
    quint64 wanted = 0;
    bool done = false;
    const auto connection =
        connect(this, &TemplateEvaluator::finished, &loop, [&](quint64 ticket, const EvaluationResult &r) {
            if (ticket != wanted)
                return;
            result = r;
            done = true;
            loop.quit();
        });
    wanted = evaluate(request);
    if (!done)
        loop.exec();
    disconnect(connection);
    return result;
}

QString TemplateEvaluator::locateWorker()
{
    const QString fromEnv = qEnvironmentVariable("HOOKMAIL_WORKER");
    if (!fromEnv.isEmpty()) {
        const QFileInfo info(fromEnv);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QStringLiteral("/hookmail-worker"),
        appDir + QStringLiteral("/../") + QStringLiteral(HOOKMAIL_WORKER_RELDIR) +
            QStringLiteral("/hookmail-worker"),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

} // namespace hookmail
