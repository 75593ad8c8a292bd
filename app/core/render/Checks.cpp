#include "core/render/Checks.h"

#include "core/model/HeaderAllowlist.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/TemplateChecks.h"
#include "core/ory/WebHook.h"
#include "core/render/BodyValidator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace hookmail {

namespace {

// What of the person's session the ctx holds (every cookie Kratos passes, and the values of allow-listed
// headers that carry a session) and appears word for word in the rendered body: "ctx.request_cookies.<name>"
// or "ctx.request_headers.<name>". Short values are skipped (they could match by chance).
QStringList sessionValuesInBody(const QJsonObject &ctx, const QByteArray &body)
{
    QStringList found;
    auto check = [&](const QString &where, const QString &value) {
        if (value.size() >= 8 && body.contains(value.toUtf8()) && !found.contains(where))
            found.append(where);
    };
    const QJsonObject cookies = ctx.value(QStringLiteral("request_cookies")).toObject();
    for (auto it = cookies.begin(); it != cookies.end(); ++it)
        check(QStringLiteral("ctx.request_cookies.") + it.key(), it.value().toString());
    const QJsonObject headers = ctx.value(QStringLiteral("request_headers")).toObject();
    const QStringList secret = secretCarryingHeaders(headers.keys());
    for (const QString &name : secret) {
        for (const QJsonValue &v : headers.value(name).toArray())
            check(QStringLiteral("ctx.request_headers[\"%1\"]").arg(name), v.toString());
    }
    return found;
}

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Checks)
};

Finding make(Finding::Severity severity, const QString &code, const QString &message,
             const QString &point = {}, int line = 0, int column = 0)
{
    Finding f;
    f.severity = severity;
    f.code = code;
    f.message = message;
    f.hookPoint = point;
    f.line = line;
    f.column = column;
    return f;
}

// Where a std function or a field access in the template fails for a sample, explain the usual cause.
QString explainRuntimeError(const QString &message)
{
    if (message.contains(u"verifiable_addresses") || message.contains(u"recovery_addresses"))
        return Tr::tr(
            " Ory leaves out verifiable_addresses when the identity has no address to verify (for example a "
            "social sign-up whose provider shares no email). Check with std.objectHas(ctx.identity, "
            "'verifiable_addresses') before using it, or fall back to ctx.identity.traits.email.");
    if (message.contains(u"identity") && message.contains(u"does not exist"))
        return Tr::tr(
            " Ory passes no identity to \"before\" hooks; use this template only after sign-up/sign-in.");
    if (message.contains(u"transient_payload"))
        return Tr::tr(
            " Ory passes ctx.flow.transient_payload only where the sign-in method copies it: never "
            "in “before” hooks, not after signing in with a passkey or a backup code, and in settings "
            "only after linking a social sign-in. Check with std.objectHas(ctx.flow, "
            "'transient_payload') before reading it.");
    if (message.contains(u"session") && message.contains(u"does not exist"))
        return Tr::tr(" Ory passes ctx.session only after sign-in and in settings flows.");
    return {};
}

QString describe(const BodyFinding &finding)
{
    return finding.path.isEmpty() ? finding.message : finding.message + u" (" + finding.path + u')';
}

} // namespace

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QList<CheckIdentity> ActionChecker::defaultIdentities(const Project &project)
{
    QList<CheckIdentity> list;
    list.append(
        CheckIdentity{QStringLiteral("project"), Tr::tr("project sample identity"), project.sampleIdentity});
    for (const IdentityPreset &preset : identityPresets()) {
        if (preset.identity == project.sampleIdentity)
            continue;
        list.append(CheckIdentity{preset.name, preset.title, preset.identity});
    }
    return list;
}

QList<Finding> ActionChecker::check(const Project &project, const Action &action, QList<HookPoint> points,
                                    QList<CheckIdentity> identities, SampleVariant variant)
{
    if (points.isEmpty())
        points = action.hookPoints;
    if (identities.isEmpty())
        identities = defaultIdentities(project);
    QList<Finding> findings = staticChecks(action);

    // Start every evaluation first so the worker pool runs them in parallel, then collect.
    struct Job
    {
        quint64 ticket;
        QString identityTitle;
    };
    QList<Job> jobs;
    QHash<quint64, RenderOutcome> done;
    QEventLoop loop;
    const auto conn = QObject::connect(m_renderer, &RenderService::rendered, &loop,
                                       [&](quint64 ticket, const RenderOutcome &outcome) {
                                           done.insert(ticket, outcome);
                                           if (done.size() == jobs.size())
                                               loop.quit();
                                       });
    for (const HookPoint &point : points) {
        for (const CheckIdentity &identity : identities) {
            RenderRequest req;
            req.action = action;
            req.point = point;
            req.identity = identity.identity;
            req.locale = project.sampleLocale;
            req.transientPayload = project.transientPayload;
            req.variant = variant;
            if (project.headerAllowlist)
                req.headerAllowlist = project.headerAllowlist->headers;
            jobs.append(Job{m_renderer->render(req), identity.title});
        }
    }
    if (!jobs.isEmpty() && done.size() < jobs.size())
        loop.exec();
    QObject::disconnect(conn);
    for (const Job &job : jobs)
        findings += findingsFor(action, done.value(job.ticket), job.identityTitle);
    return sorted(findings);
}

