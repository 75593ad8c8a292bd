#include "core/design/DesignGenerator.h"

#include "core/design/DesignText.h"
#include "core/render/JsonnetText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace hookmail {

// How the generator works: every output is first built as one intermediate form, a list of pieces that are
// either static text (already escaped for where it goes) or a slot for a person's value (a placeholder with
// its fallback and how the value must be escaped there). html()/plainText()/inlineText() fill the slots with
// values in C++; jsonnet() writes the static pieces as string literals and each slot as an expression over
// ctx. Both apply the same rules, so the Jsonnet's output for a person is byte-identical to html() with
// valuesFor() of that person (tests/unit/tst_design checks this through the worker for every sample
// identity).
namespace {

enum class Escape
{
    Html,
    None
};

struct Slot
{
    QString field; // normalised path ("traits.name.first", "address")
    QString fallback;
    Escape escape = Escape::Html;
};

struct Piece
{
    QString text; // static text, ready for the output (used when !slot)
    std::optional<Slot> slot;
};

class Pieces
{
public:
    void add(const QString &text)
    {
        if (text.isEmpty())
            return;
        if (!m_list.isEmpty() && !m_list.last().slot)
            m_list.last().text += text;
        else
            m_list.append(Piece{text, std::nullopt});
    }
    void slot(const Placeholder &placeholder, Escape escape)
    {
        m_list.append(
            Piece{{}, Slot{normalizedPlaceholderField(placeholder.field), placeholder.fallback, escape}});
    }
    void append(const Pieces &other)
    {
        for (const Piece &piece : other.m_list) {
            if (piece.slot)
                m_list.append(piece);
            else
                add(piece.text);
        }
    }
    const QList<Piece> &list() const { return m_list; }
    bool isEmpty() const { return m_list.isEmpty(); }

private:
    QList<Piece> m_list;
};

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString escaped(const QString &text, Escape escape)
{
    return escape == Escape::Html ? escapeHtml(text) : text;
}

QString fill(const Pieces &pieces, const PlaceholderValues &values)
{
    QString out;
    for (const Piece &piece : pieces.list()) {
        if (!piece.slot) {
            out += piece.text;
            continue;
        }
        const QString value = values.value(piece.slot->field);
        out += escaped(value.isEmpty() ? piece.slot->fallback : value, piece.slot->escape);
    }
    return out;
}

// ---- URLs, colours, the theme as the generator uses it -------------------------------------------------

// Only web and mail links: anything else (javascript:, data:, file:, relative paths) is dropped.
bool allowedUrlStart(const QString &url, bool allowMailto)
{
    const QString lower = url.trimmed().toLower();
    return lower.startsWith(u"https://") || lower.startsWith(u"http://") ||
           (allowMailto && lower.startsWith(u"mailto:"));
}

QString cleanUrl(const QString &url)
{
    QString out;
    for (const QChar c : url.trimmed()) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out;
}

struct Rgb
{
    double r = 0, g = 0, b = 0;
};

std::optional<Rgb> parseColor(const QString &text)
{
    static const QRegularExpression re(u"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    QString hex = text.mid(1);
    if (hex.size() == 3)
        hex = QString(hex[0]) + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
    return Rgb{double(hex.mid(0, 2).toInt(nullptr, 16)), double(hex.mid(2, 2).toInt(nullptr, 16)),
               double(hex.mid(4, 2).toInt(nullptr, 16))};
}

QString colorText(const Rgb &c)
{
    auto part = [](double v) {
        return QString::number(qBound(0, int(std::lround(v)), 255), 16).rightJustified(2, u'0');
    };
    return u'#' + part(c.r) + part(c.g) + part(c.b);
}

Rgb mix(const Rgb &a, const Rgb &b, double share)
{
    return Rgb{a.r + (b.r - a.r) * share, a.g + (b.g - a.g) * share, a.b + (b.b - a.b) * share};
}

double luminance(const Rgb &c)
{
    auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

// The theme with every value checked: colours are #rgb/#rrggbb, the font one of the web-safe stacks, sizes in
// range, the logo an http(s) URL. Anything else falls back to the default, so nothing from a project file
// reaches a style attribute unchecked.
struct Style
{
    QString brand, text, page, content, muted, rule, buttonText, font, logoUrl;
    int width = 600, radius = 8;
};

Style styleOf(const Theme &theme)
{
    const Theme defaults;
    auto color = [](const QString &value, const QString &fallback) {
        return colorText(*parseColor(parseColor(value) ? value : fallback));
    };
    Style s;
    s.brand = color(theme.brandColor, defaults.brandColor);
    s.text = color(theme.textColor, defaults.textColor);
    s.page = color(theme.pageBackground, defaults.pageBackground);
    s.content = color(theme.contentBackground, defaults.contentBackground);
    const Rgb text = *parseColor(s.text);
    const Rgb content = *parseColor(s.content);
    s.muted = colorText(mix(text, content, 0.35));
    s.rule = colorText(mix(text, content, 0.85));
    const Rgb brand = *parseColor(s.brand);
    // White on dark brand colours, the text colour on light ones (WCAG contrast of the two candidates).
    const double onWhite = 1.05 / (luminance(brand) + 0.05);
    const double onDark = (luminance(brand) + 0.05) / (std::min(luminance(text), 0.2) + 0.05);
    s.buttonText = onWhite >= onDark ? u"#ffffff"_s : s.text;
    s.font = Theme::webSafeFontStacks().contains(theme.fontStack) ? theme.fontStack : defaults.fontStack;
    s.width = qBound(480, theme.contentWidth, 800);
    s.radius = qBound(0, theme.cornerRadius, 24);
    s.logoUrl = allowedUrlStart(theme.logoUrl, false) ? cleanUrl(theme.logoUrl) : QString();
    return s;
}

QString alignName(BlockAlign align)
{
    switch (align) {
    case BlockAlign::Center:
        return u"center"_s;
    case BlockAlign::Right:
        return u"right"_s;
    case BlockAlign::Left:
        break;
    }
    return u"left"_s;
}

QString languageOf(const EmailDesign &design)
{
    static const QRegularExpression re(u"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"_s);
    return re.match(design.language).hasMatch() ? design.language : u"en"_s;
}

// ---- inline text and rich text ---------------------------------------------------------------------------

Pieces inlinePieces(const InlineText &text, Escape escape)
{
    Pieces out;
    for (const Inline &run : text) {
        if (run.placeholder)
            out.slot(*run.placeholder, escape);
        else
            out.add(escaped(run.text, escape));
    }
    return out;
}

bool isBlank(const QList<Inline> &runs)
{
    for (const Inline &run : runs) {
        if (run.placeholder || !run.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

Pieces htmlRuns(const QList<Inline> &runs, const Style &style)
{
    Pieces out;
    for (const Inline &run : runs) {
        const bool linked = !run.link.isEmpty() && allowedUrlStart(run.link, true);
        if (linked)
            out.add(u"<a href=\""_s + escapeHtml(cleanUrl(run.link)) + u"\" style=\"color:"_s + style.brand +
                    u";text-decoration:underline;\">"_s);
        if (run.bold)
            out.add(u"<strong>"_s);
        if (run.italic)
            out.add(u"<em>"_s);
        if (run.placeholder) {
            out.slot(*run.placeholder, Escape::Html);
        } else {
            QString text = escapeHtml(run.text);
            text.replace(u'\n', u"<br>"_s);
            out.add(text);
        }
        if (run.italic)
            out.add(u"</em>"_s);
        if (run.bold)
            out.add(u"</strong>"_s);
        if (linked)
            out.add(u"</a>"_s);
    }
    return out;
}

Pieces textRuns(const QList<Inline> &runs)
{
    Pieces out;
    for (const Inline &run : runs) {
        if (run.placeholder)
            out.slot(*run.placeholder, Escape::None);
        else
            out.add(run.text);
        if (!run.link.isEmpty() && allowedUrlStart(run.link, true)) {
            const QString url = cleanUrl(run.link);
            if (run.placeholder || run.text.trimmed() != url)
                out.add(u" ("_s + url + u')');
        }
    }
    return out;
}

// Rich text as HTML paragraphs and lists; `small` is the footer's muted small print.
Pieces htmlRichText(const RichText &text, const Style &style, bool small)
{
    const QString font =
        small ? u"font-size:13px;mso-line-height-rule:exactly;line-height:20px;color:"_s + style.muted + u';'
              : u"font-size:16px;mso-line-height-rule:exactly;line-height:24px;"_s;
    const QString gap = small ? u"8px"_s : u"16px"_s;
    QList<Paragraph> paragraphs;
    for (const Paragraph &p : text) {
        if (!isBlank(p.runs))
            paragraphs << p;
    }
    Pieces out;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs.at(i);
        if (p.kind == Paragraph::Kind::Normal) {
            const bool last = i + 1 == paragraphs.size();
            out.add(u"<p style=\"margin:0 0 "_s + (last ? u"0"_s : gap) + u';' + font + u"\">"_s);
            out.append(htmlRuns(p.runs, style));
            out.add(u"</p>\n"_s);
            continue;
        }
        const QString tag = p.kind == Paragraph::Kind::Bullet ? u"ul"_s : u"ol"_s;
        qsizetype end = i;
        while (end < paragraphs.size() && paragraphs.at(end).kind == p.kind)
            ++end;
        const bool last = end == paragraphs.size();
        out.add(u'<' + tag + u" style=\"margin:0 0 "_s + (last ? u"0"_s : gap) + u";padding:0 0 0 24px;"_s +
                font + u"\">\n"_s);
        for (qsizetype j = i; j < end; ++j) {
            out.add(u"<li style=\"margin:0 0 4px;\">"_s);
            out.append(htmlRuns(paragraphs.at(j).runs, style));
            out.add(u"</li>\n"_s);
        }
        out.add(u"</"_s + tag + u">\n"_s);
        i = end - 1;
    }
    return out;
}

Pieces textRichText(const RichText &text)
{
    Pieces out;
    bool firstParagraph = true;
    Paragraph::Kind previous = Paragraph::Kind::Normal;
    int number = 0;
    for (const Paragraph &p : text) {
        if (isBlank(p.runs))
            continue;
        const bool sameList = p.kind != Paragraph::Kind::Normal && p.kind == previous;
        if (!firstParagraph)
            out.add(sameList ? u"\n"_s : u"\n\n"_s);
        number = p.kind == Paragraph::Kind::Numbered ? (sameList ? number + 1 : 1) : 0;
        if (p.kind == Paragraph::Kind::Bullet)
            out.add(u"- "_s);
        else if (p.kind == Paragraph::Kind::Numbered)
            out.add(QString::number(number) + u". "_s);
        out.append(textRuns(p.runs));
        firstParagraph = false;
        previous = p.kind;
    }
    return out;
}

// ---- Custom HTML -----------------------------------------------------------------------------------------

const QRegularExpression &customPlaceholderPattern()
{
    static const QRegularExpression re(u"\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*(?:\\|([^{}]*))?\\}\\}"_s);
    return re;
}

Pieces customHtmlPieces(const QString &html)
{
    Pieces out;
    qsizetype pos = 0;
    auto it = customPlaceholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const auto match = it.next();
        out.add(html.mid(pos, match.capturedStart() - pos));
        out.slot(Placeholder{match.captured(1), match.captured(2).trimmed()}, Escape::Html);
        pos = match.capturedEnd();
    }
    out.add(html.mid(pos));
    return out;
}

QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});"_s);
    QString out;
    qsizetype pos = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += text.mid(pos, match.capturedStart() - pos);
        const QString number = match.captured(1);
        bool ok = false;
        const uint code = number.startsWith(u'x') ? number.mid(1).toUInt(&ok, 16) : number.toUInt(&ok, 10);
        if (ok && code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code != 0x34f &&
            code != 0x200c && code != 0xfeff)
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        pos = match.capturedEnd();
    }
    out += text.mid(pos);
    out.replace(u"&nbsp;"_s, u" "_s);
    out.replace(u"&zwnj;"_s, QString());
    out.replace(u"&lt;"_s, u"<"_s);
    out.replace(u"&gt;"_s, u">"_s);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&apos;"_s, u"'"_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out;
}

