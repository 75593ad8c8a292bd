#include "design/BlockCatalog.h"

#include "core/design/DesignGenerator.h"
#include "design/DesignTextConversion.h"

#include <QRegularExpression>

namespace hookmail {

QList<BlockCatalog::Entry> BlockCatalog::palette()
{
    return {
        {u"Logo"_qs, BlockKind::Image, true, tr("Logo"), tr("Your brand logo, set once in the Brand tab")},
        {u"Image"_qs, BlockKind::Image, false, tr("Image"), tr("A picture from a web address")},
        {u"Heading"_qs, BlockKind::Heading, false, tr("Heading"), tr("A title in large type")},
        {u"Text"_qs, BlockKind::Text, false, tr("Text"), tr("Paragraphs with bold, italic, links and lists")},
        {u"Button"_qs, BlockKind::Button, false, tr("Button"), tr("A big link in the brand colour")},
        {u"Divider"_qs, BlockKind::Divider, false, tr("Divider"), tr("A thin line between parts")},
        {u"Spacer"_qs, BlockKind::Spacer, false, tr("Spacer"), tr("Empty space")},
        {u"Footer"_qs, BlockKind::Footer, false, tr("Footer"),
         tr("Small print: your address, why the person gets this email")},
        {u"CustomHtml"_qs, BlockKind::CustomHtml, false, tr("Custom HTML"), tr("For people who write HTML")},
    };
}

Block BlockCatalog::create(const Entry &entry, const EmailDesign &design)
{
    Block block = newBlock(entry.kind, design);
    if (entry.kind == BlockKind::Image && entry.logo) {
        block.useThemeLogo = true;
        if (block.altText.isEmpty())
            block.altText = tr("Logo");
    }
    return block;
}

Block BlockCatalog::duplicate(const Block &block, const EmailDesign &design)
{
    Block copy = block;
    copy.id = newBlock(block.kind, design).id;
    return copy;
}

QString BlockCatalog::kindTitle(const Block &block)
{
    switch (block.kind) {
    case BlockKind::Image:
        return block.useThemeLogo ? tr("Logo") : tr("Image");
    case BlockKind::Heading:
        return tr("Heading");
    case BlockKind::Text:
        return tr("Text");
    case BlockKind::Button:
        return tr("Button");
    case BlockKind::Divider:
        return tr("Divider");
    case BlockKind::Spacer:
        return tr("Spacer");
    case BlockKind::Footer:
        return tr("Footer");
    case BlockKind::CustomHtml:
        return tr("Custom HTML");
    }
    return {};
}

QString BlockCatalog::label(const Block &block)
{
    QString detail;
    switch (block.kind) {
    case BlockKind::Image:
        if (!block.useThemeLogo) {
            detail = block.altText;
            if (detail.isEmpty())
                detail = block.imageUrl.section(u'/', -1);
        }
        break;
    case BlockKind::Heading:
    case BlockKind::Button:
        detail = designtext::summary(block.line);
        break;
    case BlockKind::Text:
    case BlockKind::Footer:
        detail = designtext::summary(block.text);
        break;
    case BlockKind::Spacer:
        detail = tr("%1 px").arg(block.spacerHeight);
        break;
    case BlockKind::Divider:
        break;
    case BlockKind::CustomHtml: {
        static const QRegularExpression tags(u"<[^>]*>"_qs);
        detail = QString(block.html).replace(tags, u" "_qs).simplified();
        break;
    }
    }
    detail = detail.simplified();
    if (detail.size() > 60)
        detail = detail.left(59) + u'…';
    if (detail.isEmpty())
        return kindTitle(block);
    return tr("%1 — %2").arg(kindTitle(block), detail);
}

} // namespace hookmail
