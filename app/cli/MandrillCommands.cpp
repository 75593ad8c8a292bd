// hookmail check-key / check-domain / the sending half of send-test: the same core calls the GUI uses.
#include "Cli.h"
#include "CliKeys.h"
#include "Commands.h"
#include "CoreCommands.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/mandrill/SenderDomains.h"
#include "core/mandrill/TestSend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace hookmail::cli {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Parsed
{
    bool ok = false;
    bool help = false;
    bool json = false;
    bool add = false;
    QStringList positional;
    QString error;
};

Parsed parse(const QStringList &args, bool withAdd)
{
    Parsed p;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption add(QStringLiteral("add"), QString());
    parser.addOption(help);
    parser.addOption(json);
    if (withAdd)
        parser.addOption(add);
    parser.addPositionalArgument(QStringLiteral("args"), QString());
    if (!parser.parse(QStringList{QStringLiteral("hookmail")} + args)) {
        p.error = parser.errorText();
        return p;
    }
    p.ok = true;
    p.help = parser.isSet(help);
    p.json = parser.isSet(json);
    p.add = withAdd && parser.isSet(add);
    p.positional = parser.positionalArguments();
    return p;
}

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QJsonObject errorJson(const Error &e)
{
    QJsonObject o{{QStringLiteral("message"), e.message}, {QStringLiteral("code"), e.code}};
    if (!e.detail.isEmpty())
        o.insert(QStringLiteral("detail"), e.detail);
    return o;
}

int fail(const Error &e, bool json, QTextStream &out, QTextStream &err, int code = Failure)
{
    if (json)
        printJson(out, QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), errorJson(e)}});
    else {
        err << "hookmail: " << e.message << '\n';
        if (!e.detail.isEmpty())
            err << "  (" << e.detail << ")\n";
    }
    return code;
}

QString levelWord(DomainFinding::Level level)
{
    switch (level) {
    case DomainFinding::Level::Ok:
        return QStringLiteral("ok");
    case DomainFinding::Level::Warning:
        return QStringLiteral("warning");
    case DomainFinding::Level::Problem:
        return QStringLiteral("problem");
    }
    return {};
}

QJsonObject domainJson(const SenderDomain &d)
{
    auto check = [](const DomainCheck &c) {
        return QJsonObject{{QStringLiteral("valid"), c.valid}, {QStringLiteral("error"), c.error}};
    };
    return QJsonObject{{QStringLiteral("domain"), d.domain},
                       {QStringLiteral("verified"), d.verified()},
                       {QStringLiteral("verified_at"), d.verifiedAt},
                       {QStringLiteral("spf"), check(d.spf)},
                       {QStringLiteral("dkim"), check(d.dkim)},
                       {QStringLiteral("valid_signing"), d.validSigning},
                       {QStringLiteral("last_tested_at"), d.lastTestedAt}};
}

} // namespace

std::optional<ResolvedSecret> prepareMandrillClient(MandrillClient &client, bool json, QTextStream &out,
                                                    QTextStream &err, int *exitCode)
{
    const Settings settings;
    const QString base = settings.mandrillBaseUrl();
    const QString urlProblem = checkApiBaseUrl(base);
    if (!urlProblem.isEmpty()) {
        *exitCode = fail(Error::of(ErrorCode::BadBaseUrl, urlProblem, base), json, out, err, UsageError);
        return std::nullopt;
    }
    const Result<ResolvedSecret> key = cliKeys().keyAndWait(SecretStore::Slot::MandrillKey);
    if (!key) {
        *exitCode = fail(key.error(), json, out, err, Failure);
        return std::nullopt;
    }
    client.setBaseUrl(base);
    return key.value();
}

