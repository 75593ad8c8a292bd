// hookmail-worker: evaluates Jsonnet templates for the app, one framed request at a time on stdin,
// one framed response on stdout (eval/WorkerProtocol.h). Runs with a memory cap so a runaway
// template cannot take the machine down; the app kills and replaces it on timeout.
#include "eval/EvalTranslations.h"
#include "eval/JsonnetEngine.h"
#include "eval/WorkerProtocol.h"

#include <QCoreApplication>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <memory>
#include <new>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define HOOKMAIL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOOKMAIL_ASAN 1
#endif
#endif

#ifdef HOOKMAIL_ASAN
// AddressSanitizer (the asan preset) reserves terabytes of address space for its shadow memory and
// allocator, so RLIMIT_AS would stop it from working at all. There the same cap is ASan's own: it aborts
// the worker once its resident memory passes the limit, which the app reports like any other crash.
extern "C" const char *__asan_default_options()
{
    return "hard_rss_limit_mb=1024";
}
static_assert(hookmail::limits::workerMemoryBytes == 1024LL * 1024 * 1024, "keep hard_rss_limit_mb in step");
#endif

using namespace hookmail;

namespace {

void applyLimits()
{
#ifndef HOOKMAIL_ASAN
    const rlimit memory{rlim_t(limits::workerMemoryBytes), rlim_t(limits::workerMemoryBytes)};
    setrlimit(RLIMIT_AS, &memory);
#endif
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    // If the app dies without closing our stdin, do not linger.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
}

bool writeAll(const QByteArray &data)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

EvaluationResult failure(EvaluationError::Kind kind, const QString &message)
{
    EvaluationResult result;
    result.error.kind = kind;
    result.error.message = message;
    result.error.raw = message;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    applyLimits();
    signal(SIGPIPE, SIG_IGN);
    // The application object only carries the translation (the worker inherits the app's environment, so it
    // speaks the app's language); the worker reads stdin itself and runs no event loop.
    QCoreApplication app(argc, argv);
    // QCoreApplication sets the C library's locale from the environment; libjsonnet formats numbers with the
    // C library, and Ory's go-jsonnet never writes a decimal comma.
    std::setlocale(LC_ALL, "C");
    installHookmailTranslator();

    auto engine = std::make_unique<JsonnetEngine>();
    QByteArray buffer;
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n == 0)
            return 0; // the app closed our stdin: clean exit
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        buffer.append(chunk, qsizetype(n));
        for (;;) {
            QByteArray payload;
            const worker::FrameStatus status = worker::takeFrame(buffer, &payload);
            if (status == worker::FrameStatus::NeedMore)
                break;
            if (status == worker::FrameStatus::Invalid) {
                // The stream can no longer be trusted to be in sync: say so and stop.
                writeAll(worker::encodeResponse(
                    0, failure(EvaluationError::Kind::Internal,
                               QCoreApplication::translate("hookmail::worker",
                                                           "The evaluation worker received a "
                                                           "malformed request frame"))));
                return 2;
            }
            const auto request = worker::decodeRequest(payload);
            if (!request) {
                if (!writeAll(worker::encodeResponse(
                        0, failure(EvaluationError::Kind::Internal,
                                   QCoreApplication::translate(
                                       "hookmail::worker",
                                       "The evaluation worker received a malformed request")))))
                    return 1;
                continue;
            }
            EvaluationResult result;
            try {
                result = engine->evaluate(request->request);
            } catch (const std::bad_alloc &) {
                // The VM may be half-way through an evaluation: start from a fresh one.
                engine.reset();
                result =
                    failure(EvaluationError::Kind::Limit,
                            QCoreApplication::translate(
                                "hookmail::worker", "The template ran out of memory (the evaluation worker "
                                                    "allows 1 GiB; Ory's allows 2 GiB and would most likely "
                                                    "fail the hook too)"));
                try {
                    engine = std::make_unique<JsonnetEngine>();
                } catch (const std::bad_alloc &) {
                    writeAll(worker::encodeResponse(request->id, result));
                    return 3;
                }
            }
            if (!writeAll(worker::encodeResponse(request->id, result)))
                return 1;
        }
    }
}
