#include "core/mtemplate/TemplateEmail.h"

#include "core/design/DesignGenerator.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MandrillTemplates)
};

Error wrongType(const QString &path, const QString &expected)
{
    return Error{
        Tr::tr("The field \"%1\" must be %2.").arg(path, expected), {}, errorCodeName(ErrorCode::WrongType)};
}

struct Field
{
    const char *name;
    QString MandrillTemplate::*member;
};

const QList<Field> &stringFields()
{
    static const QList<Field> fields = {
        {"slug", &MandrillTemplate::slug},
        {"name", &MandrillTemplate::name},
        {"code", &MandrillTemplate::code},
        {"subject", &MandrillTemplate::subject},
        {"from_email", &MandrillTemplate::fromEmail},
        {"from_name", &MandrillTemplate::fromName},
        {"text", &MandrillTemplate::text},
        {"publish_name", &MandrillTemplate::publishName},
        {"publish_code", &MandrillTemplate::publishCode},
        {"publish_subject", &MandrillTemplate::publishSubject},
        {"publish_from_email", &MandrillTemplate::publishFromEmail},
        {"publish_from_name", &MandrillTemplate::publishFromName},
        {"publish_text", &MandrillTemplate::publishText},
        {"published_at", &MandrillTemplate::publishedAt},
        {"created_at", &MandrillTemplate::createdAt},
        {"updated_at", &MandrillTemplate::updatedAt},
        {"draft_updated_at", &MandrillTemplate::draftUpdatedAt},
    };
    return fields;
}

QJsonObject fieldToJson(const TemplateField &f)
{
    QJsonObject o{{u"name"_s, f.name}};
    if (!f.value.field.isEmpty())
        o.insert(u"field"_s, f.value.field);
    if (!f.value.fallback.isEmpty())
        o.insert(u"fallback"_s, f.value.fallback);
    return o;
}

Result<QList<TemplateField>> fieldsFromJson(const QJsonValue &value, const QString &path)
{
    QList<TemplateField> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray())
        return wrongType(path, Tr::tr("a list"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = path + u'[' + QString::number(i) + u']';
        const QJsonObject o = array.at(i).toObject();
        if (!array.at(i).isObject() || !o.value(u"name"_s).isString())
            return wrongType(at, Tr::tr("an object with a \"name\" text"));
        for (const QString &key : {u"field"_s, u"fallback"_s}) {
            if (o.contains(key) && !o.value(key).isString())
                return wrongType(at + u'.' + key, Tr::tr("text"));
        }
        out << TemplateField{o.value(u"name"_s).toString(),
                             Placeholder{o.value(u"field"_s).toString(), o.value(u"fallback"_s).toString()}};
    }
    return out;
}

// A field an identity offers for a tag whose name says what it is.
QString guessField(const QString &tag, const QStringList &identityFields)
{
    QString n = tag.toLower();
    n.remove(u'_');
    n.remove(u'-');
    static const QList<std::pair<QStringList, QStringList>> guesses = {
        {{u"fname"_s, u"firstname"_s, u"first"_s, u"givenname"_s},
         {u"traits.name.first"_s, u"traits.first_name"_s, u"traits.firstName"_s, u"traits.given_name"_s}},
        {{u"lname"_s, u"lastname"_s, u"last"_s, u"familyname"_s, u"surname"_s},
         {u"traits.name.last"_s, u"traits.last_name"_s, u"traits.lastName"_s, u"traits.family_name"_s}},
        {{u"email"_s, u"emailaddress"_s, u"address"_s}, {u"address"_s}},
        {{u"name"_s, u"fullname"_s}, {u"traits.name"_s, u"traits.full_name"_s, u"traits.name.first"_s}},
        {{u"username"_s}, {u"traits.username"_s}},
        {{u"id"_s, u"userid"_s, u"identityid"_s}, {u"id"_s}},
        {{u"plan"_s}, {u"metadata_public.plan"_s}},
    };
    for (const auto &[names, fields] : guesses) {
        if (!names.contains(n))
            continue;
        for (const QString &field : fields) {
            if (identityFields.contains(field))
                return field;
        }
    }
    return {};
}

void syncList(QList<TemplateField> &list, const QStringList &names, Qt::CaseSensitivity cs,
              const QStringList &identityFields)
{
    QList<TemplateField> out;
    for (const QString &name : names) {
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const TemplateField &f) { return f.name.compare(name, cs) == 0; });
        if (it != list.end()) {
            TemplateField kept = *it;
            kept.name = name;
            out << kept;
            list.erase(it);
        } else {
            out << TemplateField{name, Placeholder{guessField(name, identityFields), {}}};
        }
    }
    for (const TemplateField &stale : std::as_const(list)) {
        if (stale.mapped())
            out << stale;
    }
    list = out;
}

} // namespace

bool MandrillTemplate::draftDiffers() const
{
    return code != publishCode || subject != publishSubject || fromEmail != publishFromEmail ||
           fromName != publishFromName || text != publishText;
}

