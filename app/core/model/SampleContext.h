#pragma once

#include "core/common/Result.h"
#include "core/model/HookPoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

struct SampleContextOptions
{
    bool prePersist = false; // response.parse hooks in registration/settings run before the identity is saved
    QString locale = QStringLiteral("en-US");
    QJsonObject transientPayload; // empty → key omitted
};

// Builds the `ctx` Kratos passes to a web_hook body at a hook point (docs/ARCHITECTURE.md, Ory §2): identity
// absent in "before" hooks, session only where Kratos passes one, verifiable_addresses omitted when empty,
// request headers reduced to Ory's allow-list (values are arrays), identity id all zeros pre-persist.
QJsonObject buildSampleContext(const HookPoint &point, const QJsonObject &identity,
                               const SampleContextOptions &options);

// Validates an identity the user typed (object, traits object, addresses arrays of objects…).
Status validateSampleIdentity(const QJsonObject &identity);

// The request headers Kratos keeps for web hooks (OSS default of clients.web_hook.header_allowlist), and a
// header map reduced to them the way RemoveDisallowedHeaders does (names canonicalised, values as arrays).
QStringList oryWebhookHeaderAllowlist();
QJsonObject allowListedRequestHeaders(const QJsonObject &headers);

// Ory's worker stdin limit applies to json.Marshal({Filename, Snippet, TLACodes:[ctx]}) with Go's HTML
// escaping (docs/ARCHITECTURE.md, Ory §4). Returns that encoded size in bytes.
// Kratos passes the hook's body URI as the file name (`EvaluateAnonymousSnippet(b.Config.TemplateURI, …)`),
// so for a base64:// body `filename` is the whole "base64://…" string and the template counts twice. The ctx
// is encoded by json.Encoder, which appends a newline; it is added here when `ctxJson` lacks it.
qsizetype oryEvaluationInputSize(const QString &filename, const QByteArray &templateSource,
                                 const QByteArray &ctxJson);

} // namespace hookmail
