#include "Selectors.h"

#include "core/model/ProjectFile.h"
#include "core/model/SampleContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace hookmail::cli {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

Result<QJsonObject> readJsonObjectFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Cannot read the %1 file %2: %3").arg(what, path, file.errorString()),
                     {},
                     errorCodeName(ErrorCode::Io)};
    // Ory's Jsonnet worker refuses more than 64 KiB of input, ctx included; a file far beyond that is a
    // mistake (a log, a dump), and reading it whole would only waste memory.
    constexpr qint64 maxBytes = 1024 * 1024;
    if (file.size() > maxBytes)
        return Error{
            Tr::tr("The %1 file %2 is too large (%3 KiB). Ory passes at most 64 KiB of template and ctx "
                   "to Jsonnet, so a sample this big can never work; keep it under 1 MiB.")
                .arg(what, path)
                .arg(file.size() / 1024),
            {},
            errorCodeName(ErrorCode::TooLarge)};
    const QByteArray bytes = file.read(maxBytes);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0, column = 0;
        lineColumnAt(bytes, error.offset, &line, &column);
        return Error{Tr::tr("The %1 file %2 is not valid JSON: %3 at line %4, column %5.")
                         .arg(what, path, error.errorString())
                         .arg(line)
                         .arg(column),
                     {},
                     errorCodeName(ErrorCode::JsonSyntax)};
    }
    if (!doc.isObject())
        return Error{Tr::tr("The %1 file %2 must contain a JSON object.").arg(what, path),
                     {},
                     errorCodeName(ErrorCode::JsonType)};
    return doc.object();
}
} // namespace

namespace {
QStringList variantKeysAt(const QList<HookPoint> &points)
{
    QStringList keys;
    for (const HookPoint &point : points) {
        for (const SampleVariant v : sampleVariantsFor(point)) {
            if (!keys.contains(sampleVariantKey(v)))
                keys.append(sampleVariantKey(v));
        }
    }
    return keys;
}
} // namespace

void addSelectorOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        Tr::tr("A .hookmail project or a bare .jsonnet template (default: the built-in project)."),
        QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("action"), Tr::tr("The action to use (name or id; default: the first)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("hook"),
         Tr::tr("The hook point, e.g. registration/after/password (default: the action's hook points)."),
         QStringLiteral("FLOW/PHASE/METHOD")});
    parser.addOption(
        {QStringLiteral("identity"),
         Tr::tr("A sample identity preset name or a JSON file with an identity (default: the project's)."),
         QStringLiteral("PRESET|FILE.json")});
    parser.addOption({QStringLiteral("ctx"),
                      Tr::tr("A JSON file used as ctx as-is, instead of a sample context."),
                      QStringLiteral("FILE.json")});
    QStringList variants;
    for (const SampleVariant v :
         {SampleVariant::Standard, SampleVariant::NativeApp, SampleVariant::SocialFromSignIn,
          SampleVariant::SecondFactor, SampleVariant::SelfHosted})
        variants.append(sampleVariantKey(v));
    parser.addOption({QStringLiteral("variant"),
                      Tr::tr("How the person got there, for the sample ctx: %1 (default: standard).")
                          .arg(variants.join(u", ")),
                      QStringLiteral("KEY")});
    parser.addOption(
        {QStringLiteral("kratos-config"),
         Tr::tr("Use the request-header allow-list of this Kratos configuration (kratos.yml) instead of the "
                "project's."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Machine-readable JSON output.")});
}

Result<Project> loadProjectArgument(const QString &path)
{
    if (path.isEmpty())
        return defaultProject();
    const bool isTemplate = path.endsWith(u".jsonnet") || path.endsWith(u".libsonnet");
    return isTemplate ? ProjectFile::loadTemplateFile(path) : ProjectFile::load(path);
}

Result<Selection> resolveSelection(const QCommandLineParser &parser)
{
    Selection sel;
    sel.json = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Error{Tr::tr("Too many files given (%1); pass at most one project or template.")
                         .arg(positional.join(u' ')),
                     {},
                     errorCodeName(ErrorCode::Usage)};
    sel.projectPath = positional.value(0);
    Result<Project> loaded = loadProjectArgument(sel.projectPath);
    if (!loaded)
        return loaded.error();
    sel.project = loaded.value();
    if (sel.project.actions.isEmpty())
        return Error{Tr::tr("The project has no actions."), {}, errorCodeName(ErrorCode::NoAction)};

    if (parser.isSet(QStringLiteral("action"))) {
        const QString wanted = parser.value(QStringLiteral("action"));
        const Action *found = sel.project.findAction(wanted);
        if (!found) {
            QStringList names;
            for (const Action &a : sel.project.actions)
                names.append(a.name);
            return Error{
                Tr::tr("No action named “%1”. Actions in this project: %2.").arg(wanted, names.join(u", ")),
                {},
                errorCodeName(ErrorCode::NoAction)};
        }
        sel.action = *found;
    } else {
        sel.action = sel.project.actions.first();
    }

    if (parser.isSet(QStringLiteral("hook"))) {
        const QString text = parser.value(QStringLiteral("hook"));
        sel.point = HookPoint::parse(text);
        if (!sel.point)
            return Error{
                Tr::tr(
                    "“%1” is not a hook point. Write FLOW/PHASE[/METHOD], e.g. registration/after/password, "
                    "login/after/oidc, registration/before, recovery/after.")
                    .arg(text),
                {},
                errorCodeName(ErrorCode::Usage)};
    }

    sel.identity = sel.project.sampleIdentity;
    sel.identityName =
        sel.project.identityPreset.isEmpty() ? Tr::tr("project sample") : sel.project.identityPreset;
    if (parser.isSet(QStringLiteral("identity"))) {
        const QString value = parser.value(QStringLiteral("identity"));
        sel.identityFromOption = true;
        sel.identityName = value;
        if (const auto preset = findIdentityPreset(value)) {
            sel.identity = preset->identity;
        } else if (QFileInfo::exists(value)) {
            Result<QJsonObject> identity = readJsonObjectFile(value, Tr::tr("identity"));
            if (!identity)
                return identity.error();
            const Status valid = validateSampleIdentity(identity.value());
            if (!valid) {
                Error e = valid.error();
                e.message = Tr::tr("The identity file %1: %2").arg(value, e.message);
                return e;
            }
            sel.identity = identity.value();
        } else {
            QStringList names;
            for (const IdentityPreset &p : identityPresets())
                names.append(p.name);
            return Error{Tr::tr("“%1” is neither an identity preset nor a file. Presets: %2.")
                             .arg(value, names.join(u", ")),
                         {},
                         errorCodeName(ErrorCode::Usage)};
        }
    }
    if (parser.isSet(QStringLiteral("variant"))) {
        const QString key = parser.value(QStringLiteral("variant"));
        const std::optional<SampleVariant> variant = sampleVariantFromKey(key);
        const QList<HookPoint> points = sel.point ? QList<HookPoint>{*sel.point} : sel.action.hookPoints;
        if (!variant)
            return Error{Tr::tr("“%1” is not a sample variant. Variants: %2.")
                             .arg(key, variantKeysAt(points).join(u", ")),
                         {},
                         errorCodeName(ErrorCode::Usage)};
        for (const HookPoint &point : points) {
            if (!sampleVariantsFor(point).contains(*variant))
                return Error{Tr::tr("Ory has no “%1” variant at %2. There it has: %3. Pick another variant "
                                    "or another --hook.")
                                 .arg(key, point.toString(), variantKeysAt({point}).join(u", ")),
                             {},
                             errorCodeName(ErrorCode::Usage)};
        }
        sel.variant = *variant;
    }
    if (parser.isSet(QStringLiteral("kratos-config"))) {
        const QString path = parser.value(QStringLiteral("kratos-config"));
        const Result<std::optional<QStringList>> list = headerAllowlistFromKratosFile(path);
        if (!list)
            return list.error();
        sel.project.headerAllowlist =
            list.value() ? std::optional<RequestHeaderAllowlist>(RequestHeaderAllowlist{*list.value(), path})
                         : std::nullopt;
    }
    if (parser.isSet(QStringLiteral("ctx"))) {
        Result<QJsonObject> ctx = readJsonObjectFile(parser.value(QStringLiteral("ctx")), Tr::tr("ctx"));
        if (!ctx)
            return ctx.error();
        sel.ctxOverride = ctx.value();
    }
    return sel;
}

} // namespace hookmail::cli
