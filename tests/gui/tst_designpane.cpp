// DesignPane and its widgets, offscreen with real widgets: blocks added, reordered, duplicated and deleted
// through the UI; heading, button link, chips with fallbacks and bold text edited as a person would; the
// undo stack restores exact designs; QTextDocument ↔ RichText/InlineText conversion both ways.
#include "core/design/DesignGenerator.h"
#include "design/ChipTextEdit.h"
#include "design/ColorButton.h"
#include "design/DesignPane.h"
#include "design/DesignTextConversion.h"
#include "design/FieldMenuButton.h"
#include "design/PlaceholderChip.h"
#include "design/PromptPopup.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace hookmail;

Q_DECLARE_METATYPE(hookmail::EmailDesign)
Q_DECLARE_METATYPE(hookmail::Theme)
Q_DECLARE_METATYPE(hookmail::RichText)

namespace {

template <typename T> T *child(QObject *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qFatal("missing child %s", qPrintable(name));
    return c;
}

Inline text(const QString &t, bool bold = false, bool italic = false, const QString &link = {})
{
    return Inline{t, std::nullopt, bold, italic, link};
}

Inline chip(const QString &field, const QString &fallback = {}, bool bold = false)
{
    return Inline{{}, Placeholder{field, fallback}, bold, false, {}};
}

Paragraph para(const QList<Inline> &runs, Paragraph::Kind kind = Paragraph::Kind::Normal)
{
    return Paragraph{kind, runs};
}

const QStringList kFields = {QStringLiteral("address"), QStringLiteral("id"),
                             QStringLiteral("traits.name.first"), QStringLiteral("traits.name.last"),
                             QStringLiteral("metadata_public.plan")};

int indexOf(const EmailDesign &design, const QString &id)
{
    for (int i = 0; i < design.blocks.size(); ++i)
        if (design.blocks.at(i).id == id)
            return i;
    return -1;
}

QStringList ids(const EmailDesign &design)
{
    QStringList list;
    for (const Block &b : design.blocks)
        list.append(b.id);
    return list;
}

QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    qFatal("no menu entry %s", qPrintable(text));
    return nullptr;
}

struct Fixture
{
    DesignPane pane;
    EmailDesign start = defaultWelcomeDesign();
    Theme theme;

    Fixture()
    {
        pane.setIdentityFields(kFields);
        pane.setDesign(start, theme);
        pane.resize(600, 700);
        pane.show();
        QApplication::setActiveWindow(&pane);
    }
    QListWidget *list() { return child<QListWidget>(&pane, QStringLiteral("blockList")); }
    void clickRow(int row)
    {
        QListWidget *l = list();
        const QRect rect = l->visualItemRect(l->item(row));
        QTest::mouseClick(l->viewport(), Qt::LeftButton, {}, rect.center());
    }
    void selectKind(BlockKind kind)
    {
        for (int i = 0; i < pane.design().blocks.size(); ++i)
            if (pane.design().blocks.at(i).kind == kind) {
                clickRow(i);
                return;
            }
        qFatal("no block of that kind");
    }
    ChipTextEdit *edit(const QString &id) { return child<ChipTextEdit>(&pane, id + u"Edit"); }
};

} // namespace

class TestDesignPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<hookmail::EmailDesign>();
        qRegisterMetaType<hookmail::Theme>();
    }

    // ---- QTextDocument ↔ RichText / InlineText -------------------------------------------------------

    void richTextRoundTrip_data()
    {
        QTest::addColumn<RichText>("value");
        QTest::newRow("empty") << RichText{};
        QTest::newRow("plain") << RichText{para({text(QStringLiteral("Hello"))})};
        QTest::newRow("chips and formatting") << RichText{
            para({text(QStringLiteral("Hi ")),
                  chip(QStringLiteral("traits.name.first"), QStringLiteral("there")),
                  text(QStringLiteral(",")), chip(QStringLiteral("id"))}),
            para({text(QStringLiteral("Your account ")), chip(QStringLiteral("address"), {}, true),
                  text(QStringLiteral(" is ")), text(QStringLiteral("ready"), true, true),
                  text(QStringLiteral(" now"), false, true)})};
        QTest::newRow("adjacent equal chips") << RichText{
            para({chip(QStringLiteral("traits.name.first")), chip(QStringLiteral("traits.name.first"))})};
        QTest::newRow("links") << RichText{para(
            {text(QStringLiteral("Read ")),
             text(QStringLiteral("the guide"), false, false, QStringLiteral("https://example.com/guide")),
             text(QStringLiteral(" or ")),
             text(QStringLiteral("the FAQ"), true, false,
                  QStringLiteral("https://example.com/faq?a=1&b=2"))})};
        QTest::newRow("lists") << RichText{
            para({text(QStringLiteral("Steps:"))}),
            para({text(QStringLiteral("one"))}, Paragraph::Kind::Bullet),
            para({text(QStringLiteral("two "), true), chip(QStringLiteral("id"))}, Paragraph::Kind::Bullet),
            para({text(QStringLiteral("first"))}, Paragraph::Kind::Numbered),
            para({text(QStringLiteral("second"))}, Paragraph::Kind::Numbered),
            para({}),
            para({text(QStringLiteral("again"))}, Paragraph::Kind::Bullet)};
        QTest::newRow("line break in a paragraph")
            << RichText{para({text(QStringLiteral("Example Inc.\n1 Example Street"))})};
        QTest::newRow("markup-like text stays text")
            << RichText{para({text(QStringLiteral("<b>{{traits.email}}</b> & %(x)s"))})};
    }

    void richTextRoundTrip()
    {
        QFETCH(RichText, value);
        QTextDocument doc;
        designtext::writeRichText(&doc, value);
        QCOMPARE(designtext::readRichText(&doc), value);
        // And through the clipboard form used for copy and paste.
        QCOMPARE(designtext::fromMime(designtext::toMime(value)), value);
    }

    void documentToRichText()
    {
        // A document built the way an editor builds it: typed text, formats, a list, a chip.
        QTextDocument doc;
        QTextCursor c(&doc);
        c.insertText(QStringLiteral("Hello "));
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        c.insertText(QStringLiteral("world"), bold);
        c.insertText(QStringLiteral("!"), QTextCharFormat());
        c.insertBlock();
        QTextListFormat numbered;
        numbered.setStyle(QTextListFormat::ListDecimal);
        c.createList(numbered);
        c.insertText(QStringLiteral("Dear "));
        c.insertText(
            QString(QChar::ObjectReplacementCharacter),
            PlaceholderChip::format(Placeholder{QStringLiteral("traits.name.first"), QStringLiteral("you")}));
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(QStringLiteral("https://example.com"));
        c.insertText(QStringLiteral(" site"), link);
        // A stray object character without a chip format (e.g. a pasted image) is not part of the design.
        c.insertText(QString(QChar::ObjectReplacementCharacter), QTextCharFormat());

        const RichText expected{
            para({text(QStringLiteral("Hello ")), text(QStringLiteral("world"), true),
                  text(QStringLiteral("!"))}),
            para({text(QStringLiteral("Dear ")),
                  chip(QStringLiteral("traits.name.first"), QStringLiteral("you")),
                  text(QStringLiteral(" site"), false, false, QStringLiteral("https://example.com"))},
                 Paragraph::Kind::Numbered)};
        QCOMPARE(designtext::readRichText(&doc), expected);
    }

    void richTextToDocument()
    {
        QTextDocument doc;
        designtext::writeRichText(
            &doc, RichText{para({text(QStringLiteral("a")), chip(QStringLiteral("id"), QStringLiteral("x"))}),
                           para({text(QStringLiteral("b"), true)}, Paragraph::Kind::Bullet),
                           para({text(QStringLiteral("c"))}, Paragraph::Kind::Bullet),
                           para({text(QStringLiteral("d"), false, false, QStringLiteral("https://e.x"))})});
        QCOMPARE(doc.blockCount(), 4);
        const QTextBlock first = doc.firstBlock();
        QCOMPARE(first.text(), QString(u"a" + QString(QChar::ObjectReplacementCharacter)));
        QVERIFY(!first.textList());
        QTextCursor chipCursor(&doc);
        chipCursor.setPosition(2);
        QVERIFY(PlaceholderChip::isChip(chipCursor.charFormat()));
        QCOMPARE(PlaceholderChip::placeholder(chipCursor.charFormat()).fallback, QStringLiteral("x"));
        const QTextBlock second = first.next();
        QVERIFY(second.textList());
        QCOMPARE(second.textList()->format().style(), QTextListFormat::ListDisc);
        QCOMPARE(second.next().textList(), second.textList()); // consecutive bullets are one list
        QVERIFY(second.begin().fragment().charFormat().fontWeight() > QFont::Normal);
        const QTextBlock last = doc.lastBlock();
        QVERIFY(!last.textList());
        QCOMPARE(last.begin().fragment().charFormat().anchorHref(), QStringLiteral("https://e.x"));
    }

    void inlineTextRoundTrip()
    {
        const InlineText value{text(QStringLiteral("Welcome, ")),
                               chip(QStringLiteral("traits.name.first"), QStringLiteral("friend")),
                               text(QStringLiteral("!")), chip(QStringLiteral("metadata_public.plan"))};
        QTextDocument doc;
        designtext::writeInlineText(&doc, value);
        QCOMPARE(doc.blockCount(), 1);
        QCOMPARE(designtext::readInlineText(&doc), value);
        // Formatting and new lines have no place in a single line: they are dropped, text kept.
        designtext::writeInlineText(
            &doc, InlineText{text(QStringLiteral("a\nb"), true, true, QStringLiteral("x"))});
        QCOMPARE(designtext::readInlineText(&doc), (InlineText{text(QStringLiteral("a b"))}));
    }

    // ---- ChipTextEdit ----------------------------------------------------------------------------------

    void chipIsAtomicAndTypingAfterItIsText()
    {
        ChipTextEdit edit(ChipTextEdit::Mode::SingleLine);
        edit.setInlineText({text(QStringLiteral("Hi ")),
                            chip(QStringLiteral("traits.name.first"), QStringLiteral("there"))});
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QSignalSpy edited(&edit, &ChipTextEdit::edited);
        edit.moveCursor(QTextCursor::End);
        QTest::keyClicks(&edit, QStringLiteral(", welcome"));
        QCOMPARE(edit.inlineText(),
                 (InlineText{text(QStringLiteral("Hi ")),
                             chip(QStringLiteral("traits.name.first"), QStringLiteral("there")),
                             text(QStringLiteral(", welcome"))}));
        QVERIFY(!edited.isEmpty());
        for (int i = 0; i < 9; ++i)
            QTest::keyClick(&edit, Qt::Key_Backspace);
        QCOMPARE(edit.inlineText().size(), 2);
        QTest::keyClick(&edit, Qt::Key_Backspace); // one Backspace removes the whole chip
        QCOMPARE(edit.inlineText(), (InlineText{text(QStringLiteral("Hi "))}));
        // Enter does not make a second line.
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.document()->blockCount(), 1);
        QCOMPARE(
            PlaceholderChip::label(Placeholder{QStringLiteral("traits.name.first"), QStringLiteral("there")}),
            QStringLiteral("First name | there"));
    }

    void copyAndPasteKeepChips()
    {
        ChipTextEdit from(ChipTextEdit::Mode::Rich);
        from.setRichText({para({text(QStringLiteral("Dear ")),
                                chip(QStringLiteral("traits.name.first"), QStringLiteral("you"), true)})});
        from.selectAll();
        from.copy();
        ChipTextEdit to(ChipTextEdit::Mode::SingleLine);
        to.setInlineText({text(QStringLiteral(">"))});
        to.moveCursor(QTextCursor::End);
        to.paste();
        QCOMPARE(to.inlineText(),
                 (InlineText{text(QStringLiteral(">Dear ")),
                             chip(QStringLiteral("traits.name.first"), QStringLiteral("you"))}));
    }

    // ---- DesignPane ------------------------------------------------------------------------------------

    void showsTheDesignWithoutSignals()
    {
        DesignPane pane;
        QSignalSpy edited(&pane, &DesignPane::designEdited);
        QSignalSpy selected(&pane, &DesignPane::blockSelected);
        const EmailDesign design = defaultWelcomeDesign();
        pane.setDesign(design, Theme{});
        QCOMPARE(pane.design(), design);
        auto *list = child<QListWidget>(&pane, QStringLiteral("blockList"));
        QCOMPARE(list->count(), design.blocks.size());
        QCOMPARE(list->item(1)->text(), QStringLiteral("Heading — Welcome to Example!"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("Button — Get started"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Logo"));
        pane.selectBlock(design.blocks.at(3).id);
        QCOMPARE(pane.selectedBlockId(), design.blocks.at(3).id);
        QCOMPARE(
            child<QStackedWidget>(&pane, QStringLiteral("blockFormStack"))->currentWidget()->objectName(),
            QStringLiteral("buttonBlockForm"));
        pane.selectBlock(QStringLiteral("nope")); // unknown ids are ignored
        QCOMPARE(pane.selectedBlockId(), design.blocks.at(3).id);
        EmailDesign other = design;
        other.blocks.removeAt(1);
        pane.setDesign(other, Theme{});
        QCOMPARE(pane.selectedBlockId(), design.blocks.at(3).id); // the id still exists
        other.blocks.removeAt(2);
        pane.setDesign(other, Theme{});
        QCOMPARE(pane.selectedBlockId(), QString());
        QCOMPARE(edited.size(), 0);
        QCOMPARE(selected.size(), 0);
    }

    void addReorderDuplicateDeleteThroughTheUi()
    {
        Fixture f;
        QSignalSpy edited(&f.pane, &DesignPane::designEdited);
        QSignalSpy selected(&f.pane, &DesignPane::blockSelected);
        const QStringList start = ids(f.start); // logo, heading, text, button, footer
        f.clickRow(1);
        QCOMPARE(f.pane.selectedBlockId(), start.at(1));
        QCOMPARE(selected.last().first().toString(), start.at(1));

        // Add an Image after the heading from the palette.
        auto *add = child<QToolButton>(&f.pane, QStringLiteral("addBlockButton"));
        child<QAction>(add->menu(), QStringLiteral("addImageAction"))->trigger();
        QCOMPARE(f.pane.design().blocks.size(), start.size() + 1);
        const Block image = f.pane.design().blocks.at(2);
        QCOMPARE(image.kind, BlockKind::Image);
        QVERIFY(!image.useThemeLogo);
        QVERIFY(!start.contains(image.id));
        QCOMPARE(f.pane.selectedBlockId(), image.id);
        QCOMPARE(edited.last().first().value<EmailDesign>(), f.pane.design());
        QCOMPARE(f.list()->currentRow(), 2);

        // Move it up with the button, then down with Alt+Down.
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("moveBlockUpButton")), Qt::LeftButton);
        QCOMPARE(indexOf(f.pane.design(), image.id), 1);
        f.list()->setFocus();
        QTest::keyClick(f.list(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(f.list(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(indexOf(f.pane.design(), image.id), 3);
        QCOMPARE(f.list()->item(3)->data(Qt::UserRole).toString(), image.id);

        // Drag: the list moves the row, the design follows.
        f.list()->model()->moveRow(QModelIndex(), 3, QModelIndex(), 0);
        QTRY_COMPARE(indexOf(f.pane.design(), image.id), 0);
        QCOMPARE(ids(f.pane.design()).mid(1), start);

        // Duplicate gets a new id and the same content.
        f.clickRow(2); // the heading
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("duplicateBlockButton")),
                          Qt::LeftButton);
        const Block copy = f.pane.design().blocks.at(3);
        QCOMPARE(copy.line, f.pane.design().blocks.at(2).line);
        QVERIFY(copy.id != f.pane.design().blocks.at(2).id);
        QCOMPARE(f.pane.selectedBlockId(), copy.id);

        // Delete with the Del key in the list.
        f.list()->setFocus();
        QTest::keyClick(f.list(), Qt::Key_Delete);
        QCOMPARE(indexOf(f.pane.design(), copy.id), -1);
        QCOMPARE(f.pane.design().blocks.size(), start.size() + 1);
        QCOMPARE(f.list()->count(), start.size() + 1);
        QCOMPARE(f.pane.undoStack()->count(), 7); // add, up, 2 × down, drag, duplicate, delete
    }

    void logoFromThePalette()
    {
        Fixture f;
        f.pane.selectBlock({});
        auto *add = child<QToolButton>(&f.pane, QStringLiteral("addBlockButton"));
        child<QAction>(add->menu(), QStringLiteral("addLogoAction"))->trigger();
        const Block logo = f.pane.design().blocks.last(); // nothing selected → at the end
        QVERIFY(logo.useThemeLogo);
        QCOMPARE(logo.kind, BlockKind::Image);
        QVERIFY(child<QCheckBox>(&f.pane, QStringLiteral("useBrandLogoCheckBox"))->isChecked());
    }

    void editHeadingAndButtonLink()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        QSignalSpy edited(&f.pane, &DesignPane::designEdited);
        f.selectKind(BlockKind::Heading);
        ChipTextEdit *heading = f.edit(QStringLiteral("headingText"));
        QVERIFY(heading->isVisible());
        heading->setFocus();
        heading->selectAll();
        QTest::keyClicks(heading, QStringLiteral("Hello there"));
        QCOMPARE(f.pane.design().blocks.at(1).line, (InlineText{text(QStringLiteral("Hello there"))}));
        QCOMPARE(f.list()->item(1)->text(), QStringLiteral("Heading — Hello there"));
        QCOMPARE(edited.last().first().value<EmailDesign>().blocks.at(1).line,
                 f.pane.design().blocks.at(1).line);

        f.selectKind(BlockKind::Button);
        ChipTextEdit *link = f.edit(QStringLiteral("buttonLink"));
        link->setFocus();
        link->selectAll();
        QTest::keyClicks(link, QStringLiteral("https://example.com/start?from=email"));
        QCOMPARE(f.pane.design().blocks.at(3).buttonUrl,
                 (InlineText{text(QStringLiteral("https://example.com/start?from=email"))}));
        auto *align = child<QComboBox>(&f.pane, QStringLiteral("buttonAlignComboBox"));
        align->setCurrentIndex(align->findData(int(BlockAlign::Center)));
        QCOMPARE(f.pane.design().blocks.at(3).align, BlockAlign::Center);
        // Everything else is as it was.
        EmailDesign expected = f.start;
        expected.blocks[1].line = {text(QStringLiteral("Hello there"))};
        expected.blocks[3].buttonUrl = {text(QStringLiteral("https://example.com/start?from=email"))};
        expected.blocks[3].align = BlockAlign::Center;
        QCOMPARE(f.pane.design(), expected);
    }

    void insertChipWithFallback()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        f.selectKind(BlockKind::Heading);
        ChipTextEdit *heading = f.edit(QStringLiteral("headingText"));
        heading->setFocus();
        heading->moveCursor(QTextCursor::End);
        QTest::keyClicks(heading, QStringLiteral(", "));
        auto *insert = child<FieldMenuButton>(&f.pane, QStringLiteral("headingTextInsertFieldButton"));
        QVERIFY(insert->isEnabled());
        menuAction(insert->menu(), QStringLiteral("First name"))->trigger();
        PromptPopup *popup = heading->activePrompt();
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->lineEdit()->text(), QStringLiteral("there")); // suggested
        popup->lineEdit()->selectAll();
        QTest::keyClicks(popup->lineEdit(), QStringLiteral("friend"));
        QTest::keyClick(popup->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!heading->activePrompt());
        const InlineText expected{text(QStringLiteral("Welcome to Example!, ")),
                                  chip(QStringLiteral("traits.name.first"), QStringLiteral("friend"))};
        QCOMPARE(f.pane.design().blocks.at(1).line, expected);
        QCOMPARE(f.list()->item(1)->text(),
                 QStringLiteral("Heading — Welcome to Example!, [First name | friend]"));

        // Double-clicking the chip asks again; Esc keeps the fallback.
        QTextCursor cursor(heading->document());
        cursor.setPosition(expected.at(0).text.size());
        const QRect left = heading->cursorRect(cursor);
        cursor.setPosition(expected.at(0).text.size() + 1);
        const QRect right = heading->cursorRect(cursor);
        const QPoint middle((left.left() + right.left()) / 2, left.center().y());
        QTest::mouseDClick(heading->viewport(), Qt::LeftButton, {}, middle);
        QTRY_VERIFY(heading->activePrompt() && heading->activePrompt()->isVisible());
        QCOMPARE(heading->activePrompt()->lineEdit()->text(), QStringLiteral("friend"));
        heading->activePrompt()->lineEdit()->selectAll();
        QTest::keyClicks(heading->activePrompt()->lineEdit(), QStringLiteral("pal"));
        QTest::keyClick(heading->activePrompt()->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!heading->activePrompt());
        QCOMPARE(f.pane.design().blocks.at(1).line, expected);
        QVERIFY(heading->editFallbackAt(expected.at(0).text.size()));
        heading->activePrompt()->lineEdit()->setText(QStringLiteral("pal"));
        QTest::mouseClick(child<QPushButton>(heading->activePrompt(), QStringLiteral("promptDoneButton")),
                          Qt::LeftButton);
        QCOMPARE(f.pane.design().blocks.at(1).line.last().placeholder->fallback, QStringLiteral("pal"));

        // Envelope fields take chips too: the subject.
        child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(1);
        ChipTextEdit *subject = f.edit(QStringLiteral("subject"));
        subject->setFocus();
        subject->moveCursor(QTextCursor::Start);
        menuAction(child<FieldMenuButton>(&f.pane, QStringLiteral("subjectInsertFieldButton"))->menu(),
                   QStringLiteral("Their email address"))
            ->trigger();
        QVERIFY(subject->activePrompt());
        QCOMPARE(subject->activePrompt()->lineEdit()->text(), QString()); // no suggestion for an address
        QTest::keyClick(subject->activePrompt()->lineEdit(), Qt::Key_Return);
        QCOMPARE(f.pane.design().envelope.subject,
                 (InlineText{chip(QStringLiteral("address")), text(QStringLiteral("Welcome to Example"))}));
    }

    void boldItalicAndListInText()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        f.selectKind(BlockKind::Text);
        ChipTextEdit *edit = f.edit(QStringLiteral("richText"));
        edit->setFocus();
        // Select "ready" in the second paragraph and make it bold with the toolbar button.
        const QString second = edit->document()->findBlockByNumber(1).text();
        const int at = edit->document()->findBlockByNumber(1).position() + int(second.indexOf(u"ready"));
        QTextCursor cursor(edit->document());
        cursor.setPosition(at);
        cursor.setPosition(at + 5, QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("richTextBoldButton")), Qt::LeftButton);
        const RichText afterBold = f.pane.design().blocks.at(2).text;
        QCOMPARE(afterBold.at(1).runs,
                 (QList<Inline>{text(QStringLiteral("Your account for ")),
                                chip(QStringLiteral("address"), {}, true), text(QStringLiteral(" is ")),
                                text(QStringLiteral("ready"), true),
                                text(QStringLiteral(". Sign in to get started."))}));
        QCOMPARE(afterBold.at(0), f.start.blocks.at(2).text.at(0));
        // Ctrl+I while typing, then a bulleted list from the toolbar.
        edit->setTextCursor(cursor);
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(f.pane.design().blocks.at(2).text.at(1).runs.at(3),
                 text(QStringLiteral("ready"), true, true));
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("richTextBulletListButton")),
                          Qt::LeftButton);
        QCOMPARE(f.pane.design().blocks.at(2).text.at(1).kind, Paragraph::Kind::Bullet);
        QCOMPARE(f.pane.design().blocks.at(2).text.at(0).kind, Paragraph::Kind::Normal);
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("richTextBulletListButton")),
                          Qt::LeftButton);
        QCOMPARE(f.pane.design().blocks.at(2).text.at(1).kind, Paragraph::Kind::Normal);
        // Link… on the selection.
        edit->setTextCursor(cursor);
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("richTextLinkButton")), Qt::LeftButton);
        QVERIFY(edit->activePrompt());
        edit->activePrompt()->lineEdit()->setText(QStringLiteral("https://example.com/ready"));
        QTest::keyClick(edit->activePrompt()->lineEdit(), Qt::Key_Return);
        QCOMPARE(f.pane.design().blocks.at(2).text.at(1).runs.at(3).link,
                 QStringLiteral("https://example.com/ready"));
    }

    void undoRedoRestoreExactDesigns()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        QList<EmailDesign> states{f.pane.design()};
        QList<Theme> themes{f.pane.theme()};

        f.selectKind(BlockKind::Heading);
        ChipTextEdit *heading = f.edit(QStringLiteral("headingText"));
        heading->setFocus();
        heading->moveCursor(QTextCursor::End);
        QTest::keyClicks(heading, QStringLiteral(" Glad you came")); // one step, however many keys
        states << f.pane.design();
        themes << f.pane.theme();
        QCOMPARE(f.pane.undoStack()->count(), 1);

        child<QToolButton>(&f.pane, QStringLiteral("addBlockButton"))
            ->menu()
            ->findChild<QAction *>(QStringLiteral("addDividerAction"))
            ->trigger();
        states << f.pane.design();
        themes << f.pane.theme();

        // A theme edit through the Brand tab's colour dialog.
        child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(2);
        auto *brand = child<ColorButton>(&f.pane, QStringLiteral("brandColorButton"));
        QSignalSpy themeEdited(&f.pane, &DesignPane::themeEdited);
        QTest::mouseClick(brand, Qt::LeftButton);
        QTRY_VERIFY(brand->dialog());
        brand->dialog()->setCurrentColor(QColor(QStringLiteral("#e8590c")));
        brand->dialog()->accept();
        QCOMPARE(f.pane.theme().brandColor, QStringLiteral("#e8590c"));
        QCOMPARE(themeEdited.size(), 1);
        QCOMPARE(brand->text(), QStringLiteral("#e8590c"));
        states << f.pane.design();
        themes << f.pane.theme();

        // Typing in another field after the focus moved is a step of its own.
        child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(0);
        f.selectKind(BlockKind::Heading);
        heading->setFocus();
        heading->moveCursor(QTextCursor::End);
        QTest::keyClicks(heading, QStringLiteral("!"));
        states << f.pane.design();
        themes << f.pane.theme();
        QCOMPARE(f.pane.undoStack()->count(), 4);

        QSignalSpy edited(&f.pane, &DesignPane::designEdited);
        for (int i = states.size() - 2; i >= 0; --i) {
            QTest::keyClick(heading, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(f.pane.design(), states.at(i));
            QCOMPARE(f.pane.theme(), themes.at(i));
        }
        QCOMPARE(f.pane.design(), f.start);
        QCOMPARE(heading->inlineText(), f.start.blocks.at(1).line); // the widgets show it too
        QCOMPARE(themeEdited.size(), 2);
        QCOMPARE(themeEdited.last().first().value<Theme>(), Theme{});
        QVERIFY(!edited.isEmpty());
        QCOMPARE(edited.last().first().value<EmailDesign>(), f.start);
        for (int i = 1; i < states.size(); ++i) {
            QTest::keyClick(f.list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(f.pane.design(), states.at(i));
            QCOMPARE(f.pane.theme(), themes.at(i));
        }
        QCOMPARE(child<ColorButton>(&f.pane, QStringLiteral("brandColorButton"))->color(),
                 QStringLiteral("#e8590c"));
    }

    void undoKeysWinOverAWindowWideUndo()
    {
        // The main window has an Edit → Undo with Ctrl+Z for the whole window; inside the pane the design's
        // undo stack must still get the key (two shortcuts for one key would both be ignored).
        QWidget window;
        auto *windowUndo = new QAction(&window);
        windowUndo->setShortcut(QKeySequence::Undo);
        window.addAction(windowUndo);
        QSignalSpy windowUndone(windowUndo, &QAction::triggered);
        auto *layout = new QVBoxLayout(&window);
        auto *pane = new DesignPane(&window);
        layout->addWidget(pane);
        const EmailDesign start = defaultWelcomeDesign();
        pane->setDesign(start, Theme{});
        window.resize(600, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pane->selectBlock(start.blocks.at(3).id);
        auto *label = child<ChipTextEdit>(pane, QStringLiteral("buttonLabelEdit"));
        label->setFocus();
        label->moveCursor(QTextCursor::End);
        QTest::keyClicks(label, QStringLiteral(" now"));
        QCOMPARE(pane->design().blocks.at(3).line, (InlineText{text(QStringLiteral("Get started now"))}));
        QTest::keyClick(label, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->design(), start);
        QCOMPARE(label->inlineText(), start.blocks.at(3).line);
        QTest::keyClick(label, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(pane->design().blocks.at(3).line, (InlineText{text(QStringLiteral("Get started now"))}));
        // In a plain line edit and in a spin box too.
        child<QTabWidget>(pane, QStringLiteral("designTabs"))->setCurrentIndex(1);
        auto *from = child<QLineEdit>(pane, QStringLiteral("fromEmailLineEdit"));
        from->setFocus();
        QTest::keyClicks(from, QStringLiteral("x"));
        QCOMPARE(pane->design().envelope.fromEmail, start.envelope.fromEmail + u'x');
        QTest::keyClick(from, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->design().envelope.fromEmail, start.envelope.fromEmail);
        QCOMPARE(from->text(), start.envelope.fromEmail);
        // And where no text field would take the key: the block list.
        child<QTabWidget>(pane, QStringLiteral("designTabs"))->setCurrentIndex(0);
        auto *list = child<QListWidget>(pane, QStringLiteral("blockList"));
        list->setFocus();
        const EmailDesign beforeDelete = pane->design();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(pane->design().blocks.size(), start.blocks.size() - 1);
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(pane->design(), beforeDelete);
        QCOMPARE(windowUndone.size(), 0);
    }

    void envelopeFields()
    {
        Fixture f;
        child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(1);
        auto *from = child<QLineEdit>(&f.pane, QStringLiteral("fromEmailLineEdit"));
        QCOMPARE(from->text(), f.start.envelope.fromEmail);
        from->setText(QStringLiteral("team@example.org"));
        child<QLineEdit>(&f.pane, QStringLiteral("tagsLineEdit"))->setText(QStringLiteral("welcome, new ,"));
        auto *sources = child<QComboBox>(&f.pane, QStringLiteral("recipientSourceComboBox"));
        sources->setCurrentIndex(1);
        child<QRadioButton>(&f.pane, QStringLiteral("fallbackRadioButton"))->setChecked(true);
        child<QLineEdit>(&f.pane, QStringLiteral("fallbackLineEdit"))
            ->setText(QStringLiteral("ops@example.org"));
        EmailDesign expected = f.start;
        expected.envelope.fromEmail = QStringLiteral("team@example.org");
        expected.envelope.tags = {QStringLiteral("welcome"), QStringLiteral("new")};
        expected.envelope.recipientSources = {QStringLiteral("verified")};
        expected.envelope.fallbackRecipient = QStringLiteral("ops@example.org");
        QCOMPARE(f.pane.design(), expected);
        child<QRadioButton>(&f.pane, QStringLiteral("skipRadioButton"))->setChecked(true);
        QCOMPARE(f.pane.design().envelope.fallbackRecipient, QString());

        // The plain-text version: made from the blocks until the person writes it.
        QVERIFY(!f.pane.design().plainTextOverride);
        ChipTextEdit *plain = f.edit(QStringLiteral("plainText"));
        QVERIFY(!plain->isEnabled());
        child<QCheckBox>(&f.pane, QStringLiteral("ownPlainTextCheckBox"))->setChecked(true);
        QVERIFY(plain->isEnabled());
        QCOMPARE(f.pane.design().plainTextOverride, std::optional<RichText>(RichText{}));
        plain->setFocus();
        QTest::keyClicks(plain, QStringLiteral("Hi"));
        QTest::keyClick(plain, Qt::Key_Return);
        QTest::keyClicks(plain, QStringLiteral("Bye"));
        QTest::keyClick(plain, Qt::Key_B, Qt::ControlModifier); // no formatting in plain text
        QCOMPARE(f.pane.design().plainTextOverride,
                 std::optional<RichText>(
                     RichText{para({text(QStringLiteral("Hi"))}), para({text(QStringLiteral("Bye"))})}));
    }

    void brandSpacerAndCustomHtml()
    {
        Fixture f;
        QSignalSpy themeEdited(&f.pane, &DesignPane::themeEdited);
        child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(2);
        auto *font = child<QComboBox>(&f.pane, QStringLiteral("fontComboBox"));
        QCOMPARE(font->count(), Theme::webSafeFontStacks().size());
        QCOMPARE(font->currentData().toString(), Theme{}.fontStack);
        font->setCurrentIndex(font->findData(QStringLiteral("Georgia, 'Times New Roman', serif")));
        QCOMPARE(font->currentText(), QStringLiteral("Georgia (classic, with serifs)"));
        child<QSpinBox>(&f.pane, QStringLiteral("contentWidthSpinBox"))->setValue(640);
        child<QSpinBox>(&f.pane, QStringLiteral("cornerRadiusSpinBox"))->setValue(0);
        child<QLineEdit>(&f.pane, QStringLiteral("logoUrlLineEdit"))
            ->setText(QStringLiteral("https://example.com/l.png"));
        Theme expected;
        expected.fontStack = QStringLiteral("Georgia, 'Times New Roman', serif");
        expected.contentWidth = 640;
        expected.cornerRadius = 0;
        expected.logoUrl = QStringLiteral("https://example.com/l.png");
        QCOMPARE(f.pane.theme(), expected);
        QCOMPARE(themeEdited.size(), 4);
        QCOMPARE(themeEdited.last().first().value<Theme>(), expected);
        QCOMPARE(f.pane.design(), f.start); // the design itself is untouched
        // The logo block shows the brand logo it will use.
        f.pane.selectBlock(f.start.blocks.at(0).id);
        QCOMPARE(child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->currentIndex(), 0);
        QVERIFY(child<QLabel>(&f.pane, QStringLiteral("brandLogoNote"))
                    ->text()
                    .contains(u"https://example.com/l.png"));

        auto *add = child<QToolButton>(&f.pane, QStringLiteral("addBlockButton"));
        child<QAction>(add->menu(), QStringLiteral("addSpacerAction"))->trigger();
        child<QSpinBox>(&f.pane, QStringLiteral("spacerHeightSpinBox"))->setValue(40);
        QCOMPARE(f.pane.design().blocks.at(1).kind, BlockKind::Spacer);
        QCOMPARE(f.pane.design().blocks.at(1).spacerHeight, 40);
        QCOMPARE(f.list()->item(1)->text(), QStringLiteral("Spacer — 40 px"));
        child<QAction>(add->menu(), QStringLiteral("addCustomHtmlAction"))->trigger();
        auto *html = child<QPlainTextEdit>(&f.pane, QStringLiteral("customHtmlEdit"));
        html->setPlainText(QStringLiteral("<p>Hi</p>"));
        QCOMPARE(f.pane.design().blocks.at(2).html, QStringLiteral("<p>Hi</p>"));
        QCOMPARE(f.list()->item(2)->text(), QStringLiteral("Custom HTML — Hi"));
    }

    void echoKeepsHistoryOtherDesignClearsIt()
    {
        Fixture f;
        f.selectKind(BlockKind::Heading);
        QTest::mouseClick(child<QToolButton>(&f.pane, QStringLiteral("duplicateBlockButton")),
                          Qt::LeftButton);
        QCOMPARE(f.pane.undoStack()->count(), 1);
        f.pane.setDesign(f.pane.design(), f.pane.theme()); // the session echoing the edit back
        QCOMPARE(f.pane.undoStack()->count(), 1);
        f.pane.setDesign(f.start, Theme{}); // another email
        QCOMPARE(f.pane.undoStack()->count(), 0);
        QCOMPARE(f.pane.design(), f.start);
    }

    void fitsANarrowPane()
    {
        Fixture f;
        QVERIFY(f.pane.minimumSizeHint().width() <= 550);
        f.pane.resize(550, 600);
        for (int tab = 0; tab < 3; ++tab) {
            child<QTabWidget>(&f.pane, QStringLiteral("designTabs"))->setCurrentIndex(tab);
            QVERIFY2(f.pane.minimumSizeHint().width() <= 550, qPrintable(QString::number(tab)));
        }
    }
};

QTEST_MAIN(TestDesignPane)
#include "tst_designpane.moc"
