#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace hookmail {

// Syntax colouring for Jsonnet: keywords, strings (including ||| text blocks and verbatim @"…"),
// comments (//, #, /* */), numbers and std.* functions. Colours follow the palette (light or dark).
class JsonnetHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonnetHighlighter(QTextDocument *document, bool darkPalette = false);
    void setDarkPalette(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum BlockState
    {
        Normal = 0,
        InComment = 1,
        InTextBlock = 2
    };
    void setupFormats(bool dark);

    QTextCharFormat m_keyword, m_string, m_comment, m_number, m_std, m_field;
    QRegularExpression m_keywordRe, m_numberRe, m_stdRe, m_fieldRe;
};

} // namespace hookmail
