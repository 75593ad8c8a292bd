// TemplatePane's history: every mapping and envelope edit of an email kept in Mandrill is one undo step
// (typing in one box merges), undo/redo send the restored email out, and another email starts a new history.
#include "core/design/DesignText.h"
#include "mtemplate/TemplatePane.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace hookmail;
using namespace Qt::StringLiterals;

namespace {
MandrillTemplate welcomeTemplate()
{
    MandrillTemplate t;
    t.slug = u"welcome"_s;
    t.name = u"Welcome"_s;
    t.code = u"<p>Hi *|FNAME|*, your code is *|CODE|*</p>"_s;
    t.publishCode = t.code;
    t.subject = t.publishSubject = u"Welcome"_s;
    t.publishedAt = u"2026-11-01 10:00:00"_s;
    return t;
}
} // namespace

class TestTemplatePaneUndo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyEditIsOneStep()
    {
        TemplatePane pane;
        pane.setIdentityFields({u"traits.email"_s, u"traits.name.first"_s});
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy edited(&pane, &TemplatePane::templateEdited);
        pane.useTemplate(welcomeTemplate());
        QCOMPARE(edited.count(), 1);
        QUndoStack *undo = pane.undoStack();
        QCOMPARE(undo->count(), 1);
        const TemplateEmail picked = pane.email();
        QCOMPARE(picked.source.slug, u"welcome"_s);

        // Typing a subject: one step however many keys.
        auto *subject = pane.findChild<QLineEdit *>(u"templateSubjectEdit"_s);
        QVERIFY(subject);
        QTest::keyClicks(subject, u"Hello there"_s);
        QCOMPARE(inlineTextForDisplay(pane.email().envelope.subject), u"Hello there"_s);
        QCOMPARE(undo->count(), 2);

        // A fallback typed for a field: another step.
        QLineEdit *fallback = nullptr;
        for (QLineEdit *e : pane.findChildren<QLineEdit *>())
            if (e->objectName().startsWith(u"fallbackEdit_"_s) && e->text().isEmpty())
                fallback = e;
        QVERIFY(fallback);
        QTest::keyClicks(fallback, u"friend"_s);
        QCOMPARE(undo->count(), 3);
        const TemplateEmail typed = pane.email();

        // Undo twice: back to the picked template, and each step sent out (the preview follows).
        edited.clear();
        undo->undo();
        QCOMPARE(inlineTextForDisplay(pane.email().envelope.subject), u"Hello there"_s);
        QVERIFY(pane.email() != typed);
        undo->undo();
        QCOMPARE(pane.email(), picked);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(edited.last().first().value<TemplateEmail>(), picked);
        QCOMPARE(pane.findChild<QLineEdit *>(u"templateSubjectEdit"_s)->text(), QString());

        // Redo both.
        undo->redo();
        undo->redo();
        QCOMPARE(pane.email(), typed);
        QCOMPARE(edited.last().first().value<TemplateEmail>(), typed);

        // The session's echo changes nothing; another email starts a new history.
        pane.setEmail(typed);
        QCOMPARE(undo->count(), 3);
        TemplateEmail other = typed;
        other.source.slug = u"other"_s;
        pane.setEmail(other);
        QCOMPARE(undo->count(), 0);
        undo->undo(); // nothing to undo
        QCOMPARE(pane.email(), other);
    }
};

QTEST_MAIN(TestTemplatePaneUndo)
#include "tst_templatePaneUndo.moc"
