#pragma once

#include "core/common/Result.h"
#include "core/design/EmailDesign.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace hookmail {

// The values placeholders take for one person: dotted field path → text ("traits.name.first" → "Jane",
// "address" → the chosen recipient). A path that is absent (or maps to an empty string) uses the
// placeholder's fallback.
using PlaceholderValues = QHash<QString, QString>;

// EmailDesign → email-safe HTML, plain text and an Ory-safe Jsonnet template. The three come from one
// intermediate form (static text plus placeholder slots), so the HTML the Jsonnet produces in the worker
// for a person is byte-identical to html() with that person's values (tested through the worker).
class DesignGenerator
{
public:
    // Email-safe HTML: table layout, inline styles, bulletproof button, hidden preheader, lang, alt
    // texts, max width with a phone breakpoint; every user text and every value HTML-escaped. Each block's
    // outermost element carries data-hm-block="<block id>" (the preview link).
    static QString html(const EmailDesign &design, const Theme &theme, const PlaceholderValues &values);
    // The plain-text version: the override when set, else derived from the blocks (headings, paragraphs,
    // "Label: URL" for buttons and links).
    static QString plainText(const EmailDesign &design, const PlaceholderValues &values);
    // The subject / from name / recipient name with values.
    static QString inlineText(const InlineText &text, const PlaceholderValues &values);

    // The Jsonnet template for Mandrill messages/send: readable, commented, no field used without a check,
    // no address → error "cancel" (or the fallback address), cheap to evaluate.
    static QString jsonnet(const EmailDesign &design, const Theme &theme);

    // The values of `identity` (as Kratos marshals it) for the placeholders; "address" is the recipient the
    // envelope's recipientSources choose (empty when none).
    static PlaceholderValues valuesFor(const EmailDesign &design, const QJsonObject &identity);
    // Field paths an identity offers for placeholders ("address", "id", "traits.name.first",
    // "metadata_public.plan"), in the identity's order.
    static QStringList placeholderFields(const QJsonObject &identity);
    // The Jsonnet locals that pick the recipient (`addresses`, `first`, `candidates`, `found`, `address`,
    // error "cancel" when there is none) from the envelope's sources and fallback; shared with the Mandrill
    // template generator. Expects `identity`, `at` and `textOnly` in scope.
    static QString recipientLocals(const Envelope &envelope);
};

// Serialisation for the .hookmail file (format version 2). `path` names the object in error messages,
// e.g. "actions[0].design".
QJsonObject designToJson(const EmailDesign &design);
Result<EmailDesign> designFromJson(const QJsonObject &json, const QString &path);
QJsonObject themeToJson(const Theme &theme);
Result<Theme> themeFromJson(const QJsonObject &json, const QString &path);

// A new block of `kind` with sensible starting content and a fresh id unique within `design`.
Block newBlock(BlockKind kind, const EmailDesign &design);
// The design new emails (and the built-in project) start with: a welcome email with logo, heading, text
// with a first-name placeholder, a button and a footer.
EmailDesign defaultWelcomeDesign();

} // namespace hookmail
