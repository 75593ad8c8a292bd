#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace hookmail::test {

// Evaluates Jsonnet with plain libjsonnet (ctx as a TLA, imports not used), as an independent reference for
// tests of generated templates. It is not Hookmail's evaluator (no worker, no limits, no Ory std additions).
struct ReferenceEvaluation
{
    bool ok = false;
    QJsonDocument json; // the result when ok
    QString error;      // libjsonnet's message otherwise ("RUNTIME ERROR: cancel", …)
};
ReferenceEvaluation referenceEvaluate(const QByteArray &source, const QByteArray &ctxJson);

} // namespace hookmail::test
