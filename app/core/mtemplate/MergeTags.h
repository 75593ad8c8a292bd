#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace hookmail {

// Mandrill's two merge languages (message.merge_language). FACTS §8.6–8.8.
enum class MergeLanguage
{
    Mailchimp,  // *|FNAME|*, *|IF:FNAME|*…*|ELSE:|*…*|END:IF|*; values inserted as they are
    Handlebars, // {{fname}} (HTML-escaped), {{{fname}}} (raw), {{#if fname}}…{{else}}…{{/if}}
};
QString mergeLanguageName(MergeLanguage language); // "mailchimp" / "handlebars" (the API's words)
MergeLanguage mergeLanguageFromName(const QString &name, bool *ok = nullptr);

// What a template's code uses: merge tags in both languages and its mc:edit regions. Tag names are kept as
// written the first time they appear (Mailchimp tags are case-insensitive; Mandrill upper-cases them).
struct TemplateScan
{
    QStringList mailchimpTags;  // FNAME, COMPANY (no system tags such as UNSUB, CURRENT_YEAR, MC:…)
    QStringList handlebarsTags; // fname, user.plan (first path segment for `this`-less dotted paths)
    QStringList editRegions;    // mc:edit="main" → "main", in document order
    // Constructs the local preview does not render faithfully, in plain words ("{{#each items}}").
    QStringList unsupported;

    // The language the tags are written in: the one with tags (Mailchimp when none or both).
    MergeLanguage likelyLanguage() const;
    bool usesBothLanguages() const { return !mailchimpTags.isEmpty() && !handlebarsTags.isEmpty(); }
    // The tags of `language` (what needs a value when the email is sent in that language).
    QStringList tagsFor(MergeLanguage language) const;
};

// Scans every part Mandrill merges (HTML code, text, subject, from name). Pure; linear in the input.
TemplateScan scanTemplate(const QStringList &parts);

// Merge values by tag name. Mailchimp lookups ignore case; Handlebars lookups are exact, as Mandrill's.
using MergeValues = QHash<QString, QString>;

// Renders `code` the way Mandrill merges it when sending, for the local preview: tags of `language` get
// their value (missing → empty, as Mandrill does), mc:edit regions get `regions[name]` when given (else
// their default content stays). Mailchimp values are inserted as they are; Handlebars {{x}} escapes & < > "
// ' ` = and {{{x}}} does not. Mailchimp system tags (*|UNSUB|*, *|CURRENT_YEAR|*, *|MC:SUBJECT|*…) are
// filled with stand-ins. Constructs it cannot render are left as written and named in `unsupported`.
QString renderMerge(const QString &code, MergeLanguage language, const MergeValues &values,
                    const QHash<QString, QString> &regions = {}, QStringList *unsupported = nullptr);

// Replaces the inner HTML of each element with mc:edit="name" by regions[name] (others stay).
QString fillEditRegions(const QString &html, const QHash<QString, QString> &regions);

// Handlebars' escaping of {{x}}.
QString handlebarsEscape(const QString &text);

} // namespace hookmail
