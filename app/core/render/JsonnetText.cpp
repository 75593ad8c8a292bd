#include "core/render/JsonnetText.h"

#include <QStringList>

namespace hookmail {

namespace {
QString quoted(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\";
            break;
        case u'\'':
            out += u"\\'";
            break;
        case u'\n':
            if (keepNewlines)
                out += u'\n';
            else
                out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += u"\\u" + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c; // surrogate pairs pass through as UTF-16 and are encoded as UTF-8 later
        }
    }
    out += u'\'';
    return out;
}
} // namespace

QString jsonnetSingleQuoted(const QString &text)
{
    return quoted(text, false);
}

QString jsonnetMultilineString(const QString &text)
{
    return quoted(text, true);
}

bool isJsonnetIdentifier(const QString &name)
{
    static const QStringList keywords = {
        QStringLiteral("assert"),    QStringLiteral("else"),       QStringLiteral("error"),
        QStringLiteral("false"),     QStringLiteral("for"),        QStringLiteral("function"),
        QStringLiteral("if"),        QStringLiteral("import"),     QStringLiteral("importstr"),
        QStringLiteral("importbin"), QStringLiteral("in"),         QStringLiteral("local"),
        QStringLiteral("null"),      QStringLiteral("tailstrict"), QStringLiteral("then"),
        QStringLiteral("self"),      QStringLiteral("super"),      QStringLiteral("true")};
    if (name.isEmpty() || keywords.contains(name))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(alpha || (digit && i > 0)))
            return false;
    }
    return true;
}

QString jsonnetFieldName(const QString &name)
{
    return isJsonnetIdentifier(name) ? name : jsonnetSingleQuoted(name);
}

} // namespace hookmail
