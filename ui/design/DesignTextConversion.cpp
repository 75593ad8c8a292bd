#include "design/DesignTextConversion.h"

#include "core/design/DesignText.h"
#include "design/PlaceholderChip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

namespace hookmail::designtext {

namespace {

constexpr QChar kChip = QChar::ObjectReplacementCharacter;

bool sameFormatting(const Inline &a, const Inline &b)
{
    return a.bold == b.bold && a.italic == b.italic && a.link == b.link;
}

QTextCharFormat runFormat(const Inline &run, const QColor &linkColor)
{
    QTextCharFormat format;
    if (run.bold)
        format.setFontWeight(QFont::Bold);
    if (run.italic)
        format.setFontItalic(true);
    if (!run.link.isEmpty())
        format = withLink(format, run.link, linkColor);
    if (run.placeholder)
        format = PlaceholderChip::format(*run.placeholder, format);
    return format;
}

Paragraph::Kind kindOf(const QTextBlock &block)
{
    const QTextList *list = block.textList();
    if (!list)
        return Paragraph::Kind::Normal;
    switch (list->format().style()) {
    case QTextListFormat::ListDisc:
    case QTextListFormat::ListCircle:
    case QTextListFormat::ListSquare:
        return Paragraph::Kind::Bullet;
    default:
        return Paragraph::Kind::Numbered;
    }
}

QList<Inline> readRuns(const QTextBlock &block)
{
    QList<Inline> runs;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        const bool chip = PlaceholderChip::isChip(format);
        QString text = fragment.text();
        text.replace(QChar::LineSeparator, u'\n');
        QString literal;
        auto flushLiteral = [&] {
            if (literal.isEmpty())
                return;
            Inline run = formattingOf(format);
            run.text = literal;
            runs.append(run);
            literal.clear();
        };
        for (const QChar c : std::as_const(text)) {
            if (c == kChip) {
                flushLiteral();
                if (chip) { // a bare U+FFFC without a chip format (a pasted image…) is dropped
                    Inline run = formattingOf(format);
                    run.placeholder = PlaceholderChip::placeholder(format);
                    runs.append(run);
                }
            } else {
                literal.append(c);
            }
        }
        flushLiteral();
    }
    return normalized(runs);
}

QTextListFormat::Style listStyle(Paragraph::Kind kind)
{
    return kind == Paragraph::Kind::Bullet ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal;
}

QJsonArray runsToJson(const QList<Inline> &runs)
{
    QJsonArray array;
    for (const Inline &run : runs) {
        QJsonObject o;
        if (run.placeholder) {
            o.insert(u"field"_qs, run.placeholder->field);
            o.insert(u"fallback"_qs, run.placeholder->fallback);
        } else {
            o.insert(u"text"_qs, run.text);
        }
        if (run.bold)
            o.insert(u"bold"_qs, true);
        if (run.italic)
            o.insert(u"italic"_qs, true);
        if (!run.link.isEmpty())
            o.insert(u"link"_qs, run.link);
        array.append(o);
    }
    return array;
}

QList<Inline> runsFromJson(const QJsonArray &array)
{
    QList<Inline> runs;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        Inline run;
        if (o.contains(u"field"_qs))
            run.placeholder =
                Placeholder{o.value(u"field"_qs).toString(), o.value(u"fallback"_qs).toString()};
        else
            run.text = o.value(u"text"_qs).toString();
        run.bold = o.value(u"bold"_qs).toBool();
        run.italic = o.value(u"italic"_qs).toBool();
        run.link = o.value(u"link"_qs).toString();
        runs.append(run);
    }
    return runs;
}

} // namespace

Inline formattingOf(const QTextCharFormat &format)
{
    Inline run;
    run.bold = format.fontWeight() > QFont::Normal;
    run.italic = format.fontItalic();
    if (format.isAnchor())
        run.link = format.anchorHref();
    return run;
}

QTextCharFormat withLink(QTextCharFormat base, const QString &href, const QColor &linkColor)
{
    if (href.isEmpty()) {
        base.clearProperty(QTextFormat::IsAnchor);
        base.clearProperty(QTextFormat::AnchorHref);
        base.clearProperty(QTextFormat::ForegroundBrush);
        base.clearProperty(QTextFormat::TextUnderlineStyle);
        base.clearProperty(QTextFormat::FontUnderline);
        return base;
    }
    base.setAnchor(true);
    base.setAnchorHref(href);
    base.setFontUnderline(true);
    if (linkColor.isValid())
        base.setForeground(linkColor);
    return base;
}

