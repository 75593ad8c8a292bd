// What designs start with: the web-safe font stacks, new blocks and the default welcome email. The email's
// own words are content the user replaces (like the text of a new document), so they are not translated.
#include "core/design/DesignGenerator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookmail {

namespace {
Inline literal(const QString &text)
{
    Inline run;
    run.text = text;
    return run;
}

Inline chip(const QString &field, const QString &fallback = {}, bool bold = false)
{
    Inline run;
    run.placeholder = Placeholder{field, fallback};
    run.bold = bold;
    return run;
}

Paragraph paragraph(const QList<Inline> &runs)
{
    Paragraph p;
    p.runs = runs;
    return p;
}
} // namespace

QStringList Theme::webSafeFontStacks()
{
    // Fonts every mail client has (or a close substitute named after it), generic family last.
    return {u"Helvetica, Arial, sans-serif"_s,          u"Arial, Helvetica, sans-serif"_s,
            u"Verdana, Geneva, sans-serif"_s,           u"Tahoma, Geneva, sans-serif"_s,
            u"'Trebuchet MS', Helvetica, sans-serif"_s, u"Georgia, 'Times New Roman', serif"_s,
            u"'Times New Roman', Times, serif"_s,       u"'Courier New', Courier, monospace"_s};
}

Block newBlock(BlockKind kind, const EmailDesign &design)
{
    int highest = 0;
    static const QRegularExpression numbered(u"^b([0-9]{1,9})$"_s);
    for (const Block &block : design.blocks) {
        const auto match = numbered.match(block.id);
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    Block block;
    block.id = u'b' + QString::number(highest + 1);
    block.kind = kind;
    switch (kind) {
    case BlockKind::Image:
        block.altText = u"Describe the image"_s;
        break;
    case BlockKind::Heading:
        block.line = {literal(u"A heading"_s)};
        break;
    case BlockKind::Text:
        block.text = {paragraph({literal(u"Write your text here."_s)})};
        break;
    case BlockKind::Button:
        block.line = {literal(u"Open"_s)};
        block.buttonUrl = {literal(u"https://example.com/"_s)};
        break;
    case BlockKind::Footer:
        block.text = {
            paragraph({literal(u"You received this email because you have an account at Example."_s)}),
            paragraph({literal(u"Example Inc., 1 Example Street, Example City"_s)})};
        break;
    case BlockKind::CustomHtml:
        block.html = u"<p style=\"margin:0;\">Your HTML here. Hi {{traits.name.first|there}}!</p>"_s;
        break;
    case BlockKind::Divider:
    case BlockKind::Spacer:
        break;
    }
    return block;
}

EmailDesign defaultWelcomeDesign()
{
    EmailDesign design;
    Envelope &e = design.envelope;
    e.fromEmail = u"welcome@example.com"_s;
    e.fromName = {literal(u"Example"_s)};
    e.subject = {literal(u"Welcome to Example"_s)};
    e.preheader = {literal(u"Your account is ready. Here is how to get started."_s)};
    e.tags = {u"welcome"_s};
    e.recipientName = {chip(u"traits.name.first"_s)};

    auto add = [&design](BlockKind kind) -> Block & {
        design.blocks << newBlock(kind, design);
        return design.blocks.last();
    };
    Block &logo = add(BlockKind::Image);
    logo.useThemeLogo = true;
    logo.altText = u"Example"_s;
    logo.imageWidth = 140;
    Block &heading = add(BlockKind::Heading);
    heading.line = {literal(u"Welcome to Example!"_s)};
    Block &text = add(BlockKind::Text);
    text.text = {paragraph({literal(u"Hi "_s), chip(u"traits.name.first"_s, u"there"_s), literal(u","_s)}),
                 paragraph({literal(u"Your account for "_s), chip(u"address"_s, {}, true),
                            literal(u" is ready. Sign in to get started."_s)})};
    Block &button = add(BlockKind::Button);
    button.line = {literal(u"Get started"_s)};
    button.buttonUrl = {literal(u"https://example.com/login"_s)};
    Block &footer = add(BlockKind::Footer);
    footer.text = {paragraph({literal(
                       u"You received this email because you signed up at Example. If it wasn't you, you can "
                       u"ignore this email."_s)}),
                   paragraph({literal(u"Example Inc., 1 Example Street, Example City"_s)})};
    return design;
}

} // namespace hookmail
