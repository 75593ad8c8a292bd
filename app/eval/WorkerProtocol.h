#pragma once

#include "EvaluationTypes.h"

#include <QByteArray>
#include <optional>

namespace hookmail::worker {

// Frames exchanged with hookmail-worker over its stdin/stdout: a 4-byte big-endian payload length,
// then a compact JSON payload. Requests carry an id; the response echoes it. The decoder never trusts
// the other side: bad lengths, bad JSON and wrong types are rejected (this is a fuzz target).
constexpr quint32 maxFrameBytes = 8 * 1024 * 1024;

QByteArray encodeRequest(quint64 id, const EvaluationRequest &request);
QByteArray encodeResponse(quint64 id, const EvaluationResult &result);

struct DecodedRequest
{
    quint64 id = 0;
    EvaluationRequest request;
};
struct DecodedResponse
{
    quint64 id = 0;
    EvaluationResult result;
};

enum class FrameStatus { NeedMore, Ok, Invalid };

// Takes one complete frame off the front of `buffer` when available.
FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload);
std::optional<DecodedRequest> decodeRequest(const QByteArray &payload);
std::optional<DecodedResponse> decodeResponse(const QByteArray &payload);

} // namespace hookmail::worker
