#include "core/ory/ActionExporter.h"

#include "core/ory/WebHook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActionExporter)
};

// A file-name-safe name for the action: "Welcome email" → "welcome-email".
QString slugOf(const Action &action)
{
    QString slug;
    for (const QChar c : action.name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"hookmail-action"_s : slug.left(60);
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

// The hook points to write to: method lists, and a generic list only when no method list of the same
// flow/phase is selected (Ory ignores the generic list while method lists are in use, FACTS §1).
QList<HookPoint> targetPoints(const Action &action, QStringList *dropped)
{
    QList<HookPoint> out;
    for (const HookPoint &point : action.hookPoints) {
        if (point.isGenericList()) {
            const bool hasMethod = std::any_of(
                action.hookPoints.begin(), action.hookPoints.end(), [&point](const HookPoint &other) {
                    return other.flow == point.flow && other.phase == point.phase && !other.method.isEmpty();
                });
            if (hasMethod) {
                if (dropped)
                    *dropped << point.toString();
                continue;
            }
        }
        if (!out.contains(point))
            out << point;
    }
    return out;
}

void emitJson(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        out << YAML::BeginMap;
        const QJsonObject object = value.toObject();
        // Kratos' docs put "hook" before "config"; keep that order for readability.
        QStringList keys = object.keys();
        if (keys.removeOne(u"hook"_s))
            keys.prepend(u"hook"_s);
        for (const QString &key : keys) {
            out << YAML::Key << key.toStdString() << YAML::Value;
            emitJson(out, object.value(key));
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array:
        out << YAML::BeginSeq;
        for (const QJsonValue &item : value.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    case QJsonValue::Bool:
        out << value.toBool();
        break;
    case QJsonValue::Double:
        out << value.toDouble();
        break;
    case QJsonValue::String:
        out << YAML::DoubleQuoted << value.toString().toStdString();
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    }
}

bool sessionHookAllowed(const HookPoint &point)
{
    return point.flow == HookPoint::Flow::Registration && point.phase == HookPoint::Phase::After &&
           !point.method.isEmpty();
}
} // namespace

QStringList ActionExporter::formats()
{
    return {u"action-json"_s, u"ory-cli"_s, u"kratos-yaml"_s, u"curl"_s};
}

QString ActionExporter::formatTitle(const QString &format)
{
    if (format == u"action-json")
        return Tr::tr("Action JSON (web_hook)");
    if (format == u"ory-cli")
        return Tr::tr("Ory CLI command");
    if (format == u"kratos-yaml")
        return Tr::tr("kratos.yml snippet (self-hosted)");
    if (format == u"curl")
        return Tr::tr("curl test request to Mandrill");
    return format;
}

Result<ExportResult> ActionExporter::exportAction(const Project &project, const Action &action,
                                                  const QString &format, const QString &key, bool withSecret,
                                                  const QJsonObject &renderedBody)
{
    const bool secret = withSecret && !key.isEmpty();
    const QString effectiveKey = secret ? key : QString();
    const QString slug = slugOf(action);
    ExportResult result;
    result.containsSecret = secret;
    // The one call the key needs: a template kept in Mandrill is sent with messages/send-template.
    const QString call = action.mode == Action::EditMode::Template ? QStringLiteral("messages/send-template")
                                                                   : QStringLiteral("messages/send");
    const QString secretNote =
        secret
            ? Tr::tr("This export contains your Mandrill key in clear text (inside the base64 body). Keep "
                     "it private; Ory stores Jsonnet bodies unencrypted, so prefer a key restricted to %1.")
                  .arg(call)
            : Tr::tr("The Mandrill key is not included: replace <MANDRILL_API_KEY> (inside the base64 "
                     "body, so decode, "
                     "edit and re-encode it) or export again with the key.");

    if (format == u"action-json") {
        WebHookOptions options;
        options.key = effectiveKey;
        const QJsonObject hook = webHookJson(action, options);
        result.files << ExportFile{slug + u".action.json"_s,
                                   QJsonDocument(hook).toJson(QJsonDocument::Indented)};
        result.notes =
            Tr::tr("The web_hook for the Ory Console or the Ory API. Add it to each hook list of: %1.")
                .arg([&] {
                    QStringList points;
                    for (const HookPoint &p : targetPoints(action, nullptr))
                        points << p.configPointer();
                    return points.join(u", "_s);
                }()) +
            u"\n"_s + secretNote;
        return result;
    }

    if (format == u"ory-cli") {
        QStringList dropped;
        const QList<HookPoint> points = targetPoints(action, &dropped);
        if (points.isEmpty())
            return Error{
                Tr::tr("The action \"%1\" is not attached to any hook point, so there is nothing to add.")
                    .arg(action.name),
                {},
                errorCodeName(ErrorCode::NoHookPoints)};
        WebHookOptions options;
        options.key = effectiveKey;
        const QString hookJson =
            QString::fromUtf8(QJsonDocument(webHookJson(action, options)).toJson(QJsonDocument::Compact));
        const QString projectArg =
            project.oryProjectId.isEmpty() ? u"\"$ORY_PROJECT_ID\""_s : shellQuote(project.oryProjectId);
        QString script = u"#!/bin/sh\n# Adds the Hookmail action \""_s +
                         QString(action.name).replace(u'\n', u' ') + u"\" to your Ory project.\n"_s;
        script += u"# Appends to each method's own hook list (/-); running it twice adds the hook twice.\n"_s;
        script += u"set -e\nory patch identity-config --project "_s + projectArg;
        for (const HookPoint &point : points)
            script += u" \\\n  --add "_s + shellQuote(point.configPointer() + u"/-="_s + hookJson);
        script += u"\n"_s;
        result.files << ExportFile{slug + u".ory.sh"_s, script.toUtf8()};
        QString notes =
            Tr::tr("Run this with the ory CLI logged in (ory auth) and ORY_PROJECT_ID set, or with the "
                   "project id filled in. It appends the hook to each list; to update an existing hook, "
                   "use Push in Hookmail instead, which replaces its earlier version.");
        if (!dropped.isEmpty())
            notes += u"\n"_s +
                     Tr::tr("Left out the generic list %1: Ory ignores it while method lists are in use.")
                         .arg(dropped.join(u", "_s));
        result.notes = notes + u"\n"_s + secretNote;
        return result;
    }

    if (format == u"kratos-yaml") {
        // Self-hosted Kratos has no SAML: its schema has no `saml` key, so a kratos.yml with a saml list is
        // refused at start-up. Those lists are left out (before the generic-list rule, so a generic list
        // stays when SAML was the only method beside it); Ory Network exports and pushes keep them.
        Action selfHosted = action;
        QStringList networkOnly;
        for (const HookPoint &point : action.hookPoints) {
            if (point.isOryNetworkOnly())
                networkOnly << point.plainName();
        }
        selfHosted.hookPoints.removeIf([](const HookPoint &point) { return point.isOryNetworkOnly(); });
        const QList<HookPoint> points = targetPoints(selfHosted, nullptr);
        if (points.isEmpty() && !networkOnly.isEmpty())
            return Error{
                Tr::tr("The action \"%1\" is attached only to SAML single sign-on (%2), which exists "
                       "only on Ory Network: self-hosted Kratos has no SAML and would refuse such a "
                       "kratos.yml. Push it to your Ory Network project or export the Ory CLI "
                       "command instead.")
                    .arg(action.name, networkOnly.join(u", "_s)),
                {},
                errorCodeName(ErrorCode::NoHookPoints)};
        if (points.isEmpty())
            return Error{
                Tr::tr("The action \"%1\" is not attached to any hook point, so there is nothing to export.")
                    .arg(action.name),
                {},
                errorCodeName(ErrorCode::NoHookPoints)};
        const QString jsonnetName = slug + u".jsonnet"_s;
        WebHookOptions options;
        options.key = effectiveKey;
        options.includeId = false; // config.id needs Kratos ≥ v25.4; older versions reject unknown keys
        options.bodyOverride = u"file:///etc/config/kratos/"_s + jsonnetName;
        const QJsonObject hook = webHookJson(action, options);

        // flow → phase → method ("" for the list without a method) → hook list
        std::map<QString, std::map<QString, std::map<QString, QJsonArray>>> tree;
        for (const HookPoint &point : points) {
            QJsonArray hooks{hook};
            if (sessionHookAllowed(point))
                hooks.append(QJsonObject{{u"hook"_s, u"session"_s}});
            tree[HookPoint::flowName(point.flow)][HookPoint::phaseName(point.phase)][point.method] = hooks;
        }
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::Comment(
            "Hookmail action \"" + action.name.toStdString() +
            "\". Merge by hand: each hooks list below replaces the list in your kratos.yml.");
        out << YAML::BeginMap << YAML::Key << "selfservice" << YAML::Value << YAML::BeginMap << YAML::Key
            << "flows" << YAML::Value << YAML::BeginMap;
        for (const auto &[flow, phases] : tree) {
            out << YAML::Key << flow.toStdString() << YAML::Value << YAML::BeginMap;
            for (const auto &[phase, methods] : phases) {
                out << YAML::Key << phase.toStdString() << YAML::Value << YAML::BeginMap;
                for (const auto &[method, hooks] : methods) {
                    if (method.isEmpty()) {
                        out << YAML::Key << "hooks" << YAML::Value;
                        emitJson(out, hooks);
                    } else {
                        out << YAML::Key << method.toStdString() << YAML::Value << YAML::BeginMap << YAML::Key
                            << "hooks" << YAML::Value;
                        emitJson(out, hooks);
                        out << YAML::EndMap;
                    }
                }
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
        QByteArray yaml(out.c_str(), qsizetype(out.size()));
        yaml += '\n';
        result.files << ExportFile{slug + u".kratos.yml"_s, yaml};
        result.files << ExportFile{jsonnetName, shippedTemplate(action, effectiveKey)};
        result.notes = Tr::tr("Copy %1 to /etc/config/kratos/ inside the Kratos container (or change the "
                              "file:// path), and merge "
                              "the snippet into kratos.yml by hand: a hooks list replaces the existing list, "
                              "so keep the hooks you "
                              "already have there. The `session` hook signs people in after sign-up; keep it "
                              "(Kratos runs it last). "
                              "config.id is left out because Kratos before v25.4 rejects it.")
                           .arg(jsonnetName) +
                       u"\n"_s + secretNote;
        if (!networkOnly.isEmpty())
            result.notes +=
                u"\n"_s + Tr::tr("Left out %1: SAML single sign-on exists only on Ory Network, and a "
                                 "self-hosted Kratos refuses a kratos.yml that has a saml hook list. The "
                                 "Ory CLI export and Push keep it for Ory Network projects.")
                              .arg(networkOnly.join(u", "_s));
        return result;
    }

    if (format == u"curl") {
        if (renderedBody.isEmpty())
            return Error{
                Tr::tr(
                    "The curl command sends the email exactly as rendered for the sample identity: open the "
                    "preview so Hookmail can render it first."),
                {},
                errorCodeName(ErrorCode::NeedsRender)};
        const QJsonObject body = secret ? withKey(renderedBody, key) : withKey(renderedBody, {});
        QString script = u"#!/bin/sh\n# Sends the email of the Hookmail action \""_s +
                         QString(action.name).replace(u'\n', u' ') +
                         u"\" through Mandrill, as Ory would.\n"_s;
        script += u"curl -sS -X POST "_s + shellQuote(action.url) +
                  u" -H 'Content-Type: application/json' --data @- <<'HOOKMAIL_BODY'\n"_s;
        script += QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        script += u"\nHOOKMAIL_BODY\n"_s;
        result.files << ExportFile{slug + u".curl.sh"_s, script.toUtf8()};
        result.notes =
            Tr::tr("Sends one real email to the recipients shown in the body.") + u"\n"_s +
            (secret ? Tr::tr("This command contains your Mandrill key in clear text; keep it private.")
                    : Tr::tr("Replace <MANDRILL_API_KEY> with your Mandrill key before running it."));
        return result;
    }

    return Error{Tr::tr("Unknown export format \"%1\"; use one of: %2.").arg(format, formats().join(u", "_s)),
                 {},
                 errorCodeName(ErrorCode::UnknownFormat)};
}

} // namespace hookmail
