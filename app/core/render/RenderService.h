#pragma once

#include "core/model/HookPoint.h"
#include "core/model/Project.h"
#include "core/model/SampleContext.h"
#include "eval/EvaluationTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace hookmail {

class TemplateEvaluator;

// The email as a reader sees it, taken from a rendered Mandrill messages/send body.
struct RenderedEmail
{
    QString fromEmail, fromName, subject, html, text;
    QStringList to; // "Name <addr>" or bare address, with type when not "to"
    QStringList tags;
    // A Mandrill template email (send-template): html/text/subject/from are Hookmail's local render of the
    // template with the body's merge values, not Mandrill's. notRendered: constructs shown as written.
    bool localTemplateRender = false;
    QStringList notRendered;
};

struct RenderOutcome
{
    HookPoint point;
    QJsonObject ctx;
    EvaluationResult evaluation;
    QJsonObject body; // the evaluated body when it is a JSON object (key masked if it had one)
    bool bodyIsObject = false;
    // The exact bytes Ory sends (go-jsonnet's manifest with the key as the published wrapper adds it, masked
    // as kMaskedKeyPlaceholder); empty when the output is not an object. The Request tab and `hookmail
    // render` show these. (A test send re-serialises `body`: its recipients are replaced anyway.)
    QByteArray sentBytes;
    RenderedEmail email;
    qsizetype inputSize = 0; // Ory's worker input size for this template + ctx
    bool inputOverLimit = false;
};

struct RenderRequest
{
    Action action;
    HookPoint point;
    QJsonObject identity;
    QJsonObject ctxOverride; // when non-empty, used as ctx instead of a sample context
    QString locale = QStringLiteral("en-US");
    QJsonObject transientPayload;
    SampleVariant variant = SampleVariant::Standard; // browser/app, Network/self-hosted… (issue 17)
    std::optional<QStringList> headerAllowlist;      // the project's; nullopt → Kratos's default

    friend bool operator==(const RenderRequest &, const RenderRequest &) = default;
};

RenderedEmail emailFromBody(const QJsonObject &body);
// Size of the input Ory's Jsonnet worker would get for this action and ctx (its limit is 64 KiB).
qsizetype oryInputSizeFor(const Action &action, const QByteArray &ctxJson);
EvaluationRequest evaluationRequestFor(const RenderRequest &request, QJsonObject *ctxOut);

// Renders an action at a hook point through the worker pool. Asynchronous; one result per ticket.
class RenderService : public QObject
{
    Q_OBJECT
public:
    explicit RenderService(TemplateEvaluator *evaluator, QObject *parent = nullptr);
    quint64 render(const RenderRequest &request);
    void cancel(quint64 ticket);
    RenderOutcome renderAndWait(const RenderRequest &request); // CLI/tests only

signals:
    void rendered(quint64 ticket, const hookmail::RenderOutcome &outcome);

private:
    RenderOutcome finish(const RenderRequest &request, const QJsonObject &ctx, qsizetype inputSize,
                         const EvaluationResult &result) const;
    TemplateEvaluator *m_evaluator;
    struct Pending
    {
        RenderRequest request;
        QJsonObject ctx;
        qsizetype inputSize;
        quint64 renderTicket;
    };
    QHash<quint64, Pending> m_pending; // evaluator ticket → pending render
    quint64 m_nextTicket = 1;
};

} // namespace hookmail

Q_DECLARE_METATYPE(hookmail::RenderOutcome)
