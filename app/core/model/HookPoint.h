#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace hookmail {

// A place in the Kratos configuration where a hook runs: flow × phase × method
// (docs/ARCHITECTURE.md, Ory §1). Written "registration/after/password", "registration/before",
// "recovery/after". An "after" point without a method in login/registration/settings is the
// generic (fallback) list, which Ory ignores while any method list is in use.
struct HookPoint
{
    enum class Flow
    {
        Login,
        Registration,
        Settings,
        Recovery,
        Verification
    };
    enum class Phase
    {
        Before,
        After
    };

    Flow flow = Flow::Registration;
    Phase phase = Phase::After;
    QString method; // empty for "before", for recovery/verification "after" and for the generic list

    static std::optional<HookPoint> parse(const QString &text);
    QString toString() const;
    // JSON Pointer of the hook list inside the identity (Kratos) config, e.g.
    // "/selfservice/flows/registration/after/password/hooks".
    QString configPointer() const;
    // Plain words for non-developers: "After sign-up with password".
    QString plainName() const;

    bool isGenericList() const; // login/registration/settings "after" without a method
    bool hasIdentity() const;   // ctx.identity is set (docs/ARCHITECTURE.md, Ory §2 table)
    bool hasSession() const;    // ctx.session is set
    // True where only Ory Network has the list (its configuration schema is a superset of the open-source
    // Kratos one): the `saml` method lists of registration/after and login/after. A self-hosted Kratos
    // refuses a configuration that has them (FACTS.md, "No `saml` key in OSS schema").
    bool isOryNetworkOnly() const;
    static bool isOryNetworkOnlyMethod(const QString &method);

    static QString flowName(Flow flow);    // "registration"
    static QString phaseName(Phase phase); // "after"
    // Methods Kratos has per-method lists for, for the given flow's "after" phase (empty for
    // recovery/verification). Includes Ory Network's `saml` for registration and login (last).
    static QStringList methodsFor(Flow flow);
    // Every hook point a web_hook can be attached to, method lists first, generic lists last.
    static QList<HookPoint> all();

    friend bool operator==(const HookPoint &, const HookPoint &) = default;
};

} // namespace hookmail