QList<Finding> ActionChecker::findingsFor(const Action &action, const RenderOutcome &outcome,
                                          const QString &identityTitle)
{
    QList<Finding> findings;
    const QString point = outcome.point.toString();
    auto add = [&](Finding f) {
        f.hookPoint = point;
        f.identity = identityTitle;
        findings.append(f);
    };
    const EvaluationResult &ev = outcome.evaluation;
    if (!ev.ok) {
        const EvaluationError &e = ev.error;
        switch (e.kind) {
        case EvaluationError::Kind::Cancelled:
            add(make(
                Finding::Severity::Info, QStringLiteral("cancelled"),
                Tr::tr("Hook skipped (cancelled): the template calls error \"cancel\" here, so Ory sends no "
                       "email.")));
            break;
        case EvaluationError::Kind::Limit:
            add(make(Finding::Severity::Error, QStringLiteral("limit"), e.message, {}, e.line, e.column));
            break;
        case EvaluationError::Kind::Syntax:
            add(make(Finding::Severity::Error, QStringLiteral("syntax"),
                     Tr::tr("The template is not valid Jsonnet: %1").arg(e.message), {}, e.line, e.column));
            break;
        default:
            add(make(Finding::Severity::Error, QStringLiteral("template-fails"),
                     Tr::tr("The template fails here, so Ory would not send the email: %1.%2")
                         .arg(e.message, explainRuntimeError(e.message)),
                     {}, e.line, e.column));
            break;
        }
        return findings;
    }
    if (!outcome.bodyIsObject) {
        add(make(
            Finding::Severity::Error, QStringLiteral("not-object"),
            Tr::tr(
                "The template must produce a JSON object (the Mandrill messages/send request); it produced "
                "something else.")));
        return findings;
    }
    const QList<BodyFinding> problems = action.mode == EditMode::Template
                                            ? BodyValidator::validateMandrillSendTemplate(outcome.body)
                                            : BodyValidator::validateMandrillSend(outcome.body);
    if (action.mode == EditMode::Template) {
        for (const TemplateFinding &t : templateBodyFindings(action.mandrillTemplate, outcome.body))
            add(make(Finding::Severity(int(t.severity)), t.code, t.message));
    }
    for (const BodyFinding &problem : problems)
        add(make(Finding::Severity::Error, QStringLiteral("mandrill-body"),
                 Tr::tr("Mandrill would not accept the email: %1").arg(describe(problem))));
    // The person's session travelling in the email: whoever receives it, or can read Mandrill's logs, could
    // use it. The sample's own cookie and token values are unique, so a match is the template copying them.
    if (const QStringList leaked = sessionValuesInBody(outcome.ctx, ev.output); !leaked.isEmpty())
        add(make(Finding::Severity::Error, QStringLiteral("session-in-email"),
                 Tr::tr("The email carries the person's session or sign-in cookie (%1): whoever receives it, "
                        "or can read Mandrill's logs, could sign in as them. Take it out of the template; an "
                        "email never needs it.")
                     .arg(leaked.join(QStringLiteral(", ")))));
    if (outcome.inputSize > limits::maxInputBytes * 3 / 4)
        add(make(
            Finding::Severity::Warning, QStringLiteral("input-near-limit"),
            Tr::tr(
                "Template plus context is %1 KiB after Ory's encoding; Ory refuses more than 64 KiB. Larger "
                "identities could push it over.")
                .arg(double(outcome.inputSize) / 1024.0, 0, 'f', 1)));
    if (ev.output.size() > limits::maxOutputBytes * 3 / 4)
        add(make(Finding::Severity::Warning, QStringLiteral("output-near-limit"),
                 Tr::tr("The rendered body is %1 KiB; Ory refuses output over 256 KiB.")
                     .arg(double(ev.output.size()) / 1024.0, 0, 'f', 1)));
    return findings;
}

QList<Finding> ActionChecker::checkOutcomes(const Action &action, const QList<RenderOutcome> &outcomes)
{
    QList<Finding> findings = staticChecks(action);
    for (const RenderOutcome &outcome : outcomes)
        findings += findingsFor(action, outcome, QString());
    return sorted(findings);
}

