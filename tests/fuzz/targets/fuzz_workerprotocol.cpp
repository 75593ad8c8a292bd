// Fuzz target: the worker protocol decoder (app/eval/WorkerProtocol). The app and the worker never trust
// each other's bytes: any stream must be split into frames or rejected, any payload decoded or rejected,
// without crashing; and whatever decodes must survive an encode/decode round trip unchanged.
#include "eval/WorkerProtocol.h"

#include <cstdint>
#include <cstdlib>

using namespace hookmail;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool sameError(const EvaluationError &a, const EvaluationError &b)
{
    return a.kind == b.kind && a.message == b.message && a.line == b.line && a.column == b.column &&
           a.endColumn == b.endColumn && a.raw == b.raw;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // As a stream of frames.
    QByteArray buffer = bytes;
    for (int i = 0; i < 64; ++i) {
        QByteArray payload;
        const worker::FrameStatus status = worker::takeFrame(buffer, &payload);
        if (status != worker::FrameStatus::Ok)
            break;
        check(payload.size() <= qsizetype(worker::maxFrameBytes));
        if (const auto request = worker::decodeRequest(payload)) {
            const QByteArray again = worker::encodeRequest(request->id, request->request);
            QByteArray b = again, p;
            check(worker::takeFrame(b, &p) == worker::FrameStatus::Ok && b.isEmpty());
            const auto round = worker::decodeRequest(p);
            check(round && round->id == request->id && round->request.filename == request->request.filename &&
                  round->request.templateSource == request->request.templateSource &&
                  round->request.ctxJson == request->request.ctxJson);
        }
        if (const auto response = worker::decodeResponse(payload)) {
            const QByteArray again = worker::encodeResponse(response->id, response->result);
            QByteArray b = again, p;
            check(worker::takeFrame(b, &p) == worker::FrameStatus::Ok && b.isEmpty());
            const auto round = worker::decodeResponse(p);
            check(round && round->id == response->id && round->result.ok == response->result.ok &&
                  round->result.output == response->result.output &&
                  round->result.elapsedMicros == response->result.elapsedMicros &&
                  sameError(round->result.error, response->result.error));
        }
    }
    // As a bare payload.
    (void)worker::decodeRequest(bytes);
    (void)worker::decodeResponse(bytes);
    return 0;
}
