#include "core/mtemplate/MergeTags.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <optional>

using namespace Qt::StringLiterals;

namespace hookmail {

QString mergeLanguageName(MergeLanguage language)
{
    return language == MergeLanguage::Handlebars ? u"handlebars"_s : u"mailchimp"_s;
}

MergeLanguage mergeLanguageFromName(const QString &name, bool *ok)
{
    const QString n = name.trimmed().toLower();
    if (ok)
        *ok = n == u"handlebars" || n == u"mailchimp";
    return n == u"handlebars" ? MergeLanguage::Handlebars : MergeLanguage::Mailchimp;
}

MergeLanguage TemplateScan::likelyLanguage() const
{
    return handlebarsTags.size() > mailchimpTags.size() ? MergeLanguage::Handlebars
                                                        : MergeLanguage::Mailchimp;
}

QStringList TemplateScan::tagsFor(MergeLanguage language) const
{
    return language == MergeLanguage::Handlebars ? handlebarsTags : mailchimpTags;
}

QString handlebarsEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        case '\'':
            out += u"&#x27;"_s;
            break;
        case '`':
            out += u"&#x60;"_s;
            break;
        case '=':
            out += u"&#x3D;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

// ---- tokens of both languages ----------------------------------------------------------------------------

struct Token
{
    enum class Kind
    {
        Text,
        Value,  // a merge tag: name, raw?, modifier (UPPER/LOWER/TITLE/HTML for Mailchimp)
        System, // a Mailchimp system tag (UNSUB, CURRENT_YEAR, MC:SUBJECT, DATE:…)
        If,     // if / unless (negate), optional "= value" (Mailchimp)
        Else,
        End,
        Unsupported, // shown as written
        Comment,     // {{! … }}: dropped
    };
    Kind kind = Kind::Text;
    QString text; // Text: the text; Value/If: the tag name; System: the tag; Unsupported: as written
    QString modifier;
    QString compare; // If: "= value" comparison (Mailchimp IF:NAME=value)
    bool raw = false;
    bool negate = false;
};

Token tok(Token::Kind kind, const QString &text)
{
    Token t;
    t.kind = kind;
    t.text = text;
    return t;
}

// Mailchimp names: letters, digits and _ (FACTS §8.7); we also accept - as Mandrill does not refuse it.
bool isTagName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_][A-Za-z0-9_-]*$"_s);
    return pattern.match(name).hasMatch();
}

bool isSystemTag(const QString &upper)
{
    static const QStringList names = {u"UNSUB"_s,           u"UPDATE_PROFILE"_s, u"CURRENT_YEAR"_s,
                                      u"MC_PREVIEW_TEXT"_s, u"ARCHIVE"_s,        u"REWARDS"_s,
                                      u"FORWARD"_s};
    return names.contains(upper);
}

QList<Token> mailchimpTokens(const QString &code)
{
    static const QRegularExpression tag(u"\\*\\|([^|*\\n]{1,120})\\|\\*"_s);
    QList<Token> out;
    qsizetype pos = 0;
    auto it = tag.globalMatch(code);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > pos)
            out << tok(Token::Kind::Text, code.mid(pos, m.capturedStart() - pos));
        pos = m.capturedEnd();
        const QString inner = m.captured(1).trimmed();
        const QString upper = inner.toUpper();
        Token t;
        t.text = inner;
        if (upper.startsWith(u"IF:"_s) || upper.startsWith(u"IFNOT:"_s)) {
            t.kind = Token::Kind::If;
            t.negate = upper.startsWith(u"IFNOT:"_s);
            QString condition = inner.mid(t.negate ? 6 : 3).trimmed();
            const qsizetype eq = condition.indexOf(u'=');
            if (eq > 0) {
                t.compare = condition.mid(eq + 1).trimmed();
                condition = condition.left(eq).trimmed();
                if (condition.endsWith(u'!')) { // IF:NAME!=value
                    condition.chop(1);
                    t.negate = !t.negate;
                }
            }
            t.text = condition.trimmed();
            if (!isTagName(t.text))
                t = tok(Token::Kind::Unsupported, m.captured(0));
        } else if (upper == u"ELSE:" || upper == u"ELSE") {
            t.kind = Token::Kind::Else;
        } else if (upper == u"END:IF" || upper == u"END:IFNOT") {
            t.kind = Token::Kind::End;
        } else if (upper.startsWith(u"ELSEIF:"_s)) {
            t = tok(Token::Kind::Unsupported, m.captured(0));
        } else if (const qsizetype colon = upper.indexOf(u':'); colon > 0) {
            const QString prefix = upper.left(colon);
            const QString name = inner.mid(colon + 1).trimmed();
            if ((prefix == u"HTML" || prefix == u"UPPER" || prefix == u"LOWER" || prefix == u"TITLE") &&
                isTagName(name)) {
                t.kind = Token::Kind::Value;
                t.modifier = prefix;
                t.text = name;
            } else {
                t.kind = Token::Kind::System; // MC:SUBJECT, DATE:Y, LIST:COMPANY…
                t.text = upper;
            }
        } else if (isSystemTag(upper)) {
            t.kind = Token::Kind::System;
            t.text = upper;
        } else if (isTagName(inner)) {
            t.kind = Token::Kind::Value;
        } else {
            t = tok(Token::Kind::Unsupported, m.captured(0));
        }
        out << t;
    }
    if (pos < code.size())
        out << tok(Token::Kind::Text, code.mid(pos));
    return out;
}

