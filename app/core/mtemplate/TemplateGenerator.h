#pragma once

#include "core/mtemplate/TemplateEmail.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hookmail {

// What the local preview shows for a send-template body: the template rendered the way Mandrill merges it
// when sending, from the body's template_content and merge vars. A local render, not Mandrill's.
struct TemplatePreview
{
    QString html, text, subject, fromEmail, fromName;
    QStringList unsupported; // constructs not rendered faithfully (shown as written)
};

// TemplateEmail → an Ory-safe Jsonnet template producing a Mandrill messages/send-template body, and the
// local render of such a body. The generated Jsonnet never uses a field unchecked, has no address →
// error "cancel" (or the fallback address), and stays a few KiB whatever the template's size (the template
// lives in Mandrill: this is the way out of Ory's 64 KiB limit).
class TemplateGenerator
{
public:
    static QString jsonnet(const TemplateEmail &email);

    // The merge values the Jsonnet computes for `identity` (tag → content, fallbacks applied, Mailchimp
    // values HTML-escaped where the tag is in the HTML), without the worker: for checks over many people.
    static MergeValues mergeValuesFor(const TemplateEmail &email, const QJsonObject &identity);
    // Tags whose Mailchimp value is HTML-escaped by the generated Jsonnet (they appear in the HTML code):
    // Mailchimp inserts values as they are, so a name like "<b>" must not become markup.
    // Region contents (mc:edit name → HTML) the Jsonnet computes for `identity` (mapped regions only).
    static QHash<QString, QString> regionValuesFor(const TemplateEmail &email, const QJsonObject &identity);
    static QStringList escapedTags(const TemplateEmail &email);

    // The local render of an evaluated send-template body (as the worker produced it) with the template.
    static TemplatePreview preview(const TemplateEmail &email, const QJsonObject &body);

    // The messages/send-template URL for the hook, from a messages/send URL (same base).
    static QString sendTemplateUrl(const QString &sendUrl);
};

} // namespace hookmail
