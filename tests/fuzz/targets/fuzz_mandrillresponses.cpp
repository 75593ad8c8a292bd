// Fuzz target: Mandrill response parsing and explanation (app/core/mandrill: MandrillParsing, MandrillErrors,
// MandrillExplanations, SenderDomains). Whatever a server (or something pretending to be one) answers,
// parsing gives a value or an Error with a message - never a crash, and an error message never contains the
// key it was given.
#include "core/mandrill/MandrillErrors.h"
#include "core/mandrill/MandrillExplanations.h"
#include "core/mandrill/MandrillParsing.h"
#include "core/mandrill/SenderDomains.h"
#include "core/secrets/SecretRedaction.h"

#include <cstdint>
#include <cstdlib>

using namespace hookmail;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
const QString kKey = QStringLiteral("fuzz-secret-key-7f3a9c");
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // First two bytes choose the HTTP status; the rest is the body.
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray body(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    if (const auto ping = parsePing(body); !ping)
        check(!ping.error().message.isEmpty());
    if (const auto info = parseUserInfo(body); !info)
        check(!info.error().message.isEmpty());
    if (const auto domain = parseDomain(body)) {
        for (const DomainFinding &f : domainFindings(domain.value().domain, domain.value()))
            (void)f.text.size();
    }
    if (const auto domains = parseDomains(body)) {
        for (const SenderDomain &d : domains.value())
            (void)findDomain(domains.value(), d.domain);
    }
    if (const auto results = parseSendResults(body)) {
        for (const SendResult &r : results.value()) {
            (void)explainSendResult(r);
            (void)explainStatus(r.status);
            (void)explainRejectReason(r.rejectReason);
            (void)explainQueuedReason(r.queuedReason);
            (void)domainOfAddress(r.email);
        }
    }
    (void)parseError(body);
    // The key may be echoed back by a hostile or broken server; the message must not carry it.
    const QByteArray echoing = body + kKey.toUtf8();
    for (const QByteArray &b : {body, echoing}) {
        const Error e = errorForHttpResponse(status, b, kKey, QStringLiteral("messages/send"));
        check(!e.message.isEmpty());
        check(!e.message.contains(kKey) && !e.detail.contains(kKey));
        (void)isRetryable(e);
    }
    const QString text = QString::fromUtf8(body);
    (void)looksLikeMarketingKey(text);
    check(!redactText(text + kKey, {kKey}).contains(kKey));
    return 0;
}