bool isHandlebarsPath(const QString &expr)
{
    static const QRegularExpression pattern(u"^(this\\.)?[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*$"_s);
    return pattern.match(expr).hasMatch();
}

QString handlebarsName(const QString &expr)
{
    return expr.startsWith(u"this."_s) ? expr.mid(5) : expr;
}

QList<Token> handlebarsTokens(const QString &code)
{
    QList<Token> out;
    qsizetype pos = 0;
    while (pos < code.size()) {
        const qsizetype open = code.indexOf(u"{{"_s, pos);
        if (open < 0)
            break;
        const bool triple = code.mid(open, 3) == u"{{{";
        const QString closer = triple ? u"}}}"_s : u"}}"_s;
        const qsizetype close = code.indexOf(closer, open + closer.size());
        if (close < 0)
            break;
        if (open > pos)
            out << tok(Token::Kind::Text, code.mid(pos, open - pos));
        const QString whole = code.mid(open, close + closer.size() - open);
        QString expr = code.mid(open + closer.size(), close - open - closer.size());
        if (expr.startsWith(u'~'))
            expr.remove(0, 1);
        if (expr.endsWith(u'~'))
            expr.chop(1);
        expr = expr.trimmed();
        pos = close + closer.size();
        Token t;
        if (expr.startsWith(u'!')) {
            t.kind = Token::Kind::Comment;
        } else if (expr.startsWith(u"#if "_s) || expr.startsWith(u"#unless "_s)) {
            const QString condition = expr.section(u' ', 1).trimmed();
            if (isHandlebarsPath(condition)) {
                t.kind = Token::Kind::If;
                t.negate = expr.startsWith(u"#unless"_s);
                t.text = handlebarsName(condition);
            } else {
                t = tok(Token::Kind::Unsupported, whole);
            }
        } else if (expr == u"else") {
            t.kind = Token::Kind::Else;
        } else if (expr == u"/if" || expr == u"/unless") {
            t.kind = Token::Kind::End;
        } else if (isHandlebarsPath(expr)) {
            t.kind = Token::Kind::Value;
            t.text = handlebarsName(expr);
            t.raw = triple;
        } else {
            t = tok(Token::Kind::Unsupported, whole);
        }
        out << t;
    }
    if (pos < code.size())
        out << tok(Token::Kind::Text, code.mid(pos));
    return out;
}

QString titleCase(const QString &text)
{
    QString out = text.toLower();
    bool start = true;
    for (QChar &c : out) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetterOrNumber();
    }
    return out;
}

QString systemStandIn(const QString &tag)
{
    if (tag == u"CURRENT_YEAR")
        return QString::number(QDate::currentDate().year());
    if (tag.startsWith(u"DATE:"_s))
        return QDate::currentDate().toString(Qt::ISODate);
    if (tag == u"UNSUB" || tag == u"UPDATE_PROFILE" || tag == u"ARCHIVE" || tag == u"FORWARD")
        return u"#"_s; // a link Mandrill fills in when sending
    return {};
}

void addUnique(QStringList *list, const QString &name, Qt::CaseSensitivity cs)
{
    if (!list->contains(name, cs))
        *list << name;
}

} // namespace