// The readable text of hand-written HTML for the plain-text version: tags dropped, block ends become line
// breaks, entities decoded. Placeholders are kept as slots (those inside a tag go with the tag).
Pieces customHtmlText(const QString &html)
{
    QList<Placeholder> placeholders;
    QString marked;
    qsizetype pos = 0;
    auto it = customPlaceholderPattern().globalMatch(html);
    while (it.hasNext() && placeholders.size() < 0x1000) {
        const auto match = it.next();
        marked += html.mid(pos, match.capturedStart() - pos);
        marked += QChar(char16_t(0xe000 + placeholders.size()));
        placeholders << Placeholder{match.captured(1), match.captured(2).trimmed()};
        pos = match.capturedEnd();
    }
    marked += html.mid(pos);

    const auto opts =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;
    static const QRegularExpression hidden(u"<!--.*?-->|<(head|style|script|title)\\b.*?</\\1\\s*>"_s, opts);
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, opts);
    static const QRegularExpression listItem(u"<li\\b[^>]*>"_s, opts);
    static const QRegularExpression blockEnd(u"</(p|div|h[1-6]|tr|table|ul|ol|blockquote)\\s*>"_s, opts);
    static const QRegularExpression itemEnd(u"</li\\s*>"_s, opts);
    static const QRegularExpression tag(u"<[^>]*>"_s, opts);
    static const QRegularExpression lineSpace(u"[ \\t]*\\n[ \\t]*"_s);
    static const QRegularExpression manyBreaks(u"\\n{3,}"_s);
    marked.remove(hidden);
    marked.replace(space, u" "_s);
    marked.replace(lineBreak, u"\n"_s);
    marked.replace(listItem, u"\n- "_s);
    marked.replace(itemEnd, u"\n"_s);
    marked.replace(blockEnd, u"\n\n"_s);
    marked.remove(tag);
    marked = decodeEntities(marked);
    marked.replace(lineSpace, u"\n"_s);
    marked.replace(manyBreaks, u"\n\n"_s);
    marked = marked.trimmed();

    Pieces out;
    QString run;
    for (const QChar c : std::as_const(marked)) {
        const char16_t u = c.unicode();
        if (u >= 0xe000 && u < 0xe000 + placeholders.size()) {
            out.add(run);
            run.clear();
            out.slot(placeholders.at(u - 0xe000), Escape::None);
        } else {
            run += c;
        }
    }
    out.add(run);
    return out;
}