bool MandrillTemplate::matches(const QString &search) const
{
    const QString s = search.trimmed();
    if (s.isEmpty())
        return true;
    if (name.contains(s, Qt::CaseInsensitive) || slug.contains(s, Qt::CaseInsensitive))
        return true;
    for (const QString &label : labels) {
        if (label.contains(s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonObject mandrillTemplateToJson(const MandrillTemplate &t)
{
    QJsonObject o;
    for (const Field &f : stringFields()) {
        const QString &v = t.*f.member;
        if (!v.isEmpty())
            o.insert(QLatin1String(f.name), v);
    }
    o.insert(u"labels"_s, QJsonArray::fromStringList(t.labels));
    o.insert(u"is_broken_template"_s, t.broken);
    if (t.isMailchimp())
        o.insert(u"mc_template_id"_s, double(t.mailchimpId));
    return o;
}

Result<MandrillTemplate> mandrillTemplateFromJson(const QJsonObject &json, const QString &where)
{
    MandrillTemplate t;
    for (const Field &f : stringFields()) {
        const QJsonValue v = json.value(QLatin1String(f.name));
        if (v.isString())
            t.*f.member = v.toString();
        else if (!v.isUndefined() && !v.isNull())
            return wrongType(where + u'.' + QLatin1String(f.name), Tr::tr("text"));
    }
    const QJsonValue labels = json.value(u"labels"_s);
    if (labels.isArray()) {
        for (const QJsonValue &l : labels.toArray()) {
            if (!l.isString())
                return wrongType(where + u".labels"_s, Tr::tr("a list of texts"));
            t.labels << l.toString();
        }
    } else if (!labels.isUndefined() && !labels.isNull()) {
        return wrongType(where + u".labels"_s, Tr::tr("a list of texts"));
    }
    t.broken = json.value(u"is_broken_template"_s).toBool();
    // mctemplates: a Mailchimp template has an id and a name instead of a slug.
    const QJsonValue mcId = json.value(u"mc_template_id"_s);
    if (mcId.isDouble() && mcId.toDouble() >= 1 && mcId.toDouble() < 9e15) {
        t.mailchimpId = qint64(mcId.toDouble());
        if (t.name.isEmpty())
            t.name = json.value(u"mc_template_name"_s).toString();
        // Mailchimp templates have no separate published subject/from: the defaults are the published ones.
        if (t.publishSubject.isEmpty())
            t.publishSubject = t.subject;
        if (t.publishFromEmail.isEmpty())
            t.publishFromEmail = t.fromEmail;
        if (t.publishFromName.isEmpty())
            t.publishFromName = t.fromName;
    }
    if (t.slug.isEmpty() && t.mailchimpId == 0)
        return wrongType(where + u".slug"_s, Tr::tr("the template's slug (text)"));
    return t;
}

QJsonObject templateEmailToJson(const TemplateEmail &email)
{
    QJsonObject json;
    json.insert(u"template"_s, mandrillTemplateToJson(email.source));
    json.insert(u"mergeLanguage"_s, mergeLanguageName(email.mergeLanguage));
    QJsonArray vars, regions;
    for (const TemplateField &f : email.mergeVars)
        vars.append(fieldToJson(f));
    for (const TemplateField &f : email.regions)
        regions.append(fieldToJson(f));
    json.insert(u"mergeVars"_s, vars);
    json.insert(u"regions"_s, regions);
    EmailDesign envelopeOnly;
    envelopeOnly.envelope = email.envelope;
    json.insert(u"envelope"_s, designToJson(envelopeOnly).value(u"envelope"_s));
    return json;
}

Result<TemplateEmail> templateEmailFromJson(const QJsonObject &json, const QString &path)
{
    TemplateEmail email;
    const QString p = path + u'.';
    const QJsonValue source = json.value(u"template"_s);
    if (!source.isObject())
        return wrongType(p + u"template"_s, Tr::tr("an object"));
    auto parsed = mandrillTemplateFromJson(source.toObject(), p + u"template"_s);
    if (!parsed)
        return parsed.error();
    email.source = parsed.value();
    bool ok = false;
    email.mergeLanguage = mergeLanguageFromName(json.value(u"mergeLanguage"_s).toString(), &ok);
    if (!ok)
        return Error{Tr::tr("The field \"%1mergeLanguage\" must be \"mailchimp\" or \"handlebars\".").arg(p),
                     {},
                     errorCodeName(ErrorCode::BadValue)};
    auto vars = fieldsFromJson(json.value(u"mergeVars"_s), p + u"mergeVars"_s);
    if (!vars)
        return vars.error();
    email.mergeVars = vars.value();
    auto regions = fieldsFromJson(json.value(u"regions"_s), p + u"regions"_s);
    if (!regions)
        return regions.error();
    email.regions = regions.value();
    const QJsonValue envelope = json.value(u"envelope"_s);
    if (!envelope.isUndefined() && !envelope.isNull()) {
        if (!envelope.isObject())
            return wrongType(p + u"envelope"_s, Tr::tr("an object"));
        auto design = designFromJson(QJsonObject{{u"envelope"_s, envelope}}, path);
        if (!design)
            return design.error();
        email.envelope = design->envelope;
    }
    return email;
}

void syncTemplateFields(TemplateEmail &email, const QStringList &identityFields)
{
    const TemplateScan scan = email.scan();
    const bool mailchimp = email.mergeLanguage == MergeLanguage::Mailchimp;
    syncList(email.mergeVars, scan.tagsFor(email.mergeLanguage),
             mailchimp ? Qt::CaseInsensitive : Qt::CaseSensitive, identityFields);
    // Regions take HTML; they start unmapped (the template's own default content stays).
    QList<TemplateField> regions;
    for (const QString &name : scan.editRegions) {
        auto it = std::find_if(email.regions.begin(), email.regions.end(),
                               [&](const TemplateField &f) { return f.name == name; });
        regions << (it != email.regions.end() ? *it : TemplateField{name, {}});
    }
    for (const TemplateField &f : std::as_const(email.regions)) {
        if (f.mapped() && !scan.editRegions.contains(f.name))
            regions << f;
    }
    email.regions = regions;
}

} // namespace hookmail
