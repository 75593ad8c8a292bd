#pragma once

#include "core/mandrill/MandrillParsing.h"

#include <QString>

namespace hookmail {

// Plain-language explanations for the UI and CLI.
QString explainStatus(const QString &status);
QString explainRejectReason(const QString &reason);
QString explainQueuedReason(const QString &reason);
QString explainSendResult(const SendResult &result); // status + the relevant reason, one sentence or two
QString testKeyNote();                               // test keys cannot be told apart; what they do

} // namespace hookmail
