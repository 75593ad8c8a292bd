#include "core/mandrill/MandrillExplanations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses (all Mandrill files share it).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Mandrill)
};

} // namespace

QString explainStatus(const QString &status)
{
    if (status == u"sent")
        return Tr::tr("Sent: Mandrill accepted the message and handed it on for delivery.");
    if (status == u"queued")
        return Tr::tr("Queued: Mandrill accepted the message and will send it a little later.");
    if (status == u"scheduled")
        return Tr::tr("Scheduled: Mandrill will send the message at the time given in send_at.");
    if (status == u"rejected")
        return Tr::tr("Rejected: Mandrill did not send the message.");
    if (status == u"invalid")
        return Tr::tr(
            "Invalid: Mandrill did not send the message because it considers the address invalid; check it "
            "for typos.");
    return Tr::tr("Mandrill answered with the status “%1”.").arg(status);
}

QString explainRejectReason(const QString &reason)
{
    if (reason == u"unsigned")
        return Tr::tr(
            "The sending domain of the from address is not verified in Mandrill (domain ownership, SPF and "
            "DKIM). Add and verify it in Mandrill → Settings → Domains → Sending Domains, then send again; "
            "the "
            "domain check shows what is missing.");
    if (reason == u"hard-bounce")
        return Tr::tr(
            "This address bounced permanently before, so it is on Mandrill's rejection denylist. Check the "
            "address; if it works now, remove it in Mandrill → Outbound → Rejection Denylist.");
    if (reason == u"soft-bounce")
        return Tr::tr(
            "This address bounced temporarily several times and is on Mandrill's rejection denylist for a "
            "while. Try again later or remove it in Mandrill → Outbound → Rejection Denylist.");
    if (reason == u"spam")
        return Tr::tr(
            "The recipient marked an earlier message as spam, so Mandrill will not mail them again from this "
            "account.");
    if (reason == u"unsub")
        return Tr::tr("The recipient unsubscribed from your messages, so Mandrill will not mail them.");
    if (reason == u"custom")
        return Tr::tr(
            "The address was put on the rejection denylist by hand (Mandrill → Outbound → Rejection "
            "Denylist).");
    if (reason == u"invalid-sender")
        return Tr::tr(
            "Mandrill does not accept the from address. Use an address on a sending domain you verified in "
            "Mandrill.");
    if (reason == u"invalid")
        return Tr::tr("The address is not valid.");
    if (reason == u"test-mode-limit")
        return Tr::tr("The test key's sending limit was reached. Wait a day or use a live key.");
    if (reason == u"rule")
        return Tr::tr(
            "A rule in Mandrill's Rules engine rejected the message (Mandrill → Settings → Rules).");
    return Tr::tr("Mandrill gave the reason “%1”.").arg(reason);
}

QString explainQueuedReason(const QString &reason)
{
    if (reason == u"attachments")
        return Tr::tr(
            "Messages with attachments are checked before sending; this is normal and it goes out shortly.");
    if (reason == u"multiple-recipients")
        return Tr::tr("Messages to many recipients are sent in the background; this is normal.");
    if (reason == u"free-trial-sends-exhausted")
        return Tr::tr("The free trial's sends are used up; the message waits until the account is upgraded.");
    if (reason == u"hourly-quota-exhausted")
        return Tr::tr(
            "The account's hourly sending quota is used up; the message goes out during the next hour. The "
            "quota grows with your sending reputation (see “Check key”).");
    if (reason == u"monthly-limit-reached")
        return Tr::tr(
            "The plan's monthly limit is reached; the message waits until more sends are bought or the month "
            "renews.");
    if (reason == u"sending-paused")
        return Tr::tr("Sending is paused for this account; resume it in Mandrill (Outbound) to send.");
    if (reason == u"sending-suspended" || reason == u"account-suspended")
        return Tr::tr("Mandrill suspended sending for this account; contact Mailchimp support.");
    if (reason == u"sending-backlogged")
        return Tr::tr("Mandrill has a backlog for this account; the message goes out when it catches up.");
    return Tr::tr("Mandrill gave the reason “%1”.").arg(reason);
}

QString explainSendResult(const SendResult &result)
{
    QString text = explainStatus(result.status);
    if (result.status == u"rejected" && !result.rejectReason.isEmpty())
        text += QLatin1Char(' ') + explainRejectReason(result.rejectReason);
    else if (result.status == u"queued" && !result.queuedReason.isEmpty())
        text += QLatin1Char(' ') + explainQueuedReason(result.queuedReason);
    return text;
}

QString testKeyNote()
{
    return Tr::tr(
        "Mandrill cannot tell from the key itself whether it is a test key. With a test key nothing is "
        "delivered: messages show up only in Mandrill's web app while it is switched to test mode, and they "
        "don't count toward your quota.");
}

} // namespace hookmail
