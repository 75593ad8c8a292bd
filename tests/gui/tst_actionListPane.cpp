// ActionListPane: add, rename in place, duplicate (new ids), delete only after confirmation, hook
// points as a plain-words checklist.
#include "ScriptedPrompter.h"
#include "project/ActionListPane.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace hookmail;
using namespace Qt::StringLiterals;

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
        auto *points = pane.findChild<QTreeWidget *>(QStringLiteral("hookPointList"));
        QVERIFY(points);
        // Grouped in plain words: the five moments, each with its methods.
        QStringList groups;
        for (int g = 0; g < points->topLevelItemCount(); ++g)
            groups << points->topLevelItem(g)->text(0);
        QCOMPARE(groups, (QStringList{u"Sign-up"_s, u"Sign-in"_s, u"Account settings"_s, u"Recovery"_s,
                                      u"Verification"_s}));
        QTreeWidgetItem *signUp = points->topLevelItem(0);
        QTreeWidgetItem *password = nullptr;
        QTreeWidgetItem *oidc = nullptr;
        for (int g = 0; g < points->topLevelItemCount(); ++g) {
            for (int i = 0; i < points->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = points->topLevelItem(g)->child(i);
                const QString key = item->data(0, Qt::UserRole).toString();
                QVERIFY2(!key.contains(QStringLiteral("/before")), qPrintable(key));
                if (key == u"registration/after/password")
                    password = item;
                if (key == u"registration/after/oidc")
                    oidc = item;
            }
        }
        QVERIFY(password && oidc);
        QCOMPARE(password->parent(), signUp);
        QCOMPARE(password->text(0), u"Password"_s);
        QVERIFY(oidc->text(0).contains(u"Google"_s));
        QCOMPARE(password->checkState(0), Qt::Checked);
        QCOMPARE(oidc->checkState(0), Qt::Unchecked);
        QCOMPARE(signUp->checkState(0), Qt::PartiallyChecked);
        // One sentence says what the choice means and that Ory sends it after the step.
        points->setCurrentItem(password);
        const QString sentence = pane.findChild<QLabel *>(u"hookPointDescription"_s)->text();
        QVERIFY2(sentence.contains(u"creates an account with a password"_s) &&
                     sentence.contains(u"after the step"_s),
                 qPrintable(sentence));

        QSignalSpy changed(&pane, &ActionListPane::actionsChanged);
        oidc->setCheckState(0, Qt::Checked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane.actions().first().hookPoints.size(), 2);
        QVERIFY(pane.actions().first().hookPoints.contains(
            *HookPoint::parse(QStringLiteral("registration/after/oidc"))));

        // "All of them": ticking the group ticks every sign-up method (the general list is not a method).
        signUp->setCheckState(0, Qt::Checked);
        QList<HookPoint> expected;
        for (const QString &m : HookPoint::methodsFor(HookPoint::Flow::Registration))
            expected << HookPoint{HookPoint::Flow::Registration, HookPoint::Phase::After, m};
        for (const HookPoint &p : expected)
            QVERIFY2(pane.actions().first().hookPoints.contains(p), qPrintable(p.toString()));
        // …SAML single sign-on included (a welcome email that misses SAML sign-ups is the worse failure).
        QVERIFY(pane.actions().first().hookPoints.contains(*HookPoint::parse(u"registration/after/saml"_s)));
        QVERIFY(!pane.actions().first().hookPoints.contains(*HookPoint::parse(u"login/after/saml"_s)));
    }

    void samlRowsSayTheyAreForOryNetwork()
    {
        ActionListPane pane;
        Action welcome = action(QStringLiteral("a"), QStringLiteral("Welcome"));
        welcome.hookPoints = {*HookPoint::parse(u"login/after/saml"_s)};
        pane.setActions({welcome});
        auto *points = pane.findChild<QTreeWidget *>(u"hookPointList"_s);
        QVERIFY(points);
        QMap<QString, QTreeWidgetItem *> saml; // group text → SAML row
        for (int g = 0; g < points->topLevelItemCount(); ++g) {
            for (int i = 0; i < points->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = points->topLevelItem(g)->child(i);
                if (item->data(0, Qt::UserRole).toString().endsWith(u"/saml"))
                    saml.insert(points->topLevelItem(g)->text(0), item);
            }
        }
        // Under Sign-up and Sign-in only, last, in words a non-developer reads as "not for every project".
        QCOMPARE(saml.keys(), (QStringList{u"Sign-in"_s, u"Sign-up"_s}));
        for (QTreeWidgetItem *item : std::as_const(saml)) {
            QCOMPARE(item->text(0), u"SAML (Ory Network)"_s);
            // No longer than the longest other method, so it is not cut off in the pane on a laptop screen.
            QVERIFY(points->fontMetrics().horizontalAdvance(item->text(0)) <=
                    points->fontMetrics().horizontalAdvance(u"Social (Google, GitHub…)"_s));
            QCOMPARE(item->parent()->indexOfChild(item), item->parent()->childCount() - 1);
        }
        QCOMPARE(saml.value(u"Sign-in"_s)->checkState(0), Qt::Checked);
        QCOMPARE(saml.value(u"Sign-up"_s)->checkState(0), Qt::Unchecked);
        points->setCurrentItem(saml.value(u"Sign-in"_s));
        const QString sentence = pane.findChild<QLabel *>(u"hookPointDescription"_s)->text();
        QVERIFY2(sentence.contains(u"signs in with their organization's SAML single sign-on"_s) &&
                     sentence.contains(u"Only Ory Network projects with SAML single sign-on switched on"_s),
                 qPrintable(sentence));
        // Other rows do not carry the Ory Network note.
        points->setCurrentItem(points->topLevelItem(1)->child(0));
        QVERIFY(!pane.findChild<QLabel *>(u"hookPointDescription"_s)->text().contains(u"Ory Network"_s));
    }
};

QTEST_MAIN(TestActionListPane)
#include "tst_actionListPane.moc"
