#include "core/model/Project.h"

#include "core/design/DesignGenerator.h"
#include "core/model/FormMigration.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/TemplateGenerator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
const QString kFormat = u"hookmail-project"_s;

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Project)
};

Error wrongType(const QString &path, const QString &expected)
{
    return Error{
        Tr::tr("The field \"%1\" must be %2.").arg(path, expected), {}, errorCodeName(ErrorCode::WrongType)};
}

// Reads json[key] (absent or null → keeps *target) and checks its type; errors name the field path.
std::optional<Error> readString(const QJsonObject &json, const QString &key, const QString &path,
                                QString *target)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString())
        return wrongType(path + key, Tr::tr("text"));
    *target = v.toString();
    return std::nullopt;
}

std::optional<Error> readBool(const QJsonObject &json, const QString &key, const QString &path, bool *target)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool())
        return wrongType(path + key, Tr::tr("true or false"));
    *target = v.toBool();
    return std::nullopt;
}

std::optional<Error> readObject(const QJsonObject &json, const QString &key, const QString &path,
                                QJsonObject *target)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject())
        return wrongType(path + key, Tr::tr("an object"));
    *target = v.toObject();
    return std::nullopt;
}

std::optional<Error> readStringList(const QJsonObject &json, const QString &key, const QString &path,
                                    QStringList *target)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        return wrongType(path + key, Tr::tr("a list of texts"));
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return wrongType(path + key + u'[' + QString::number(i) + u']', Tr::tr("text"));
        out << array.at(i).toString();
    }
    *target = out;
    return std::nullopt;
}

QJsonObject actionToJson(const Action &action)
{
    QJsonObject json;
    json.insert(u"id"_s, action.id);
    json.insert(u"name"_s, action.name);
    QJsonArray points;
    for (const HookPoint &point : action.hookPoints)
        points.append(point.toString());
    json.insert(u"hookPoints"_s, points);
    json.insert(u"mode"_s, action.mode == EditMode::Design     ? u"design"_s
                           : action.mode == EditMode::Template ? u"template"_s
                                                               : u"code"_s);
    // A code-mode action keeps the design it came from (switching back needs it); a hand-written one has
    // none.
    if (action.mode == EditMode::Design || action.design != EmailDesign{})
        json.insert(u"design"_s, designToJson(action.design));
    if (action.mode == EditMode::Template || action.mandrillTemplate != TemplateEmail{})
        json.insert(u"mandrillTemplate"_s, templateEmailToJson(action.mandrillTemplate));
    json.insert(u"template"_s, action.templateSource);
    json.insert(u"url"_s, action.url);
    json.insert(u"method"_s, action.method);
    json.insert(u"response"_s,
                QJsonObject{{u"ignore"_s, action.responseIgnore}, {u"parse"_s, action.responseParse}});
    json.insert(u"hookId"_s, action.hookId);
    return json;
}

Result<Action> actionFromJson(const QJsonObject &json, const QString &path, qint64 version)
{
    Action action;
    const QString p = path + u'.';
    for (const auto &[key, target] :
         {std::pair{u"id"_s, &action.id}, std::pair{u"name"_s, &action.name},
          std::pair{u"template"_s, &action.templateSource}, std::pair{u"url"_s, &action.url},
          std::pair{u"method"_s, &action.method}, std::pair{u"hookId"_s, &action.hookId}}) {
        if (auto error = readString(json, key, p, target))
            return *error;
    }
    QStringList points;
    if (auto error = readStringList(json, u"hookPoints"_s, p, &points))
        return *error;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const auto point = HookPoint::parse(points.at(i));
        if (!point)
            return Error{
                Tr::tr("The field \"%1hookPoints[%2]\" holds \"%3\", which is not a place Ory runs hooks "
                       "(expected e.g. \"registration/after/password\").")
                    .arg(p)
                    .arg(i)
                    .arg(points.at(i)),
                {},
                errorCodeName(ErrorCode::BadValue)};
        action.hookPoints << *point;
    }
    QString mode = u"code"_s;
    if (auto error = readString(json, u"mode"_s, p, &mode))
        return *error;
    if (version < 2) {
        // Version 1: "form" or "code", and a "form" object. A form-mode action becomes a design holding its
        // texts; a code-mode action stays code (its form was only kept to offer switching back, which needed
        // the code to be exactly what the old form generator wrote - never true for the designer's code).
        if (mode != u"form" && mode != u"code")
            return Error{
                Tr::tr("The field \"%1mode\" must be \"form\" or \"code\", not \"%2\".").arg(p, mode),
                {},
                errorCodeName(ErrorCode::BadValue)};
        QJsonObject form;
        if (auto error = readObject(json, u"form"_s, p, &form))
            return *error;
        auto parsed = formFromJson(form, p + u"form"_s);
        if (!parsed)
            return parsed.error();
        if (mode == u"form") {
            action.mode = EditMode::Design;
            action.design = designFromForm(parsed.value());
        }
    } else {
        // "template" exists from version 3 on.
        if (mode != u"design" && mode != u"code" && (mode != u"template" || version < 3))
            return Error{
                version < 3
                    ? Tr::tr("The field \"%1mode\" must be \"design\" or \"code\", not \"%2\".").arg(p, mode)
                    : Tr::tr("The field \"%1mode\" must be \"design\", \"code\" or \"template\", not \"%2\".")
                          .arg(p, mode),
                {},
                errorCodeName(ErrorCode::BadValue)};
        action.mode = mode == u"design"     ? EditMode::Design
                      : mode == u"template" ? EditMode::Template
                                            : EditMode::Code;
        QJsonObject design;
        if (auto error = readObject(json, u"design"_s, p, &design))
            return *error;
        if (json.contains(u"design"_s)) {
            auto parsed = designFromJson(design, p + u"design"_s);
            if (!parsed)
                return parsed.error();
            action.design = parsed.value();
        }
        QJsonObject mandrillTemplate;
        if (auto error = readObject(json, u"mandrillTemplate"_s, p, &mandrillTemplate))
            return *error;
        if (json.contains(u"mandrillTemplate"_s)) {
            auto parsed = templateEmailFromJson(mandrillTemplate, p + u"mandrillTemplate"_s);
            if (!parsed)
                return parsed.error();
            action.mandrillTemplate = parsed.value();
        } else if (action.mode == EditMode::Template) {
            return Error{
                Tr::tr("The action \"%1\" sends a Mandrill template but names none (\"%2mandrillTemplate\" "
                       "is missing).")
                    .arg(action.name, p),
                {},
                errorCodeName(ErrorCode::BadValue)};
        }
    }
    QJsonObject response;
    if (auto error = readObject(json, u"response"_s, p, &response))
        return *error;
    if (auto error = readBool(response, u"ignore"_s, p + u"response."_s, &action.responseIgnore))
        return *error;
    if (auto error = readBool(response, u"parse"_s, p + u"response."_s, &action.responseParse))
        return *error;
    return action;
}
} // namespace

