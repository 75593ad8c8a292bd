#include "OryCommands.h"

#include "Cli.h"
#include "Selectors.h"
#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "core/ory/FireAnalysis.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryChange.h"
#include "core/ory/OryImport.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/StoredTemplateClient.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace hookmail::cli {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct Options
{
    QString projectId;
    QString workspace;
    QString actionName;
    QString output;
    QString file;
    QStringList positional;
    bool json = false;
    bool dryRun = false;
    bool yes = false;
    bool moveGeneric = false;
};

enum Flag
{
    ProjectOpt = 1,
    ActionOpt = 2,
    ConfirmOpts = 4,
    OutputOpt = 8,
    WorkspaceOpt = 16,
    MoveGenericOpt = 32,
};

// Parses `args` for sub-command `name`; nullopt + exit code when the command should stop (help or usage
// error).
std::optional<Options> parseOptions(const QString &name, const QString &description,
                                    const QString &positional, int flags, const QStringList &args,
                                    QTextStream &out, QTextStream &err, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption project(QStringLiteral("project"), Tr::tr("Ory Network project id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption workspace(QStringLiteral("workspace"), Tr::tr("Ory workspace id."),
                                       QStringLiteral("ID"));
    const QCommandLineOption action(QStringLiteral("action"),
                                    Tr::tr("Action name or id (needed when the file has several)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Show the change and send nothing."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 Tr::tr("Send the change after showing it (no interactive prompt)."));
    const QCommandLineOption output(QStringLiteral("output"), Tr::tr("Write the result to FILE."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Machine-readable JSON output."));
    const QCommandLineOption moveGeneric(
        QStringLiteral("move-generic"),
        Tr::tr("Put a hook meant for a generic after-list (ignored by Ory while method lists exist) into "
               "the method lists instead."));
    parser.addOption(help);
    parser.addOption(json);
    if (flags & ProjectOpt)
        parser.addOption(project);
    if (flags & WorkspaceOpt)
        parser.addOption(workspace);
    if (flags & ActionOpt)
        parser.addOption(action);
    if (flags & ConfirmOpts) {
        parser.addOption(dryRun);
        parser.addOption(yes);
    }
    if (flags & OutputOpt)
        parser.addOption(output);
    if (flags & MoveGenericOpt)
        parser.addOption(moveGeneric);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional,
                                     Tr::tr("A .hookmail project or a bare .jsonnet template (default: the "
                                            "built-in project)."),
                                     u'[' + positional + u']');
    auto helpText = [&]() -> QString {
        // QCommandLineParser names the executable in its usage line; name the sub-command instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(u" [options]");
        if (text.startsWith(u"Usage: ") && options > 0)
            text = u"Usage: hookmail " + name + text.mid(options);
        text +=
            u'\n' +
            Tr::tr(
                "Environment: HOOKMAIL_ORY_KEY (workspace API key, ory_wak_…), HOOKMAIL_ORY_URL (API "
                "address, "
                "default "
                "https://api.console.ory.com), HOOKMAIL_MANDRILL_KEY (injected into pushed bodies).\n"
                "Exit status: 0 ok; 1 refused or failed change (409 included); 2 usage or input errors.\n");
        return text;
    };
    if (!parser.parse(QStringList{u"hookmail " + name} + args)) {
        err << "hookmail " << name << ": " << parser.errorText() << "\nTry 'hookmail " << name
            << " --help'.\n";
        *exitCode = UsageError;
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out << helpText();
        *exitCode = Success;
        return std::nullopt;
    }
    Options o;
    o.json = parser.isSet(json);
    if (flags & ProjectOpt)
        o.projectId = parser.value(project).trimmed();
    if (flags & WorkspaceOpt)
        o.workspace = parser.value(workspace).trimmed();
    if (flags & ActionOpt)
        o.actionName = parser.value(action);
    if (flags & ConfirmOpts) {
        o.dryRun = parser.isSet(dryRun);
        o.yes = parser.isSet(yes);
        if (o.dryRun && o.yes) {
            err << "hookmail " << name << ": --dry-run and --yes exclude each other.\n";
            *exitCode = UsageError;
            return std::nullopt;
        }
    }
    if (flags & OutputOpt)
        o.output = parser.value(output);
    if (flags & MoveGenericOpt)
        o.moveGeneric = parser.isSet(moveGeneric);
    o.positional = parser.positionalArguments();
    if (o.positional.size() > (positional.isEmpty() ? 0 : 1)) {
        err << "hookmail " << name << ": too many arguments.\nTry 'hookmail " << name << " --help'.\n";
        *exitCode = UsageError;
        return std::nullopt;
    }
    o.file = o.positional.value(0);
    if ((flags & ProjectOpt) && o.projectId.isEmpty() && name != u"ory projects") {
        err << "hookmail " << name << ": --project ID is required (the id is shown in the Ory Console under "
            << "Project settings, or by 'hookmail ory projects').\n";
        *exitCode = UsageError;
        return std::nullopt;
    }
    return o;
}

QString jsonText(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

int reportError(const Error &e, bool json, QTextStream &out, QTextStream &err, const QStringList &secrets,
                int code = Failure)
{
    const QString message = redactText(e.message, secrets, QStringLiteral("••••"));
    const QString detail = redactText(e.detail, secrets, QStringLiteral("••••"));
    if (json) {
        out << jsonText(
            QJsonObject{{QStringLiteral("ok"), false},
                        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.code},
                                                              {QStringLiteral("message"), message},
                                                              {QStringLiteral("detail"), detail}}}});
    } else {
        err << "hookmail: " << message << '\n';
        if (!detail.isEmpty())
            err << "  (" << detail << ")\n";
    }
    return code;
}

QStringList secretsNow()
{
    QStringList s;
    for (const QString &k : {resolveOryKey(), resolveMandrillKey()}) {
        if (!k.isEmpty())
            s.append(k);
    }
    return s;
}

// A client aimed at the configured API with the workspace key, or nullptr after printing why not.
std::unique_ptr<OryProjectClient> makeClient(const Options &o, QTextStream &out, QTextStream &err,
                                             int *exitCode)
{
    const QString key = resolveOryKey();
    if (key.isEmpty()) {
        reportError(
            Error{Tr::tr("No Ory workspace API key: set HOOKMAIL_ORY_KEY (a key starting with "
                         "ory_wak_, created in the Ory Console under Workspace settings → API keys)."),
                  {},
                  errorCodeName(ErrorCode::NoKey)},
            o.json, out, err, {});
        *exitCode = UsageError;
        return nullptr;
    }
    const QString warning = oryKeyWarning(key);
    if (!warning.isEmpty())
        err << "hookmail: warning: " << warning << '\n';
    const QString baseUrl = Settings().oryBaseUrl();
    const QString urlProblem = checkApiBaseUrl(baseUrl);
    if (!urlProblem.isEmpty()) {
        reportError(Error::of(ErrorCode::BadBaseUrl, urlProblem, baseUrl), o.json, out, err, {key});
        *exitCode = UsageError;
        return nullptr;
    }
    auto client = std::make_unique<OryProjectClient>();
    client->setBaseUrl(baseUrl); // the key goes with each call (resolveOryKey, CliKeys.cpp)
    return client;
}

// FILE follows the rule of every command (Selectors.h loadProjectArgument: the built-in project without
// one); the action must be named when the project has several, so a push never picks one by position.
Result<Action> loadAction(const Options &o)
{
    auto project = loadProjectArgument(o.file);
    if (!project)
        return project.error();
    const QString path = o.file.isEmpty() ? Tr::tr("(built-in)") : o.file;
    if (!o.actionName.isEmpty()) {
        const Action *a = project->findAction(o.actionName);
        if (!a)
            return Error{Tr::tr("The project %1 has no action “%2”.").arg(path, o.actionName),
                         {},
                         errorCodeName(ErrorCode::NoAction)};
        return *a;
    }
    if (project->actions.size() == 1)
        return project->actions.first();
    QStringList names;
    for (const Action &a : project->actions)
        names.append(a.name);
    return Error{project->actions.isEmpty()
                     ? Tr::tr("The project %1 has no actions.").arg(path)
                     : Tr::tr("The project %1 has several actions; choose one with --action NAME (%2).")
                           .arg(path, names.join(QStringLiteral(", "))),
                 {},
                 errorCodeName(ErrorCode::NoAction)};
}

QJsonArray changesJson(const HookPlan &plan, const QStringList &secrets)
{
    QJsonArray changes;
    for (const HookListChange &c : plan.changes) {
        QJsonArray before, after;
        for (const QJsonValue &h : c.before)
            before.append(redactText(summarizeHook(h), secrets, QStringLiteral("••••")));
        for (const QJsonValue &h : c.after.value_or(QJsonArray()))
            after.append(redactText(summarizeHook(h), secrets, QStringLiteral("••••")));
        changes.append(QJsonObject{{QStringLiteral("list"), c.label},
                                   {QStringLiteral("pointer"), c.pointer},
                                   {QStringLiteral("created"), !c.existed},
                                   {QStringLiteral("removed"), !c.after.has_value()},
                                   {QStringLiteral("before"), before},
                                   {QStringLiteral("after"), after}});
    }
    return changes;
}

QJsonArray findingsJson(const HookPlan &plan)
{
    QJsonArray a;
    for (const PlanFinding &f : plan.findings)
        a.append(QJsonObject{{QStringLiteral("code"), f.code}, {QStringLiteral("message"), f.message}});
    return a;
}

// Runs the shared transaction (core/ory/OryChange) for push / remove / rollback and prints it the way the CLI
// always has. The CLI's reviewer prints the diff (after `intro`, once the plan stands) and answers from
// --dry-run / --yes; it declines every later round: after a conflict the new change is printed with the
// outcome and the user runs the command again to send it.
int runChange(const QString &kind, OryProjectClient &client, const OryChangeRequest &request,
              const Options &o, const std::function<void()> &intro, QTextStream &out, QTextStream &err)
{
    const QStringList &secrets = request.secrets;
    std::optional<OryChangeReview> first;
    auto showFirst = [&](const OryProject &project, const QString &diff) {
        if (o.json)
            return;
        if (intro)
            intro();
        out << "Project: " << project.name << " (" << project.id << "), revision " << project.revisionId
            << "\n\n";
        out << diff;
    };
    const OryChangeReviewer reviewer = [&](const OryChangeReview &review,
                                           std::function<void(OryReviewAnswer)> answer) {
        if (review.round > 1)
            return answer(OryReviewAnswer::Decline);
        first = review;
        showFirst(review.project, review.diff);
        answer(o.dryRun ? OryReviewAnswer::DryRun : o.yes ? OryReviewAnswer::Send : OryReviewAnswer::Decline);
    };
    // The transaction is asynchronous; the CLI has nothing else to do, so it waits in a local event loop.
    OryChange change(oryChangeIo(&client, [] { return resolveOryKey(); }), reviewer);
    std::optional<OryChangeOutcome> done;
    QEventLoop loop;
    QObject::connect(&change, &OryChange::finished, &loop, [&](const OryChangeOutcome &outcome) {
        done = outcome;
        loop.quit();
    });
    change.start(request);
    if (!done)
        loop.exec();
    const OryChangeOutcome &outcome = *done;
    using Kind = OryChangeOutcome::Kind;

    if (!first && !outcome.conflict) {
        // Nothing was reviewed: reading or planning failed, or there is nothing to change.
        if (outcome.kind == Kind::Failed)
            return reportError(outcome.error, o.json, out, err, secrets);
        showFirst(*outcome.project, planDiffText(*outcome.plan, secrets));
    }
    if (outcome.kind == Kind::Failed && outcome.failedAt == OryChangeOutcome::Stage::Snapshot)
        return reportError(outcome.error, o.json, out, err, secrets);
    const OryProject &project = first ? first->project : *outcome.project;
    const HookPlan &plan = first ? first->plan : *outcome.plan;
    QJsonObject result{{QStringLiteral("command"), kind},
                       {QStringLiteral("project_id"), project.id},
                       {QStringLiteral("revision_id"), project.revisionId},
                       {QStringLiteral("changes"), changesJson(plan, secrets)},
                       {QStringLiteral("patch"), redactedPatch(plan.patch, secrets)},
                       {QStringLiteral("findings"), findingsJson(plan)}};
    auto finish = [&](int code, const QString &status, const QString &text) {
        result.insert(QStringLiteral("ok"), code == Success);
        result.insert(QStringLiteral("status"), status);
        if (o.json)
            out << jsonText(result);
        else
            out << '\n' << text << '\n';
        return code;
    };
    auto sendFailed = [&](const Error &e) {
        result.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}});
        if (!o.json) {
            err << "hookmail: " << redactText(e.message, secrets, QStringLiteral("••••")) << '\n';
            if (!e.detail.isEmpty())
                err << "  (" << redactText(e.detail, secrets, QStringLiteral("••••")) << ")\n";
        }
    };

    if (outcome.kind == Kind::Sent) {
        QJsonArray warnings;
        QString text =
            Tr::tr("Sent. The project is now at revision %1.").arg(outcome.update.project.revisionId);
        for (const OryWarning &w : outcome.update.warnings) {
            warnings.append(
                QJsonObject{{QStringLiteral("code"), w.code}, {QStringLiteral("message"), w.message}});
            text += u'\n' + Tr::tr("Ory warning %1: %2").arg(w.code).arg(w.message);
        }
        if (outcome.snapshotPath)
            text += u'\n' +
                    Tr::tr("Snapshot of the previous hook lists: %1 (undo with 'hookmail rollback --project "
                           "%2').")
                        .arg(*outcome.snapshotPath, project.id);
        for (const QString &notice : outcome.notices)
            text += u'\n' + Tr::tr("Note: %1").arg(notice);
        result.insert(QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices));
        result.insert(QStringLiteral("warnings"), warnings);
        result.insert(QStringLiteral("new_revision_id"), outcome.update.project.revisionId);
        if (outcome.snapshotPath)
            result.insert(QStringLiteral("snapshot"), *outcome.snapshotPath);
        return finish(Success, QStringLiteral("sent"), text);
    }
    if (outcome.conflict) {
        sendFailed(*outcome.conflict);
        if (outcome.project && outcome.plan) {
            result.insert(QStringLiteral("new_revision_id"), outcome.project->revisionId);
            result.insert(QStringLiteral("new_changes"), changesJson(*outcome.plan, secrets));
            if (!o.json)
                out << "\nThe project as it is now (revision " << outcome.project->revisionId
                    << ") would change like this:\n"
                    << planDiffText(*outcome.plan, secrets);
        }
        return finish(Failure, QStringLiteral("conflict"),
                      Tr::tr("Nothing was overwritten. Review the new change above and run again to "
                             "send it."));
    }
    switch (outcome.kind) {
    case Kind::Unchanged:
        return finish(Success, QStringLiteral("unchanged"), Tr::tr("Nothing to change."));
    case Kind::DryRun:
        return finish(Success, QStringLiteral("dry-run"), Tr::tr("Dry run: nothing was sent to Ory."));
    case Kind::Declined:
    case Kind::ConflictDeclined:
        return finish(UsageError, QStringLiteral("not-confirmed"),
                      Tr::tr("Nothing was sent. Review the change above, then run again with --yes to send "
                             "it (or --dry-run to only show it)."));
    case Kind::Failed:
    case Kind::Sent:
        break;
    }
    sendFailed(outcome.error);
    if (outcome.failedAt == OryChangeOutcome::Stage::Verify) {
        // Ory applied something, but not what was planned: say where, and keep the way back.
        QJsonArray paths;
        for (const PlanDifference &d : outcome.differences)
            paths.append(d.path);
        result.insert(QStringLiteral("differences"), paths);
        result.insert(QStringLiteral("new_revision_id"), outcome.update.project.revisionId);
        result.insert(QStringLiteral("notices"), QJsonArray::fromStringList(outcome.notices));
        if (outcome.snapshotPath)
            result.insert(QStringLiteral("snapshot"), *outcome.snapshotPath);
        return finish(Failure, QStringLiteral("not-applied"),
                      outcome.snapshotPath
                          ? Tr::tr("Ory changed the project, but not as planned (see above). Undo with "
                                   "'hookmail rollback --project %1'.")
                                .arg(project.id)
                          : Tr::tr("Ory changed the project, but not as planned (see above)."));
    }
    return finish(Failure, QStringLiteral("failed"), Tr::tr("Nothing was changed."));
}