// ---- blocks ----------------------------------------------------------------------------------------------

QString imageUrlOf(const Block &block, const Style &style)
{
    const QString url = block.useThemeLogo ? style.logoUrl : block.imageUrl;
    return allowedUrlStart(url, false) ? cleanUrl(url) : QString();
}

// The URL of a button: literal text must start it with http(s):// or mailto:, so a person's value can fill
// in a part (an id, the address) but never choose the scheme. Empty when not allowed.
Pieces buttonUrl(const InlineText &url)
{
    QString prefix;
    for (const Inline &run : url) {
        if (run.placeholder)
            break;
        prefix += run.text;
    }
    const QString lower = prefix.trimmed().toLower();
    const bool ok =
        lower.startsWith(u"https://") || lower.startsWith(u"http://") || lower.startsWith(u"mailto:");
    if (!ok)
        return {};
    InlineText cleaned;
    for (const Inline &run : url) {
        Inline r = run;
        if (!r.placeholder)
            r.text = cleanUrl(r.text);
        cleaned << r;
    }
    return inlinePieces(cleaned, Escape::Html);
}

Pieces blockContentHtml(const Block &block, const Style &style)
{
    Pieces out;
    const QString align = alignName(block.align);
    const int inner = style.width - 64;
    switch (block.kind) {
    case BlockKind::Image: {
        const QString url = imageUrlOf(block, style);
        const int width = block.imageWidth > 0 ? qMin(block.imageWidth, inner) : inner;
        if (url.isEmpty() && block.useThemeLogo) {
            // The theme has no logo (yet): the name in the brand colour stands in for it.
            if (!block.altText.isEmpty())
                out.add(
                    u"<span style=\"font-size:20px;mso-line-height-rule:exactly;line-height:28px;font-weight:bold;color:"_s +
                    style.brand + u";\">"_s + escapeHtml(block.altText) + u"</span>\n"_s);
            break;
        }
        if (url.isEmpty()) {
            // Not there yet: a visible box with the alt text, so the gap shows in the preview.
            out.add(u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
                    u"border=\"0\"><tr><td align=\"center\" bgcolor=\""_s +
                    style.rule + u"\" style=\"padding:24px;background-color:"_s + style.rule + u";color:"_s +
                    style.muted + u";font-size:13px;mso-line-height-rule:exactly;line-height:20px;\">"_s +
                    escapeHtml(block.altText.isEmpty() ? u"Image"_s : block.altText) +
                    u"</td></tr></table>\n"_s);
            break;
        }
        const QString margin = block.align == BlockAlign::Center  ? u"margin:0 auto;"_s
                               : block.align == BlockAlign::Right ? u"margin:0 0 0 auto;"_s
                                                                  : u"margin:0;"_s;
        const QString img = u"<img src=\""_s + escapeHtml(url) + u"\" alt=\""_s + escapeHtml(block.altText) +
                            u"\" width=\""_s + QString::number(width) + u"\" style=\"display:block;width:"_s +
                            QString::number(width) +
                            u"px;max-width:100%;height:auto;border:0;text-decoration:none;"_s + margin +
                            u"\">"_s;
        if (allowedUrlStart(block.imageLink, true))
            out.add(u"<a href=\""_s + escapeHtml(cleanUrl(block.imageLink)) +
                    u"\" style=\"text-decoration:none;\">"_s + img + u"</a>\n"_s);
        else
            out.add(img + u'\n');
        break;
    }
    case BlockKind::Heading: {
        const int level = qBound(1, block.headingLevel, 3);
        static const char16_t *const sizes[] = {u"28px;mso-line-height-rule:exactly;line-height:36px",
                                                u"22px;mso-line-height-rule:exactly;line-height:30px",
                                                u"18px;mso-line-height-rule:exactly;line-height:26px"};
        const QString tag = u'h' + QString::number(level);
        out.add(u'<' + tag + u" style=\"margin:0;font-family:"_s + escapeHtml(style.font) + u";font-size:"_s +
                QString::fromUtf16(sizes[level - 1]) + u";font-weight:bold;color:"_s + style.text +
                u";\">"_s);
        out.append(inlinePieces(block.line, Escape::Html));
        out.add(u"</"_s + tag + u">\n"_s);
        break;
    }
    case BlockKind::Text:
        out.append(htmlRichText(block.text, style, false));
        break;
    case BlockKind::Footer:
        out.append(htmlRichText(block.text, style, true));
        break;
    case BlockKind::Button: {
        const QString radius = QString::number(style.radius) + u"px"_s;
        const Pieces url = buttonUrl(block.buttonUrl);
        out.add(u"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""_s +
                (block.align == BlockAlign::Left ? QString() : u" align=\""_s + align + u'"') +
                u">\n<tr>\n"_s);
        out.add(u"<td align=\"center\" bgcolor=\""_s + style.brand + u"\" style=\"border-radius:"_s + radius +
                u";background-color:"_s + style.brand + u";mso-padding-alt:12px 28px;\">\n"_s);
        out.add(u"<a"_s);
        if (!url.isEmpty()) {
            out.add(u" href=\""_s);
            out.append(url);
            out.add(u"\""_s);
        }
        out.add(u" style=\"display:inline-block;padding:12px 28px;font-family:"_s + escapeHtml(style.font) +
                u";font-size:16px;font-weight:bold;mso-line-height-rule:exactly;line-height:20px;color:"_s +
                style.buttonText + u";text-decoration:none;border-radius:"_s + radius + u";\">"_s);
        out.append(inlinePieces(block.line, Escape::Html));
        out.add(u"</a>\n</td>\n</tr>\n</table>\n"_s);
        break;
    }
    case BlockKind::Divider:
        out.add(
            u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">"
            u"<tr><td style=\"border-top:1px solid "_s +
            style.rule +
            u";font-size:1px;mso-line-height-rule:exactly;line-height:1px;\">&nbsp;</td></tr></table>\n"_s);
        break;
    case BlockKind::Spacer:
    case BlockKind::CustomHtml:
        break;
    }
    return out;
}

