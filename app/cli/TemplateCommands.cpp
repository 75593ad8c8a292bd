// hookmail mandrill templates / template NAME: the Mandrill templates of the account and what one of them
// needs (merge tags, editable regions, whether it is published) — the same core calls the GUI's template
// picker makes.
#include "Cli.h"
#include "CliKeys.h"
#include "Commands.h"
#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/mandrill/MandrillClient.h"
#include "core/model/SampleContext.h"
#include "core/mtemplate/TemplateChecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hookmail::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printJson(QTextStream &out, const QJsonObject &o)
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int fail(const Error &e, bool json, QTextStream &out, QTextStream &err, int code = Failure)
{
    if (json) {
        QJsonObject error{{u"message"_s, e.message}, {u"code"_s, e.code}};
        if (!e.detail.isEmpty())
            error.insert(u"detail"_s, e.detail);
        printJson(out, QJsonObject{{u"ok"_s, false}, {u"error"_s, error}});
    } else {
        err << "hookmail: " << e.message << '\n';
        if (!e.detail.isEmpty())
            err << "  (" << e.detail << ")\n";
    }
    return code;
}

QString state(const MandrillTemplate &t)
{
    if (!t.isPublished())
        return Tr::tr("draft only");
    if (t.draftDiffers())
        return Tr::tr("published %1, draft differs").arg(t.publishedAt);
    return Tr::tr("published %1").arg(t.publishedAt);
}

int usage(QTextStream &out)
{
    out << "Usage: hookmail mandrill templates [--json] [SEARCH]\n"
           "  or:  hookmail mandrill template [--json] SLUG\n\n"
           "templates  Lists the account's Mandrill templates (templates/list) and its Mailchimp templates\n"
           "           (mctemplates/list): name, slug, labels, published date and whether the draft "
           "differs.\n"
           "           SEARCH filters by name, slug or label.\n"
           "template   Shows one template (templates/info): its merge tags in both merge languages, its\n"
           "           editable regions (mc:edit), whether it is published, and which field of the sample\n"
           "           person Hookmail would fill each tag with.\n\n"
           "The key comes from HOOKMAIL_MANDRILL_KEY, else from the keychain (saved in the app).\n"
           "The base URL comes from HOOKMAIL_MANDRILL_URL, else from the settings.\n\n"
           "Exit status: 0 ok; 1 Mandrill refused or could not be reached, or the template is a draft only;\n"
           "2 usage error.\n";
    return Success;
}

} // namespace