int runOryProjects(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o = parseOptions(QStringLiteral("ory projects"), Tr::tr("List the Ory Network projects."), {},
                                WorkspaceOpt, args, out, err, &code);
    if (!o)
        return code;
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    auto projects = o->workspace.isEmpty()
                        ? client->listProjectsAndWait(resolveOryKey())
                        : client->listWorkspaceProjectsAndWait(resolveOryKey(), o->workspace);
    if (!projects)
        return reportError(projects.error(), o->json, out, err, secretsNow());
    QJsonArray list;
    for (const OryProjectSummary &p : projects.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("name"), p.name},
                                {QStringLiteral("slug"), p.slug},
                                {QStringLiteral("state"), p.state},
                                {QStringLiteral("environment"), p.environment},
                                {QStringLiteral("workspace_id"), p.workspaceId}});
        if (!o->json)
            out << p.id << "  " << p.name << "  (" << p.slug << ", " << p.environment << ", " << p.state
                << ")\n";
    }
    if (o->json)
        out << jsonText(list);
    else if (list.isEmpty())
        out << "No projects.\n";
    return Success;
}

int runOryWorkspaces(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o = parseOptions(QStringLiteral("ory workspaces"), Tr::tr("List the Ory workspaces."), {}, 0,
                                args, out, err, &code);
    if (!o)
        return code;
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    auto workspaces = client->listWorkspacesAndWait(resolveOryKey());
    if (!workspaces)
        return reportError(workspaces.error(), o->json, out, err, secretsNow());
    QJsonArray list;
    for (const OryWorkspace &w : workspaces.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("name"), w.name}});
        if (!o->json)
            out << w.id << "  " << w.name << '\n';
    }
    if (o->json)
        out << jsonText(list);
    return Success;
}