Pieces blockHtml(const Block &block, const Style &style)
{
    Pieces out;
    const QString id = escapeHtml(block.id);
    if (block.kind == BlockKind::Spacer) {
        const QString h = QString::number(qBound(4, block.spacerHeight, 160));
        out.add(u"<tr data-hm-block=\""_s + id + u"\">\n<td height=\""_s + h + u"\" style=\"height:"_s + h +
                u"px;font-size:1px;mso-line-height-rule:exactly;line-height:"_s + h +
                u"px;\">&nbsp;</td>\n</tr>\n"_s);
        return out;
    }
    const QString align = alignName(block.align);
    out.add(u"<tr data-hm-block=\""_s + id + u"\">\n<td class=\"hm-pad\" align=\""_s + align +
            u"\" style=\"padding:12px 32px;font-family:"_s + escapeHtml(style.font) + u";color:"_s +
            style.text + u";text-align:"_s + align + u";\">\n"_s);
    if (block.kind == BlockKind::CustomHtml) {
        out.append(customHtmlPieces(block.html));
        out.add(u"\n"_s);
    } else {
        out.append(blockContentHtml(block, style));
    }
    out.add(u"</td>\n</tr>\n"_s);
    return out;
}

Pieces blockText(const Block &block)
{
    Pieces out;
    switch (block.kind) {
    case BlockKind::Image: {
        if (!allowedUrlStart(block.imageLink, true))
            break;
        const QString link = cleanUrl(block.imageLink);
        out.add(block.altText.trimmed().isEmpty() ? link : block.altText.trimmed() + u": "_s + link);
        break;
    }
    case BlockKind::Heading:
        out.append(inlinePieces(block.line, Escape::None));
        break;
    case BlockKind::Text:
    case BlockKind::Footer:
        out.append(textRichText(block.text));
        break;
    case BlockKind::Button: {
        out.append(inlinePieces(block.line, Escape::None));
        Pieces url;
        if (!buttonUrl(block.buttonUrl).isEmpty())
            url = inlinePieces(block.buttonUrl, Escape::None);
        if (!url.isEmpty()) {
            out.add(u": "_s);
            out.append(url);
        }
        break;
    }
    case BlockKind::Divider:
        out.add(u"---"_s);
        break;
    case BlockKind::Spacer:
        break;
    case BlockKind::CustomHtml:
        out.append(customHtmlText(block.html));
        break;
    }
    return out;
}

