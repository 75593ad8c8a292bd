#include "WorkerProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtEndian>
#include <cmath>

namespace hookmail::worker {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1: exact in a JSON number (double)

QByteArray frame(const QJsonObject &object)
{
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(payload.size()), out.data());
    out.append(payload);
    return out;
}

std::optional<QJsonObject> parseObject(const QByteArray &payload)
{
    if (payload.isEmpty() || payload.size() > qsizetype(maxFrameBytes))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<quint64> readId(const QJsonObject &object)
{
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isDouble())
        return std::nullopt;
    const double value = id.toDouble();
    if (!std::isfinite(value) || value < 0 || value > kMaxSafeInteger || std::floor(value) != value)
        return std::nullopt;
    return quint64(value);
}

// Optional string field: absent → fallback; present but not a string → invalid.
bool readString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool readInt(const QJsonObject &object, QLatin1String key, qint64 min, qint64 max, qint64 *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return false;
    const double v = value.toDouble();
    if (!std::isfinite(v) || std::floor(v) != v || v < double(min) || v > double(max))
        return false;
    *out = qint64(v);
    return true;
}

std::optional<EvaluationError::Kind> kindFromName(const QString &name)
{
    using K = EvaluationError::Kind;
    for (K kind : {K::Syntax, K::Runtime, K::Limit, K::Cancelled, K::Internal}) {
        if (evaluationKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace

QByteArray encodeRequest(quint64 id, const EvaluationRequest &request)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), double(id));
    object.insert(QLatin1String("filename"), request.filename);
    object.insert(QLatin1String("template"), QString::fromUtf8(request.templateSource));
    object.insert(QLatin1String("ctx"), QString::fromUtf8(request.ctxJson));
    return frame(object);
}

QByteArray encodeResponse(quint64 id, const EvaluationResult &result)
{
    QJsonObject object;
    object.insert(QLatin1String("id"), double(id));
    object.insert(QLatin1String("ok"), result.ok);
    object.insert(QLatin1String("elapsedMicros"), double(result.elapsedMicros));
    if (result.ok) {
        object.insert(QLatin1String("output"), QString::fromUtf8(result.output));
    } else {
        QJsonObject error;
        error.insert(QLatin1String("kind"), evaluationKindName(result.error.kind));
        error.insert(QLatin1String("message"), result.error.message);
        error.insert(QLatin1String("line"), result.error.line);
        error.insert(QLatin1String("column"), result.error.column);
        error.insert(QLatin1String("endColumn"), result.error.endColumn);
        error.insert(QLatin1String("raw"), result.error.raw);
        object.insert(QLatin1String("error"), error);
    }
    return frame(object);
}

FrameStatus takeFrame(QByteArray &buffer, QByteArray *payload)
{
    if (buffer.size() < 4)
        return FrameStatus::NeedMore;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length == 0 || length > maxFrameBytes)
        return FrameStatus::Invalid;
    if (quint64(buffer.size()) < 4 + quint64(length))
        return FrameStatus::NeedMore;
    if (payload)
        *payload = buffer.mid(4, qsizetype(length));
    buffer.remove(0, 4 + qsizetype(length));
    return FrameStatus::Ok;
}

std::optional<DecodedRequest> decodeRequest(const QByteArray &payload)
{
    const auto object = parseObject(payload);
    if (!object)
        return std::nullopt;
    const auto id = readId(*object);
    if (!id)
        return std::nullopt;
    DecodedRequest decoded;
    decoded.id = *id;
    QString filename = decoded.request.filename;
    QString source;
    QString ctx;
    if (!readString(*object, QLatin1String("filename"), &filename) ||
        !object->value(QLatin1String("template")).isString() ||
        !readString(*object, QLatin1String("template"), &source) ||
        !readString(*object, QLatin1String("ctx"), &ctx))
        return std::nullopt;
    // A filename is shown in error positions; keep it to one plain line.
    if (filename.isEmpty() || filename.contains(QLatin1Char('\n')) || filename.contains(QLatin1Char('\t')))
        return std::nullopt;
    decoded.request.filename = filename;
    decoded.request.templateSource = source.toUtf8();
    decoded.request.ctxJson = ctx.toUtf8();
    return decoded;
}

std::optional<DecodedResponse> decodeResponse(const QByteArray &payload)
{
    const auto object = parseObject(payload);
    if (!object)
        return std::nullopt;
    const auto id = readId(*object);
    if (!id)
        return std::nullopt;
    const QJsonValue ok = object->value(QLatin1String("ok"));
    if (!ok.isBool())
        return std::nullopt;
    DecodedResponse decoded;
    decoded.id = *id;
    EvaluationResult &result = decoded.result;
    result.ok = ok.toBool();
    qint64 elapsed = 0;
    if (!readInt(*object, QLatin1String("elapsedMicros"), 0, qint64(kMaxSafeInteger), &elapsed))
        return std::nullopt;
    result.elapsedMicros = elapsed;
    if (result.ok) {
        const QJsonValue output = object->value(QLatin1String("output"));
        if (!output.isString())
            return std::nullopt;
        result.output = output.toString().toUtf8();
        return decoded;
    }
    const QJsonValue errorValue = object->value(QLatin1String("error"));
    if (!errorValue.isObject())
        return std::nullopt;
    const QJsonObject error = errorValue.toObject();
    const QJsonValue kindValue = error.value(QLatin1String("kind"));
    const auto kind = kindValue.isString() ? kindFromName(kindValue.toString()) : std::nullopt;
    if (!kind)
        return std::nullopt;
    result.error.kind = *kind;
    qint64 line = 0, column = 0, endColumn = 0;
    if (!readString(error, QLatin1String("message"), &result.error.message) ||
        !readString(error, QLatin1String("raw"), &result.error.raw) ||
        !readInt(error, QLatin1String("line"), 0, INT_MAX, &line) ||
        !readInt(error, QLatin1String("column"), 0, INT_MAX, &column) ||
        !readInt(error, QLatin1String("endColumn"), 0, INT_MAX, &endColumn))
        return std::nullopt;
    result.error.line = int(line);
    result.error.column = int(column);
    result.error.endColumn = int(endColumn);
    return decoded;
}

} // namespace hookmail::worker
