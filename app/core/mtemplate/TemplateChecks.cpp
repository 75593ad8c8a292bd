#include "core/mtemplate/TemplateChecks.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MandrillTemplates)
};

TemplateFinding make(TemplateFinding::Severity s, const QString &code, const QString &message)
{
    return TemplateFinding{s, code, message};
}

QString written(const QString &tag, MergeLanguage language)
{
    return language == MergeLanguage::Handlebars ? u"{{"_s + tag + u"}}"_s : u"*|"_s + tag + u"|*"_s;
}

} // namespace

QList<TemplateFinding> templateStaticFindings(const TemplateEmail &email)
{
    using S = TemplateFinding::Severity;
    QList<TemplateFinding> out;
    const MandrillTemplate &t = email.source;
    if (t.slug.isEmpty() && !t.isMailchimp()) {
        out << make(S::Error, u"template-missing"_s,
                    Tr::tr("No Mandrill template is chosen. Pick one under “Mandrill template”."));
        return out;
    }
    if (t.isMailchimp())
        out << make(
            S::Error, u"template-mailchimp"_s,
            Tr::tr("“%1” is a Mailchimp template. messages/send-template sends Mandrill templates: in "
                   "Mailchimp use “Send To Mandrill” on it, then pick the Mandrill copy here.")
                .arg(t.displayName()));
    if (!t.isPublished())
        out << make(S::Error, u"template-draft-only"_s,
                    Tr::tr("The template “%1” is only a draft: Mandrill sends the published version, so "
                           "sending fails until it is published (Mandrill → Templates → Publish).")
                        .arg(t.displayName()));
    else if (t.draftDiffers())
        out << make(S::Info, u"template-draft-differs"_s,
                    Tr::tr("The template “%1” has unpublished changes in Mandrill. Emails use the version "
                           "published %2, which is what the preview shows.")
                        .arg(t.displayName(), t.publishedAt));
    if (t.broken)
        out << make(S::Error, u"template-broken"_s,
                    Tr::tr("Mandrill marks the template “%1” as broken (its code has errors). Fix it in "
                           "Mandrill before sending.")
                        .arg(t.displayName()));

    const TemplateScan scan = email.scan();
    const MergeLanguage lang = email.mergeLanguage;
    const MergeLanguage other =
        lang == MergeLanguage::Mailchimp ? MergeLanguage::Handlebars : MergeLanguage::Mailchimp;
    const QStringList own = scan.tagsFor(lang);
    const QStringList foreign = scan.tagsFor(other);
    if (!foreign.isEmpty()) {
        QStringList shown;
        for (const QString &tag : foreign.mid(0, 3))
            shown << written(tag, other);
        out << make(
            own.isEmpty() ? S::Error : S::Warning, u"merge-language"_s,
            Tr::tr("The template writes merge tags as %1 (%2), but the email is sent with the %3 merge "
                   "language, so Mandrill would leave them as they are. Choose the %4 merge "
                   "language.")
                .arg(lang == MergeLanguage::Mailchimp ? u"{{…}}"_s : u"*|…|*"_s, shown.join(u", "_s),
                     mergeLanguageName(lang), mergeLanguageName(other)));
    }
    const Qt::CaseSensitivity cs = lang == MergeLanguage::Mailchimp ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const QString &tag : own) {
        const auto it = std::find_if(email.mergeVars.begin(), email.mergeVars.end(),
                                     [&](const TemplateField &f) { return f.name.compare(tag, cs) == 0; });
        if (it == email.mergeVars.end() || !it->mapped())
            out << make(S::Warning, u"unmapped-tag"_s,
                        Tr::tr("The template's field %1 gets no value, so Mandrill leaves it blank. Choose a "
                               "field of the person (or a fixed text) for it.")
                            .arg(written(tag, lang)));
    }
    for (const TemplateField &f : email.mergeVars) {
        if (f.mapped() && !own.contains(f.name, cs))
            out << make(S::Warning, u"unused-mapping"_s,
                        Tr::tr("%1 is filled in, but the published template does not use it (any more). "
                               "Remove it, or publish the template version that uses it.")
                            .arg(written(f.name, lang)));
    }
    for (const TemplateField &f : email.regions) {
        if (f.mapped() && !scan.editRegions.contains(f.name))
            out << make(S::Warning, u"unused-region"_s,
                        Tr::tr("The editable region “%1” is filled in, but the published template has no "
                               "such region (mc:edit).")
                            .arg(f.name));
    }
    if (t.publishFromEmail.isEmpty() && email.envelope.fromEmail.trimmed().isEmpty())
        out << make(S::Error, u"template-no-sender"_s,
                    Tr::tr("Neither the template nor the email sets a sender address. Enter a “From” "
                           "address (a verified sending domain in Mandrill)."));
    bool subjectOverride = false;
    for (const Inline &run : email.envelope.subject)
        subjectOverride = subjectOverride || run.placeholder || !run.text.trimmed().isEmpty();
    if (t.publishSubject.isEmpty() && !subjectOverride)
        out << make(S::Warning, u"template-no-subject"_s,
                    Tr::tr("Neither the template nor the email sets a subject; the email would have none."));
    if (!scan.unsupported.isEmpty())
        out << make(S::Info, u"template-not-previewed"_s,
                    Tr::tr("The preview shows these parts of the template as written, because Hookmail does "
                           "not render them locally: %1. Use “Render on Mandrill” to see them filled.")
                        .arg(scan.unsupported.mid(0, 5).join(u", "_s)));
    return out;
}

QList<TemplateFinding> templateBodyFindings(const TemplateEmail &email, const QJsonObject &body)
{
    QList<TemplateFinding> out;
    const QJsonObject message = body.value(u"message"_s).toObject();
    for (const QJsonValue &v : message.value(u"global_merge_vars"_s).toArray()) {
        if (v.toObject().value(u"content"_s).toString().trimmed().isEmpty())
            out << make(TemplateFinding::Severity::Warning, u"empty-tag"_s,
                        Tr::tr("%1 is empty for this person, so that part of the email is blank. Add a "
                               "fallback to it.")
                            .arg(written(v.toObject().value(u"name"_s).toString(), email.mergeLanguage)));
    }
    return out;
}

} // namespace hookmail