int runOryHooks(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o = parseOptions(
        QStringLiteral("ory hooks"),
        Tr::tr("Show the hooks of an Ory project per flow, phase and method (web_hook bodies decoded, "
               "keys masked); with FILE, also say whether each action will fire."),
        QStringLiteral("FILE"), ProjectOpt | ActionOpt, args, out, err, &code);
    if (!o)
        return code;
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    auto project = client->getProjectAndWait(resolveOryKey(), o->projectId);
    const QStringList secrets = secretsNow();
    if (!project)
        return reportError(project.error(), o->json, out, err, secrets);
    const auto overview = hookOverview(project->identityConfig, secrets);
    QJsonArray lists;
    for (const HookOverviewEntry &e : overview)
        lists.append(QJsonObject{{QStringLiteral("list"), e.label},
                                 {QStringLiteral("name"), e.plainName},
                                 {QStringLiteral("effective"), e.effective},
                                 {QStringLiteral("note"), e.note},
                                 {QStringLiteral("hooks"), QJsonArray::fromStringList(e.hooks)},
                                 {QStringLiteral("bodies"), QJsonArray::fromStringList(e.bodies)}});
    QJsonObject result{{QStringLiteral("project_id"), project->id},
                       {QStringLiteral("revision_id"), project->revisionId},
                       {QStringLiteral("lists"), lists}};
    if (!o->json)
        out << "Project: " << project->name << " (" << project->id << "), revision " << project->revisionId
            << "\n\n"
            << hookOverviewText(overview, true);
    if (!o->file.isEmpty() || !o->actionName.isEmpty()) {
        auto action = loadAction(*o);
        if (!action)
            return reportError(action.error(), o->json, out, err, secrets, UsageError);
        QJsonArray findings;
        if (!o->json)
            out << "\nWill “" << action->name << "” fire?\n";
        for (const FireFinding &f : analyseFiring(project->identityConfig, action.value())) {
            findings.append(QJsonObject{{QStringLiteral("severity"), severityName(f.severity)},
                                        {QStringLiteral("code"), f.code},
                                        {QStringLiteral("hook_point"), f.hookPoint},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("fix"), fireFixText(f.fix)}});
            if (!o->json)
                out << "  [" << severityName(f.severity) << "] " << f.message << '\n';
        }
        result.insert(QStringLiteral("findings"), findings);
    }
    if (o->json)
        out << jsonText(result);
    return Success;
}

} // namespace

