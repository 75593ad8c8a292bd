#include "core/ory/FireAnalysis.h"

#include "core/ory/HookPlan.h"
#include "core/ory/WebHook.h"
#include "core/ory/WebHookCheck.h"
#include "core/secrets/SecretRedaction.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FireAnalysis)
};

bool hasNonEmptyMethodList(const QJsonObject &config, HookPoint::Flow flow)
{
    for (const HookList &l : methodListsOf(config, flow)) {
        if (!l.hooks.isEmpty())
            return true;
    }
    return false;
}

// Ory Network runs the `saml` lists only when SAML single sign-on is switched on: the Console API's
// `kratos_selfservice_methods_saml_enabled` "governs the selfservice.methods.saml.enabled setting".
bool samlEnabled(const QJsonObject &config)
{
    return config.value(QStringLiteral("selfservice"))
        .toObject()
        .value(QStringLiteral("methods"))
        .toObject()
        .value(QStringLiteral("saml"))
        .toObject()
        .value(QStringLiteral("enabled"))
        .toBool(false);
}

bool listContains(const QJsonArray &hooks, const QString &type)
{
    for (const QJsonValue &h : hooks) {
        if (h.toObject().value(QStringLiteral("hook")).toString() == type)
            return true;
    }
    return false;
}

} // namespace

QString severityName(FireFinding::Severity severity)
{
    switch (severity) {
    case FireFinding::Severity::Info:
        return Tr::tr("info");
    case FireFinding::Severity::Warning:
        return Tr::tr("warning");
    case FireFinding::Severity::Error:
        return Tr::tr("error");
    }
    return {};
}

QString fireFixText(const FireFix &fix)
{
    switch (fix.kind) {
    case FireFix::Kind::None:
        return {};
    case FireFix::Kind::AddMethod:
        return u"add-method:" + fix.point.toString();
    case FireFix::Kind::MoveToMethodLists:
        return u"move-to-method-lists:" + HookPoint::flowName(fix.flow);
    case FireFix::Kind::SetIgnore:
        return QStringLiteral("set-ignore");
    }
    return {};
}

std::optional<QList<HookPoint>> hookPointsAfterFix(const FireFix &fix, const QList<HookPoint> &hookPoints,
                                                   const QJsonObject &identityConfig)
{
    QList<HookPoint> points = hookPoints;
    switch (fix.kind) {
    case FireFix::Kind::None:
    case FireFix::Kind::SetIgnore:
        return std::nullopt;
    case FireFix::Kind::AddMethod:
        if (!points.contains(fix.point))
            points.append(fix.point);
        return points;
    case FireFix::Kind::MoveToMethodLists:
        points.removeAll(HookPoint{fix.flow, HookPoint::Phase::After, {}});
        for (const HookList &l : methodListsOf(identityConfig, fix.flow)) {
            if (!l.hooks.isEmpty() && l.point && !points.contains(*l.point))
                points.append(*l.point);
        }
        return points;
    }
    return std::nullopt;
}

QStringList enabledMethods(const QJsonObject &config, const QString &flow)
{
    const QJsonObject methods =
        config.value(QStringLiteral("selfservice")).toObject().value(QStringLiteral("methods")).toObject();
    QStringList out;
    auto on = [&](const QString &m) {
        return methods.value(m).toObject().value(QStringLiteral("enabled")).toBool(m == u"password");
    };
    // Kratos defaults: password on, others off unless enabled.
    for (const QString &m : HookPoint::methodsFor(HookPoint::parse(flow + u"/before")->flow)) {
        if (m == u"profile" || !methods.contains(m)) {
            if (m == u"password" && !methods.contains(m))
                out.append(m);
            continue;
        }
        if (!on(m))
            continue;
        const QJsonObject mo = methods.value(m).toObject();
        // The code method signs people up/in only with passwordless_enabled; webauthn only when passwordless.
        if (m == u"code" && flow != u"settings" &&
            !mo.value(QStringLiteral("passwordless_enabled")).toBool(false))
            continue;
        if (m == u"webauthn" && flow == u"registration" &&
            !mo.value(QStringLiteral("config"))
                 .toObject()
                 .value(QStringLiteral("passwordless"))
                 .toBool(false))
            continue;
        if ((m == u"totp" || m == u"lookup_secret") && flow == u"registration")
            continue;
        out.append(m);
    }
    return out;
}

