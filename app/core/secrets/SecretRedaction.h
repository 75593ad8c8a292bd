#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hookmail {

// Keeps secrets (the Mandrill key, the workspace key, api_key/basic-auth values of other hooks) out of what
// Hookmail shows or writes: diffs, --json output, push snapshots. Hook bodies are base64://-encoded Jsonnet,
// so a key is not visible as plain text there: bodies are decoded, redacted and re-encoded.

// The one mask: what a secret looks like wherever Hookmail shows or writes text without it (messages, diffs,
// --json output, logs, test-send history). Placeholders are something else: "<MANDRILL_API_KEY>" marks where
// a key goes in a template or export (WebHook.h), "<hookmail:redacted-secret>" marks a secret left out of a
// push snapshot so rollback can put the project's own value back (PushSnapshots.h).
inline constexpr char16_t kSecretMask[] = u"••••";
inline QString secretMask()
{
    return QString::fromUtf16(kSecretMask);
}

// A key shown on its own: the mask plus its last four characters so users can tell keys apart
// ("••••1a2b"); the mask alone for a secret too short to give four characters away.
QString maskSecret(const QString &secret);

// Replaces every occurrence of each secret (also base64, URL-encoded and JSON-escaped forms) in `text`.
QString redactText(QString text, const QStringList &secrets, const QString &replacement = secretMask());
QByteArray redactBytes(QByteArray text, const QStringList &secrets,
                       const QByteArray &replacement = secretMask().toUtf8());

// Walks a JSON value: plain strings get redactText; "base64://…" strings are decoded, redacted and
// re-encoded. With `redactHookCredentials`, web_hook config.auth values (api_key value, basic_auth password)
// are replaced too, whatever they are. `changed` (optional) tells whether anything was replaced.
QJsonValue redactJson(const QJsonValue &value, const QStringList &secrets, const QString &replacement,
                      bool redactHookCredentials = false, bool *changed = nullptr);

// Mandrill keys written straight into a Jsonnet body (`key: "…"`, as the official recipes do), found by
// shape. Returns the key values found (never the placeholder itself).
QStringList keysInJsonnet(const QByteArray &jsonnet);

// True when `haystack` contains the secret in clear, base64, URL-encoded or JSON-escaped form, or inside any
// base64:// body it contains. For leak checks in tests and self-checks before writing files.
bool containsSecret(const QByteArray &haystack, const QString &secret);

} // namespace hookmail