int runOry(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    if (sub == u"projects")
        return runOryProjects(args.mid(1), out, err);
    if (sub == u"workspaces")
        return runOryWorkspaces(args.mid(1), out, err);
    if (sub == u"hooks")
        return runOryHooks(args.mid(1), out, err);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        out << "Usage: hookmail ory workspaces|projects|hooks [OPTIONS]\n\n"
               "  workspaces              List the workspaces the key can see\n"
               "  projects [--workspace ID]  List projects\n"
               "  hooks --project ID [FILE] [--action NAME]\n"
               "                          Show the project's hooks; with FILE, whether the action fires\n\n"
               "See also: hookmail push|remove|rollback|import --help\n";
        return sub.isEmpty() ? UsageError : Success;
    }
    err << "hookmail ory: unknown sub-command '" << sub << "'\nTry 'hookmail ory --help'.\n";
    return UsageError;
}

int runPush(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o = parseOptions(
        QStringLiteral("push"),
        Tr::tr("Push an action into an Ory Network project: Hookmail's own hook is added to, or replaced "
               "in, each of the action's hook lists; nothing else changes. The change is shown first and "
               "sent only with --yes, revision-checked."),
        QStringLiteral("FILE"), ProjectOpt | ActionOpt | ConfirmOpts | MoveGenericOpt, args, out, err, &code);
    if (!o)
        return code;
    auto action = loadAction(*o);
    if (!action)
        return reportError(action.error(), o->json, out, err, {}, UsageError);
    const QString mandrillKey = resolveMandrillKey();
    if (mandrillKey.isEmpty() && !o->dryRun)
        return reportError(Error{Tr::tr("No Mandrill key: set HOOKMAIL_MANDRILL_KEY. Hookmail adds it to the "
                                        "pushed body (Ory stores bodies unencrypted: use a key restricted to "
                                        "messages/send)."),
                                 {},
                                 errorCodeName(ErrorCode::NoMandrillKey)},
                           o->json, out, err, {}, UsageError);
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    const Action a = action.value();
    const QJsonObject hook = webHookJson(a, WebHookOptions{mandrillKey, true, {}});
    const PushOptions pushOptions{o->moveGeneric};
    OryChangeRequest request;
    request.title = Tr::tr("Push “%1”").arg(a.name);
    request.projectId = o->projectId;
    request.plan = [a, hook, pushOptions](const OryProject &p) {
        return planPush(p.identityConfig, a, hook, pushOptions);
    };
    request.secrets = secretsNow();
    request.snapshotReason = QStringLiteral("push");
    request.hookId = a.hookId;
    request.actionName = a.name;
    return runChange(
        QStringLiteral("push"), *client, request, *o,
        [&] {
            out << "Action: " << a.name << " (hook id " << a.hookId << ")\n";
            if (mandrillKey.isEmpty())
                out << "Note: HOOKMAIL_MANDRILL_KEY is not set; the diff uses the placeholder "
                       "key.\n";
        },
        out, err);
}

