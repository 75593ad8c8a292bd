// ActionEditorPane: Design (shown through the interim form page) → Code converts; Code → Design only while
// the code is what the design generates, otherwise it explains why; edits regenerate the read-only Jsonnet
// with the project's theme; problems become markers.
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "editor/ActionEditorPane.h"
#include "editor/CodeTextEdit.h"
#include "editor/EmailFormPane.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

Q_DECLARE_METATYPE(hookmail::Action)

class TestActionEditorPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<hookmail::Action>();
    }

    void formToCodeAndBack()
    {
        ActionEditorPane pane;
        Action action = newAction(QStringLiteral("Welcome"));
        QCOMPARE(action.mode, EditMode::Design);
        Theme theme;
        theme.brandColor = QStringLiteral("#c92a2a");
        pane.setTheme(theme);
        action.templateSource = DesignGenerator::jsonnet(action.design, theme);
        pane.setAction(action);
        QVERIFY(pane.isFormMode());
        QCOMPARE(pane.generatedEditor()->text(), action.templateSource);
        QVERIFY(pane.generatedEditor()->isReadOnly());

        QSignalSpy edited(&pane, &ActionEditorPane::actionEdited);
        auto *subject = pane.formPane()->findChild<QLineEdit *>(QStringLiteral("subjectLineEdit"));
        subject->setText(QStringLiteral("Hello from the form"));
        QVERIFY(!edited.isEmpty());
        const Action afterForm = edited.last().first().value<Action>();
        QCOMPARE(inlineTextToTemplate(afterForm.design.envelope.subject),
                 QStringLiteral("Hello from the form"));
        QCOMPARE(afterForm.design.blocks, action.design.blocks);
        QCOMPARE(afterForm.templateSource, DesignGenerator::jsonnet(afterForm.design, theme));
        QVERIFY(afterForm.templateSource.contains(QStringLiteral("#c92a2a")));
        QCOMPARE(pane.generatedEditor()->text(), afterForm.templateSource);

        QVERIFY(pane.switchToCode());
        QVERIFY(!pane.isFormMode());
        QCOMPARE(pane.action().mode, EditMode::Code);
        QCOMPARE(pane.action().design, afterForm.design); // kept for going back
        QCOMPARE(pane.codeEditor()->text(), afterForm.templateSource);

        // Untouched code goes back to the form.
        QVERIFY(pane.switchToForm());
        QVERIFY(pane.isFormMode());
        QCOMPARE(pane.action().mode, EditMode::Design);
        QCOMPARE(inlineTextToTemplate(pane.action().design.envelope.subject),
                 QStringLiteral("Hello from the form"));

        // A hand edit can't: the pane says why and stays in code.
        QVERIFY(pane.switchToCode());
        pane.codeEditor()->textEdit()->moveCursor(QTextCursor::End);
        pane.codeEditor()->textEdit()->insertPlainText(QStringLiteral("\n// my own comment\n"));
        QVERIFY(pane.action().templateSource.contains(QStringLiteral("my own comment")));
        QVERIFY(!pane.switchToForm());
        QVERIFY(!pane.isFormMode());
        QVERIFY(pane.modeMessage().contains(QStringLiteral("changed by hand")));
        // Undoing the edit makes it possible again.
        pane.codeEditor()->textEdit()->undo();
        QVERIFY(pane.switchToForm());
        QVERIFY(pane.modeMessage().isEmpty());
    }

    void problemsBecomeMarkers()
    {
        ActionEditorPane pane;
        Action action = newAction(QStringLiteral("x"));
        action.mode = EditMode::Code;
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
