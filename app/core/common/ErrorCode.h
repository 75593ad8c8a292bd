#pragma once

#include <QString>

namespace hookmail {

// Hookmail's own error kinds, closed so a typo is a compile error and one situation has one name. The string
// form (errorCodeName) is what Error::code carries and what `--json` output prints; it is stable. Codes that
// come from a remote service (Mandrill's error names such as Invalid_Key) stay plain strings in Error::code.
enum class ErrorCode
{
    // Transport (ApiClient)
    Cancelled,           // "cancelled"
    Timeout,             // "timeout"
    ConnectionRefused,   // "connection-refused"
    HostNotFound,        // "host-not-found"
    Tls,                 // "tls"
    ConnectionClosed,    // "connection-closed"
    Network,             // "network"
    Redirect,            // "redirect": an API call answered 3xx; redirects are not followed
    BadBaseUrl,          // "bad-base-url" (Mandrill said "insecure-url" before; merged)
    NoKey,               // "no-key"
                         // HTTP answers
    Http4xx,             // "http-4xx"
    Http429,             // "http-429"
    Http5xx,             // "http-5xx"
    NotJson,             // "not-json"
    Html,                // "html"
    EmptyBody,           // "empty-body"
    TruncatedJson,       // "truncated-json"
    UnexpectedJson,      // "unexpected-json"
    UnexpectedResponse,  // "unexpected-response"
    Unauthorized,        // "unauthorized"
    Forbidden,           // "forbidden"
    NotFound,            // "not-found"
    Conflict,            // "conflict"
    BadRequest,          // "bad-request"
    TooLarge,            // "too-large"
    ServerError,         // "server-error"
                         // Requests Hookmail refuses to make
    NoProject,           // "no-project"
    NoRevision,          // "no-revision"
    NoRecipients,        // "no-recipients"
    NoMessage,           // "no-message"
    BadAddress,          // "bad-address"
                         // Keychain
    KeychainUnavailable, // "keychain-unavailable"
    KeychainDenied,      // "keychain-denied"
    KeychainError,       // "keychain-error"
                         // HTTP answers (Ory)
    Http402,             // "http-402"
    Http422,             // "http-422"
                         // Project and sample files
    JsonSyntax,          // "json-syntax"
    JsonType,            // "json-type"
    Truncated,           // "truncated"
    NotObject,           // "not-object"
    NotUtf8,             // "not-utf8"
    ControlCharacter,    // "control-character"
    Empty,               // "empty"
    IsFolder,            // "is-folder"
    Unreadable,          // "unreadable"
    WriteFailed,         // "write-failed"
    WrongType,           // "wrong-type"
    BadValue,            // "bad-value"
    WrongFormat,         // "wrong-format"
    NoVersion,           // "no-version"
    FutureVersion,       // "future-version"
    BadIdentity,         // "bad-identity"
    IdentityTooLarge,    // "identity-too-large"
                         // Ory hooks, plans and push snapshots
    UnexpectedConfig,    // "unexpected-config"
    NoHookId,            // "no-hook-id"
    NoHookPoints,        // "no-hook-points"
    PatchFailed,         // "patch-failed"
    NoPlan,              // "no-plan"
    NeedsRender,         // "needs-render"
    UnknownFormat,       // "unknown-format"
    BadSnapshot,         // "bad-snapshot"
    NoSnapshot,          // "no-snapshot"
    SecretLost,          // "secret-lost"
    SecretInSnapshot,    // "secret-in-snapshot"
    RedactedSecret,      // "redacted-secret": a foreign hook was read with its secret hidden
    NotApplied,          // "not-applied": Ory answered 200 but its project differs from the plan
                         // Command line
    Usage,               // "usage"
    NoMandrillKey,       // "no-mandrill-key"
    NoAction,            // "no-action"
    Io,                  // "io"
    Internal,            // "internal"; keep last (tests iterate up to it)
};

// The stable string form of a code ("connection-refused", …).
QString errorCodeName(ErrorCode code);

} // namespace hookmail
