#pragma once

#include "core/common/Result.h"
#include "core/mtemplate/TemplateEmail.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hookmail {

// Parsers for the template calls (templates/list, templates/info, mctemplates/list, templates/render).
// Pure, like MandrillParsing.h.
Result<QList<MandrillTemplate>> parseTemplateList(const QByteArray &body);
Result<MandrillTemplate> parseTemplateInfo(const QByteArray &body);
Result<QString> parseRenderedHtml(const QByteArray &body); // {"html": "…"}

// The templates first (by name), then the Mailchimp ones; `search` filters by name, slug and label.
QList<MandrillTemplate> filterTemplates(const QList<MandrillTemplate> &templates, const QString &search);

// One difference between Hookmail's local render and Mandrill's templates/render, in plain words.
struct RenderDifference
{
    int line = 0;     // 1-based line of the local render (after normalising whitespace between tags)
    QString local;    // the local line
    QString mandrill; // Mandrill's line
};
// Compares the two renders line by line after normalising whitespace; at most `limit` differences.
QList<RenderDifference> compareRenders(const QString &local, const QString &mandrill, int limit = 20);

} // namespace hookmail