int runCheckKey(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, false);
    if (!p.ok || !p.positional.isEmpty()) {
        err << "hookmail check-key: " << (p.ok ? Tr::tr("no arguments expected") : p.error)
            << "\nTry 'hookmail check-key --help'.\n";
        return UsageError;
    }
    if (p.help) {
        out << "Usage: hookmail check-key [--json]\n\n"
               "Checks the Mandrill (Mailchimp Transactional) API key with users/ping and shows the account\n"
               "(users/info: name, reputation, hourly quota).\n\n"
               "The key comes from HOOKMAIL_MANDRILL_KEY, else from the keychain (saved in the app).\n"
               "The base URL comes from HOOKMAIL_MANDRILL_URL, else from the settings\n"
               "(default https://mandrillapp.com/api/1.0; http:// only to 127.0.0.1/localhost).\n\n"
               "  --json     Print the result as JSON\n"
               "  -h, --help Show this help\n\n"
               "Exit status: 0 the key works; 1 it does not or Mandrill could not be reached; 2 usage "
               "error.\n";
        return Success;
    }
    MandrillClient client;
    int code = Success;
    const auto key = prepareMandrillClient(client, p.json, out, err, &code);
    if (!key)
        return code;
    const Result<KeyCheck> check = MandrillClient::wait<KeyCheck>(
        [&](MandrillClient::Callback<KeyCheck> cb) { client.checkKey(key->value, cb); });
    if (!check)
        return fail(check.error(), p.json, out, err);
    if (p.json) {
        QJsonObject o{{QStringLiteral("ok"), true},
                      {QStringLiteral("key_source"), key->source},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(check->notes)}};
        if (check->info) {
            const UserInfo &i = *check->info;
            o.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("username"), i.username},
                                                            {QStringLiteral("reputation"), i.reputation},
                                                            {QStringLiteral("hourly_quota"), i.hourlyQuota},
                                                            {QStringLiteral("backlog"), i.backlog},
                                                            {QStringLiteral("sent_today"), i.sentToday}});
        } else {
            o.insert(QStringLiteral("account_error"), check->infoError);
        }
        printJson(out, o);
        return Success;
    }
    out << Tr::tr("The Mandrill key works (from %1).").arg(key->source) << '\n';
    if (check->info) {
        const UserInfo &i = *check->info;
        out << Tr::tr("Account: %1").arg(i.username) << '\n';
        out << Tr::tr("Reputation: %1 of 100 (75 is good)").arg(i.reputation) << '\n';
        out << Tr::tr("Hourly quota: %1 messages; backlog: %2").arg(i.hourlyQuota).arg(i.backlog) << '\n';
    } else {
        out << Tr::tr("Account details unavailable: %1").arg(check->infoError) << '\n';
    }
    for (const QString &n : check->notes)
        out << Tr::tr("Note: %1").arg(n) << '\n';
    return Success;
}

