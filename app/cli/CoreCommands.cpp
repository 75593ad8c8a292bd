#include "CoreCommands.h"

#include "Cli.h"
#include "CliKeys.h"
#include "Commands.h"
#include "Selectors.h"
#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "core/ory/ActionExporter.h"
#include "core/ory/WebHook.h"
#include "core/render/Checks.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace hookmail::cli {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Parses a sub-command's arguments. Returns -1 to go on, or an exit code (help shown / usage error).
// `description` starts with the command name followed by a colon ("render: …").
int parseArgs(QCommandLineParser &parser, const QString &description, const QStringList &args,
              QTextStream &out, QTextStream &err)
{
    const QString command = description.section(u':', 0, 0);
    parser.setApplicationDescription(description.section(u':', 1).trimmed());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("hookmail")} + args)) {
        err << "hookmail " << command << ": " << parser.errorText() << "\nTry 'hookmail " << command
            << " --help'.\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(u'\n') + 1); // replace Qt's usage line (it names argv[0])
        out << "Usage: hookmail " << command << " [OPTION]... [FILE]\n" << text;
        return Success;
    }
    return -1;
}

QString maskedKeyForDisplay()
{
    // The environment's key only: showing a mask is no reason to wake the keychain (it may prompt).
    const QString key = KeyProvider::environmentKey(SecretStore::Slot::MandrillKey);
    return key.isEmpty() ? QString::fromUtf16(kMaskedKeyPlaceholder) : maskSecret(key);
}

// The body as Ory would send it: the template's output with the key (added by the shipped wrapper) masked.
QJsonObject displayBody(const RenderOutcome &outcome)
{
    QJsonObject body = outcome.body;
    body.insert(QStringLiteral("key"), maskedKeyForDisplay());
    return body;
}

QString positionText(const EvaluationError &e)
{
    if (e.line <= 0)
        return {};
    return e.column > 0 ? Tr::tr("line %1, column %2: ").arg(e.line).arg(e.column)
                        : Tr::tr("line %1: ").arg(e.line);
}

QJsonObject errorJson(const EvaluationError &e)
{
    return QJsonObject{{QStringLiteral("kind"), evaluationKindName(e.kind)},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("line"), e.line},
                       {QStringLiteral("column"), e.column},
                       {QStringLiteral("end_column"), e.endColumn}};
}

QJsonObject findingJson(const Finding &f)
{
    QJsonObject o{{QStringLiteral("severity"), severityName(f.severity)},
                  {QStringLiteral("code"), f.code},
                  {QStringLiteral("message"), f.message}};
    if (!f.hookPoint.isEmpty())
        o.insert(QStringLiteral("hook_point"), f.hookPoint);
    if (!f.identity.isEmpty())
        o.insert(QStringLiteral("identity"), f.identity);
    if (f.line > 0) {
        o.insert(QStringLiteral("line"), f.line);
        o.insert(QStringLiteral("column"), f.column);
    }
    return o;
}

QList<HookPoint> pointsOf(const Selection &sel)
{
    if (sel.point)
        return {*sel.point};
    return sel.action.hookPoints;
}

RenderRequest requestFor(const Selection &sel, const HookPoint &point)
{
    RenderRequest req;
    req.action = sel.action;
    req.point = point;
    req.identity = sel.identity;
    req.ctxOverride = sel.ctxOverride;
    req.locale = sel.project.sampleLocale;
    req.transientPayload = sel.project.transientPayload;
    req.variant = sel.variant;
    if (sel.project.headerAllowlist)
        req.headerAllowlist = sel.project.headerAllowlist->headers;
    return req;
}

} // namespace