// ---- the whole email -------------------------------------------------------------------------------------

Pieces compileText(const EmailDesign &design)
{
    Pieces out;
    if (design.plainTextOverride) {
        out.append(textRichText(*design.plainTextOverride));
    } else {
        bool first = true;
        for (const Block &block : design.blocks) {
            const Pieces text = blockText(block);
            if (text.isEmpty())
                continue;
            if (!first)
                out.add(u"\n\n"_s);
            out.append(text);
            first = false;
        }
    }
    out.add(u"\n"_s);
    return out;
}

Pieces compileHtml(const EmailDesign &design, const Theme &theme)
{
    const Style style = styleOf(theme);
    const QString width = QString::number(style.width);
    Pieces out;
    // xmlns:o and OfficeDocumentSettings: Outlook for Windows keeps attribute sizes at 120 dpi.
    out.add(u"<!DOCTYPE html>\n<html lang=\""_s + languageOf(design) +
            u"\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta charset=\"utf-8\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            u"<meta name=\"x-apple-disable-message-reformatting\">\n"
            u"<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch>"
            u"</o:OfficeDocumentSettings></xml></noscript><![endif]-->\n<title>"_s);
    out.append(inlinePieces(design.envelope.subject, Escape::Html));
    out.add(u"</title>\n<style>\n@media only screen and (max-width: "_s + QString::number(style.width + 40) +
            u"px) {\n"
            u".hm-pad { padding-left: 16px !important; padding-right: 16px !important; }\n"
            u"}\n</style>\n</head>\n<body style=\"margin:0;padding:0;background-color:"_s +
            style.page + u";\">\n"_s);
    if (!design.envelope.preheader.isEmpty()) {
        // The preview line inbox lists show; hidden in the body. The filler keeps the first body words out
        // of the preview when the preheader is short.
        out.add(u"<div style=\"display:none;font-size:1px;mso-line-height-rule:exactly;line-height:1px;"
                u"max-height:0;max-width:0;overflow:hidden;mso-hide:all;\">"_s);
        out.append(inlinePieces(design.envelope.preheader, Escape::Html));
        out.add(QString(u"&nbsp;&zwnj;"_s).repeated(40) + u"</div>\n"_s);
    }
    // Fluid-hybrid layout: the content is 100% wide inside a div of at most the content width, so it fits a
    // phone even where @media is ignored (Gmail with other accounts); Outlook for Windows, which ignores
    // max-width on a div, gets a fixed-width table around it (the "ghost table").
    out.add(u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            u"bgcolor=\""_s +
            style.page + u"\" style=\"background-color:"_s + style.page +
            u";\">\n<tr>\n<td align=\"center\" style=\"padding:24px 8px;\">\n"
            u"<!--[if mso]><table role=\"presentation\" width=\""_s +
            width +
            u"\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td><![endif]-->\n"
            u"<div style=\"max-width:"_s +
            width +
            u"px;margin:0 auto;\">\n"
            u"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            u"bgcolor=\""_s +
            style.content + u"\" style=\"width:100%;background-color:"_s + style.content +
            u";border-radius:"_s + QString::number(style.radius) + u"px;\">\n"_s);
    const QString edge =
        u"<tr>\n<td height=\"20\" "
        u"style=\"height:20px;font-size:1px;mso-line-height-rule:exactly;line-height:20px;\">&nbsp;"
        u"</td>\n</tr>\n"_s;
    out.add(edge);
    for (const Block &block : design.blocks)
        out.append(blockHtml(block, style));
    out.add(edge);
    out.add(u"</table>\n</div>\n<!--[if mso]></td></tr></table><![endif]-->\n</td>\n</tr>\n</table>\n"
            u"</body>\n</html>\n"_s);
    return out;
}

