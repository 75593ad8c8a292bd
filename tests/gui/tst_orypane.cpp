// OryPane against the fake Ory project: read the project into the hooks tree, will-it-fire findings, push
// through the review step (a test reviewer stands in for the dialog), a Console edit during review → 409 →
// re-read and a second review, rollback, and the keys never shown.
#include "FakeOryServer.h"
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/model/HeaderAllowlist.h"
#include "core/ory/OryProjectClient.h"
#include "core/secrets/SecretStore.h"
#include "ory/OryPane.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace hookmail;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {
const QString kMandrillKey = u"md-FAKEguiMandrillKey123456"_s;

QStringList treeTexts(QTreeWidget *tree)
{
    QStringList out;
    std::function<void(QTreeWidgetItem *)> walk = [&](QTreeWidgetItem *item) {
        out.append(item->text(0));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}
} // namespace

class TestOryPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        HOOKMAIL_REQUIRE_SHARED();
    }

    // Issue 17: reading a project hands its configuration on, so the sample uses the project's
    // request-header allow-list (ProjectSession::adoptOryProjectConfig, tst_projectsession).
    void readingAProjectHandsOnItsHeaderAllowlist()
    {
        test::FakeOryServer fake(test::networkDefaultIdentityConfig(),
                                 test::sharedReferenceDir() + u"/ory/kratos-config.schema.json"_s);
        QVERIFY(fake.listen());
        fake.modifyFromConsole([](json &config) {
            config["clients"]["web_hook"]["header_allowlist"] =
                json::array({"User-Agent", "X-Forwarded-Host"});
        });
        MemorySecretStore store;
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, kMandrillKey).ok());
        QVERIFY(
            store.writeAndWait(SecretStore::Slot::OryWorkspaceKey, test::FakeOryServer::workspaceKey()).ok());
        OryPane pane(&store);
        pane.setBaseUrl(fake.baseUrl());
        auto *key = pane.findChild<QLineEdit *>(u"keyLineEdit"_s);
        QTRY_COMPARE(key->text(), test::FakeOryServer::workspaceKey());
        pane.findChild<QComboBox *>(u"projectCombo"_s)->setEditText(test::FakeOryServer::projectId());
        pane.setAction(newAction(u"Welcome email"_s));
        QSignalSpy configRead(&pane, &OryPane::projectConfigRead);
        pane.findChild<QPushButton *>(u"fetchProjectButton"_s)->click();
        QVERIFY(configRead.wait(5000));
        const QJsonObject config = configRead.first().at(1).toJsonObject();
        const auto list = headerAllowlistOfConfig(config);
        QVERIFY(list.ok() && list.value());
        QCOMPARE(*list.value(), (QStringList{u"User-Agent"_s, u"X-Forwarded-Host"_s}));
        QVERIFY(!configRead.first().at(0).toString().isEmpty()); // the project's name, for "where from"
    }

    void readPushConflictRollback()
    {
        test::FakeOryServer fake(test::networkDefaultIdentityConfig(),
                                 test::sharedReferenceDir() + u"/ory/kratos-config.schema.json"_s);
        QVERIFY(fake.listen());
        MemorySecretStore store;
        QVERIFY(store.writeAndWait(SecretStore::Slot::MandrillKey, kMandrillKey).ok());
        QVERIFY(
            store.writeAndWait(SecretStore::Slot::OryWorkspaceKey, test::FakeOryServer::workspaceKey()).ok());
        OryPane pane(&store);
        test::ScriptedPrompter prompter; // answers the reviews below
        pane.setPrompter(&prompter);
        pane.setBaseUrl(fake.baseUrl());
        auto *key = pane.findChild<QLineEdit *>(u"keyLineEdit"_s);
        QVERIFY(key);
        QTRY_COMPARE(key->text(), test::FakeOryServer::workspaceKey()); // read from the secret store
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        auto *project = pane.findChild<QComboBox *>(u"projectCombo"_s);
        project->setEditText(test::FakeOryServer::projectId());
        Action action = newAction(u"Welcome email"_s);
        pane.setAction(action);

        QSignalSpy fetched(&pane, &OryPane::projectFetched);
        pane.findChild<QPushButton *>(u"fetchProjectButton"_s)->click();
        QVERIFY(fetched.wait(5000));
        auto *tree = pane.findChild<QTreeWidget *>(u"hooksTree"_s);
        const QStringList texts = treeTexts(tree);
        QVERIFY2(texts.join(u'\n').contains(u"show_verification_ui"_s), qPrintable(texts.join(u'\n')));
        QVERIFY(!texts.join(u'\n').contains(u"crm-secret-value-123"_s));
        auto *findings = pane.findChild<QListWidget *>(u"findingsList"_s);
        QVERIFY(findings->count() > 0);
        bool uncovered = false;
        for (int i = 0; i < findings->count(); ++i)
            uncovered = uncovered || findings->item(i)->text().contains(u"no email"_s);
        QVERIFY(uncovered); // code and passkey sign-ups are not covered by the default action

        // Push: the first review happens while someone edits the project in the Console → 409 → second
        // review.
        prompter.reviewAnswer = OryReviewAnswer::Send;
        prompter.onReview = [&](const OryChangeReview &) {
            if (prompter.reviewDiffs.size() == 1)
                fake.modifyFromConsole([](json &config) {
                    config["selfservice"]["flows"]["registration"]["after"]["oidc"]["hooks"].push_back(
                        json{{"hook", "b2b_sso"}});
                });
        };
        fake.setWarnings({{1234, u"courier.smtp is managed by Ory"_s}});
        QSignalSpy sent(&pane, &OryPane::changeSent);
        pane.findChild<QPushButton *>(u"pushButton"_s)->click();
        QVERIFY(sent.wait(5000));
        QCOMPARE(prompter.reviewDiffs.size(), 2);
        QCOMPARE(fake.patchCount(), 1);
        QVERIFY(pane.statusText().contains(u"courier.smtp is managed by Ory"_s));
        for (const QString &diff : prompter.reviewDiffs) {
            QVERIFY(diff.contains(u"+ web_hook POST https://mandrillapp.com"_s));
            QVERIFY(!diff.contains(kMandrillKey));
        }
        const json oidc =
            fake.identityConfig()["selfservice"]["flows"]["registration"]["after"]["oidc"]["hooks"];
        QCOMPARE(int(oidc.size()), 3); // session, the Console's b2b_sso, ours
        QVERIFY(oidc[1] == (json{{"hook", "b2b_sso"}}));

        // Rollback goes through a review too, and restores the lists as they were before the push.
        const json beforeRollback = fake.identityConfig();
        prompter.reviewDiffs.clear();
        prompter.onReview = nullptr;
        pane.findChild<QPushButton *>(u"rollbackButton"_s)->click();
        QVERIFY(sent.wait(5000));
        QCOMPARE(prompter.reviewDiffs.size(), 1);
        QVERIFY(prompter.reviewDiffs.first().contains(u"- web_hook POST https://mandrillapp.com"_s));
        QVERIFY(fake.identityConfig() != beforeRollback);
        QCOMPARE(int(fake.identityConfig()["selfservice"]["flows"]["registration"]["after"]["oidc"]["hooks"]
                         .size()),
                 2);

        // Declining the review sends nothing.
        prompter.reviewAnswer = OryReviewAnswer::Decline;
        prompter.reviewDiffs.clear();
        const int patches = fake.patchCount();
        pane.findChild<QPushButton *>(u"pushButton"_s)->click();
        QTRY_VERIFY(pane.statusText().contains(u"Nothing was sent"_s));
        QCOMPARE(prompter.reviewDiffs.size(), 1); // it was asked, and declined
        QCOMPARE(fake.patchCount(), patches);
    }

    void fixesArriveAsHookPoints()
    {
        // A will-it-fire fix reaches the window as typed hook points, the action's own ones kept.
        test::FakeOryServer fake(test::networkDefaultIdentityConfig(), QString());
        QVERIFY(fake.listen());
        MemorySecretStore store;
        OryPane pane(&store);
        pane.setBaseUrl(fake.baseUrl());
        pane.findChild<QLineEdit *>(u"keyLineEdit"_s)->setText(test::FakeOryServer::workspaceKey());
        pane.findChild<QComboBox *>(u"projectCombo"_s)->setEditText(test::FakeOryServer::projectId());
        Action action = newAction(u"Welcome email"_s);
        action.hookPoints = {*HookPoint::parse(u"registration/after/password"_s),
                             *HookPoint::parse(u"registration/after/oidc"_s)};
        pane.setAction(action);
        QSignalSpy fetched(&pane, &OryPane::projectFetched);
        pane.findChild<QPushButton *>(u"fetchProjectButton"_s)->click();
        QVERIFY(fetched.wait(5000));

        auto *findings = pane.findChild<QListWidget *>(u"findingsList"_s);
        auto *fix = pane.findChild<QPushButton *>(u"fixButton"_s);
        int uncovered = -1, info = -1;
        for (int i = 0; i < findings->count(); ++i) {
            if (findings->item(i)->text().contains(u"no email"_s) && uncovered < 0)
                uncovered = i;
            if (findings->item(i)->text().contains(u"not in the project"_s))
                info = i;
        }
        QVERIFY(uncovered >= 0 && info >= 0);
        findings->setCurrentRow(info);
        QVERIFY(!fix->isEnabled()); // nothing to fix there
        findings->setCurrentRow(uncovered);
        QVERIFY(fix->isEnabled());

        QSignalSpy requested(&pane, &OryPane::hookPointsChangeRequested);
        fix->click();
        QCOMPARE(requested.size(), 1);
        const auto points = requested.first().first().value<QList<HookPoint>>();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.mid(0, 2), action.hookPoints);
        QCOMPARE(points[2].flow, HookPoint::Flow::Registration);
        QVERIFY2(points[2].method == u"code" || points[2].method == u"passkey",
                 qPrintable(points[2].toString()));
    }
};

QTEST_MAIN(TestOryPane)
#include "tst_orypane.moc"
