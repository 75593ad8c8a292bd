#include "core/common/ErrorCode.h"

namespace hookmail {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Timeout:
        return QStringLiteral("timeout");
    case ErrorCode::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorCode::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorCode::Tls:
        return QStringLiteral("tls");
    case ErrorCode::ConnectionClosed:
        return QStringLiteral("connection-closed");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Redirect:
        return QStringLiteral("redirect");
    case ErrorCode::BadBaseUrl:
        return QStringLiteral("bad-base-url");
    case ErrorCode::NoKey:
        return QStringLiteral("no-key");
    case ErrorCode::Http4xx:
        return QStringLiteral("http-4xx");
    case ErrorCode::Http429:
        return QStringLiteral("http-429");
    case ErrorCode::Http5xx:
        return QStringLiteral("http-5xx");
    case ErrorCode::NotJson:
        return QStringLiteral("not-json");
    case ErrorCode::Html:
        return QStringLiteral("html");
    case ErrorCode::EmptyBody:
        return QStringLiteral("empty-body");
    case ErrorCode::TruncatedJson:
        return QStringLiteral("truncated-json");
    case ErrorCode::UnexpectedJson:
        return QStringLiteral("unexpected-json");
    case ErrorCode::UnexpectedResponse:
        return QStringLiteral("unexpected-response");
    case ErrorCode::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::BadRequest:
        return QStringLiteral("bad-request");
    case ErrorCode::TooLarge:
        return QStringLiteral("too-large");
    case ErrorCode::ServerError:
        return QStringLiteral("server-error");
    case ErrorCode::NoProject:
        return QStringLiteral("no-project");
    case ErrorCode::NoRevision:
        return QStringLiteral("no-revision");
    case ErrorCode::NoRecipients:
        return QStringLiteral("no-recipients");
    case ErrorCode::NoMessage:
        return QStringLiteral("no-message");
    case ErrorCode::BadAddress:
        return QStringLiteral("bad-address");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeychainDenied:
        return QStringLiteral("keychain-denied");
    case ErrorCode::KeychainError:
        return QStringLiteral("keychain-error");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::NoMandrillKey:
        return QStringLiteral("no-mandrill-key");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace hookmail