// ---- values of a person ----------------------------------------------------------------------------------

QJsonValue at(const QJsonValue &object, const QString &key)
{
    if (!object.isObject())
        return QJsonValue(QJsonValue::Null);
    const QJsonObject o = object.toObject();
    const auto it = o.constFind(key);
    return it == o.constEnd() ? QJsonValue(QJsonValue::Null) : it.value();
}

QJsonValue atPath(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &key : path.split(u'.'))
        value = at(value, key);
    return value;
}

// As the template's text(): strings as they are, true/false, whole numbers; anything else is no value.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d > -1e15 && d < 1e15)
            return QString::number(qint64(d));
    }
    return {};
}

struct Address
{
    QString value;
    bool verified = false;
};

// As the template's `addresses`: email addresses with a text value.
QList<Address> addressesOf(const QJsonObject &identity)
{
    QList<Address> out;
    const QJsonValue list = at(identity, u"verifiable_addresses"_s);
    if (!list.isArray())
        return out;
    for (const QJsonValue &a : list.toArray()) {
        if (!a.isObject())
            continue;
        const QJsonValue value = at(a, u"value"_s);
        if (!value.isString() || value.toString().isEmpty())
            continue;
        const QJsonObject o = a.toObject();
        if (o.contains(u"via"_s) && o.value(u"via"_s) != QJsonValue(u"email"_s))
            continue;
        out << Address{value.toString(), at(a, u"verified"_s) == QJsonValue(true)};
    }
    return out;
}

QString recipientOf(const Envelope &envelope, const QJsonObject &identity)
{
    const QList<Address> addresses = addressesOf(identity);
    for (const QString &source : envelope.recipientSources) {
        QString candidate;
        if (source == u"verified") {
            for (const Address &a : addresses) {
                if (a.verified) {
                    candidate = a.value;
                    break;
                }
            }
        } else if (source == u"address") {
            candidate = addresses.isEmpty() ? QString() : addresses.first().value;
        } else if (source.startsWith(u"trait:") && source.size() > 6) {
            const QJsonValue v = atPath(at(identity, u"traits"_s), source.mid(6));
            candidate = v.isString() ? v.toString() : QString();
        }
        if (!candidate.isEmpty())
            return candidate;
    }
    return envelope.fallbackRecipient;
}

void collectFields(const Pieces &pieces, QStringList *fields)
{
    for (const Piece &piece : pieces.list()) {
        if (piece.slot && !fields->contains(piece.slot->field))
            *fields << piece.slot->field;
    }
}

// ---- Jsonnet ---------------------------------------------------------------------------------------------

// Names of the template's own locals: a field's local must not take one of them.
const QStringList &reservedNames()
{
    static const QStringList names = {
        u"ctx"_s,     u"std"_s,           u"identity"_s, u"at"_s,        u"text"_s,       u"textOnly"_s,
        u"orElse"_s,  u"html"_s,          u"first"_s,    u"addresses"_s, u"candidates"_s, u"found"_s,
        u"address"_s, u"recipientName"_s, u"fromName"_s, u"subject"_s,   u"addressHtml"_s};
    return names;
}

class JsonnetWriter
{
public:
    explicit JsonnetWriter(const QStringList &fields)
    {
        QSet<QString> taken(reservedNames().begin(), reservedNames().end());
        for (const QString &field : fields) {
            if (field == u"address") {
                m_names.insert(field, u"address"_s);
                continue;
            }
            QString name;
            for (const QChar c : field)
                name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
            if (name.isEmpty() || name.front().isDigit())
                name.prepend(u'f');
            const QString base = name;
            for (int n = 2;
                 taken.contains(name) || taken.contains(name + u"Html"_s) || !isJsonnetIdentifier(name); ++n)
                name = base + u'_' + QString::number(n);
            taken.insert(name);
            taken.insert(name + u"Html"_s);
            m_names.insert(field, name);
        }
    }