QList<Finding> ActionChecker::staticChecks(const Action &action)
{
    QList<Finding> findings;
    using S = Finding::Severity;
    if (action.responseIgnore && action.responseParse)
        findings.append(
            make(S::Error, QStringLiteral("ignore-and-parse"),
                 Tr::tr("“Ignore the response” and “parse the response” cannot both be on: Ory rejects this "
                        "hook. For an email, keep only “ignore”.")));
    else if (action.responseParse && action.url.contains(u"mandrillapp.com"))
        findings.append(
            make(S::Error, QStringLiteral("parse-mandrill"),
                 Tr::tr("Parsing the response fails with Mandrill: it answers with a JSON array, not the "
                        "object Ory expects. Turn “parse the response” off.")));
    else if (!action.responseIgnore)
        findings.append(
            make(S::Warning, QStringLiteral("blocking"),
                 Tr::tr("The hook waits for Mandrill: if Mandrill fails or is slow, the user's sign-up or "
                        "sign-in fails with an error even though the account exists. Turn on “ignore the "
                        "response” (asynchronous).")));
    const QUrl url(action.url);
    if (!url.isValid() || url.scheme() != u"https")
        findings.append(make(S::Error, QStringLiteral("url"),
                             Tr::tr("The target URL “%1” must be an https:// URL.").arg(action.url)));
    if (action.method != u"POST")
        findings.append(
            make(S::Warning, QStringLiteral("method"),
                 Tr::tr("Mandrill's messages/send expects POST; the hook uses %1.").arg(action.method)));
    if (action.mode == EditMode::Template) {
        for (const TemplateFinding &t : templateStaticFindings(action.mandrillTemplate))
            findings.append(make(S(int(t.severity)), t.code, t.message));
    }
    if (action.hookPoints.isEmpty())
        findings.append(make(S::Error, QStringLiteral("no-hook-point"),
                             Tr::tr("The action is not attached to any hook point, so it never runs.")));
    for (const HookPoint &p : action.hookPoints) {
        if (p.isGenericList())
            findings.append(
                make(S::Warning, QStringLiteral("generic-list"),
                     Tr::tr("“%1” is the generic list: Ory ignores it whenever the project has method lists "
                            "(Ory Network projects always do). Attach the action to the methods instead, "
                            "e.g. %2/after/password and %2/after/oidc.")
                         .arg(p.plainName(), HookPoint::flowName(p.flow)),
                     p.toString()));
        if (p.phase == HookPoint::Phase::Before)
            findings.append(make(
                S::Warning, QStringLiteral("before-hook"),
                Tr::tr("“%1” runs before the user exists: there is no identity to email.").arg(p.plainName()),
                p.toString()));
    }
    // A literal key in the template would be shown in previews, saved in project files and pushed in clear.
    static const QRegularExpression keyField(
        QStringLiteral(R"((^|[\s,{])['"]?key['"]?\s*:\s*['"]([^'"]{8,})['"])"));
    const QRegularExpressionMatch m = keyField.match(action.templateSource);
    if (m.hasMatch()) {
        const int line = int(action.templateSource.left(m.capturedStart(2)).count(u'\n')) + 1;
        findings.append(
            make(S::Error, QStringLiteral("literal-key"),
                 Tr::tr("The template contains what looks like a Mandrill key. Remove it: Hookmail keeps the "
                        "key in your keychain and adds it only to what is sent or pushed."),
                 {}, line));
    }
    // Request headers and cookies forwarded whole carry the person's session and CSRF cookies into the email
    // service (Kratos does not filter cookies; the header allow-list is per project).
    static const QRegularExpression wholesale(
        QStringLiteral(R"(\bctx\s*\.\s*(request_headers|request_cookies)\b(?!\s*[.\[])|:\s*ctx\s*(?=[,}]|$)|)"
                       R"(function\s*\(\s*ctx\s*\)\s*ctx\s*$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch w = wholesale.match(action.templateSource);
    if (w.hasMatch()) { // one warning is enough
        const int line = int(action.templateSource.left(w.capturedStart()).count(u'\n')) + 1;
        const QString what = w.captured(1).isEmpty() ? QStringLiteral("ctx") : u"ctx." + w.captured(1);
        findings.append(make(
            S::Warning, QStringLiteral("forwards-request-data"),
            Tr::tr(
                "The template sends %1 whole. Ory passes every cookie of the request, including the "
                "person's session and CSRF cookies, so they would end up at Mandrill. Send only the values "
                "you need, such as ctx.request_headers['User-Agent'][0].")
                .arg(what),
            {}, line));
    }
    const QJsonObject hook = webHookJson(action, WebHookOptions{});
    for (const BodyFinding &problem : BodyValidator::validateWebHook(hook))
        findings.append(make(S::Error, QStringLiteral("hook-config"),
                             Tr::tr("Ory would reject the hook configuration: %1").arg(describe(problem))));
    return findings;
}

QList<Finding> ActionChecker::sorted(QList<Finding> findings)
{
    // Merge findings that differ only by identity: one line per problem, naming every identity it hit.
    QList<Finding> merged;
    for (const Finding &f : findings) {
        auto it = std::find_if(merged.begin(), merged.end(), [&](const Finding &m) {
            return m.severity == f.severity && m.code == f.code && m.message == f.message &&
                   m.hookPoint == f.hookPoint && m.line == f.line;
        });
        if (it == merged.end())
            merged.append(f);
        else if (!f.identity.isEmpty() && !it->identity.split(QStringLiteral(", ")).contains(f.identity))
            it->identity += u", " + f.identity;
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return merged;
}

bool ActionChecker::hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

} // namespace hookmail
