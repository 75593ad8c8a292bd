#pragma once

#include "core/common/Result.h"
#include "core/design/EmailDesign.h"
#include "core/mtemplate/MergeTags.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hookmail {

// A template stored in Mandrill (templates/list, templates/info) or a Mailchimp template offered to
// Mandrill (mctemplates/list). Field names follow the API. `code`, `subject`… are the draft; `publish*` are
// what messages/send-template really uses (FACTS §2, §9: draft vs published).
struct MandrillTemplate
{
    QString slug; // immutable; what send-template and render need (FACTS §8.9)
    QString name;
    QStringList labels;
    QString code, subject, fromEmail, fromName, text;
    QString publishName, publishCode, publishSubject, publishFromEmail, publishFromName, publishText;
    QString publishedAt, createdAt, updatedAt, draftUpdatedAt; // "YYYY-MM-DD HH:MM:SS" UTC
    bool broken = false;                                       // is_broken_template
    qint64 mailchimpId = 0; // mctemplates: the Mailchimp template id; 0 for a Mandrill template

    bool isMailchimp() const { return mailchimpId != 0; }
    // Published: send-template uses the published version; a draft-only template fails at send time.
    bool isPublished() const { return !publishedAt.isEmpty(); }
    // The draft has changes that are not published (what a send would not show yet).
    bool draftDiffers() const;
    QString displayName() const { return name.isEmpty() ? slug : name; }
    // The parts Mandrill merges when sending: published code, text, subject, from name.
    QStringList publishedParts() const { return {publishCode, publishText, publishSubject, publishFromName}; }
    // Case-insensitive search in name, slug and labels.
    bool matches(const QString &search) const;

    friend bool operator==(const MandrillTemplate &, const MandrillTemplate &) = default;
};

// API shape ↔ struct (the project file stores the snapshot in the same shape).
QJsonObject mandrillTemplateToJson(const MandrillTemplate &t);
Result<MandrillTemplate> mandrillTemplateFromJson(const QJsonObject &json, const QString &where);

// One merge tag or mc:edit region and where its value comes from: a person's field with a fallback (the
// designer's Placeholder). `value.field` empty → unmapped; a fallback alone is then a fixed text.
struct TemplateField
{
    QString name; // FNAME, fname, main (region)
    Placeholder value;
    bool mapped() const { return !value.field.isEmpty() || !value.fallback.isEmpty(); }
    friend bool operator==(const TemplateField &, const TemplateField &) = default;
};

// An email sent with messages/send-template (Action::EditMode::Template): which template, how its tags are
// filled from the Ory identity, and envelope overrides. Envelope fields left empty (from email, from name,
// subject) keep the template's defaults; recipient rules are the designer's.
struct TemplateEmail
{
    MandrillTemplate source; // snapshot from templates/info: preview and checks work offline
    MergeLanguage mergeLanguage = MergeLanguage::Mailchimp;
    QList<TemplateField> mergeVars;
    QList<TemplateField> regions; // mc:edit regions → template_content; unmapped ones keep their default
    Envelope envelope;

    TemplateScan scan() const { return scanTemplate(source.publishedParts()); }
    friend bool operator==(const TemplateEmail &, const TemplateEmail &) = default;
};

QJsonObject templateEmailToJson(const TemplateEmail &email);
Result<TemplateEmail> templateEmailFromJson(const QJsonObject &json, const QString &path);

// After (re)reading the template: the fields the template uses now, keeping existing mappings by name
// (Mailchimp names ignore case) and mapping new tags whose names say what they are (FNAME → first name,
// EMAIL → address) when `identityFields` offers that field. Mappings of tags the template no longer uses
// are kept (the checks report them) so a re-publish that brings the tag back keeps its mapping.
void syncTemplateFields(TemplateEmail &email, const QStringList &identityFields);

} // namespace hookmail
