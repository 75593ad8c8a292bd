#pragma once

#include "core/design/EmailDesign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hookmail {

// What the "+ Add block" palette offers and how blocks are named in the block list, in the words of
// someone who knows no HTML.
class BlockCatalog
{
    Q_DECLARE_TR_FUNCTIONS(hookmail::BlockCatalog)
public:
    struct Entry
    {
        QString id; // objectName suffix: "addLogoAction"
        BlockKind kind;
        bool logo; // an Image block showing the brand logo
        QString title;
        QString description;
    };
    static QList<Entry> palette();

    // A new block for `entry` with a fresh id in `design`.
    static Block create(const Entry &entry, const EmailDesign &design);
    // `block` with a fresh id in `design` (Duplicate).
    static Block duplicate(const Block &block, const EmailDesign &design);

    static QString kindTitle(const Block &block); // "Logo", "Heading", "Custom HTML"…
    // One row of the block list: "Heading — Welcome to Example!".
    static QString label(const Block &block);
};

} // namespace hookmail
