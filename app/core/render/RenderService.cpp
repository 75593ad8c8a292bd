#include "core/render/RenderService.h"

#include "core/model/SampleContext.h"
#include "core/mtemplate/TemplateGenerator.h"
#include "core/ory/WebHook.h"
#include "core/render/TemplateEvaluator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace hookmail {

namespace {
bool runsPrePersist(const Action &action, const HookPoint &point)
{
    // parse/can_interrupt hooks in registration/settings "after" run before the identity is saved
    // (docs/ARCHITECTURE.md, Ory §5).
    return action.responseParse && point.phase == HookPoint::Phase::After &&
           (point.flow == HookPoint::Flow::Registration || point.flow == HookPoint::Flow::Settings);
}
} // namespace

qsizetype oryInputSizeFor(const Action &action, const QByteArray &ctxJson)
{
    // Ory evaluates the shipped template (the user's plus the key wrapper) and passes the body URI as the
    // file name, so the base64 body counts too (see oryEvaluationInputSize). A real key is about as long as
    // the mask.
    const QByteArray shipped = shippedTemplate(action, QString());
    return oryEvaluationInputSize(toBase64Body(shipped), shipped, ctxJson);
}

RenderedEmail emailFromBody(const QJsonObject &body)
{
    RenderedEmail email;
    const QJsonObject message = body.value(u"message").toObject();
    email.fromEmail = message.value(u"from_email").toString();
    email.fromName = message.value(u"from_name").toString();
    email.subject = message.value(u"subject").toString();
    email.html = message.value(u"html").toString();
    email.text = message.value(u"text").toString();
    for (const QJsonValue &v : message.value(u"to").toArray()) {
        const QJsonObject to = v.toObject();
        QString entry = to.value(u"email").toString();
        const QString name = to.value(u"name").toString();
        if (!name.isEmpty())
            entry = name + u" <" + entry + u'>';
        const QString type = to.value(u"type").toString();
        if (!type.isEmpty() && type != u"to")
            entry += u" (" + type + u')';
        email.to.append(entry);
    }
    for (const QJsonValue &v : message.value(u"tags").toArray())
        email.tags.append(v.toString());
    return email;
}

EvaluationRequest evaluationRequestFor(const RenderRequest &request, QJsonObject *ctxOut)
{
    QJsonObject ctx = request.ctxOverride;
    if (ctx.isEmpty()) {
        SampleContextOptions options;
        options.prePersist = runsPrePersist(request.action, request.point);
        options.locale = request.locale;
        options.transientPayload = request.transientPayload;
        options.variant = request.variant;
        options.headerAllowlist = request.headerAllowlist;
        ctx = buildSampleContext(request.point, request.identity, options);
    }
    EvaluationRequest eval;
    eval.templateSource = request.action.templateSource.toUtf8();
    eval.ctxJson = QJsonDocument(ctx).toJson(QJsonDocument::Compact);
    if (ctxOut)
        *ctxOut = ctx;
    return eval;
}

RenderService::RenderService(TemplateEvaluator *evaluator, QObject *parent)
    : QObject(parent), m_evaluator(evaluator)
{
    connect(m_evaluator, &TemplateEvaluator::finished, this,
            [this](quint64 evalTicket, const EvaluationResult &result) {
                const auto it = m_pending.find(evalTicket);
                if (it == m_pending.end())
                    return; // someone else's evaluation, or cancelled
                const Pending pending = it.value();
                m_pending.erase(it);
                emit rendered(pending.renderTicket,
                              finish(pending.request, pending.ctx, pending.inputSize, result));
            });
}

quint64 RenderService::render(const RenderRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    QJsonObject ctx;
    const EvaluationRequest eval = evaluationRequestFor(request, &ctx);
    const qsizetype inputSize = oryInputSizeFor(request.action, eval.ctxJson);
    if (inputSize > limits::maxInputBytes) {
        // Ory's worker would refuse this input before evaluating; so do we (and say why).
        EvaluationResult result;
        result.error.kind = EvaluationError::Kind::Limit;
        result.error.message = tr("Template plus sample context is %1 KiB after Ory's JSON encoding; Ory "
                                  "refuses more than 64 KiB "
                                  "(the hook would fail with \"token too long\"). Make the template smaller.")
                                   .arg(double(inputSize) / 1024.0, 0, 'f', 1);
        QMetaObject::invokeMethod(
            this,
            [this, ticket, request, ctx, inputSize, result] {
                emit rendered(ticket, finish(request, ctx, inputSize, result));
            },
            Qt::QueuedConnection);
        return ticket;
    }
    const quint64 evalTicket = m_evaluator->evaluate(eval);
    m_pending.insert(evalTicket, Pending{request, ctx, inputSize, ticket});
    return ticket;
}

void RenderService::cancel(quint64 ticket)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->renderTicket == ticket) {
            m_evaluator->cancel(it.key());
            m_pending.erase(it);
            return;
        }
    }
}

RenderOutcome RenderService::renderAndWait(const RenderRequest &request)
{
    std::optional<RenderOutcome> out;
    QEventLoop loop;
    quint64 wanted = 0;
    const auto conn =
        connect(this, &RenderService::rendered, &loop, [&](quint64 ticket, const RenderOutcome &outcome) {
            if (ticket != wanted)
                return;
            out = outcome;
            loop.quit();
        });
    wanted = render(request);
    if (!out)
        loop.exec();
    disconnect(conn);
    return *out;
}

RenderOutcome RenderService::finish(const RenderRequest &request, const QJsonObject &ctx, qsizetype inputSize,
                                    const EvaluationResult &result) const
{
    RenderOutcome outcome;
    outcome.point = request.point;
    outcome.ctx = ctx;
    outcome.evaluation = result;
    outcome.inputSize = inputSize;
    outcome.inputOverLimit = outcome.inputSize > limits::maxInputBytes;
    if (!result.ok)
        return outcome;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.output, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject body = doc.object();
        outcome.bodyIsObject = true;
        const QString literalKey = body.value(u"key").toString();
        outcome.body = literalKey.isEmpty() ? body : withMaskedKey(body, literalKey);
        outcome.email = emailFromBody(body);
        outcome.sentBytes = withKeyAsOrySends(result.output, QString::fromUtf16(kMaskedKeyPlaceholder));
        // A send-template body has no html: the preview is the template rendered locally with the body's
        // merge values (as Mandrill merges when sending), and says so.
        if (request.action.mode == EditMode::Template) {
            const TemplatePreview preview = TemplateGenerator::preview(request.action.mandrillTemplate, body);
            outcome.email.html = preview.html;
            outcome.email.text = preview.text;
            outcome.email.subject = preview.subject;
            outcome.email.fromEmail = preview.fromEmail;
            outcome.email.fromName = preview.fromName;
            outcome.email.localTemplateRender = true;
            outcome.email.notRendered = preview.unsupported;
        }
    }
    return outcome;
}

} // namespace hookmail