const Action *Project::findAction(const QString &nameOrId) const
{
    for (const Action &action : actions) {
        if (action.id == nameOrId)
            return &action;
    }
    for (const Action &action : actions) {
        if (action.name == nameOrId)
            return &action;
    }
    for (const Action &action : actions) {
        if (action.name.compare(nameOrId, Qt::CaseInsensitive) == 0)
            return &action;
    }
    return nullptr;
}

QJsonObject projectToJson(const Project &project)
{
    QJsonObject json;
    json.insert(u"format"_s, kFormat);
    json.insert(u"version"_s, Project::currentFormatVersion);
    QJsonArray actions;
    for (const Action &action : project.actions)
        actions.append(actionToJson(action));
    json.insert(u"actions"_s, actions);
    json.insert(u"identityPreset"_s, project.identityPreset);
    json.insert(u"sampleIdentity"_s, project.sampleIdentity);
    json.insert(u"sampleLocale"_s, project.sampleLocale);
    json.insert(u"transientPayload"_s, project.transientPayload);
    if (project.headerAllowlist)
        json.insert(u"requestHeaderAllowlist"_s, headerAllowlistToJson(*project.headerAllowlist));
    json.insert(u"testRecipients"_s, QJsonArray::fromStringList(project.testRecipients));
    json.insert(u"oryProjectId"_s, project.oryProjectId);
    json.insert(u"theme"_s, themeToJson(project.theme));
    return json;
}