QList<FireFinding> analyseFiring(const QJsonObject &config, const Action &action)
{
    QList<FireFinding> out;
    using S = FireFinding::Severity;
    const bool mandrill = action.url.contains(u"mandrillapp.com");
    if (action.responseIgnore && action.responseParse)
        out.append(
            {S::Error,
             QStringLiteral("ignore-and-parse"),
             {},
             Tr::tr(
                 "“Ignore the response” and “parse the response” cannot be combined: Ory refuses such a hook "
                 "when it runs. Keep only “ignore the response” for an email."),
             FireFix{FireFix::Kind::SetIgnore, {}, {}}});
    if (action.responseParse && mandrill)
        out.append(
            {S::Error,
             QStringLiteral("parse-on-mandrill"),
             {},
             Tr::tr(
                 "“Parse the response” fails on every sign-up with Mandrill: Mandrill answers with a list, "
                 "Ory expects an object. Switch to “ignore the response”."),
             FireFix{FireFix::Kind::SetIgnore, {}, {}}});

    bool present = false;
    for (const HookList &l : enumerateHookLists(config)) {
        for (const QJsonValue &h : l.hooks)
            present = present || isHookWithId(h, action.hookId);
    }
    if (!present)
        out.append({S::Info,
                    QStringLiteral("not-in-project"),
                    {},
                    Tr::tr("This action is not in the project yet: nothing is sent until you push it."),
                    {}});

    QSet<QString> coveredFlows;
    bool samlOff = false;
    for (const HookPoint &point : action.hookPoints) {
        const QString where = point.toString();
        if (point.isGenericList() && hasNonEmptyMethodList(config, point.flow)) {
            out.append(
                {S::Error, QStringLiteral("generic-ignored"), where,
                 Tr::tr("%1 never runs: this project uses per-method lists for %2, and Ory then ignores the "
                        "generic list. Add the action to the method lists instead.")
                     .arg(point.plainName(), HookPoint::flowName(point.flow)),
                 FireFix{FireFix::Kind::MoveToMethodLists, {}, point.flow}});
            continue;
        }
        if (point.phase == HookPoint::Phase::After && point.flow != HookPoint::Flow::Recovery &&
            point.flow != HookPoint::Flow::Verification)
            coveredFlows.insert(HookPoint::flowName(point.flow));
        if (point.isOryNetworkOnly() && !samlEnabled(config)) {
            // Info, not a warning: ticking a whole group includes SAML on purpose, and an unused list is
            // harmless; the person only needs to know that nothing is sent there today.
            samlOff = true;
            out.append({S::Info,
                        QStringLiteral("saml-off"),
                        where,
                        Tr::tr("%1: nothing is sent from here yet. Ory uses this list only when SAML single "
                               "sign-on is switched on (selfservice.methods.saml.enabled), and this project "
                               "has it off. Keeping it does no harm: the email starts going out as soon as "
                               "SAML is switched on in the Ory Console.")
                            .arg(point.plainName()),
                        {}});
            continue;
        }
        const auto list = hookListAt(config, point.configPointer());
        for (const QJsonValue &h : list.value_or(QJsonArray())) {
            // Someone else's hook in the same list, broken by Kratos' rules (WebHookCheck).
            if (isHookWithId(h, action.hookId))
                continue;
            const QList<WebHookProblem> problems = webHookProblems(h);
            if (problems.isEmpty())
                continue;
            QStringList reasons;
            bool refused = false;
            for (const WebHookProblem &p : problems) {
                reasons.append(p.message);
                refused = refused || p.refusedBySchema;
            }
            out.append(
                {refused ? S::Error : S::Warning,
                 QStringLiteral("broken-foreign-hook"),
                 where,
                 (refused
                      ? Tr::tr("%1 also holds someone else's hook (%2) that breaks Ory's configuration "
                               "rules: %3 Ory checks the whole configuration on every change, so it can "
                               "refuse this push until that hook is fixed in the Ory Console.")
                      : Tr::tr("%1 also holds someone else's hook (%2) that fails every time it runs: %3 "
                               "Unless its response is ignored, the failure also stops the hooks after it."))
                     .arg(point.plainName(), summarizeHook(h), reasons.join(u' ')),
                 {}});
        }
        if (list && listContains(*list, QStringLiteral("session")))
            out.append(
                {S::Info,
                 QStringLiteral("session-order"),
                 where,
                 Tr::tr(
                     "%1 also signs the user in (`session`). Ory runs `session` last, so the email is sent "
                     "first (Kratos v1.2 and later; on older self-hosted Kratos hooks after `session` never "
                     "run).")
                     .arg(point.plainName()),
                 {}});
        if (point.flow == HookPoint::Flow::Registration && point.phase == HookPoint::Phase::After) {
            if (action.responseParse)
                out.append({S::Warning, QStringLiteral("pre-persist"), where,
                            Tr::tr("With “parse the response” the hook runs before the account is saved: "
                                   "ctx.identity.id is all zeros and the sign-up waits for the answer."),
                            FireFix{FireFix::Kind::SetIgnore, {}, {}}});
            else if (!action.responseIgnore)
                out.append(
                    {S::Warning, QStringLiteral("blocking-after-save"), where,
                     Tr::tr("If Mandrill is slow or fails, the person signing up sees an error although the "
                            "account was already created. Turn on “ignore the response”."),
                     FireFix{FireFix::Kind::SetIgnore, {}, {}}});
        }
    }
    // Methods people can use that the action does not cover.
    for (const QString &flow : coveredFlows) {
        const auto flowPoint = HookPoint::parse(flow + u"/after");
        bool genericEffective = false;
        for (const HookPoint &p : action.hookPoints)
            genericEffective =
                genericEffective || (p == *flowPoint && !hasNonEmptyMethodList(config, p.flow));
        if (genericEffective)
            continue;
        for (const QString &m : enabledMethods(config, flow)) {
            const HookPoint p{flowPoint->flow, HookPoint::Phase::After, m};
            if (action.hookPoints.contains(p))
                continue;
            // An empty/missing method list falls back to the generic list, if the action is there.
            const auto list = hookListAt(config, p.configPointer());
            if ((!list || list->isEmpty()) && action.hookPoints.contains(*flowPoint))
                continue;
            out.append(
                {S::Warning, QStringLiteral("uncovered-method"), p.toString(),
                 Tr::tr("%1: no email. The project allows this method but the action is not attached to it.")
                     .arg(p.plainName()),
                 FireFix{FireFix::Kind::AddMethod, p, {}}});
        }
    }
    if (out.isEmpty() || std::all_of(out.begin(), out.end(), [](const FireFinding &f) {
            return f.severity == FireFinding::Severity::Info;
        }))
        out.append(
            {S::Info,
             QStringLiteral("fires"),
             {},
             samlOff ? (present ? Tr::tr("Ory will run this action at every hook point it is attached to, "
                                         "except SAML single sign-on, which is switched off in this project.")
                                : Tr::tr("Once pushed, Ory will run this action at every hook point it is "
                                         "attached to, except SAML single sign-on, which is switched off in "
                                         "this project."))
             : present
                 ? Tr::tr("Ory will run this action at every hook point it is attached to.")
                 : Tr::tr("Once pushed, Ory will run this action at every hook point it is attached to."),
             {}});
    return out;
}

