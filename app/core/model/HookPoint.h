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

    static QString flowName(Flow flow);    // "registration"
    static QString phaseName(Phase phase); // "after"
    // Methods Kratos has per-method lists for, for the given flow's "after" phase (empty for
    // recovery/verification).
    static QStringList methodsFor(Flow flow);
    // Every hook point a web_hook can be attached to, method lists first, generic lists last.
    static QList<HookPoint> all();

    friend bool operator==(const HookPoint &, const HookPoint &) = default;
};

} // namespace hookmail
