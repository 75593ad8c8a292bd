#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace hookmail {

// The error to show for a non-2xx HTTP answer: decided by Mandrill's error `name` first, then the HTTP
// status. `key` (may be empty) only serves to recognise a Mailchimp Marketing key; it is never echoed.
// `context` names the call for messages ("check the key", "send"), e.g. "users/ping".
Error errorForHttpResponse(int httpStatus, const QByteArray &body, const QString &key,
                           const QString &call = {});

// Error::code values produced here and by MandrillClient: the Mandrill error name (Invalid_Key, …) or one of
// "http-429", "http-5xx", "http-4xx", "not-json", "html", "empty-body", "truncated-json", "unexpected-json",
// "timeout", "connection-refused", "host-not-found", "tls", "connection-closed", "network", "cancelled",
// "bad-base-url", "redirect", "no-key" (ErrorCode names, see core/common/ErrorCode.h).
bool isRetryable(const Error &error);

// A Mailchimp *Marketing* API key ends in "-us<digits>"; Mandrill refuses those (FACTS §8.2).
bool looksLikeMarketingKey(const QString &key);

} // namespace hookmail
