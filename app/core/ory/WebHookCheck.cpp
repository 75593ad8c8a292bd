#include "core/ory/WebHookCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WebHookCheck)
};

// Keys of each object with additionalProperties:false in the schema, and their JSON types.
struct Field
{
    const char16_t *name;
    QJsonValue::Type type;
    bool required;
};

void checkObject(const QJsonObject &object, std::initializer_list<Field> fields, const QString &where,
                 const QString &unknownCode, QList<WebHookProblem> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const Field &f : fields)
            known = known || it.key() == QStringView(f.name);
        if (!known)
            out.append(
                {unknownCode, Tr::tr("“%1” is not a setting Ory knows in %2; Ory refuses the configuration.")
                                  .arg(it.key(), where)});
    }
    for (const Field &f : fields) {
        const QString name = QString::fromUtf16(f.name);
        if (!object.contains(name)) {
            if (f.required)
                out.append({unknownCode == u"auth-unknown-key" ? u"auth-missing"_s : u"no-"_s + name,
                            Tr::tr("%1 has no “%2”, which Ory requires.").arg(where, name)});
            continue;
        }
        if (object.value(name).type() != f.type)
            out.append({u"wrong-type"_s, Tr::tr("“%1” in %2 has the wrong type.").arg(name, where)});
    }
}

} // namespace

QList<WebHookProblem> webHookProblems(const QJsonValue &hook)
{
    QList<WebHookProblem> out;
    const QJsonObject o = hook.toObject();
    if (o.value(u"hook"_s).toString() != u"web_hook")
        return out;
    const QString where = Tr::tr("the hook's settings");
    if (!o.value(u"config"_s).isObject()) {
        out.append({u"not-an-object"_s, Tr::tr("The web_hook has no settings (“config”); Ory refuses it.")});
        return out;
    }
    const QJsonObject config = o.value(u"config"_s).toObject();
    using T = QJsonValue::Type;
    checkObject(config,
                {{u"id", T::String, false},
                 {u"url", T::String, true},
                 {u"method", T::String, true},
                 {u"headers", T::Object, false},
                 {u"body", T::String, false},
                 {u"auth", T::Object, false},
                 {u"response", T::Object, false},
                 {u"can_interrupt", T::Bool, false},
                 {u"emit_analytics_event", T::Bool, false}},
                where, u"unknown-key"_s, out);
    const QJsonObject headers = config.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (!it.value().isString())
            out.append(
                {u"wrong-type"_s, Tr::tr("The header “%1” is not text; Ory refuses it.").arg(it.key())});
    }
    const QJsonObject response = config.value(u"response"_s).toObject();
    checkObject(response, {{u"ignore", T::Bool, false}, {u"parse", T::Bool, false}}, Tr::tr("“response”"),
                u"unknown-key"_s, out);
    const bool ignore = response.value(u"ignore"_s).toBool(false);
    if (ignore && response.value(u"parse"_s).toBool(false))
        out.append({u"ignore-and-parse"_s,
                    Tr::tr("It both ignores and parses the response, which Ory does not allow (an ignored "
                           "response runs in the background and cannot be parsed).")});
    if (ignore && config.value(u"can_interrupt"_s).toBool(false))
        out.append(
            {u"ignore-and-can-interrupt"_s,
             Tr::tr("It ignores the response but may interrupt the flow (“can_interrupt”); Ory does not "
                    "allow both.")});
    if (config.contains(u"auth"_s) && config.value(u"auth"_s).isObject()) {
        const QJsonObject auth = config.value(u"auth"_s).toObject();
        const QString type = auth.value(u"type"_s).toString();
        const QJsonObject authConfig = auth.value(u"config"_s).toObject();
        if (type == u"api_key" || type == u"basic_auth") {
            checkObject(auth, {{u"type", T::String, true}, {u"config", T::Object, true}},
                        Tr::tr("its authentication"), u"auth-unknown-key"_s, out);
            const QString what = type == u"api_key" ? Tr::tr("its API key authentication (api_key)")
                                                    : Tr::tr("its basic authentication (basic_auth)");
            if (!auth.value(u"config"_s).isObject()) {
                // Said above: it has no settings to check.
            } else if (type == u"api_key") {
                checkObject(
                    authConfig,
                    {{u"name", T::String, true}, {u"value", T::String, true}, {u"in", T::String, true}}, what,
                    u"auth-unknown-key"_s, out);
                const QString in = authConfig.value(u"in"_s).toString();
                if (authConfig.value(u"in"_s).isString() && in != u"header" && in != u"cookie")
                    out.append({u"auth-in"_s,
                                Tr::tr("Its API key is sent “in: %1”; Ory accepts only “header” or “cookie”.")
                                    .arg(in)});
            } else {
                checkObject(authConfig, {{u"user", T::String, true}, {u"password", T::String, true}}, what,
                            u"auth-unknown-key"_s, out);
            }
        } else {
            out.append({u"auth-type"_s,
                        auth.contains(u"type"_s)
                            ? Tr::tr("Its authentication type “%1” is unknown to Ory (only api_key and "
                                     "basic_auth exist).")
                                  .arg(auth.value(u"type"_s).toVariant().toString())
                            : Tr::tr("Its authentication has no type (api_key or basic_auth).")});
        }
    }
    if (!config.contains(u"body"_s))
        out.append({u"no-body"_s,
                    Tr::tr("It has no body: Ory fails it every time it runs (“got empty template path for "
                           "request with body”)."),
                    false});
    return out;
}

} // namespace hookmail
