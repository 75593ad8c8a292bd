#pragma once

#include "core/model/Project.h"
#include "core/secrets/SecretRedaction.h" // maskSecret: the key as shown

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hookmail {

// Placeholder injected when no key is known (previews, non-secret exports).
inline constexpr char16_t kMaskedKeyPlaceholder[] = u"<MANDRILL_API_KEY>";

// Standard padded base64 on one line, the only form Ory's fetcher accepts (docs/ARCHITECTURE.md, Ory §3).
QString toBase64Body(const QByteArray &jsonnet);
std::optional<QByteArray> fromBase64Body(const QString &body); // accepts "base64://…"; nullopt when invalid

// The Jsonnet Ory actually runs: the user's template wrapped so the Mandrill key is added outside it.
// The wrapper keeps the user's template verbatim and tags the body with the action's hook id so an
// import recognises it. `key` empty → kMaskedKeyPlaceholder.
QByteArray shippedTemplate(const Action &action, const QString &key);
// Extracts the user's template and hook id back out of a shipped template (nullopt if not Hookmail's).
struct UnwrappedTemplate
{
    QByteArray userTemplate;
    QString hookId;
};
std::optional<UnwrappedTemplate> unwrapShippedTemplate(const QByteArray &shipped);

// The hook JSON: {"hook":"web_hook","config":{"id","url","method","body":"base64://…","response":{…}}}.
struct WebHookOptions
{
    QString key;           // Mandrill key to inject; empty → placeholder (non-secret export)
    bool includeId = true; // config.id needs Kratos ≥ v25.4 / Ory Network
    QString bodyOverride;  // e.g. "file:///etc/config/kratos/welcome.jsonnet" for kratos.yml exports
};
QJsonObject webHookJson(const Action &action, const WebHookOptions &options);

// Injects the key into an evaluated Mandrill request body (for test sends); and the masked view.
QJsonObject withKey(QJsonObject body, const QString &key);
QJsonObject withMaskedKey(QJsonObject body, const QString &key);

// The exact bytes Ory sends for a template whose evaluation printed `engineOutput` (the engine prints
// go-jsonnet's manifest: three-space indent, fields sorted, go-jsonnet's number text). The published wrapper
// adds `+ { key: … }`, so `keyText` goes into the top-level object at its sorted place, or replaces the
// template's own `key`. Everything else is kept byte for byte. Empty when the output is not an object.
QByteArray withKeyAsOrySends(const QByteArray &engineOutput, const QString &keyText);
// A string as go-jsonnet's manifest writes it: JSON escapes for ", \ and control characters, the rest as
// UTF-8.
QByteArray goJsonnetString(const QString &text);

} // namespace hookmail