int runRender(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addSelectorOptions(parser);
    if (const int code =
            parseArgs(parser, Tr::tr("render: Print the Mandrill request body Ory would send (key masked)."),
                      args, out, err);
        code >= 0)
        return code;
    Result<Selection> sel = resolveSelection(parser);
    if (!sel) {
        err << "hookmail render: " << sel.error().message << '\n';
        return UsageError;
    }
    const QList<HookPoint> points = pointsOf(sel.value());
    if (points.isEmpty()) {
        err << "hookmail render: " << Tr::tr("The action has no hook points; pass --hook.") << '\n';
        return UsageError;
    }
    // Render once, at the selected (or the action's first) hook point.
    TemplateEvaluator evaluator(1);
    RenderService renderer(&evaluator);
    const RenderOutcome outcome = renderer.renderAndWait(requestFor(sel.value(), points.first()));
    const EvaluationResult &ev = outcome.evaluation;

    if (sel->json) {
        QJsonObject o{{QStringLiteral("hook_point"), outcome.point.toString()},
                      {QStringLiteral("action"), sel->action.name},
                      {QStringLiteral("ok"), ev.ok},
                      {QStringLiteral("cancelled"), ev.cancelled()},
                      {QStringLiteral("input_bytes"), qint64(outcome.inputSize)}};
        if (ev.ok && outcome.bodyIsObject)
            o.insert(QStringLiteral("body"), displayBody(outcome));
        else if (ev.ok)
            o.insert(QStringLiteral("output"), QString::fromUtf8(ev.output));
        else
            o.insert(QStringLiteral("error"), errorJson(ev.error));
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (ev.ok) {
        // The bytes Ory sends (go-jsonnet's manifest with the key added as the published hook adds it), so
        // the output can be compared byte for byte with what Ory POSTs; the key is masked.
        const QByteArray sent =
            outcome.bodyIsObject ? withKeyAsOrySends(ev.output, maskedKeyForDisplay()) : QByteArray();
        out << (!sent.isEmpty() ? QString::fromUtf8(sent)
                : outcome.bodyIsObject
                    ? QString::fromUtf8(QJsonDocument(displayBody(outcome)).toJson(QJsonDocument::Indented))
                    : QString::fromUtf8(ev.output));
        if (!outcome.bodyIsObject)
            err << "hookmail render: "
                << Tr::tr("warning: the template's output is not a JSON object, so Mandrill will "
                          "reject it.")
                << '\n';
    } else if (ev.cancelled()) {
        out << Tr::tr("Hook skipped (cancelled): the template called error \"cancel\" for %1, so Ory sends "
                      "nothing.")
                   .arg(outcome.point.toString())
            << '\n';
    } else {
        err << "hookmail render: " << outcome.point.toString() << ": " << evaluationKindName(ev.error.kind)
            << " error, " << positionText(ev.error) << ev.error.message << '\n';
    }
    if (ev.ok || ev.cancelled())
        return Success;
    return Failure;
}

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addSelectorOptions(parser);
    if (const int code =
            parseArgs(parser, Tr::tr("check: Will this action work? Exit 1 when any finding is an error."),
                      args, out, err);
        code >= 0)
        return code;
    Result<Selection> sel = resolveSelection(parser);
    if (!sel) {
        err << "hookmail check: " << sel.error().message << '\n';
        return UsageError;
    }
    TemplateEvaluator evaluator(2);
    RenderService renderer(&evaluator);
    ActionChecker checker(&renderer);
    QList<CheckIdentity> identities;
    if (sel->identityFromOption)
        identities.append(CheckIdentity{sel->identityName, sel->identityName, sel->identity});
    const QList<Finding> findings =
        checker.check(sel->project, sel->action, pointsOf(sel.value()), identities, sel->variant);

    if (sel->json) {
        QJsonArray list;
        for (const Finding &f : findings)
            list.append(findingJson(f));
        out << QJsonDocument(QJsonObject{{QStringLiteral("action"), sel->action.name},
                                         {QStringLiteral("findings"), list},
                                         {QStringLiteral("ok"), !ActionChecker::hasErrors(findings)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        int errors = 0, warnings = 0;
        for (const Finding &f : findings) {
            errors += f.severity == Finding::Severity::Error;
            warnings += f.severity == Finding::Severity::Warning;
            out << severityName(f.severity).leftJustified(8);
            if (!f.hookPoint.isEmpty())
                out << '[' << f.hookPoint << (f.identity.isEmpty() ? QString() : u", " + f.identity) << "] ";
            if (f.line > 0)
                out << Tr::tr("line %1: ").arg(f.line);
            out << f.message << '\n';
        }
        out << Tr::tr("%1: %2 error(s), %3 warning(s).").arg(sel->action.name).arg(errors).arg(warnings)
            << '\n';
    }
    return ActionChecker::hasErrors(findings) ? Failure : Success;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addSelectorOptions(parser);
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("One of: %1.").arg(ActionExporter::formats().join(u", ")),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), Tr::tr("Write the files into DIR instead of printing them."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("with-secret"),
         Tr::tr("Put the real Mandrill key into the export (from HOOKMAIL_MANDRILL_KEY or the keychain).")});
    if (const int code = parseArgs(
            parser, Tr::tr("export: Export the action as action JSON, ory CLI command, kratos.yml or curl."),
            args, out, err);
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("format"))) {
        err << "hookmail export: "
            << Tr::tr("--format is required (%1).").arg(ActionExporter::formats().join(u", ")) << '\n';
        return UsageError;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!ActionExporter::formats().contains(format)) {
        err << "hookmail export: "
            << Tr::tr("Unknown format “%1”; use one of %2.")
                   .arg(format, ActionExporter::formats().join(u", "))
            << '\n';
        return UsageError;
    }
    Result<Selection> sel = resolveSelection(parser);
    if (!sel) {
        err << "hookmail export: " << sel.error().message << '\n';
        return UsageError;
    }
    const bool withSecret = parser.isSet(QStringLiteral("with-secret"));
    QString key;
    if (withSecret) {
        const Result<ResolvedSecret> resolved = cliKeys().keyAndWait(SecretStore::Slot::MandrillKey);
        if (!resolved) {
            err << "hookmail export: "
                << Tr::tr("--with-secret needs the Mandrill key: set HOOKMAIL_MANDRILL_KEY or store it in "
                          "Hookmail's "
                          "settings.")
                << ' ' << resolved.error().message << '\n';
            return UsageError;
        }
        key = resolved->value;
    }

    QJsonObject renderedBody;
    if (format == u"curl") {
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        const QList<HookPoint> points = pointsOf(sel.value());
        if (!points.isEmpty()) {
            const RenderOutcome outcome = renderer.renderAndWait(requestFor(sel.value(), points.first()));
            if (!outcome.evaluation.ok || !outcome.bodyIsObject) {
                err << "hookmail export: "
                    << Tr::tr("The template does not render at %1, so there is no body to send: %2")
                           .arg(points.first().toString(), outcome.evaluation.error.message)
                    << '\n';
                return Failure;
            }
            renderedBody = outcome.body;
            renderedBody.remove(QStringLiteral("key"));
        }
    }
    Result<ExportResult> exported =
        ActionExporter::exportAction(sel->project, sel->action, format, key, withSecret, renderedBody);
    if (!exported) {
        err << "hookmail export: " << exported.error().message << '\n';
        return Failure;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        const QDir dir(parser.value(QStringLiteral("output")));
        if (!dir.exists() && !QDir().mkpath(dir.path())) {
            err << "hookmail export: " << Tr::tr("Cannot create the folder %1.").arg(dir.path()) << '\n';
            return UsageError;
        }
        for (const ExportFile &file : exported->files) {
            QSaveFile f(dir.filePath(file.fileName));
            // A file with the key is owner-only from its first byte (not after the rename); flush() before
            // commit() because QSaveFile misses a failed final flush of QFile's buffer.
            if (!f.open(QIODevice::WriteOnly) ||
                (exported->containsSecret &&
                 !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) ||
                f.write(file.contents) != file.contents.size() || !f.flush() || !f.commit()) {
                err << "hookmail export: " << Tr::tr("Cannot write %1: %2").arg(f.fileName(), f.errorString())
                    << '\n';
                return Failure;
            }
            out << Tr::tr("wrote %1").arg(dir.filePath(file.fileName)) << '\n';
        }
    } else {
        const bool many = exported->files.size() > 1;
        for (const ExportFile &file : exported->files) {
            if (many)
                out << "# --- " << file.fileName << " ---\n";
            out << QString::fromUtf8(file.contents);
            if (!file.contents.endsWith('\n'))
                out << '\n';
        }
    }
    if (!exported->notes.isEmpty())
        err << exported->notes << '\n';
    if (exported->containsSecret)
        err << Tr::tr("This export contains your Mandrill key. Keep it out of version control and chat.")
            << '\n';
    return Success;
}

int runSendTestCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addSelectorOptions(parser);
    parser.addOption({QStringLiteral("to"),
                      Tr::tr("A test address (repeat for more; default: the project's test recipients)."),
                      QStringLiteral("ADDRESS")});
    if (const int code = parseArgs(
            parser,
            Tr::tr("send-test: Render the action and send it through Mandrill to test addresses only."), args,
            out, err);
        code >= 0)
        return code;
    Result<Selection> sel = resolveSelection(parser);
    if (!sel) {
        err << "hookmail send-test: " << sel.error().message << '\n';
        return UsageError;
    }
    QStringList to = parser.values(QStringLiteral("to"));
    if (to.isEmpty())
        to = sel->project.testRecipients;
    if (to.isEmpty()) {
        err << "hookmail send-test: " << Tr::tr("give at least one --to ADDRESS (the email goes only there).")
            << '\n';
        return UsageError;
    }
    const QList<HookPoint> points = pointsOf(sel.value());
    if (points.isEmpty()) {
        err << "hookmail send-test: " << Tr::tr("The action has no hook points; pass --hook.") << '\n';
        return UsageError;
    }
    TemplateEvaluator evaluator(1);
    RenderService renderer(&evaluator);
    const RenderOutcome outcome = renderer.renderAndWait(requestFor(sel.value(), points.first()));
    if (outcome.evaluation.cancelled()) {
        err << "hookmail send-test: "
            << Tr::tr(
                   "The template skips this email (error \"cancel\") for %1 with this identity, so there is "
                   "nothing "
                   "to send. Pick another identity with --identity.")
                   .arg(points.first().toString())
            << '\n';
        return Failure;
    }
    if (!outcome.evaluation.ok || !outcome.bodyIsObject) {
        err << "hookmail send-test: "
            << Tr::tr("The template does not render at %1: %2")
                   .arg(points.first().toString(),
                        outcome.evaluation.ok
                            ? Tr::tr("the output is not a JSON object")
                            : positionText(outcome.evaluation.error) + outcome.evaluation.error.message)
            << '\n';
        return Failure;
    }
    QJsonObject body = outcome.body;
    body.remove(QStringLiteral("key"));
    return runSendTest(body, to, sel->json, out, err, sel->projectPath);
}

QString defaultSenderAddress()
{
    Project project = defaultProject();
    const QString last = Settings().lastProject();
    if (!last.isEmpty()) {
        if (Result<Project> loaded = ProjectFile::load(last); loaded.ok() && !loaded->actions.isEmpty())
            project = loaded.value();
    }
    if (project.actions.isEmpty() || project.actions.first().hookPoints.isEmpty())
        return {};
    TemplateEvaluator evaluator(1);
    RenderService renderer(&evaluator);
    RenderRequest req;
    req.action = project.actions.first();
    req.point = req.action.hookPoints.first();
    req.identity = project.sampleIdentity;
    req.locale = project.sampleLocale;
    const RenderOutcome outcome = renderer.renderAndWait(req);
    return outcome.email.fromEmail;
}

} // namespace hookmail::cli
