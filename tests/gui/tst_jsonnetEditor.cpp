// JsonnetEditor: markers at the exact place, find/replace, the injected formatter, highlighting.
#include "editor/CodeDocumentLayout.h"
#include "editor/CodeTextEdit.h"
#include "editor/FindReplaceBar.h"
#include "editor/JsonnetEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace hookmail;

namespace {
const QString kTemplate = QStringLiteral("function(ctx) {\n"
                                         "  // a comment\n"
                                         "  subject: \"Welcome \" + ctx.identity.traits.name,\n"
                                         "  html: |||\n"
                                         "    <p>Hi</p>\n"
                                         "  |||,\n"
                                         "  n: std.length([1, 2]),\n"
                                         "}\n");

QList<QTextEdit::ExtraSelection> waveSelections(const JsonnetEditor &editor)
{
    QList<QTextEdit::ExtraSelection> out;
    for (const auto &sel : editor.textEdit()->extraSelections()) {
        if (sel.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            out.append(sel);
    }
    return out;
}

QTextCharFormat formatAt(const JsonnetEditor &editor, int line, int column)
{
    const QTextBlock block = editor.textEdit()->document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column - 1 >= r.start && column - 1 < r.start + r.length)
            return r.format;
    }
    return {};
}

// The part of a widget its paint events covered.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QWidget *widget) { widget->installEventFilter(this); }
    QRegion painted;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Makes a line taller (a larger font) while it contains "BIG".
class TallLineHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        if (!text.contains(QStringLiteral("BIG")))
            return;
        QTextCharFormat big;
        big.setFontPointSize(40);
        setFormat(0, int(text.size()), big);
    }
};

CodeDocumentLayout *codeLayout(const JsonnetEditor &editor)
{
    return qobject_cast<CodeDocumentLayout *>(editor.textEdit()->document()->documentLayout());
}
} // namespace

class TestJsonnetEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void markerAtExactPlace_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("endColumn");
        QTest::addColumn<QString>("underlined");
        QTest::newRow("range") << 3 << 25 << 27 << QStringLiteral("ctx");
        QTest::newRow("token from column") << 3 << 29 << 0 << QStringLiteral("identity");
        QTest::newRow("whole line") << 2 << 0 << 0 << QStringLiteral("  // a comment");
        QTest::newRow("last line") << 7 << 6 << 15 << QStringLiteral("std.length");
    }
    void markerAtExactPlace()
    {
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, endColumn);
        QFETCH(QString, underlined);
        JsonnetEditor editor;
        editor.setText(kTemplate);
        editor.setMarkers({{line, column, endColumn, QStringLiteral("Field does not exist: x"), {}}});
        const auto waves = waveSelections(editor);
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.first().cursor.blockNumber(), line - 1);
        QCOMPARE(waves.first().cursor.selectedText(), underlined);
        // The message is shown at the marker (tooltip text) and nowhere else.
        const int inside = waves.first().cursor.selectionStart();
        QCOMPARE(editor.textEdit()->markerTextAt(inside), QStringLiteral("Field does not exist: x"));
        QVERIFY(editor.textEdit()->markerTextAt(0).isEmpty());
        editor.clearMarkers();
        QVERIFY(waveSelections(editor).isEmpty());
    }

    void gutterShowsMarkerLine()
    {
        JsonnetEditor editor;
        editor.resize(500, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(kTemplate);
        editor.setMarkers({{3, 5, 0, QStringLiteral("boom"), {}}});
        const QTextCursor line3(editor.textEdit()->document()->findBlockByNumber(2));
        const int y = editor.textEdit()->cursorRect(line3).center().y();
        QCOMPARE(editor.textEdit()->markerTextAtGutterY(y), QStringLiteral("boom"));
        QVERIFY(editor.textEdit()->markerTextAtGutterY(1).isEmpty());
        QVERIFY(editor.textEdit()->lineNumberAreaWidth() > 20);
    }

    void goToLinePlacesCursor()
    {
        JsonnetEditor editor;
        editor.setText(kTemplate);
        editor.goToLine(3, 12);
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 2);
        QCOMPARE(editor.textEdit()->textCursor().positionInBlock(), 11);
    }

    void findAndReplace()
    {
        JsonnetEditor editor;
        editor.setText(kTemplate);
        FindReplaceBar *bar = editor.findBar();
        editor.showReplace();
        bar->setFindText(QStringLiteral("CTX"));
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), QStringLiteral("ctx"));
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 0);
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 2);
        QVERIFY(bar->findNext()); // wraps around
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("Wrapped around"));
        QVERIFY(bar->findPrevious());
        QCOMPARE(editor.textEdit()->textCursor().blockNumber(), 2);

        bar->setCaseSensitive(true);
        QVERIFY(!bar->findNext());
        QCOMPARE(bar->statusText(), QStringLiteral("No matches"));
        bar->setCaseSensitive(false);

        bar->setReplaceText(QStringLiteral("context"));
        editor.goToLine(1, 1);
        QVERIFY(bar->replaceCurrent());
        QVERIFY(editor.text().startsWith(QStringLiteral("function(context) {")));
        QCOMPARE(bar->replaceAll(), 1);
        QVERIFY(!editor.text().contains(QStringLiteral("ctx")));
        // Replace all is a single undo step.
        editor.textEdit()->undo();
        QCOMPARE(editor.text().count(QStringLiteral("ctx")), 1);
    }

    void findShortcutsOpenBar()
    {
        JsonnetEditor editor;
        editor.setText(kTemplate);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.textEdit()->setFocus();
        QVERIFY(editor.findBar()->isHidden());
        QTest::keyClick(editor.textEdit(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(editor.findBar()->isVisible());
        QVERIFY(!editor.findBar()->findChild<QWidget *>(QStringLiteral("replaceLineEdit"))->isVisible());
        QTest::keyClick(editor.findBar(), Qt::Key_Escape);
        QVERIFY(editor.findBar()->isHidden());
        editor.textEdit()->setFocus();
        QTest::keyClick(editor.textEdit(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(editor.findBar()->findChild<QWidget *>(QStringLiteral("replaceLineEdit"))->isVisible());
    }

    void formatUsesInjectedFormatter()
    {
        JsonnetEditor editor;
        editor.setText(QStringLiteral("{a:1}"));
        QVERIFY(!editor.formatAction()->isEnabled()); // no formatter yet
        int calls = 0;
        editor.setFormatter([&calls](const QString &source) {
            ++calls;
            JsonnetEditor::FormatResult r;
            if (source.contains(u'!')) {
                r.message = QStringLiteral("unexpected: \"!\"");
                r.line = 1;
                r.column = 3;
                return r;
            }
            r.ok = true;
            r.text = QStringLiteral("{ a: 1 }\n");
            return r;
        });
        QVERIFY(editor.formatAction()->isEnabled());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.textEdit()->setFocus();
        QTest::keyClick(editor.textEdit(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(calls, 1);
        QCOMPARE(editor.text(), QStringLiteral("{ a: 1 }\n"));
        editor.textEdit()->undo();
        QCOMPARE(editor.text(), QStringLiteral("{a:1}"));

        editor.setText(QStringLiteral("{a!1}"));
        QSignalSpy failed(&editor, &JsonnetEditor::formatFailed);
        QVERIFY(!editor.formatDocument());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(editor.text(), QStringLiteral("{a!1}"));
        QCOMPARE(editor.markers().size(), 1);
        QCOMPARE(editor.markers().first().column, 3);

        editor.setReadOnly(true);
        QVERIFY(!editor.formatAction()->isEnabled());
        QVERIFY(!editor.formatDocument());
    }

    void highlighting()
    {
        JsonnetEditor editor;
        editor.setText(kTemplate);
        const QColor plain = formatAt(editor, 1, 15).foreground().color();  // "{" — no format
        const QColor keyword = formatAt(editor, 1, 1).foreground().color(); // function
        const QColor comment = formatAt(editor, 2, 6).foreground().color();
        const QColor string = formatAt(editor, 3, 13).foreground().color(); // "Welcome "
        const QColor block = formatAt(editor, 5, 6).foreground().color();   // inside |||
        const QColor stdFn = formatAt(editor, 7, 7).foreground().color();   // std.length
        const QColor number = formatAt(editor, 7, 18).foreground().color(); // 1
        QVERIFY(keyword.isValid() && comment.isValid() && string.isValid() && stdFn.isValid() &&
                number.isValid());
        QVERIFY(!formatAt(editor, 1, 15).hasProperty(QTextFormat::ForegroundBrush) || plain != keyword);
        QCOMPARE(block, string);
        QVERIFY(keyword != string);
        QVERIFY(comment != string);
        QVERIFY(stdFn != keyword);
        QVERIFY(number != string);
        QVERIFY(formatAt(editor, 2, 6).fontItalic());
    }

    // The highlighter re-formats the edited line on every keystroke; only that line may be repainted, not the
    // whole editor (tests/bench figure 2).
    void keystrokeRepaintsOnlyItsLine()
    {
        JsonnetEditor editor;
        editor.resize(600, 400);
        editor.setText(kTemplate.repeated(4));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        CodeDocumentLayout *layout = codeLayout(editor);
        QVERIFY(layout);
        QPlainTextEdit *edit = editor.textEdit();
        QTextCursor c(edit->document()->findBlockByNumber(2)); // subject: "Welcome " + ...
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 14);
        {
            // Moving the cursor repaints its old and new place: wait for that paint, so what follows records
            // only the keystrokes' own.
            PaintRecorder cursorMoved(edit->viewport());
            edit->setTextCursor(c);
            QTRY_VERIFY_WITH_TIMEOUT(cursorMoved.paints > 0, 5000);
        }
        PaintRecorder recorder(edit->viewport());
        const int fullBefore = layout->fullRepaintCount();
        for (int i = 0; i < 3; ++i) {
            const int paintsBefore = recorder.paints;
            QTest::keyClick(edit, Qt::Key_X);
            QTRY_VERIFY_WITH_TIMEOUT(recorder.paints > paintsBefore, 5000); // the keystroke's repaint
        }
        QCOMPARE(edit->toPlainText().section(u'\n', 2, 2),
                 QStringLiteral("  subject: \"Wexxxlcome \" + ctx.identity.traits.name,"));
        QCOMPARE(layout->fullRepaintCount(), fullBefore);
        const int lineHeight = edit->fontMetrics().height();
        QVERIFY2(!recorder.painted.isEmpty(), "the edited line was not repainted");
        QVERIFY2(recorder.painted.boundingRect().height() <= 2 * lineHeight,
                 qPrintable(QStringLiteral("repainted %1 px high for a one-line edit (line %2 px)")
                                .arg(recorder.painted.boundingRect().height())
                                .arg(lineHeight)));

        // A new line moves the lines below it: everything is repainted.
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(layout->fullRepaintCount() > fullBefore, 5000);
    }

    // When the re-formatted line gets taller, the lines below move, so the whole editor is repainted.
    void tallerLineRepaintsEverything()
    {
        CodeTextEdit edit;
        TallLineHighlighter highlighter(edit.document());
        edit.setPlainText(QStringLiteral("one\ntwo\nthree\n"));
        auto *layout = qobject_cast<CodeDocumentLayout *>(edit.document()->documentLayout());
        QVERIFY(layout);
        edit.resize(300, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTextCursor c(edit.document()->findBlockByNumber(1));
        c.movePosition(QTextCursor::EndOfBlock);
        edit.setTextCursor(c);
        const qreal before = layout->blockBoundingRect(c.block()).height();
        const int full = layout->fullRepaintCount();
        QTest::keyClicks(&edit, QStringLiteral("xBI"));
        QCOMPARE(layout->fullRepaintCount(), full);
        QTest::keyClicks(&edit, QStringLiteral("G"));
        QVERIFY(layout->blockBoundingRect(c.block()).height() > before);
        QCOMPARE(layout->fullRepaintCount(), full + 1);
    }

    void tabAndEnterIndent()
    {
        JsonnetEditor editor;
        editor.setText(QStringLiteral("{\n    a: 1,"));
        editor.textEdit()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("b"));
        QCOMPARE(editor.text(), QStringLiteral("{\n    a: 1,\n      b"));
    }

    void bracketMatching()
    {
        JsonnetEditor editor;
        editor.setText(QStringLiteral("{ a: [1, (2)] }"));
        QTextCursor c = editor.textEdit()->textCursor();
        c.setPosition(5); // before '['
        editor.textEdit()->setTextCursor(c);
        QList<int> highlighted;
        for (const auto &sel : editor.textEdit()->extraSelections()) {
            if (sel.format.fontWeight() == QFont::Bold)
                highlighted.append(sel.cursor.selectionStart());
        }
        std::sort(highlighted.begin(), highlighted.end());
        QCOMPARE(highlighted, (QList<int>{5, 12}));
    }
};

QTEST_MAIN(TestJsonnetEditor)
#include "tst_jsonnetEditor.moc"
