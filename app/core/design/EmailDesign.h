#pragma once

#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace hookmail {

// The designed email (Design mode, issue 14): blocks, an envelope and the project's theme, edited
// without HTML or Jsonnet. DesignGenerator turns it into email-safe HTML, a plain-text version and an
// Ory-safe Jsonnet template. Plain value types: equality is what the undo stack and the "is the code
// still what the design generates" check compare.

// A value of the person the email goes to, shown as a chip ("First name | there"). `field` is a
// dotted path: "traits.name.first", "metadata_public.plan", "id", or "address" (the chosen recipient
// address). `fallback` is used when the value is missing, null or empty.
struct Placeholder
{
    QString field;
    QString fallback;
    friend bool operator==(const Placeholder &, const Placeholder &) = default;
};

// One run of text inside a paragraph: literal text or a placeholder, with inline formatting.
struct Inline
{
    QString text;                           // literal text (ignored when placeholder is set)
    std::optional<Placeholder> placeholder; // set → this run is a placeholder chip
    bool bold = false;
    bool italic = false;
    QString link; // non-empty → the run is a link to this URL (literal; placeholders not allowed here)
    friend bool operator==(const Inline &, const Inline &) = default;
};

// A single line of text with placeholders and no formatting (heading, button label, subject, link URL).
using InlineText = QList<Inline>;

struct Paragraph
{
    enum class Kind
    {
        Normal,
        Bullet,
        Numbered
    };
    Kind kind = Kind::Normal;
    QList<Inline> runs;
    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

// Rich text: paragraphs (consecutive Bullet/Numbered paragraphs form one list).
using RichText = QList<Paragraph>;

enum class BlockKind
{
    Image,
    Heading,
    Text,
    Button,
    Divider,
    Spacer,
    Footer,
    CustomHtml
};
enum class BlockAlign
{
    Left,
    Center,
    Right
};

// One block of the body. One struct for every kind (only the fields of its kind are used) so blocks
// compare, copy and serialise simply.
struct Block
{
    QString id; // stable inside the design ("b1", "b2"…): links the designer and the preview
    BlockKind kind = BlockKind::Text;
    BlockAlign align = BlockAlign::Left;

    // Image / logo
    bool useThemeLogo = false; // true → the theme's logo URL (a "Logo" block)
    QString imageUrl;
    QString altText;
    int imageWidth = 0; // px; 0 → the natural width, at most the content width
    QString imageLink;  // optional link around the image

    // Heading (level 1 or 2), Button label
    InlineText line;
    int headingLevel = 1;

    // Text, Footer
    RichText text;

    // Button
    InlineText buttonUrl;

    // Spacer
    int spacerHeight = 24; // px

    // Custom HTML (the escape hatch): inserted as written; `{{field}}` / `{{field|fallback}}` in it are
    // placeholders (values HTML-escaped).
    QString html;

    friend bool operator==(const Block &, const Block &) = default;
};

// Per project: every email of the project shares the brand.
struct Theme
{
    QString brandColor = QStringLiteral("#3b5bdb"); // buttons, links
    QString textColor = QStringLiteral("#1f2933");
    QString pageBackground = QStringLiteral("#f4f5f7");
    QString contentBackground = QStringLiteral("#ffffff");
    QString fontStack = QStringLiteral("Helvetica, Arial, sans-serif"); // one of webSafeFontStacks()
    int contentWidth = 600;                                             // px, 480–800
    int cornerRadius = 8;                                               // px, 0–24
    QString logoUrl;                                                    // https URL or empty

    static QStringList webSafeFontStacks();
    friend bool operator==(const Theme &, const Theme &) = default;
};

// Who the email is from and to, and its subject.
struct Envelope
{
    QString fromEmail;
    InlineText fromName;
    QString replyTo;
    InlineText subject;
    InlineText preheader; // the preview line inbox lists show; hidden in the body
    QStringList tags;
    // Where the recipient comes from, in order of preference: "verified", "address", "trait:<name>"
    // (as EmailForm::recipientSources).
    QStringList recipientSources = {QStringLiteral("verified"), QStringLiteral("address"),
                                    QStringLiteral("trait:email")};
    InlineText recipientName;  // e.g. [traits.name.first]; empty → no name
    QString fallbackRecipient; // no address at all: empty → skip the email (error "cancel")
    friend bool operator==(const Envelope &, const Envelope &) = default;
};

struct EmailDesign
{
    Envelope envelope;
    QList<Block> blocks;
    QString language = QStringLiteral("en"); // <html lang>
    // The plain-text version is derived from the blocks unless the user overrides it.
    std::optional<RichText> plainTextOverride;
    friend bool operator==(const EmailDesign &, const EmailDesign &) = default;
};

} // namespace hookmail
