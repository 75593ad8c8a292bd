#pragma once

#include <QString>

namespace hookmail {

// Hookmail's own error kinds, closed so a typo is a compile error and one situation has one name. The string
// form (errorCodeName) is what Error::code carries and what `--json` output prints; it is stable. Codes that
// come from a remote service (Mandrill's error names such as Invalid_Key) stay plain strings in Error::code.
enum class ErrorCode
{
    // Transport (ApiClient)
    Cancelled,         // "cancelled"
    Timeout,           // "timeout"
    ConnectionRefused, // "connection-refused"
    HostNotFound,      // "host-not-found"
    Tls,               // "tls"
    ConnectionClosed,  // "connection-closed"
    Network,           // "network"
    Redirect,          // "redirect": an API call answered 3xx; redirects are not followed
    BadBaseUrl,        // "bad-base-url" (Mandrill said "insecure-url" before; merged)
    NoKey,             // "no-key"
           // HTTP answers
    Http4xx,            // "http-4xx"
    Http429,            // "http-429"
    Http5xx,            // "http-5xx"
    NotJson,            // "not-json"
    Html,               // "html"
    EmptyBody,          // "empty-body"
    TruncatedJson,      // "truncated-json"
    UnexpectedJson,     // "unexpected-json"
    UnexpectedResponse, // "unexpected-response"
    Unauthorized,       // "unauthorized"
    Forbidden,          // "forbidden"
    NotFound,           // "not-found"
    Conflict,           // "conflict"
    BadRequest,         // "bad-request"
    TooLarge,           // "too-large"
    ServerError,        // "server-error"
                 // Requests Hookmail refuses to make
    NoProject,    // "no-project"
    NoRevision,   // "no-revision"
    NoRecipients, // "no-recipients"
    NoMessage,    // "no-message"
    BadAddress,   // "bad-address"
                // Keychain
    KeychainUnavailable, // "keychain-unavailable"
    KeychainDenied,      // "keychain-denied"
    KeychainError,       // "keychain-error"
                   // Command line
    Usage,         // "usage"
    NoMandrillKey, // "no-mandrill-key"
    Io,            // "io"
    Internal,      // "internal"
};

// The stable string form of a code ("connection-refused", …).
QString errorCodeName(ErrorCode code);

} // namespace hookmail