QList<HookOverviewEntry> hookOverview(const QJsonObject &config, const QStringList &secrets)
{
    QList<HookOverviewEntry> out;
    for (const HookList &l : enumerateHookLists(config)) {
        HookOverviewEntry e;
        e.label = l.label;
        e.plainName = l.point ? l.point->plainName() : l.label;
        if (l.point && l.point->isGenericList() && hasNonEmptyMethodList(config, l.point->flow) &&
            !l.hooks.isEmpty()) {
            e.effective = false;
            e.note = Tr::tr("ignored by Ory: per-method lists are in use");
        }
        for (const QJsonValue &h : l.hooks) {
            e.hooks.append(redactText(summarizeHook(h), secrets));
            const QString body = h.toObject()
                                     .value(QStringLiteral("config"))
                                     .toObject()
                                     .value(QStringLiteral("body"))
                                     .toString();
            QString readable;
            if (body.startsWith(u"base64://")) {
                const auto decoded = fromBase64Body(body);
                if (!decoded) {
                    readable = Tr::tr("(body is not valid base64: Ory fails this hook)");
                } else {
                    QByteArray text = *decoded;
                    if (const auto unwrapped = unwrapShippedTemplate(text))
                        text = unwrapped->userTemplate; // Hookmail's wrapper holds the key; show the template
                    QStringList all = secrets;
                    all += keysInJsonnet(text);
                    readable = QString::fromUtf8(redactBytes(text, all));
                }
            } else if (!body.isEmpty()) {
                readable = Tr::tr("(loaded by Ory from %1)").arg(body);
            }
            e.bodies.append(readable);
        }
        out.append(e);
    }
    return out;
}

QString hookOverviewText(const QList<HookOverviewEntry> &overview, bool withBodies)
{
    QString out;
    for (const HookOverviewEntry &e : overview) {
        out += e.label + u" — " + e.plainName;
        if (!e.effective)
            out += u" [" + e.note + u']';
        out += u'\n';
        if (e.hooks.isEmpty())
            out += u"    " + Tr::tr("(no hooks)") + u'\n';
        for (qsizetype i = 0; i < e.hooks.size(); ++i) {
            out += u"    " + e.hooks[i] + u'\n';
            if (withBodies && !e.bodies.value(i).isEmpty()) {
                for (const QString &line : e.bodies[i].split(u'\n'))
                    out += u"        | " + line + u'\n';
            }
        }
    }
    return out;
}

} // namespace hookmail
