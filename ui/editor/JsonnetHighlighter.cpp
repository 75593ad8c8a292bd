#include "editor/JsonnetHighlighter.h"

namespace hookmail {

JsonnetHighlighter::JsonnetHighlighter(QTextDocument *document, bool darkPalette)
    : QSyntaxHighlighter(document),
      m_keywordRe(QStringLiteral("\\b(assert|else|error|false|for|function|if|import|importstr|importbin|in|"
                                 "local|null|tailstrict|then|self|super|true)\\b")),
      m_numberRe(QStringLiteral("\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b")),
      m_stdRe(QStringLiteral("\\bstd\\.[A-Za-z_][A-Za-z0-9_]*")),
      m_fieldRe(QStringLiteral("\\b[A-Za-z_][A-Za-z0-9_]*(?=\\s*:{1,3}[^:])"))
{
    setupFormats(darkPalette);
}

void JsonnetHighlighter::setDarkPalette(bool dark)
{
    setupFormats(dark);
    rehighlight();
}

void JsonnetHighlighter::setupFormats(bool dark)
{
    m_keyword = {};
    m_keyword.setForeground(dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x8e, 0x24, 0xaa));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_string = {};
    m_string.setForeground(dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32));
    m_comment = {};
    m_comment.setForeground(dark ? QColor(0x7f, 0x84, 0x8e) : QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_number = {};
    m_number.setForeground(dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xb3, 0x5c, 0x00));
    m_std = {};
    m_std.setForeground(dark ? QColor(0x61, 0xaf, 0xef) : QColor(0x15, 0x65, 0xc0));
    m_field = {};
    m_field.setForeground(dark ? QColor(0xe0, 0x6c, 0x75) : QColor(0xa3, 0x15, 0x15));
}

void JsonnetHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState() < 0 ? Normal : previousBlockState();
    setCurrentBlockState(Normal);

    // A ||| text block runs until a line whose first non-blank characters are |||.
    if (previous == InTextBlock) {
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(u"|||")) {
            setFormat(0, int(text.size()), m_string);
            return;
        }
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(InTextBlock);
        return;
    }

    // Keywords, numbers, std functions and field names first; strings and comments override them.
    auto apply = [&](const QRegularExpression &re, const QTextCharFormat &format) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), format);
        }
    };
    apply(m_fieldRe, m_field);
    apply(m_numberRe, m_number);
    apply(m_keywordRe, m_keyword);
    apply(m_stdRe, m_std);

    qsizetype i = 0;
    if (previous == InComment) {
        const qsizetype end = text.indexOf(u"*/");
        if (end < 0) {
            setFormat(0, int(text.size()), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, int(end + 2), m_comment);
        i = end + 2;
    }

    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'/') {
            setFormat(int(i), int(n - i), m_comment);
            return;
        }
        if (c == u'#') {
            setFormat(int(i), int(n - i), m_comment);
            return;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/", i + 2);
            if (end < 0) {
                setFormat(int(i), int(n - i), m_comment);
                setCurrentBlockState(InComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (c == u'|' && text.mid(i, 3) == u"|||") {
            setFormat(int(i), int(n - i), m_string);
            setCurrentBlockState(InTextBlock);
            return;
        }
        if (c == u'"' || c == u'\'' ||
            (c == u'@' && i + 1 < n && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\''))) {
            const bool verbatim = c == u'@';
            const QChar quote = verbatim ? text.at(i + 1) : c;
            qsizetype j = i + (verbatim ? 2 : 1);
            while (j < n) {
                if (!verbatim && text.at(j) == u'\\') {
                    j += 2;
                    continue;
                }
                if (text.at(j) == quote) {
                    if (verbatim && j + 1 < n && text.at(j + 1) == quote) { // "" inside @"…"
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = qMin(j + 1, n);
            setFormat(int(i), int(end - i), m_string);
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace hookmail
