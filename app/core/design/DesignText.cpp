#include "core/design/DesignText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignText)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*(?:\\|([^{}]*))?\\}\\}"_s);
    return re;
}

void appendLiteral(InlineText *runs, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs->isEmpty() && !runs->last().placeholder && !runs->last().bold && !runs->last().italic &&
        runs->last().link.isEmpty()) {
        runs->last().text += text;
        return;
    }
    Inline run;
    run.text = text;
    runs->append(run);
}

QString runsToTemplate(const QList<Inline> &runs)
{
    QString out;
    for (const Inline &run : runs) {
        if (!run.placeholder) {
            out += run.text;
            continue;
        }
        out += u"{{"_s + run.placeholder->field;
        if (!run.placeholder->fallback.isEmpty())
            out += u'|' + run.placeholder->fallback;
        out += u"}}"_s;
    }
    return out;
}

QString runsForDisplay(const QList<Inline> &runs)
{
    QString out;
    for (const Inline &run : runs)
        out += run.placeholder ? placeholderLabel(*run.placeholder) : run.text;
    return out;
}
} // namespace

QString normalizedPlaceholderField(const QString &field)
{
    QString f = field.trimmed();
    if (f.startsWith(u"identity."))
        f = f.mid(9);
    return f;
}

InlineText inlineTextFromTemplate(const QString &text)
{
    InlineText runs;
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        appendLiteral(&runs, text.mid(pos, match.capturedStart() - pos));
        Inline chip;
        chip.placeholder =
            Placeholder{normalizedPlaceholderField(match.captured(1)), match.captured(2).trimmed()};
        runs.append(chip);
        pos = match.capturedEnd();
    }
    appendLiteral(&runs, text.mid(pos));
    return runs;
}

QString inlineTextToTemplate(const InlineText &text)
{
    return runsToTemplate(text);
}

InlineText plainInlineText(const QString &text)
{
    InlineText runs;
    appendLiteral(&runs, text);
    return runs;
}

RichText richTextFromTemplate(const QString &text)
{
    RichText out;
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n"_s);
    for (const QString &block : normalized.split(blankLines)) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        Paragraph paragraph;
        paragraph.runs = inlineTextFromTemplate(trimmed);
        out.append(paragraph);
    }
    return out;
}

QString richTextToTemplate(const RichText &text)
{
    QStringList paragraphs;
    for (const Paragraph &p : text)
        paragraphs << runsToTemplate(p.runs);
    return paragraphs.join(u"\n\n"_s);
}

QString placeholderFieldTitle(const QString &field)
{
    const QString path = normalizedPlaceholderField(field);
    if (path == u"address")
        return Tr::tr("Their email address");
    if (path == u"id")
        return Tr::tr("Account ID");
    QStringList parts = path.split(u'.', Qt::SkipEmptyParts);
    QString where;
    if (!parts.isEmpty() && parts.first() == u"traits") {
        parts.removeFirst();
    } else if (!parts.isEmpty() && parts.first() == u"metadata_public") {
        parts.removeFirst();
        where = Tr::tr(" (public metadata)");
    }
    if (parts.isEmpty())
        return path;
    // name.first → "First name": the last part reads first in English.
    std::reverse(parts.begin(), parts.end());
    QString words = parts.join(u' ').replace(u'_', u' ');
    words[0] = words[0].toUpper();
    return words + where;
}

QString placeholderLabel(const Placeholder &placeholder)
{
    const QString title = placeholderFieldTitle(placeholder.field);
    if (placeholder.fallback.isEmpty())
        return u'[' + title + u']';
    return u'[' + title + u" | "_s + placeholder.fallback + u']';
}

QString inlineTextForDisplay(const InlineText &text)
{
    return runsForDisplay(text);
}

QString richTextForDisplay(const RichText &text)
{
    QStringList lines;
    int number = 0;
    for (const Paragraph &p : text) {
        number = p.kind == Paragraph::Kind::Numbered ? number + 1 : 0;
        const QString body = runsForDisplay(p.runs);
        switch (p.kind) {
        case Paragraph::Kind::Normal:
            lines << body;
            break;
        case Paragraph::Kind::Bullet:
            lines << u"- "_s + body;
            break;
        case Paragraph::Kind::Numbered:
            lines << QString::number(number) + u". "_s + body;
            break;
        }
    }
    return lines.join(u'\n');
}

} // namespace hookmail
