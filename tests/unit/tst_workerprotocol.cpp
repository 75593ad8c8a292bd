#include "eval/WorkerProtocol.h"

#include <QTest>
#include <QtEndian>

using namespace hookmail;
using namespace hookmail::worker;

Q_DECLARE_METATYPE(hookmail::worker::FrameStatus)

namespace {

QByteArray framed(const QByteArray &payload)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(payload.size()), out.data());
    return out + payload;
}

QByteArray lengthOnly(quint32 length)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(quint32(length), out.data());
    return out;
}

} // namespace

class TestWorkerProtocol : public QObject
{
    Q_OBJECT
private slots:
    void requestRoundTrip()
    {
        EvaluationRequest request;
        request.filename = QStringLiteral("welcome.jsonnet");
        request.templateSource = "function(ctx) { s: 'Grüße <b>&</b> \\u2028', n: \"\\n\" }\n";
        request.ctxJson = "{\"identity\":{\"traits\":{\"email\":\"a@example.com\"}}}";
        QByteArray buffer = encodeRequest(42, request);
        QCOMPARE(qFromBigEndian<quint32>(buffer.constData()), quint32(buffer.size() - 4));
        QByteArray payload;
        QCOMPARE(takeFrame(buffer, &payload), FrameStatus::Ok);
        QVERIFY(buffer.isEmpty());
        const auto decoded = decodeRequest(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->id, quint64(42));
        QCOMPARE(decoded->request.filename, request.filename);
        QCOMPARE(decoded->request.templateSource, request.templateSource);
        QCOMPARE(decoded->request.ctxJson, request.ctxJson);
    }