QString fillEditRegions(const QString &html, const QHash<QString, QString> &regions)
{
    static const QRegularExpression open(
        u"<([A-Za-z][A-Za-z0-9]*)\\b[^>]*?\\bmc:edit\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>"_s);
    QString out;
    qsizetype pos = 0;
    auto it = open.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < pos)
            continue; // inside a region already replaced
        const QString name = m.captured(2);
        if (!regions.contains(name))
            continue;
        const QString tagName = m.captured(1).toLower();
        // Find the matching close tag, counting nested elements of the same name.
        const QRegularExpression sameTag(u"<(/?)"_s + QRegularExpression::escape(tagName) + u"\\b[^>]*>"_s,
                                         QRegularExpression::CaseInsensitiveOption);
        int depth = 1;
        qsizetype innerEnd = -1, closeEnd = -1;
        auto inner = sameTag.globalMatch(html, m.capturedEnd());
        while (inner.hasNext()) {
            const QRegularExpressionMatch t = inner.next();
            if (t.captured(1).isEmpty()) {
                if (!t.captured(0).endsWith(u"/>"_s))
                    ++depth;
            } else if (--depth == 0) {
                innerEnd = t.capturedStart();
                closeEnd = t.capturedEnd();
                break;
            }
        }
        if (innerEnd < 0)
            continue; // unclosed: leave it
        out += html.mid(pos, m.capturedEnd() - pos);
        out += regions.value(name);
        out += html.mid(innerEnd, closeEnd - innerEnd);
        pos = closeEnd;
    }
    out += html.mid(pos);
    return out;
}

TemplateScan scanTemplate(const QStringList &parts)
{
    TemplateScan scan;
    static const QRegularExpression edit(u"\\bmc:edit\\s*=\\s*[\"']([^\"']+)[\"']"_s);
    for (const QString &part : parts) {
        for (const Token &t : mailchimpTokens(part)) {
            if (t.kind == Token::Kind::Value || t.kind == Token::Kind::If)
                addUnique(&scan.mailchimpTags, t.text.toUpper(), Qt::CaseInsensitive);
            else if (t.kind == Token::Kind::Unsupported)
                addUnique(&scan.unsupported, t.text, Qt::CaseSensitive);
        }
        for (const Token &t : handlebarsTokens(part)) {
            if (t.kind == Token::Kind::Value || t.kind == Token::Kind::If)
                addUnique(&scan.handlebarsTags, t.text, Qt::CaseSensitive);
            else if (t.kind == Token::Kind::Unsupported)
                addUnique(&scan.unsupported, t.text, Qt::CaseSensitive);
        }
        auto it = edit.globalMatch(part);
        while (it.hasNext())
            addUnique(&scan.editRegions, it.next().captured(1), Qt::CaseSensitive);
    }
    return scan;
}

QString renderMerge(const QString &code, MergeLanguage language, const MergeValues &values,
                    const QHash<QString, QString> &regions, QStringList *unsupported)
{
    const QString filled = regions.isEmpty() ? code : fillEditRegions(code, regions);
    const bool mailchimp = language == MergeLanguage::Mailchimp;
    MergeValues upperValues;
    if (mailchimp) {
        for (auto it = values.begin(); it != values.end(); ++it)
            upperValues.insert(it.key().toUpper(), it.value());
    }
    auto valueOf = [&](const QString &name) {
        return mailchimp ? upperValues.value(name.toUpper()) : values.value(name);
    };
    // Conditional blocks: a stack of "is this branch shown".
    struct Frame
    {
        bool parentShown;
        bool condition;
        bool inElse = false;
        bool shown() const { return parentShown && (inElse ? !condition : condition); }
    };
    QList<Frame> stack;
    auto shown = [&] { return stack.isEmpty() || stack.last().shown(); };
    QString out;
    const QList<Token> tokens = mailchimp ? mailchimpTokens(filled) : handlebarsTokens(filled);
    for (const Token &t : tokens) {
        switch (t.kind) {
        case Token::Kind::Text:
            if (shown())
                out += t.text;
            break;
        case Token::Kind::Value:
            if (shown()) {
                QString v = valueOf(t.text);
                if (t.modifier == u"UPPER")
                    v = v.toUpper();
                else if (t.modifier == u"LOWER")
                    v = v.toLower();
                else if (t.modifier == u"TITLE")
                    v = titleCase(v);
                out += (mailchimp || t.raw) ? v : handlebarsEscape(v);
            }
            break;
        case Token::Kind::System:
            if (shown())
                out += systemStandIn(t.text);
            break;
        case Token::Kind::If: {
            const QString v = valueOf(t.text);
            bool condition = t.compare.isEmpty() ? !v.isEmpty() : v == t.compare;
            if (t.negate)
                condition = !condition;
            stack << Frame{shown(), condition};
            break;
        }
        case Token::Kind::Else:
            if (!stack.isEmpty())
                stack.last().inElse = true;
            break;
        case Token::Kind::End:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case Token::Kind::Unsupported:
            if (unsupported && !unsupported->contains(t.text))
                *unsupported << t.text;
            if (shown())
                out += t.text;
            break;
        case Token::Kind::Comment:
            break;
        }
    }
    return out;
}

} // namespace hookmail
