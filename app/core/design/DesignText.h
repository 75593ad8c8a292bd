#pragma once

#include "core/design/EmailDesign.h"

#include <QString>

namespace hookmail {

// Small conversions between the design's text values and plain strings, shared by the version-1 migration,
// the CLI (`hookmail design show|set`) and the window.

// "Hi {{traits.name.first|there}}," → runs with a placeholder chip. `{{field}}` / `{{field|fallback}}`
// (spaces around the field allowed; a leading "identity." is dropped). No formatting.
InlineText inlineTextFromTemplate(const QString &text);
// The inverse: placeholders written as `{{field}}` / `{{field|fallback}}`.
QString inlineTextToTemplate(const InlineText &text);
// Literal text only (no placeholders), e.g. for `hookmail design set subject "Welcome"`.
InlineText plainInlineText(const QString &text);

// Plain text (paragraphs separated by a blank line, `{{…}}` placeholders) → rich text, and back.
RichText richTextFromTemplate(const QString &text);
QString richTextToTemplate(const RichText &text);

// A placeholder as people read it: "[First name | there]", "[Their email address]".
QString placeholderLabel(const Placeholder &placeholder);
// The words for a field path: "traits.name.first" → "First name", "address" → "Their email address".
QString placeholderFieldTitle(const QString &field);
// Text with placeholders shown as labels: "Hi [First name | there],".
QString inlineTextForDisplay(const InlineText &text);
QString richTextForDisplay(const RichText &text);

// The field path as generated code and valuesFor() use it: trimmed, without a leading "identity.".
QString normalizedPlaceholderField(const QString &field);

} // namespace hookmail