void insertRuns(QTextCursor &cursor, const QList<Inline> &runs, const QColor &linkColor)
{
    for (const Inline &run : runs) {
        const QTextCharFormat format = runFormat(run, linkColor);
        if (run.placeholder) {
            cursor.insertText(QString(kChip), format);
            continue;
        }
        // "\n" inside a paragraph is a line break, not a new paragraph.
        QString text = run.text;
        text.replace(u'\n', QChar::LineSeparator);
        cursor.insertText(text, format);
    }
    // Typing after the inserted runs continues as plain text, never as a chip.
    cursor.setCharFormat(PlaceholderChip::withoutChip(cursor.charFormat()));
}

void writeRichText(QTextDocument *document, const RichText &text, const QColor &linkColor)
{
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QTextList *list = nullptr;
    Paragraph::Kind listKind = Paragraph::Kind::Normal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const Paragraph &paragraph = text.at(i);
        if (i > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        else
            cursor.setBlockFormat(QTextBlockFormat());
        if (paragraph.kind == Paragraph::Kind::Normal) {
            list = nullptr;
        } else if (list && listKind == paragraph.kind) {
            list->add(cursor.block());
        } else {
            QTextListFormat format;
            format.setStyle(listStyle(paragraph.kind));
            list = cursor.createList(format);
            listKind = paragraph.kind;
        }
        insertRuns(cursor, paragraph.runs, linkColor);
    }
    cursor.endEditBlock();
}

RichText readRichText(const QTextDocument *document)
{
    RichText text;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        text.append(Paragraph{kindOf(block), readRuns(block)});
    return normalized(text);
}

void writeInlineText(QTextDocument *document, const InlineText &text)
{
    document->clear();
    QTextCursor cursor(document);
    QList<Inline> plain;
    for (Inline run : text) {
        run.bold = false;
        run.italic = false;
        run.link.clear();
        run.text.replace(u'\n', u' ');
        plain.append(run);
    }
    insertRuns(cursor, plain);
}

InlineText readInlineText(const QTextDocument *document)
{
    InlineText text;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block != document->begin())
            text.append(Inline{QStringLiteral(" "), {}, false, false, {}});
        for (Inline run : readRuns(block)) {
            run.bold = false;
            run.italic = false;
            run.link.clear();
            run.text.replace(u'\n', u' ');
            text.append(run);
        }
    }
    return normalized(text);
}

QList<Inline> normalized(QList<Inline> runs)
{
    QList<Inline> out;
    for (Inline &run : runs) {
        if (run.placeholder) {
            run.text.clear();
            out.append(run);
            continue;
        }
        if (run.text.isEmpty())
            continue;
        if (!out.isEmpty() && !out.last().placeholder && sameFormatting(out.last(), run))
            out.last().text += run.text;
        else
            out.append(run);
    }
    return out;
}

RichText normalized(const RichText &text)
{
    RichText out;
    for (const Paragraph &paragraph : text)
        out.append(Paragraph{paragraph.kind, normalized(paragraph.runs)});
    if (out.size() == 1 && out.first().kind == Paragraph::Kind::Normal && out.first().runs.isEmpty())
        out.clear();
    return out;
}

QString summary(const QList<Inline> &runs)
{
    QString s;
    for (const Inline &run : runs) {
        if (run.placeholder)
            s += placeholderLabel(*run.placeholder);
        else
            s += run.text;
    }
    return s.simplified();
}

QString summary(const RichText &text)
{
    QStringList lines;
    for (const Paragraph &paragraph : text) {
        const QString line = summary(paragraph.runs);
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u' ');
}

QByteArray toMime(const RichText &text)
{
    QJsonArray paragraphs;
    for (const Paragraph &paragraph : text) {
        QJsonObject o;
        o.insert(u"kind"_qs, static_cast<int>(paragraph.kind));
        o.insert(u"runs"_qs, runsToJson(paragraph.runs));
        paragraphs.append(o);
    }
    return QJsonDocument(paragraphs).toJson(QJsonDocument::Compact);
}

RichText fromMime(const QByteArray &data)
{
    RichText text;
    const QJsonArray paragraphs = QJsonDocument::fromJson(data).array();
    for (const QJsonValue &value : paragraphs) {
        const QJsonObject o = value.toObject();
        const int kind = o.value(u"kind"_qs).toInt();
        Paragraph paragraph;
        if (kind == static_cast<int>(Paragraph::Kind::Bullet))
            paragraph.kind = Paragraph::Kind::Bullet;
        else if (kind == static_cast<int>(Paragraph::Kind::Numbered))
            paragraph.kind = Paragraph::Kind::Numbered;
        paragraph.runs = runsFromJson(o.value(u"runs"_qs).toArray());
        text.append(paragraph);
    }
    return normalized(text);
}

} // namespace hookmail::designtext
