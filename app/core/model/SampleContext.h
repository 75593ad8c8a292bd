#pragma once

#include "core/common/Result.h"
#include "core/model/HookPoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// A named sample identity shipped in resources/identities/ (edge cases from docs/ARCHITECTURE.md, Ory §2,
// included: OIDC sign-up without email, unverified address, long Unicode names, non-English locale).
struct IdentityPreset
{
    QString name;        // stable key, e.g. "oidc-no-email"
    QString title;       // plain words for the picker
    QString description; // why it matters
    QJsonObject
        identity; // traits, verifiable_addresses (may be absent), recovery_addresses, metadata_public…
    QString locale;
};

QList<IdentityPreset> identityPresets();
std::optional<IdentityPreset> findIdentityPreset(const QString &name);

// Variants of one hook point where Kratos passes a different ctx (issue 17 §1). Not every variant exists at
// every hook point: sampleVariantsFor() lists them.
enum class SampleVariant
{
    Standard,         // a browser flow on Ory Network (behind Cloudflare)
    NativeApp,        // an API flow from a native app: flow.type "api", no cookies, no browser headers
    SocialFromSignIn, // registration/after/oidc of a new user who pressed "Sign in with …" on the sign-in
                      // page (ory/kratos#4172): the registration's request_url is the sign-in URL
    SecondFactor,     // login/after/webauthn with a security key as the second factor (aal2)
    SelfHosted,       // self-hosted Kratos without Cloudflare: device location "", no identity.region
};

// The variants that exist at a hook point, Standard first.
QList<SampleVariant> sampleVariantsFor(const HookPoint &point);
QString sampleVariantKey(SampleVariant variant);                       // "native-app", stable
std::optional<SampleVariant> sampleVariantFromKey(const QString &key); // the reverse
QString sampleVariantTitle(SampleVariant variant);                     // plain words for the picker

struct SampleContextOptions
{
    bool prePersist = false; // response.parse hooks in registration/settings run before the identity is saved
    QString locale = QStringLiteral("en-US");
    QJsonObject transientPayload; // empty → key omitted; also omitted where Ory drops it (see below)
    SampleVariant variant = SampleVariant::Standard; // ignored where it does not exist
    // The project's clients.web_hook.header_allowlist; nullopt → Kratos's default
    // (oryWebhookHeaderAllowlist).
    std::optional<QStringList> headerAllowlist;
};

// Whether Kratos puts ctx.flow.transient_payload into the ctx at a hook point. It does only where the
// strategy copies the submitted payload into the flow (registration after every method; login after
// password/oidc/code/totp/webauthn; settings after oidc; recovery and verification after) and never in a
// "before" hook (issue 17 §1, ory/kratos#4609). A generic list counts as absent when any method it serves
// drops the payload. `reason` is one line in plain words, empty when available.
struct TransientPayloadAvailability
{
    bool available = false;
    QString reason;
};
TransientPayloadAvailability transientPayloadAvailability(const HookPoint &point);

// Builds the `ctx` Kratos passes to a web_hook body at a hook point (docs/ARCHITECTURE.md, Ory §2): identity
// absent in "before" hooks, session only where Kratos passes one, verifiable_addresses omitted when empty,
// request headers reduced to Ory's allow-list (values are arrays), identity id all zeros pre-persist.
// Per hook point as Kratos really fills it (issue 17 §1): the sign-in session is not saved yet when the
// hooks run (session and device ids are the nil UUID); totp and lookup_secret sign-ins are second factors
// of an existing session (aal2, two authentication methods); a code sign-in/sign-up verifies the address it
// used; verification re-reads the verified identity; settings pre-persist is still "show_form";
// registration pre-persist has schema_url "".
QJsonObject buildSampleContext(const HookPoint &point, const QJsonObject &identity,
                               const SampleContextOptions &options);

// Validates an identity the user typed (object, traits object, addresses arrays of objects…).
Status validateSampleIdentity(const QJsonObject &identity);

// The request headers Kratos keeps for web hooks (OSS default of clients.web_hook.header_allowlist), and a
// header map reduced to an allow-list the way RemoveDisallowedHeaders does: the request's headers are looked
// up by the canonical form of each entry, and kept under the entry exactly as the list writes it (a list
// entry "x-forwarded-host" gives ctx.request_headers["x-forwarded-host"]); values are arrays.
QStringList oryWebhookHeaderAllowlist();
QJsonObject allowListedRequestHeaders(const QJsonObject &headers);
QJsonObject allowListedRequestHeaders(const QJsonObject &headers, const QStringList &allowlist);

// Ory's worker stdin limit applies to json.Marshal({Filename, Snippet, TLACodes:[ctx]}) with Go's HTML
// escaping (docs/ARCHITECTURE.md, Ory §4). Returns that encoded size in bytes.
// Kratos passes the hook's body URI as the file name (`EvaluateAnonymousSnippet(b.Config.TemplateURI, …)`),
// so for a base64:// body `filename` is the whole "base64://…" string and the template counts twice. The ctx
// is encoded by json.Encoder, which appends a newline; it is added here when `ctxJson` lacks it.
qsizetype oryEvaluationInputSize(const QString &filename, const QByteArray &templateSource,
                                 const QByteArray &ctxJson);

} // namespace hookmail
