// ActionEditorPane: Design | Code. Design edits go out as the action (mode Design, its design, the template
// the design generates) and brand edits as themeEdited; Design → Code converts only after the user agrees to
// a question that says it is one-way unless the code is left unchanged; Code → Design only while the code is
// exactly what the design generates (otherwise it says why); a hand-written template opens in Code and has no
// design to go back to; the designer's selection goes out for the preview link (none in Code) and a click in
// the preview selects the block; problems become markers in Code.
#include "ScriptedPrompter.h"
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "editor/CodeTextEdit.h"
#include "editor/TemplateSizeMeter.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace hookmail;

Q_DECLARE_METATYPE(hookmail::Action)
Q_DECLARE_METATYPE(hookmail::Theme)

namespace {
Action designedAction(const Theme &theme = Theme{})
{
    Action action = newAction(QStringLiteral("Welcome"), theme);
    action.id = QStringLiteral("a1");
    return action;
}

QString blockId(const Action &action, BlockKind kind)
{
    for (const Block &b : action.design.blocks)
        if (b.kind == kind)
            return b.id;
    return {};
}
} // namespace

class TestActionEditorPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<hookmail::Action>();
        qRegisterMetaType<hookmail::Theme>();
    }

    void designEditsBecomeTheAction()
    {
        ActionEditorPane pane;
        Theme theme;
        theme.brandColor = QStringLiteral("#aa3300");
        pane.setTheme(theme);
        const Action action = designedAction(theme);
        QCOMPARE(action.mode, Action::EditMode::Design);
        pane.setAction(action);
        QVERIFY(pane.isDesignMode());
        QCOMPARE(pane.designPane()->design(), action.design);
        QCOMPARE(pane.designPane()->theme(), theme);
        QVERIFY(pane.activeEditor() == nullptr); // no Find/Replace in Design mode

        QSignalSpy edited(&pane, &ActionEditorPane::actionEdited);
        EmailDesign changed = action.design;
        changed.envelope.subject = plainInlineText(QStringLiteral("Hello from the designer"));
        emit pane.designPane()->designEdited(changed);
        QCOMPARE(edited.size(), 1);
        const Action sent = edited.last().first().value<Action>();
        QCOMPARE(sent.mode, Action::EditMode::Design);
        QCOMPARE(sent.design, changed);
        QCOMPARE(sent.templateSource, DesignGenerator::jsonnet(changed, theme));

        // The session's echo (the same action) changes nothing in the designer: its history stays.
        const int undoCount = pane.designPane()->undoStack()->count();
        pane.setAction(sent);
        QCOMPARE(pane.designPane()->undoStack()->count(), undoCount);
        QCOMPARE(edited.size(), 1);
    }

    void brandEditsGoOutAsTheme()
    {
        ActionEditorPane pane;
        pane.setAction(designedAction());
        QSignalSpy themed(&pane, &ActionEditorPane::themeEdited);
        QSignalSpy edited(&pane, &ActionEditorPane::actionEdited);
        // A brand edit in the designer's Brand tab.
        pane.designPane()->findChild<QTabWidget *>(QStringLiteral("designTabs"))->setCurrentIndex(2);
        auto *logo = pane.designPane()->findChild<QLineEdit *>(QStringLiteral("logoUrlLineEdit"));
        QVERIFY(logo);
        logo->setText(QStringLiteral("https://example.com/logo.png"));
        QVERIFY(!themed.isEmpty());
        const Theme theme = themed.last().first().value<Theme>();
        QCOMPARE(theme.logoUrl, QStringLiteral("https://example.com/logo.png"));
        QVERIFY(edited.isEmpty()); // the theme belongs to the project, not to this email
        // The session answers with the same theme: nothing goes back out.
        const int count = themed.size();
        pane.setTheme(theme);
        QCOMPARE(themed.size(), count);

        // A theme from elsewhere (another email's brand edit) restyles the designer, silently.
        Theme other = theme;
        other.brandColor = QStringLiteral("#123456");
        pane.setTheme(other);
        QCOMPARE(pane.theme(), other);
        QCOMPARE(pane.designPane()->theme(), other);
        QCOMPARE(themed.size(), count);
        QVERIFY(edited.isEmpty());
    }

    void designToCodeAsksFirst()
    {
        test::ScriptedPrompter prompter;
        ActionEditorPane pane;
        pane.setPrompter(&prompter);
        const Action action = designedAction();
        pane.setAction(action);
        QSignalSpy edited(&pane, &ActionEditorPane::actionEdited);

        // "No": nothing changes.
        prompter.confirmAnswer = false;
        QVERIFY(!pane.switchToCode());
        QCOMPARE(prompter.confirmQuestions.size(), 1);
        QVERIFY(prompter.confirmQuestions.first().contains(QStringLiteral("unchanged")));
        QVERIFY(pane.isDesignMode());
        QVERIFY(edited.isEmpty());

        // "Yes": Code, the same template, the design kept for going back.
        prompter.confirmAnswer = true;
        QVERIFY(pane.switchToCode());
        QVERIFY(!pane.isDesignMode());
        QCOMPARE(edited.size(), 1);
        const Action code = edited.last().first().value<Action>();
        QCOMPARE(code.mode, Action::EditMode::Code);
        QCOMPARE(code.templateSource, action.templateSource);
        QCOMPARE(code.design, action.design);
        QCOMPARE(pane.codeEditor()->text(), action.templateSource);
        QCOMPARE(pane.activeEditor(), pane.codeEditor());

        // Untouched code goes back to Design.
        QVERIFY(pane.switchToDesign());
        QVERIFY(pane.isDesignMode());
        QCOMPARE(edited.last().first().value<Action>().mode, Action::EditMode::Design);

        // A hand edit can't: the pane says why and stays in Code; undoing the edit makes it possible again.
        QVERIFY(pane.switchToCode());
        pane.codeEditor()->textEdit()->moveCursor(QTextCursor::End);
        pane.codeEditor()->textEdit()->insertPlainText(QStringLiteral("\n// my own comment\n"));
        QVERIFY(pane.action().templateSource.contains(QStringLiteral("my own comment")));
        QVERIFY(!pane.switchToDesign());
        QVERIFY(!pane.isDesignMode());
        QVERIFY(pane.modeMessage().contains(QStringLiteral("changed by hand")));
        pane.codeEditor()->textEdit()->undo();
        QVERIFY(pane.switchToDesign());
        QVERIFY(pane.modeMessage().isEmpty());
    }

    void handWrittenTemplateOpensInCode()
    {
        ActionEditorPane pane;
        Action action;
        action.id = QStringLiteral("imported");
        action.name = QStringLiteral("Imported");
        action.mode = Action::EditMode::Code;
        action.templateSource = QStringLiteral("function(ctx) { message: {} }\n");
        pane.setAction(action);
        QVERIFY(!pane.isDesignMode());
        QCOMPARE(pane.codeEditor()->text(), action.templateSource);
        QVERIFY(!pane.switchToDesign());
        QVERIFY(pane.modeMessage().contains(QStringLiteral("no design")));
        QVERIFY(!pane.isDesignMode());
    }

    void selectionGoesToThePreview()
    {
        test::ScriptedPrompter prompter;
        prompter.confirmAnswer = true;
        ActionEditorPane pane;
        pane.setPrompter(&prompter);
        const Action action = designedAction();
        pane.setAction(action);
        QSignalSpy selected(&pane, &ActionEditorPane::blockSelected);

        // A click in the list.
        auto *list = pane.designPane()->findChild<QListWidget *>(QStringLiteral("blockList"));
        QVERIFY(list && list->count() == action.design.blocks.size());
        list->setCurrentRow(1);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().first().toString(), action.design.blocks.at(1).id);

        // A click in the preview selects the block in the designer, and the outline follows.
        const QString button = blockId(action, BlockKind::Button);
        QVERIFY(!button.isEmpty());
        selected.clear();
        pane.selectBlock(button);
        QCOMPARE(pane.selectedBlockId(), button);
        QCOMPARE(pane.designPane()->selectedBlockId(), button);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.last().first().toString(), button);
        pane.selectBlock(QStringLiteral("no-such-block"));
        QCOMPARE(pane.selectedBlockId(), button);

        // Code mode: no outline; back in Design, the selection again.
        QVERIFY(pane.switchToCode());
        QCOMPARE(selected.last().first().toString(), QString());
        pane.selectBlock(button);
        QVERIFY(pane.selectedBlockId().isEmpty());
        QVERIFY(pane.switchToDesign());
        QCOMPARE(selected.last().first().toString(), button);
    }

    void sizeMeterSitsUnderTheDesigner()
    {
        ActionEditorPane pane;
        pane.setAction(designedAction());
        pane.resize(600, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.sizeMeter()->isVisible());
        const int designBottom = pane.designPane()->mapTo(&pane, QPoint(0, pane.designPane()->height())).y();
        QVERIFY(pane.sizeMeter()->mapTo(&pane, QPoint(0, 0)).y() >= designBottom);
        // Code mode hides it with the designer.
        test::ScriptedPrompter prompter;
        prompter.confirmAnswer = true;
        pane.setPrompter(&prompter);
        QVERIFY(pane.switchToCode());
        QVERIFY(!pane.sizeMeter()->isVisible());
    }

    void problemsBecomeMarkers()
    {
        ActionEditorPane pane;
        Action action = designedAction();
        action.mode = Action::EditMode::Code;
        action.templateSource = QStringLiteral("function(ctx) {\n  a: ctx.nope,\n}\n");
        pane.setAction(action);
        EvaluationResult r;
        r.error.kind = EvaluationError::Kind::Runtime;
        r.error.message = QStringLiteral("Field does not exist: nope");
        r.error.line = 2;
        r.error.column = 6;
        r.error.endColumn = 13;
        pane.showProblems(r, {});
        QCOMPARE(pane.codeEditor()->markers().size(), 1);
        QCOMPARE(pane.codeEditor()->markers().first().line, 2);
        auto *list = pane.findChild<QListWidget *>(QStringLiteral("problemsList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Line 2:")));
        pane.goToLine(2, 6);
        QCOMPARE(pane.codeEditor()->textEdit()->textCursor().blockNumber(), 1);
        EvaluationResult ok;
        ok.ok = true;
        pane.showProblems(ok, {});
        QVERIFY(pane.codeEditor()->markers().isEmpty());
        QCOMPARE(list->count(), 0);
    }
};

QTEST_MAIN(TestActionEditorPane)
#include "tst_actionEditorPane.moc"