int runCheckDomain(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Parsed p = parse(args, true);
    if (p.ok && p.help) {
        out << "Usage: hookmail check-domain [DOMAIN] [--add] [--json]\n\n"
               "Shows whether DOMAIN (the part after @ of your from address) is a sending domain of the\n"
               "Mandrill account, whether its ownership is verified and whether SPF and DKIM are valid, "
               "with\n"
               "what to do when not. Mandrill rejects every message from an unverified domain "
               "(\"unsigned\").\n\n"
               "Without DOMAIN: the domain of the from address of the last project opened in the app\n"
               "(or of the built-in default project).\n\n"
               "  --add      Add DOMAIN to the account when it is missing (senders/check-domain adds it)\n"
               "  --json     Print the result as JSON\n"
               "  -h, --help Show this help\n\n"
               "Key and base URL as for 'hookmail check-key'.\n"
               "Exit status: 0 ready to send; 1 a problem was found or the call failed; 2 usage error.\n";
        return Success;
    }
    if (!p.ok || p.positional.size() > 1) {
        err << "hookmail check-domain: "
            << (p.ok ? Tr::tr("give at most one DOMAIN (for example example.com)") : p.error)
            << "\nTry 'hookmail check-domain --help'.\n";
        return UsageError;
    }
    QString domain =
        p.positional.isEmpty() ? defaultSenderAddress() : p.positional.first().trimmed().toLower();
    if (domain.isEmpty()) {
        err << "hookmail check-domain: "
            << Tr::tr("the template has no from address to take the domain from; give DOMAIN (for example "
                      "example.com)")
            << '\n';
        return UsageError;
    }
    if (domain.contains(QLatin1Char('@')))
        domain = domainOfAddress(domain);
    MandrillClient client;
    int code = Success;
    const auto key = prepareMandrillClient(client, p.json, out, err, &code);
    if (!key)
        return code;

    const Result<QList<SenderDomain>> list = MandrillClient::wait<QList<SenderDomain>>(
        [&](MandrillClient::Callback<QList<SenderDomain>> cb) { client.domains(key->value, cb); });
    if (!list)
        return fail(list.error(), p.json, out, err);
    std::optional<SenderDomain> entry = findDomain(list.value(), domain);
    // check-domain re-tests DNS for a known domain; for an unknown one it would add it, so only on --add.
    if (entry || p.add) {
        const Result<SenderDomain> checked = MandrillClient::wait<SenderDomain>(
            [&](MandrillClient::Callback<SenderDomain> cb) { client.checkDomain(key->value, domain, cb); });
        if (!checked)
            return fail(checked.error(), p.json, out, err);
        entry = checked.value();
    }
    const QList<DomainFinding> findings = domainFindings(domain, entry);
    bool problem = false;
    for (const DomainFinding &f : findings)
        problem = problem || f.level == DomainFinding::Level::Problem;
    if (p.json) {
        QJsonArray items;
        for (const DomainFinding &f : findings)
            items.append(
                QJsonObject{{QStringLiteral("level"), levelWord(f.level)}, {QStringLiteral("text"), f.text}});
        QJsonObject o{{QStringLiteral("ok"), !problem},
                      {QStringLiteral("domain"), domain},
                      {QStringLiteral("added"), bool(entry)},
                      {QStringLiteral("findings"), items}};
        if (entry)
            o.insert(QStringLiteral("status"), domainJson(*entry));
        printJson(out, o);
    } else {
        out << (problem ? Tr::tr("%1 is not ready to send from:").arg(domain)
                        : Tr::tr("%1 is ready to send from:").arg(domain))
            << '\n';
        for (const DomainFinding &f : findings)
            out << "  [" << levelWord(f.level) << "] " << f.text << '\n';
    }
    return problem ? Failure : Success;
}

int runSendTest(const QJsonObject &renderedBody, const QStringList &to, bool json, QTextStream &out,
                QTextStream &err, const QString &projectPath)
{
    MandrillClient client;
    int code = Success;
    const auto key = prepareMandrillClient(client, json, out, err, &code);
    if (!key)
        return code;
    const Result<TestSendBody> body = buildTestSendBody(renderedBody, to, key->value);
    if (!body)
        return fail(body.error(), json, out, err, UsageError);
    const Result<QList<SendResult>> sent = MandrillClient::wait<QList<SendResult>>(
        [&](MandrillClient::Callback<QList<SendResult>> cb) { client.sendAny(body->body, cb); });
    if (!projectPath.isEmpty()) {
        const Status saved = TestSendHistory(projectPath)
                                 .append(TestSendRecord::fromOutcome(renderedBody, to, sent, key->value));
        if (!saved)
            err << "hookmail: " << saved.error().message << '\n';
    }
    if (!sent)
        return fail(sent.error(), json, out, err);
    bool anyFailed = false;
    QJsonArray items;
    for (const SendResult &r : sent.value()) {
        anyFailed = anyFailed || r.failed();
        items.append(QJsonObject{{QStringLiteral("email"), r.email},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("reject_reason"), r.rejectReason},
                                 {QStringLiteral("queued_reason"), r.queuedReason},
                                 {QStringLiteral("id"), r.id},
                                 {QStringLiteral("explanation"), explainSendResult(r)}});
    }
    if (json) {
        printJson(out, QJsonObject{{QStringLiteral("ok"), !anyFailed},
                                   {QStringLiteral("results"), items},
                                   {QStringLiteral("notes"), QJsonArray::fromStringList(body->notes)}});
    } else {
        for (const QString &n : body->notes)
            out << Tr::tr("Note: %1").arg(n) << '\n';
        for (const SendResult &r : sent.value()) {
            out << r.email << ": " << r.status;
            if (!r.id.isEmpty())
                out << " (id " << r.id << ')';
            out << "\n  " << explainSendResult(r) << '\n';
        }
        if (sent->isEmpty())
            out << Tr::tr("Mandrill accepted the request but returned no recipients.") << '\n';
    }
    return anyFailed ? Failure : Success;
}

} // namespace hookmail::cli
