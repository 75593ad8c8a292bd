// ActionListPane: add, rename in place, duplicate (new ids), delete only after confirmation, hook
// points as a plain-words checklist.
#include "ScriptedPrompter.h"
#include "project/ActionListPane.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

Q_DECLARE_METATYPE(QList<hookmail::Action>)

namespace {
Action action(const QString &id, const QString &name)
{
    Action a;
    a.id = id;
    a.hookId = u"hookmail-" + id;
    a.name = name;
    a.hookPoints = {*HookPoint::parse(QStringLiteral("registration/after/password"))};
    a.templateSource = QStringLiteral("function(ctx) {}");
    return a;
}
} // namespace

class TestActionListPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<QList<hookmail::Action>>();
    }

    void addDuplicateRenameDelete()
    {
        ActionListPane pane;
        pane.setActions({action(QStringLiteral("a"), QStringLiteral("Welcome"))});
        QCOMPARE(pane.currentActionId(), QStringLiteral("a"));
        QSignalSpy changed(&pane, &ActionListPane::actionsChanged);
        QSignalSpy current(&pane, &ActionListPane::currentActionChanged);

        pane.duplicateCurrent();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane.actions().size(), 2);
        const Action copy = pane.actions().at(1);
        QCOMPARE(copy.name, QStringLiteral("Welcome (copy)"));
        QVERIFY(copy.id != QStringLiteral("a"));
        QVERIFY(copy.hookId != QStringLiteral("hookmail-a"));
        QCOMPARE(copy.templateSource, QStringLiteral("function(ctx) {}"));
        QCOMPARE(pane.currentActionId(), copy.id);
        QCOMPARE(current.last().first().toString(), copy.id);

        pane.addAction();
        QCOMPARE(pane.actions().size(), 3);
        QCOMPARE(pane.actions().at(2).name, QStringLiteral("New email"));
        pane.addAction();
        QCOMPARE(pane.actions().at(3).name, QStringLiteral("New email 2"));

        // Rename in place.
        auto *list = pane.findChild<QListWidget *>(QStringLiteral("actionList"));
        list->item(0)->setText(QStringLiteral("Hello email"));
        QCOMPARE(pane.actions().at(0).name, QStringLiteral("Hello email"));
        list->item(0)->setText(QStringLiteral("   ")); // empty names are refused
        QCOMPARE(pane.actions().at(0).name, QStringLiteral("Hello email"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Hello email"));

        // Delete asks first.
        pane.selectAction(QStringLiteral("a"));
        QVERIFY(!pane.deleteCurrent()); // no prompter: nothing is deleted unasked
        QCOMPARE(pane.actions().size(), 4);
        test::ScriptedPrompter prompter; // declines by default
        pane.setPrompter(&prompter);
        QVERIFY(!pane.deleteCurrent());
        QCOMPARE(pane.actions().size(), 4);
        QCOMPARE(prompter.confirmQuestions.size(), 1);
        QVERIFY(prompter.confirmQuestions.last().contains(QStringLiteral("Hello email")));
        prompter.confirmAnswer = true;
        QVERIFY(pane.deleteCurrent());
        QCOMPARE(prompter.confirmQuestions.size(), 2);
        QCOMPARE(pane.actions().size(), 3);
        QVERIFY(pane.actions().first().id != QStringLiteral("a"));
    }

    void hookPointsChecklist()
    {
        ActionListPane pane;
        pane.setActions({action(QStringLiteral("a"), QStringLiteral("Welcome"))});
        auto *points = pane.findChild<QListWidget *>(QStringLiteral("hookPointList"));
        QListWidgetItem *password = nullptr;
        QListWidgetItem *oidc = nullptr;
        for (int i = 0; i < points->count(); ++i) {
            const QString key = points->item(i)->data(Qt::UserRole).toString();
            QVERIFY2(!key.contains(QStringLiteral("/before")), qPrintable(key));
            if (key == u"registration/after/password")
                password = points->item(i);
            if (key == u"registration/after/oidc")
                oidc = points->item(i);
        }
        QVERIFY(password && oidc);
        QCOMPARE(password->text(),
                 HookPoint::parse(QStringLiteral("registration/after/password"))->plainName());
        QCOMPARE(password->checkState(), Qt::Checked);
        QCOMPARE(oidc->checkState(), Qt::Unchecked);
        QSignalSpy changed(&pane, &ActionListPane::actionsChanged);
        oidc->setCheckState(Qt::Checked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane.actions().first().hookPoints.size(), 2);
        QVERIFY(pane.actions().first().hookPoints.contains(
            *HookPoint::parse(QStringLiteral("registration/after/oidc"))));
    }
};

QTEST_MAIN(TestActionListPane)
#include "tst_actionListPane.moc"