Result<Project> projectFromJson(const QJsonObject &json)
{
    const QJsonValue format = json.value(u"format"_s);
    if (format.toString() != kFormat)
        return Error{
            format.isUndefined() ? Tr::tr("It is not a Hookmail project: the \"format\" field is missing.")
            : format.isString()
                ? Tr::tr("It is not a Hookmail project: its \"format\" is \"%1\", expected \"%2\".")
                      .arg(format.toString(), kFormat)
                : Tr::tr("It is not a Hookmail project: its \"format\" field is not \"%1\".").arg(kFormat),
            {},
            errorCodeName(ErrorCode::WrongFormat)};
    const QJsonValue versionValue = json.value(u"version"_s);
    if (versionValue.isUndefined())
        return Error{Tr::tr("The project has no format version (the \"version\" field is missing)."),
                     {},
                     errorCodeName(ErrorCode::NoVersion)};
    const double versionNumber = versionValue.toDouble(-1);
    // Range-check before converting: casting a double outside qint64's range is undefined behaviour (found by
    // fuzzing: "version": 3.3e50). Anything this large is simply a version from the future.
    if (!versionValue.isDouble() || !std::isfinite(versionNumber) ||
        std::floor(versionNumber) != versionNumber)
        return wrongType(u"version"_s, Tr::tr("a whole number"));
    const qint64 version = versionNumber > 1e9    ? qint64(1e9)
                           : versionNumber < -1e9 ? qint64(-1e9)
                                                  : qint64(versionNumber);
    if (version > Project::currentFormatVersion)
        return Error{
            Tr::tr("The project was written by a newer Hookmail (format version %1, this version reads up to "
                   "%2). Update Hookmail to open it.")
                .arg(version)
                .arg(Project::currentFormatVersion),
            {},
            errorCodeName(ErrorCode::FutureVersion)};
    if (version < 1)
        return Error{Tr::tr("The project has an invalid format version (%1).").arg(version),
                     {},
                     errorCodeName(ErrorCode::BadValue)};

    Project project;
    const QJsonValue actions = json.value(u"actions"_s);
    if (!actions.isUndefined() && !actions.isNull() && !actions.isArray())
        return wrongType(u"actions"_s, Tr::tr("a list of actions"));
    const QJsonArray actionArray = actions.toArray();
    for (qsizetype i = 0; i < actionArray.size(); ++i) {
        const QString path = u"actions["_s + QString::number(i) + u']';
        if (!actionArray.at(i).isObject())
            return wrongType(path, Tr::tr("an object"));
        auto action = actionFromJson(actionArray.at(i).toObject(), path, version);
        if (!action)
            return action.error();
        project.actions << action.value();
    }
    if (auto error = readString(json, u"identityPreset"_s, {}, &project.identityPreset))
        return *error;
    if (auto error = readObject(json, u"sampleIdentity"_s, {}, &project.sampleIdentity))
        return *error;
    if (auto error = readString(json, u"sampleLocale"_s, {}, &project.sampleLocale))
        return *error;
    if (auto error = readObject(json, u"transientPayload"_s, {}, &project.transientPayload))
        return *error;
    if (const QJsonValue allowlist = json.value(u"requestHeaderAllowlist"_s);
        !allowlist.isUndefined() && !allowlist.isNull()) {
        Result<RequestHeaderAllowlist> parsed = headerAllowlistFromJson(allowlist);
        if (!parsed)
            return parsed.error();
        project.headerAllowlist = parsed.value();
    }
    if (auto error = readStringList(json, u"testRecipients"_s, {}, &project.testRecipients))
        return *error;
    if (auto error = readString(json, u"oryProjectId"_s, {}, &project.oryProjectId))
        return *error;
    QJsonObject theme;
    if (auto error = readObject(json, u"theme"_s, {}, &theme))
        return *error;
    auto parsedTheme = themeFromJson(theme, u"theme"_s);
    if (!parsedTheme)
        return parsedTheme.error();
    project.theme = parsedTheme.value();
    // The design is the source of truth of a design-mode email: its template is regenerated, so a file saved
    // by an older generator (or written by hand without a template) gets what this version generates.
    regenerateTemplates(project);
    return project;
}

Project defaultProject()
{
    Project project;
    QFile file(u":/hookmail/default.hookmail"_s);
    if (file.open(QIODevice::ReadOnly)) {
        auto parsed = projectFromJson(QJsonDocument::fromJson(file.readAll()).object());
        Q_ASSERT_X(parsed.ok(), "defaultProject", qPrintable(parsed.error().message));
        if (parsed)
            project = parsed.value();
    }
    if (project.actions.isEmpty())
        project.actions << newAction(Tr::tr("Welcome email"));
    // Every new project gets its own ids, so two projects made from the default never share a hook id in Ory.
    for (Action &action : project.actions) {
        const Action fresh = newAction(action.name);
        action.id = fresh.id;
        action.hookId = fresh.hookId;
    }
    if (project.identityPreset.isEmpty())
        project.identityPreset = u"default"_s;
    if (project.sampleIdentity.isEmpty()) {
        if (const auto preset = findIdentityPreset(project.identityPreset)) {
            project.sampleIdentity = preset->identity;
            if (!preset->locale.isEmpty())
                project.sampleLocale = preset->locale;
        }
    }
    return project;
}

Action newAction(const QString &name, const Theme &theme)
{
    Action action;
    action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.name = name;
    action.hookId = u"hookmail-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    action.hookPoints = {*HookPoint::parse(u"registration/after/password"_s),
                         *HookPoint::parse(u"registration/after/oidc"_s)};
    action.mode = EditMode::Design;
    action.design = defaultWelcomeDesign();
    action.templateSource = DesignGenerator::jsonnet(action.design, theme);
    return action;
}

bool regenerateTemplate(Action &action, const Theme &theme)
{
    if (action.mode == EditMode::Template) {
        QString source = TemplateGenerator::jsonnet(action.mandrillTemplate);
        QString url = TemplateGenerator::sendTemplateUrl(action.url);
        if (source == action.templateSource && url == action.url)
            return false;
        action.templateSource = std::move(source);
        action.url = std::move(url);
        return true;
    }
    if (action.mode != EditMode::Design)
        return false;
    QString source = DesignGenerator::jsonnet(action.design, theme);
    // Back from a Mandrill template: the designed email is sent with messages/send again.
    const bool fromTemplate = action.url.endsWith(u"/messages/send-template"_s);
    if (source == action.templateSource && !fromTemplate)
        return false;
    action.templateSource = std::move(source);
    if (fromTemplate)
        action.url.chop(9); // "-template"
    return true;
}

bool regenerateTemplates(Project &project)
{
    bool changed = false;
    for (Action &action : project.actions)
        changed = regenerateTemplate(action, project.theme) || changed;
    return changed;
}

} // namespace hookmail