    void responseRoundTrip_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::newRow("ok") << true << 0;
        QTest::newRow("syntax") << false << int(EvaluationError::Kind::Syntax);
        QTest::newRow("runtime") << false << int(EvaluationError::Kind::Runtime);
        QTest::newRow("limit") << false << int(EvaluationError::Kind::Limit);
        QTest::newRow("cancelled") << false << int(EvaluationError::Kind::Cancelled);
        QTest::newRow("internal") << false << int(EvaluationError::Kind::Internal);
    }
    void responseRoundTrip()
    {
        QFETCH(bool, ok);
        QFETCH(int, kind);
        EvaluationResult result;
        result.ok = ok;
        result.elapsedMicros = 1234;
        if (ok) {
            result.output = "{\n   \"a\": \"é\"\n}\n";
        } else {
            result.error.kind = EvaluationError::Kind(kind);
            result.error.message = QStringLiteral("Field does not exist: x");
            result.error.line = 5;
            result.error.column = 7;
            result.error.endColumn = 12;
            result.error.raw = QStringLiteral("RUNTIME ERROR: field does not exist: x\n\tt:5:7-13\t");
        }
        QByteArray buffer = encodeResponse(9007199254740991ULL, result);
        QByteArray payload;
        QCOMPARE(takeFrame(buffer, &payload), FrameStatus::Ok);
        const auto decoded = decodeResponse(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->id, 9007199254740991ULL);
        QCOMPARE(decoded->result.ok, ok);
        QCOMPARE(decoded->result.elapsedMicros, qint64(1234));
        QCOMPARE(decoded->result.output, result.output);
        if (!ok) {
            QCOMPARE(int(decoded->result.error.kind), kind);
            QCOMPARE(decoded->result.error.message, result.error.message);
            QCOMPARE(decoded->result.error.line, 5);
            QCOMPARE(decoded->result.error.column, 7);
            QCOMPARE(decoded->result.error.endColumn, 12);
            QCOMPARE(decoded->result.error.raw, result.error.raw);
        }
    }

    void framesArriveInPieces()
    {
        EvaluationRequest request;
        request.templateSource = "{}";
        const QByteArray stream = encodeRequest(1, request) + encodeRequest(2, request);
        QByteArray buffer;
        QList<quint64> ids;
        for (char c : stream) {
            buffer.append(c);
            QByteArray payload;
            const FrameStatus status = takeFrame(buffer, &payload);
            QVERIFY(status != FrameStatus::Invalid);
            if (status == FrameStatus::Ok)
                ids << decodeRequest(payload)->id;
        }
        QCOMPARE(ids, (QList<quint64>{1, 2}));
        QVERIFY(buffer.isEmpty());
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("buffer");
        QTest::addColumn<FrameStatus>("status");
        QTest::newRow("empty") << QByteArray() << FrameStatus::NeedMore;
        QTest::newRow("partial length") << QByteArray(2, char(0)) << FrameStatus::NeedMore;
        QTest::newRow("zero length") << lengthOnly(0) << FrameStatus::Invalid;
        QTest::newRow("over 8 MiB") << lengthOnly(maxFrameBytes + 1) << FrameStatus::Invalid;
        QTest::newRow("max uint32") << lengthOnly(0xffffffffu) + QByteArray("{}") << FrameStatus::Invalid;
        QTest::newRow("truncated payload") << lengthOnly(10) + QByteArray("{\"id\"") << FrameStatus::NeedMore;
        QTest::newRow("exactly 8 MiB announced") << lengthOnly(maxFrameBytes) << FrameStatus::NeedMore;
    }
    void badFrames()
    {
        QFETCH(QByteArray, buffer);
        QFETCH(FrameStatus, status);
        const QByteArray before = buffer;
        QByteArray payload;
        QCOMPARE(takeFrame(buffer, &payload), status);
        QCOMPARE(buffer, before); // nothing consumed unless a whole frame was taken
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("json array") << QByteArray("[1,2]");
        QTest::newRow("truncated json") << QByteArray("{\"id\":1,\"template\":\"{}");
        QTest::newRow("no id") << QByteArray("{\"template\":\"{}\"}");
        QTest::newRow("string id") << QByteArray("{\"id\":\"1\",\"template\":\"{}\"}");
        QTest::newRow("negative id") << QByteArray("{\"id\":-1,\"template\":\"{}\"}");
        QTest::newRow("fractional id") << QByteArray("{\"id\":1.5,\"template\":\"{}\"}");
        QTest::newRow("huge id") << QByteArray("{\"id\":1e300,\"template\":\"{}\"}");
        QTest::newRow("no template") << QByteArray("{\"id\":1}");
        QTest::newRow("template not a string") << QByteArray("{\"id\":1,\"template\":{}}");
        QTest::newRow("ctx not a string") << QByteArray("{\"id\":1,\"template\":\"{}\",\"ctx\":{}}");
        QTest::newRow("filename with newline")
            << QByteArray("{\"id\":1,\"template\":\"{}\",\"filename\":\"a\\nb\"}");
        QTest::newRow("empty filename") << QByteArray("{\"id\":1,\"template\":\"{}\",\"filename\":\"\"}");
        QTest::newRow("embedded NUL") << QByteArray("{\"id\":1,X\"template\":\"{}\"}").replace('X', char(0));
    }
    void badRequests()
    {
        QFETCH(QByteArray, payload);
        QVERIFY(!decodeRequest(payload));
        QVERIFY(!decodeResponse(payload));
    }

    void badResponses_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("ok not bool") << QByteArray("{\"id\":1,\"ok\":1,\"output\":\"x\"}");
        QTest::newRow("ok without output") << QByteArray("{\"id\":1,\"ok\":true}");
        QTest::newRow("error without object") << QByteArray("{\"id\":1,\"ok\":false,\"error\":\"x\"}");
        QTest::newRow("unknown kind") << QByteArray("{\"id\":1,\"ok\":false,\"error\":{\"kind\":\"weird\"}}");
        QTest::newRow("line not a number")
            << QByteArray("{\"id\":1,\"ok\":false,\"error\":{\"kind\":\"runtime\",\"line\":\"5\"}}");
        QTest::newRow("negative line")
            << QByteArray("{\"id\":1,\"ok\":false,\"error\":{\"kind\":\"runtime\",\"line\":-5}}");
        QTest::newRow("line too big")
            << QByteArray("{\"id\":1,\"ok\":false,\"error\":{\"kind\":\"runtime\",\"line\":1e12}}");
        QTest::newRow("negative elapsed")
            << QByteArray("{\"id\":1,\"ok\":true,\"output\":\"1\",\"elapsedMicros\":-1}");
    }
    void badResponses()
    {
        QFETCH(QByteArray, payload);
        QVERIFY(!decodeResponse(payload));
    }

    void minimalValidMessages()
    {
        const auto request = decodeRequest("{\"id\":0,\"template\":\"{}\"}");
        QVERIFY(request);
        QCOMPARE(request->request.filename, QStringLiteral("template.jsonnet"));
        QVERIFY(request->request.ctxJson.isEmpty());
        const auto response = decodeResponse("{\"id\":3,\"ok\":false,\"error\":{\"kind\":\"cancelled\"}}");
        QVERIFY(response);
        QVERIFY(response->result.cancelled());
    }

    void garbageNeverCrashes()
    {
        // A cheap, deterministic stand-in for the fuzz target: random bytes through the whole decoder.
        quint32 seed = 12345;
        for (int round = 0; round < 2000; ++round) {
            QByteArray buffer;
            const int size = int(seed % 64);
            for (int i = 0; i < size; ++i) {
                seed = seed * 1103515245u + 12345u;
                buffer.append(char(seed >> 16));
            }
            if (round % 3 == 0)
                buffer = framed(buffer);
            for (int guard = 0; guard < 100; ++guard) {
                QByteArray payload;
                const FrameStatus status = takeFrame(buffer, &payload);
                if (status != FrameStatus::Ok)
                    break;
                decodeRequest(payload);
                decodeResponse(payload);
            }
        }
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
