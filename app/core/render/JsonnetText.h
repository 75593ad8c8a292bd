#pragma once

#include <QString>

namespace hookmail {

// Writing user text into generated Jsonnet safely. Single-quoted strings escape backslashes, quotes,
// control characters and the line/paragraph separators, so any Unicode text (RTL, CJK, emoji) survives a
// round trip through the Jsonnet lexer unchanged.
QString jsonnetSingleQuoted(const QString &text);
// The same, but line breaks stay real line breaks (Jsonnet strings may span lines), so a long generated text
// such as an email's HTML reads line by line in the template. Only \n is kept; \r and the rest are escaped.
QString jsonnetMultilineString(const QString &text);
// A valid Jsonnet field name for `name`: bare when it is an identifier (and not a keyword), quoted otherwise.
QString jsonnetFieldName(const QString &name);
bool isJsonnetIdentifier(const QString &name);

} // namespace hookmail
