#include "ReferenceJsonnet.h"

extern "C" {
#include <libjsonnet.h>
}

namespace hookmail::test {

ReferenceEvaluation referenceEvaluate(const QByteArray &source, const QByteArray &ctxJson)
{
    JsonnetVm *vm = jsonnet_make();
    jsonnet_tla_code(vm, "ctx", ctxJson.constData());
    int error = 0;
    char *out = jsonnet_evaluate_snippet(vm, "template.jsonnet", source.constData(), &error);
    ReferenceEvaluation result;
    const QByteArray text(out);
    jsonnet_realloc(vm, out, 0);
    jsonnet_destroy(vm);
    if (error) {
        result.error = QString::fromUtf8(text);
        return result;
    }
    QJsonParseError parseError;
    result.json = QJsonDocument::fromJson(text, &parseError);
    result.ok = parseError.error == QJsonParseError::NoError;
    if (!result.ok)
        result.error = parseError.errorString();
    return result;
}

} // namespace hookmail::test
