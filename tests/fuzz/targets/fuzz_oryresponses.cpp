// Fuzz target: Ory Console response parsing and error explanation (app/core/OryResponses.h). Any answer
// gives a value or an Error with a message - never a crash.
#include "core/ory/OryResponses.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using namespace hookmail;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
template <typename R> void expectMessage(const R &result)
{
    if (!result.ok())
        check(!result.error().message.isEmpty());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // First two bytes choose the HTTP status; the rest is the body.
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    expectMessage(parseWorkspaceList(body));
    expectMessage(parseProjectList(body));
    expectMessage(parseWorkspaceProjectList(body));
    expectMessage(parseProject(body));
    expectMessage(parseProjectUpdate(body));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject())
        expectMessage(parseProjectObject(doc.object()));
    (void)parseOryError(body);
    for (const QString &type : {QStringLiteral("application/json"), QStringLiteral("text/html")}) {
        const Error e = explainOryHttpError(status, body, type, QStringLiteral("read the project"));
        check(!e.message.isEmpty() && !e.code.isEmpty());
    }
    (void)oryKeyWarning(QString::fromUtf8(body));
    return 0;
}