int runMandrill(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QStringList rest = args;
    const bool json = rest.removeAll(u"--json"_s) > 0;
    if (rest.isEmpty() || rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        if (rest.isEmpty()) {
            err << "hookmail mandrill: " << Tr::tr("say what to show: templates or template SLUG")
                << "\nTry 'hookmail mandrill --help'.\n";
            return UsageError;
        }
        return usage(out);
    }
    const QString what = rest.takeFirst();
    if (what != u"templates" && what != u"template") {
        err << "hookmail mandrill: " << Tr::tr("unknown subcommand “%1” (templates or template)").arg(what)
            << "\nTry 'hookmail mandrill --help'.\n";
        return UsageError;
    }
    if (what == u"template" && rest.size() != 1) {
        err << "hookmail mandrill template: " << Tr::tr("give exactly one template slug") << '\n';
        return UsageError;
    }
    if (what == u"templates" && rest.size() > 1) {
        err << "hookmail mandrill templates: " << Tr::tr("at most one search text") << '\n';
        return UsageError;
    }
    MandrillClient client;
    int code = Success;
    const auto key = prepareMandrillClient(client, json, out, err, &code);
    if (!key)
        return code;

    if (what == u"templates") {
        const auto list = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](MandrillClient::Callback<QList<MandrillTemplate>> cb) { client.templates(key->value, cb); });
        if (!list)
            return fail(list.error(), json, out, err);
        QList<MandrillTemplate> all = list.value();
        // Mailchimp templates are optional: an account without them (or a key without that permission)
        // still lists its Mandrill templates.
        const auto mc = MandrillClient::wait<QList<MandrillTemplate>>(
            [&](MandrillClient::Callback<QList<MandrillTemplate>> cb) {
                client.mailchimpTemplates(key->value, cb);
            });
        if (mc)
            all += mc.value();
        const QList<MandrillTemplate> shown = filterTemplates(all, rest.value(0));
        if (json) {
            QJsonArray items;
            for (const MandrillTemplate &t : shown)
                items.append(QJsonObject{{u"name"_s, t.displayName()},
                                         {u"slug"_s, t.slug},
                                         {u"mailchimp"_s, t.isMailchimp()},
                                         {u"labels"_s, QJsonArray::fromStringList(t.labels)},
                                         {u"published_at"_s, t.publishedAt},
                                         {u"published"_s, t.isPublished()},
                                         {u"draft_differs"_s, t.isPublished() && t.draftDiffers()}});
            QJsonObject o{{u"ok"_s, true}, {u"templates"_s, items}};
            if (!mc)
                o.insert(u"mailchimp_templates_error"_s, mc.error().message);
            printJson(out, o);
            return Success;
        }
        if (shown.isEmpty())
            out << (all.isEmpty() ? Tr::tr("The account has no templates.") : Tr::tr("No template matches."))
                << '\n';
        for (const MandrillTemplate &t : shown) {
            out << t.displayName();
            if (!t.isMailchimp() && t.slug != t.displayName())
                out << "  (" << t.slug << ')';
            if (t.isMailchimp())
                out << "  " << Tr::tr("[Mailchimp template %1]").arg(t.mailchimpId);
            out << "  — " << state(t);
            if (!t.labels.isEmpty())
                out << "  " << Tr::tr("labels: %1").arg(t.labels.join(u", "_s));
            out << '\n';
        }
        if (!mc)
            out << Tr::tr("Mailchimp templates not listed: %1").arg(mc.error().message) << '\n';
        return Success;
    }

    const QString slug = rest.first();
    const auto info = MandrillClient::wait<MandrillTemplate>(
        [&](MandrillClient::Callback<MandrillTemplate> cb) { client.templateInfo(key->value, slug, cb); });
    if (!info)
        return fail(info.error(), json, out, err);
    TemplateEmail email;
    email.source = info.value();
    // The draft's tags when nothing is published, so a draft can be prepared before it goes live.
    const QStringList parts =
        email.source.isPublished()
            ? email.source.publishedParts()
            : QStringList{email.source.code, email.source.text, email.source.subject, email.source.fromName};
    const TemplateScan scan = scanTemplate(parts);
    email.mergeLanguage = scan.likelyLanguage();
    const QJsonObject identity = findIdentityPreset(u"default"_s)->identity;
    syncTemplateFields(email, DesignGenerator::placeholderFields(identity));
    const QList<TemplateFinding> findings = templateStaticFindings(email);
    const bool draftOnly = !email.source.isPublished();
    if (json) {
        QJsonArray fields;
        for (const TemplateField &f : email.mergeVars)
            fields.append(QJsonObject{{u"tag"_s, f.name}, {u"suggested_field"_s, f.value.field}});
        QJsonArray found;
        for (const TemplateFinding &f : findings)
            found.append(QJsonObject{{u"code"_s, f.code}, {u"message"_s, f.message}});
        printJson(out, QJsonObject{{u"ok"_s, !draftOnly},
                                   {u"slug"_s, email.source.slug},
                                   {u"name"_s, email.source.displayName()},
                                   {u"published"_s, !draftOnly},
                                   {u"published_at"_s, email.source.publishedAt},
                                   {u"merge_language"_s, mergeLanguageName(email.mergeLanguage)},
                                   {u"mailchimp_tags"_s, QJsonArray::fromStringList(scan.mailchimpTags)},
                                   {u"handlebars_tags"_s, QJsonArray::fromStringList(scan.handlebarsTags)},
                                   {u"regions"_s, QJsonArray::fromStringList(scan.editRegions)},
                                   {u"not_previewed"_s, QJsonArray::fromStringList(scan.unsupported)},
                                   {u"fields"_s, fields},
                                   {u"findings"_s, found}});
        return draftOnly ? Failure : Success;
    }
    out << Tr::tr("Template: %1 (slug %2) — %3")
               .arg(email.source.displayName(), email.source.slug, state(email.source))
        << '\n';
    out << Tr::tr("Merge language: %1").arg(mergeLanguageName(email.mergeLanguage)) << '\n';
    if (email.mergeVars.isEmpty())
        out << Tr::tr("Merge tags: none") << '\n';
    else
        out << Tr::tr("Merge tags, and the field of the person Hookmail suggests:") << '\n';
    for (const TemplateField &f : email.mergeVars)
        out << "  " << f.name.leftJustified(18) << ' '
            << (f.value.field.isEmpty()
                    ? Tr::tr("(not mapped — choose a field in Hookmail)")
                    : placeholderFieldTitle(f.value.field) + u" ("_s + f.value.field + u')')
            << '\n';
    if (!scan.editRegions.isEmpty())
        out << Tr::tr("Editable regions (mc:edit): %1").arg(scan.editRegions.join(u", "_s)) << '\n';
    for (const TemplateFinding &f : findings) {
        const QString level = f.severity == TemplateFinding::Severity::Error     ? Tr::tr("error")
                              : f.severity == TemplateFinding::Severity::Warning ? Tr::tr("warning")
                                                                                 : Tr::tr("info");
        out << level << ": " << f.message << '\n';
    }
    return draftOnly ? Failure : Success;
}

} // namespace hookmail::cli