int runRemove(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o =
        parseOptions(QStringLiteral("remove"),
                     Tr::tr("Remove an action's hook (found by its stable id) from every hook list "
                            "of an Ory Network project; shown first, sent only with --yes."),
                     QStringLiteral("FILE"), ProjectOpt | ActionOpt | ConfirmOpts, args, out, err, &code);
    if (!o)
        return code;
    auto action = loadAction(*o);
    if (!action)
        return reportError(action.error(), o->json, out, err, {}, UsageError);
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    const Action a = action.value();
    OryChangeRequest request;
    request.title = Tr::tr("Remove “%1”").arg(a.name);
    request.projectId = o->projectId;
    request.plan = [hookId = a.hookId](const OryProject &p) { return planRemoval(p.identityConfig, hookId); };
    request.secrets = secretsNow();
    request.snapshotReason = QStringLiteral("remove");
    request.hookId = a.hookId;
    request.actionName = a.name;
    return runChange(QStringLiteral("remove"), *client, request, *o, {}, out, err);
}

int runRollback(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o =
        parseOptions(QStringLiteral("rollback"),
                     Tr::tr("Restore the hook lists of an Ory Network project from the snapshot "
                            "Hookmail took before its last push or removal; shown first, sent only "
                            "with --yes, revision-checked."),
                     {}, ProjectOpt | ConfirmOpts, args, out, err, &code);
    if (!o)
        return code;
    auto snapshot = PushSnapshots().latest(o->projectId);
    if (!snapshot)
        return reportError(snapshot.error(), o->json, out, err, {});
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    const PushSnapshot s = snapshot.value();
    OryChangeRequest request;
    request.title = Tr::tr("Roll back to %1").arg(s.takenAt.toLocalTime().toString(Qt::ISODate));
    request.projectId = o->projectId;
    request.plan = [s, mandrillKey = resolveMandrillKey()](const OryProject &p) {
        return planRollback(p.identityConfig, s, mandrillKey);
    };
    request.secrets = secretsNow();
    request.restoring = s;
    return runChange(
        QStringLiteral("rollback"), *client, request, *o,
        [&] {
            out << "Rolling back to the snapshot taken " << s.takenAt.toLocalTime().toString(Qt::ISODate)
                << " before " << s.reason << " of “" << s.actionName << "” (" << s.filePath << ")\n";
        },
        out, err);
}

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Success;
    const auto o = parseOptions(QStringLiteral("import"),
                                Tr::tr("Import the web_hooks of an Ory Network project as Hookmail actions "
                                       "(bodies decoded; Hookmail's own hooks recognised by their id)."),
                                {}, ProjectOpt | OutputOpt, args, out, err, &code);
    if (!o)
        return code;
    auto client = makeClient(*o, out, err, &code);
    if (!client)
        return code;
    auto project = client->getProjectAndWait(resolveOryKey(), o->projectId);
    if (!project)
        return reportError(project.error(), o->json, out, err, secretsNow());
    // Bodies Ory keeps as stored copies are read from their links (no credentials needed, none sent).
    QHash<QString, StoredTemplate> stored;
    StoredTemplateClient storage;
    for (const QString &url : storedTemplateUrls(project->identityConfig)) {
        const auto content = storage.fetchAndWait(url);
        stored.insert(url, content ? StoredTemplate{content.value(), {}}
                                   : StoredTemplate{{}, content.error().message});
    }
    const auto imported = importWebHooks(project->identityConfig, stored);
    QJsonArray actions;
    for (const ImportedAction &i : imported) {
        QStringList points;
        for (const HookPoint &p : i.action.hookPoints)
            points.append(p.toString());
        actions.append(QJsonObject{{QStringLiteral("name"), i.action.name},
                                   {QStringLiteral("hook_id"), i.action.hookId},
                                   {QStringLiteral("url"), i.action.url},
                                   {QStringLiteral("hook_points"), QJsonArray::fromStringList(points)},
                                   {QStringLiteral("from_hookmail"), i.fromHookmail},
                                   {QStringLiteral("notes"), QJsonArray::fromStringList(i.notes)}});
        if (!o->json) {
            out << "• " << i.action.name << (i.fromHookmail ? " [pushed by Hookmail]" : "") << "\n    "
                << i.action.method << ' ' << i.action.url << "\n    at " << points.join(QStringLiteral(", "))
                << '\n';
            for (const QString &n : i.notes)
                out << "    note: " << n << '\n';
        }
    }
    if (imported.isEmpty() && !o->json)
        out << "The project has no web_hook to import.\n";
    if (!o->output.isEmpty()) {
        const Status saved = ProjectFile::save(o->output, importedProject(imported, project->id));
        if (!saved)
            return reportError(saved.error(), o->json, out, err, secretsNow());
        if (!o->json)
            out << "Wrote " << imported.size() << " action(s) to " << o->output << '\n';
    }
    if (o->json)
        out << jsonText(
            QJsonObject{{QStringLiteral("project_id"), project->id}, {QStringLiteral("actions"), actions}});
    return Success;
}

} // namespace hookmail::cli