    // `local traits_name_first = text(at(at(at(identity, 'traits'), 'name'), 'first'));` for each field.
    QString locals(const QStringList &fields, const QSet<QString> &htmlFields) const
    {
        QString s;
        for (const QString &field : fields) {
            const QString name = m_names.value(field);
            if (field != u"address") {
                QString lookup = u"identity"_s;
                for (const QString &key : field.split(u'.'))
                    lookup = u"at("_s + lookup + u", "_s + jsonnetSingleQuoted(key) + u')';
                s += u"  local "_s + name + u" = text("_s + lookup + u");  // "_s +
                     placeholderFieldTitle(field).replace(u'\n', u' ') + u'\n';
            }
            if (htmlFields.contains(field))
                s += u"  local "_s + name + u"Html = html("_s + name + u");\n"_s;
        }
        return s;
    }

    // The pieces as one Jsonnet expression: static text as string literals (line breaks kept, so HTML reads
    // line by line), slots as the field's local with its fallback.
    QString expression(const Pieces &pieces) const
    {
        if (pieces.isEmpty())
            return u"''"_s;
        QStringList terms;
        for (const Piece &piece : pieces.list()) {
            if (!piece.slot) {
                terms << (piece.text.contains(u'\n') ? jsonnetMultilineString(piece.text)
                                                     : jsonnetSingleQuoted(piece.text));
                continue;
            }
            const QString value = m_names.value(piece.slot->field) +
                                  (piece.slot->escape == Escape::Html ? u"Html"_s : QString());
            terms << (piece.slot->fallback.isEmpty()
                          ? value
                          : u"orElse("_s + value + u", "_s +
                                jsonnetSingleQuoted(escaped(piece.slot->fallback, piece.slot->escape)) +
                                u')');
        }
        // Slots stay on the line of the text around them, so the HTML still reads line by line.
        return terms.join(u" + "_s);
    }

private:
    QHash<QString, QString> m_names;
};

QString recipientCandidate(const QString &source)
{
    if (source == u"verified")
        return u"first([a.value for a in addresses if at(a, 'verified') == true]),  // first verified address"_s;
    if (source == u"address")
        return u"first([a.value for a in addresses]),  // first email address"_s;
    if (source.startsWith(u"trait:") && source.size() > 6) {
        QString lookup = u"at(identity, 'traits')"_s;
        for (const QString &key : source.mid(6).split(u'.'))
            lookup = u"at("_s + lookup + u", "_s + jsonnetSingleQuoted(key) + u')';
        return u"textOnly("_s + lookup + u"),  // trait "_s + QString(source.mid(6)).replace(u'\n', u' ');
    }
    return {};
}

} // namespace

QString DesignGenerator::html(const EmailDesign &design, const Theme &theme, const PlaceholderValues &values)
{
    return fill(compileHtml(design, theme), values);
}

QString DesignGenerator::plainText(const EmailDesign &design, const PlaceholderValues &values)
{
    return fill(compileText(design), values);
}

QString DesignGenerator::inlineText(const InlineText &text, const PlaceholderValues &values)
{
    return fill(inlinePieces(text, Escape::None), values);
}

PlaceholderValues DesignGenerator::valuesFor(const EmailDesign &design, const QJsonObject &identity)
{
    QStringList fields;
    collectFields(compileHtml(design, Theme{}), &fields);
    collectFields(compileText(design), &fields);
    for (const InlineText *text : {&design.envelope.subject, &design.envelope.fromName,
                                   &design.envelope.recipientName, &design.envelope.preheader})
        collectFields(inlinePieces(*text, Escape::None), &fields);
    PlaceholderValues values;
    for (const QString &field : std::as_const(fields)) {
        if (field != u"address")
            values.insert(field, textOf(atPath(identity, field)));
    }
    values.insert(u"address"_s, recipientOf(design.envelope, identity));
    return values;
}

QStringList DesignGenerator::placeholderFields(const QJsonObject &identity)
{
    QStringList out{u"address"_s, u"id"_s};
    std::function<void(const QJsonObject &, const QString &)> collect = [&](const QJsonObject &object,
                                                                            const QString &prefix) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = prefix + u'.' + it.key();
            if (it.value().isObject())
                collect(it.value().toObject(), path);
            else if (!it.value().isArray() && !it.value().isNull())
                out << path;
        }
    };
    collect(identity.value(u"traits"_s).toObject(), u"traits"_s);
    collect(identity.value(u"metadata_public"_s).toObject(), u"metadata_public"_s);
    return out;
}

