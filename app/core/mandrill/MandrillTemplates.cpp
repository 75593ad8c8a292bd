#include "core/mandrill/MandrillTemplates.h"

#include "core/mandrill/MandrillParsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookmail {

Result<QList<MandrillTemplate>> parseTemplateList(const QByteArray &body)
{
    const Result<QJsonValue> value = parseMandrillJson(body);
    if (!value)
        return value.error();
    if (!value->isArray())
        return unexpectedMandrillShape(u"templates/list answer is not a list"_s);
    QList<MandrillTemplate> out;
    const QJsonArray items = value->toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return unexpectedMandrillShape(u"template %1 is not an object"_s.arg(i));
        auto t = mandrillTemplateFromJson(items.at(i).toObject(), u"template %1"_s.arg(i));
        if (!t)
            return unexpectedMandrillShape(t.error().message);
        out << t.value();
    }
    return out;
}

Result<MandrillTemplate> parseTemplateInfo(const QByteArray &body)
{
    const Result<QJsonValue> value = parseMandrillJson(body);
    if (!value)
        return value.error();
    if (!value->isObject())
        return unexpectedMandrillShape(u"templates/info answer is not an object"_s);
    auto t = mandrillTemplateFromJson(value->toObject(), u"template"_s);
    if (!t)
        return unexpectedMandrillShape(t.error().message);
    return t.value();
}

Result<QString> parseRenderedHtml(const QByteArray &body)
{
    const Result<QJsonValue> value = parseMandrillJson(body);
    if (!value)
        return value.error();
    const QJsonValue html = value->toObject().value(u"html"_s);
    if (!html.isString())
        return unexpectedMandrillShape(u"templates/render answer has no \"html\" text"_s);
    return html.toString();
}

QList<MandrillTemplate> filterTemplates(const QList<MandrillTemplate> &templates, const QString &search)
{
    QList<MandrillTemplate> out;
    for (const MandrillTemplate &t : templates) {
        if (t.matches(search))
            out << t;
    }
    std::stable_sort(out.begin(), out.end(), [](const MandrillTemplate &a, const MandrillTemplate &b) {
        if (a.isMailchimp() != b.isMailchimp())
            return !a.isMailchimp();
        return a.displayName().compare(b.displayName(), Qt::CaseInsensitive) < 0;
    });
    return out;
}

namespace {

QStringList normalisedLines(const QString &html)
{
    static const QRegularExpression betweenTags(u">\\s*<"_s);
    QString s = html;
    s.replace(u"\r\n"_s, u"\n"_s);
    s.replace(betweenTags, u">\n<"_s);
    QStringList lines;
    for (const QString &line : s.split(u'\n')) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            lines << t;
    }
    return lines;
}

} // namespace

QList<RenderDifference> compareRenders(const QString &local, const QString &mandrill, int limit)
{
    const QStringList a = normalisedLines(local);
    const QStringList b = normalisedLines(mandrill);
    QList<RenderDifference> out;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n && out.size() < limit; ++i) {
        const QString l = a.value(i);
        const QString m = b.value(i);
        if (l != m)
            out << RenderDifference{int(i + 1), l, m};
    }
    return out;
}

} // namespace hookmail
