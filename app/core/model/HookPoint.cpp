#include "core/model/HookPoint.h"

#include <QCoreApplication>

namespace hookmail {

namespace {
constexpr HookPoint::Flow kFlows[] = {HookPoint::Flow::Registration, HookPoint::Flow::Login,
                                      HookPoint::Flow::Settings, HookPoint::Flow::Recovery,
                                      HookPoint::Flow::Verification};

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HookPoint)
};

QString methodWords(const QString &method)
{
    if (method == u"password")
        return Tr::tr("password");
    if (method == u"oidc")
        return Tr::tr("Google/GitHub (social)");
    if (method == u"code")
        return Tr::tr("a one-time code");
    if (method == u"passkey")
        return Tr::tr("a passkey");
    if (method == u"webauthn")
        return Tr::tr("a security key (WebAuthn)");
    if (method == u"totp")
        return Tr::tr("an authenticator app (TOTP)");
    if (method == u"lookup_secret")
        return Tr::tr("a backup code");
    if (method == u"profile")
        return Tr::tr("profile");
    if (method == u"saml")
        return Tr::tr("SAML single sign-on");
    return method;
}
} // namespace

QString HookPoint::flowName(Flow flow)
{
    switch (flow) {
    case Flow::Login:
        return QStringLiteral("login");
    case Flow::Registration:
        return QStringLiteral("registration");
    case Flow::Settings:
        return QStringLiteral("settings");
    case Flow::Recovery:
        return QStringLiteral("recovery");
    case Flow::Verification:
        return QStringLiteral("verification");
    }
    return {};
}

QString HookPoint::phaseName(Phase phase)
{
    return phase == Phase::Before ? QStringLiteral("before") : QStringLiteral("after");
}

QStringList HookPoint::methodsFor(Flow flow)
{
    switch (flow) {
    case Flow::Registration:
        return {QStringLiteral("password"), QStringLiteral("oidc"),     QStringLiteral("code"),
                QStringLiteral("passkey"),  QStringLiteral("webauthn"), QStringLiteral("saml")};
    case Flow::Login:
        return {QStringLiteral("password"),      QStringLiteral("oidc"),     QStringLiteral("code"),
                QStringLiteral("passkey"),       QStringLiteral("webauthn"), QStringLiteral("totp"),
                QStringLiteral("lookup_secret"), QStringLiteral("saml")};
    case Flow::Settings:
        return {QStringLiteral("profile"),      QStringLiteral("password"), QStringLiteral("oidc"),
                QStringLiteral("passkey"),      QStringLiteral("webauthn"), QStringLiteral("totp"),
                QStringLiteral("lookup_secret")};
    case Flow::Recovery:
    case Flow::Verification:
        return {};
    }
    return {};
}

std::optional<HookPoint> HookPoint::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'/');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    HookPoint point;
    bool flowFound = false;
    for (Flow flow : kFlows) {
        if (flowName(flow) == parts[0]) {
            point.flow = flow;
            flowFound = true;
        }
    }
    if (!flowFound)
        return std::nullopt;
    if (parts[1] == u"before")
        point.phase = Phase::Before;
    else if (parts[1] == u"after")
        point.phase = Phase::After;
    else
        return std::nullopt;
    if (parts.size() == 3) {
        if (point.phase == Phase::Before || !methodsFor(point.flow).contains(parts[2]))
            return std::nullopt;
        point.method = parts[2];
    }
    return point;
}

QString HookPoint::toString() const
{
    QString s = flowName(flow) + u'/' + phaseName(phase);
    if (!method.isEmpty())
        s += u'/' + method;
    return s;
}

QString HookPoint::configPointer() const
{
    QString p = u"/selfservice/flows/" + flowName(flow) + u'/' + phaseName(phase);
    if (!method.isEmpty())
        p += u'/' + method;
    return p + u"/hooks";
}

bool HookPoint::isGenericList() const
{
    return phase == Phase::After && method.isEmpty() &&
           (flow == Flow::Login || flow == Flow::Registration || flow == Flow::Settings);
}

bool HookPoint::isOryNetworkOnlyMethod(const QString &method)
{
    // Ory Network's Console API lists `kratos_selfservice_methods_saml_enabled` and keeps hook lists at
    // selfservice.flows.{registration,login}.after.saml.hooks; the open-source schema has no `saml` key.
    return method == u"saml";
}

bool HookPoint::isOryNetworkOnly() const
{
    return isOryNetworkOnlyMethod(method);
}

bool HookPoint::hasIdentity() const
{
    return phase == Phase::After;
}

bool HookPoint::hasSession() const
{
    if (flow == Flow::Settings)
        return true;
    return flow == Flow::Login && phase == Phase::After;
}

QString HookPoint::plainName() const
{
    if (phase == Phase::Before) {
        switch (flow) {
        case Flow::Registration:
            return Tr::tr("Before sign-up starts");
        case Flow::Login:
            return Tr::tr("Before sign-in starts");
        case Flow::Settings:
            return Tr::tr("Before account settings open");
        case Flow::Recovery:
            return Tr::tr("Before account recovery starts");
        case Flow::Verification:
            return Tr::tr("Before address verification starts");
        }
    }
    if (flow == Flow::Recovery)
        return Tr::tr("After account recovery");
    if (flow == Flow::Verification)
        return Tr::tr("After an address is verified");
    if (method.isEmpty()) {
        switch (flow) {
        case Flow::Registration:
            return Tr::tr("After sign-up (generic list, used only when no method list exists)");
        case Flow::Login:
            return Tr::tr("After sign-in (generic list, used only when no method list exists)");
        default:
            return Tr::tr("After settings change (generic list, used only when no method list exists)");
        }
    }
    switch (flow) {
    case Flow::Registration:
        return Tr::tr("After sign-up with %1").arg(methodWords(method));
    case Flow::Login:
        return Tr::tr("After sign-in with %1").arg(methodWords(method));
    default:
        return method == u"profile" ? Tr::tr("After a profile change")
                                    : Tr::tr("After changing %1").arg(methodWords(method));
    }
}

QList<HookPoint> HookPoint::all()
{
    QList<HookPoint> points;
    for (Flow flow : kFlows) {
        for (const QString &method : methodsFor(flow))
            points.append(HookPoint{flow, Phase::After, method});
        if (flow == Flow::Recovery || flow == Flow::Verification)
            points.append(HookPoint{flow, Phase::After, {}});
    }
    for (Flow flow : kFlows)
        points.append(HookPoint{flow, Phase::Before, {}});
    for (Flow flow : {Flow::Registration, Flow::Login, Flow::Settings})
        points.append(HookPoint{flow, Phase::After, {}});
    return points;
}

} // namespace hookmail