QString DesignGenerator::jsonnet(const EmailDesign &design, const Theme &theme)
{
    const Envelope &envelope = design.envelope;
    const Pieces html = compileHtml(design, theme);
    const Pieces text = compileText(design);
    const Pieces subject = inlinePieces(envelope.subject, Escape::None);
    const Pieces fromName = inlinePieces(envelope.fromName, Escape::None);
    const Pieces recipientName = inlinePieces(envelope.recipientName, Escape::None);

    QStringList fields;
    for (const Pieces *p : {&subject, &fromName, &recipientName, &text, &html})
        collectFields(*p, &fields);
    QSet<QString> htmlFields;
    for (const Piece &piece : html.list()) {
        if (piece.slot)
            htmlFields.insert(piece.slot->field);
    }
    const JsonnetWriter writer(fields);

    QString s;
    s += u"// Email generated by Hookmail's designer. Edit it in Hookmail's Design mode: editing this code "
         u"by\n"
         u"// hand turns the email into a code template, and the design is no longer used.\n"
         u"// hookmail-design\n"
         u"function(ctx)\n"
         u"  local identity =\n"
         u"    if std.objectHas(ctx, 'identity') && std.isObject(ctx.identity) then ctx.identity else {};\n"
         u"  // at(o, 'key'): the field when o is an object that has it, else null; no field is used "
         u"unchecked.\n"
         u"  local at(o, key) = if std.isObject(o) && std.objectHas(o, key) then o[key] else null;\n"
         u"  // text(v): a value as text; '' when it is missing, null, a list, an object or a fraction.\n"
         u"  local text(v) =\n"
         u"    if std.isString(v) then v\n"
         u"    else if std.isBoolean(v) then (if v then 'true' else 'false')\n"
         u"    else if std.isNumber(v) && v == std.floor(v) && v > -1e15 && v < 1e15 then std.toString(v)\n"
         u"    else '';\n"
         u"  local textOnly(v) = if std.isString(v) then v else '';\n"
         u"  // orElse(value, fallback): the fallback when the person has no value for a placeholder.\n"
         u"  local orElse(value, fallback) = if value == '' then fallback else value;\n"
         u"  // html(s): s with the characters HTML gives meaning to escaped. Only the person's values need "
         u"it:\n"
         u"  // Hookmail escaped every other text when it wrote the HTML below.\n"
         u"  local html(s) = std.join('', [\n"
         u"    if c == '&' then '&amp;' else if c == '<' then '&lt;' else if c == '>' then '&gt;'\n"
         u"    else if c == '\"' then '&quot;' else if c == \"'\" then '&#39;' else c\n"
         u"    for c in std.stringChars(s)\n"
         u"  ]);\n"_s;
    s += DesignGenerator::recipientLocals(envelope);
    if (!fields.isEmpty()) {
        s += u"  // The person's values this email uses (placeholders).\n"_s;
        s += writer.locals(fields, htmlFields);
    }
    if (!recipientName.isEmpty())
        s += u"  local recipientName = "_s + writer.expression(recipientName) + u";\n"_s;
    s += u"  {\n    message: {\n"_s;
    s += u"      from_email: "_s + jsonnetSingleQuoted(envelope.fromEmail) + u",\n"_s;
    if (!fromName.isEmpty())
        s += u"      from_name: "_s + writer.expression(fromName) + u",\n"_s;
    s += u"      subject: "_s + writer.expression(subject) + u",\n"_s;
    s += u"      to: [{\n        email: address,\n"_s;
    if (!recipientName.isEmpty())
        s += u"        [if recipientName != '' then 'name']: recipientName,\n"_s;
    s += u"        type: 'to',\n      }],\n"_s;
    if (!envelope.replyTo.isEmpty())
        s += u"      headers: { 'Reply-To': "_s + jsonnetSingleQuoted(envelope.replyTo) + u" },\n"_s;
    if (!envelope.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : envelope.tags)
            tags << jsonnetSingleQuoted(tag);
        s += u"      tags: ["_s + tags.join(u", "_s) + u"],\n"_s;
    }
    s += design.plainTextOverride ? u"      // The plain-text version (written in the designer).\n"_s
                                  : u"      // The plain-text version, derived from the blocks.\n"_s;
    s += u"      text: "_s + writer.expression(text) + u",\n"_s;
    s += u"      // The HTML version: Hookmail's HTML with the person's values (escaped) in between.\n"_s;
    s += u"      html: "_s + writer.expression(html) + u",\n"_s;
    s += u"    },\n  }\n"_s;
    return s;
}

QString DesignGenerator::recipientLocals(const Envelope &envelope)
{
    QString s =
        u"  // Email addresses of the identity. The key is missing for e.g. social sign-ups without an "
        u"email.\n"
        u"  local addresses =\n"
        u"    local list = at(identity, 'verifiable_addresses');\n"
        u"    if std.isArray(list) then [\n"
        u"      a for a in list\n"
        u"      if std.isObject(a) && std.isString(at(a, 'value')) && a.value != ''\n"
        u"         && (!std.objectHas(a, 'via') || a.via == 'email')\n"
        u"    ] else [];\n"
        u"  local first(list) = if std.length(list) > 0 then list[0] else '';\n"
        u"  // The recipient: the first of these that is not empty.\n"
        u"  local candidates = [\n"_s;
    for (const QString &source : envelope.recipientSources) {
        const QString candidate = recipientCandidate(source);
        if (!candidate.isEmpty())
            s += u"    "_s + candidate + u'\n';
    }
    if (!envelope.fallbackRecipient.isEmpty())
        s += u"    "_s + jsonnetSingleQuoted(envelope.fallbackRecipient) + u",  // fallback address\n"_s;
    s += u"  ];\n"
         u"  local found = [c for c in candidates if c != ''];\n"
         u"  // No address at all: skip this email (Ory treats error \"cancel\" as \"hook skipped\").\n"
         u"  local address = if std.length(found) > 0 then found[0] else error 'cancel';\n"_s;
    return s;
}

} // namespace hookmail
