// OryChange, the one Ory change transaction, driven against the stateful FakeOryServer (loopback only):
// unchanged, declined, dry run, sent (snapshot without secrets), a Console edit during the review → 409 →
// re-read, re-plan, second review, failed PATCHes that remove their snapshot and do not re-plan, rollback,
// read and plan failures, late and double answers, and destruction with a request in flight.
#include "FakeOryServer.h"
#include "TestEnv.h"
#include "core/ory/OryChange.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/WebHook.h"
#include "core/secrets/SecretRedaction.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hookmail;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

const QString kMandrillKey = u"md-FAKEoryChangeMandrillKey987"_s;
const QString kCrmSecret = u"crm-secret-value-123"_s; // in the fixture's login/after/password CRM hook
const QString kPasswordList = u"/selfservice/flows/login/after/password/hooks"_s;

Action welcomeAction()
{
    Action a = newAction(u"Welcome email"_s);
    a.hookPoints = {*HookPoint::parse(u"login/after/password"_s), *HookPoint::parse(u"login/after/code"_s)};
    return a;
}

json listAt(const json &config, const QString &pointer)
{
    const json::json_pointer p(pointer.toStdString());
    return config.contains(p) ? config.at(p) : json();
}

// A reviewer answering from a script, remembering every review it was shown.
struct ScriptedReviewer
{
    QList<OryChangeReview> reviews;
    std::function<OryReviewAnswer(const OryChangeReview &)> decide = [](const OryChangeReview &) {
        return OryReviewAnswer::Send;
    };
    OryChangeReviewer reviewer()
    {
        return [this](const OryChangeReview &r, std::function<void(OryReviewAnswer)> answer) {
            reviews.append(r);
            answer(decide(r));
        };
    }
};

} // namespace

class TestOryChange : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<test::FakeOryServer> m_fake;
    std::unique_ptr<OryProjectClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    Action m_action;

    QString snapshotDir() const { return m_dir->filePath(u"snapshots"_s); }
    QStringList snapshotFiles() const
    {
        QDir dir(snapshotDir() + u'/' + test::FakeOryServer::projectId());
        return dir.entryList({u"*.json"_s}, QDir::Files);
    }

    OryChangeRequest pushRequest() const
    {
        OryChangeRequest r;
        r.title = u"Push “Welcome email”"_s;
        r.projectId = test::FakeOryServer::projectId();
        const QJsonObject hook = webHookJson(m_action, WebHookOptions{kMandrillKey, true, {}});
        r.plan = [action = m_action, hook](const OryProject &p) {
            return planPush(p.identityConfig, action, hook);
        };
        r.secrets = {kMandrillKey, test::FakeOryServer::workspaceKey()};
        r.snapshotReason = u"push"_s;
        r.hookId = m_action.hookId;
        r.actionName = m_action.name;
        r.snapshotDir = snapshotDir();
        return r;
    }

    // Runs `request` to its end and returns the one outcome.
    OryChangeOutcome run(OryChange &change, const OryChangeRequest &request)
    {
        QSignalSpy finished(&change, &OryChange::finished);
        if (!change.start(request))
            qFatal("start refused");
        if (finished.isEmpty() && !finished.wait(5000))
            qFatal("the transaction did not finish");
        QCoreApplication::processEvents(); // let any stray second report arrive before counting
        if (finished.size() != 1)
            qFatal("finished %d times", int(finished.size()));
        return finished.first().first().value<OryChangeOutcome>();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_fake = std::make_unique<test::FakeOryServer>(test::networkDefaultIdentityConfig(), QString());
        QVERIFY(m_fake->listen());
        m_client = std::make_unique<OryProjectClient>();
        m_client->setBaseUrl(m_fake->baseUrl());
        m_client->setTimeout(std::chrono::milliseconds(5000));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_action = welcomeAction();
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void sentWithSnapshotWithoutSecrets()
    {
        const json before = m_fake->identityConfig();
        const QString revisionBefore = m_fake->revisionId();
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        QSignalSpy read(&change, &OryChange::projectRead);
        QSignalSpy busy(&change, &OryChange::busyChanged);
        m_fake->setWarnings({{1234, u"courier.smtp is managed by Ory"_s}});
        const OryChangeOutcome outcome = run(change, pushRequest());

        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Sent);
        QCOMPARE(outcome.reviews, 1);
        QCOMPARE(m_fake->patchCount(), 1);
        QCOMPARE(outcome.update.project.revisionId, m_fake->revisionId());
        QVERIFY(outcome.update.project.revisionId != revisionBefore);
        QCOMPARE(outcome.update.warnings.size(), 1);
        QCOMPARE(outcome.update.warnings.first().code, 1234);
        QVERIFY(!outcome.conflict);
        QCOMPARE(read.size(), 1);
        QVERIFY(busy.size() >= 4); // read and patch each: true, then false
        QCOMPARE(busy.last().first().toBool(), false);

        // The review: what was read, the masked diff, nothing secret.
        const OryChangeReview &review = script.reviews.first();
        QCOMPARE(review.round, 1);
        QCOMPARE(review.title, u"Push “Welcome email”"_s);
        QCOMPARE(review.project.revisionId, revisionBefore);
        QCOMPARE(review.project.name, u"Hookmail test project"_s);
        QCOMPARE(review.plan.changes.size(), 2);
        QVERIFY2(review.diff.contains(u"+ web_hook POST https://mandrillapp.com"_s), qPrintable(review.diff));
        QVERIFY(!containsSecret(review.diff.toUtf8(), kMandrillKey));
        QVERIFY(!containsSecret(review.diff.toUtf8(), kCrmSecret));

        // Ours went in at the end of the list; the CRM hook stays first.
        const json list = listAt(m_fake->identityConfig(), kPasswordList);
        QCOMPARE(int(list.size()), int(listAt(before, kPasswordList).size()) + 1);
        QVERIFY(list[0] == listAt(before, kPasswordList)[0]);

        // The snapshot is where the outcome says, holds the lists as they were, and no secret.
        QVERIFY(outcome.snapshotPath);
        QCOMPARE(snapshotFiles().size(), 1);
        const QByteArray bytes = test::readFile(*outcome.snapshotPath);
        QVERIFY(bytes.contains("hookmail-ory-snapshot"));
        QVERIFY(!containsSecret(bytes, kMandrillKey));
        QVERIFY(!containsSecret(bytes, kCrmSecret));
        QVERIFY(!containsSecret(bytes, test::FakeOryServer::workspaceKey()));
        auto snapshot = PushSnapshots(snapshotDir()).latest(test::FakeOryServer::projectId());
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->revisionId, revisionBefore);
        QCOMPARE(snapshot->reason, u"push"_s);
        QCOMPARE(snapshot->hookId, m_action.hookId);
    }

    void unchangedNeedsNoReview()
    {
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        QCOMPARE(run(change, pushRequest()).kind, OryChangeOutcome::Kind::Sent);
        const OryChangeOutcome again = run(change, pushRequest()); // the same object runs again
        QCOMPARE(again.kind, OryChangeOutcome::Kind::Unchanged);
        QCOMPARE(again.reviews, 0);
        QCOMPARE(script.reviews.size(), 1);
        QCOMPARE(m_fake->patchCount(), 1);
        QVERIFY(again.plan && again.plan->isEmpty());
        QCOMPARE(again.project->revisionId, m_fake->revisionId());
        QCOMPARE(snapshotFiles().size(), 1); // no snapshot for a change that was not made
    }

    void answerThatDiffersFromThePlanFails()
    {
        // Ory answers 200 but drops config.id (a Kratos before v25.4 does not know it): not "Sent".
        m_fake->setDroppedHookKey(u"id"_s);
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        const OryChangeOutcome outcome = run(change, pushRequest());
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Failed);
        QCOMPARE(outcome.failedAt, OryChangeOutcome::Stage::Verify);
        QCOMPARE(outcome.error.code, u"not-applied"_s);
        QStringList paths;
        for (const PlanDifference &d : outcome.differences)
            paths.append(d.path);
        QCOMPARE(paths, (QStringList{kPasswordList + u"/2/config/id"_s,
                                     u"/selfservice/flows/login/after/code/hooks/0/config/id"_s}));
        QVERIFY2(outcome.error.message.contains(kPasswordList + u"/2/config/id (missing in Ory's answer)"_s),
                 qPrintable(outcome.error.message));
        QCOMPARE(outcome.update.project.revisionId, m_fake->revisionId()); // what Ory holds now
        // The way back is kept.
        QVERIFY(outcome.snapshotPath);
        QVERIFY(QFile::exists(*outcome.snapshotPath));
        QVERIFY(outcome.error.message.contains(*outcome.snapshotPath));
        QCOMPARE(snapshotFiles().size(), 1);
    }

    void storedCopyOfTheTemplateIsSentWithANotice()
    {
        m_fake->setStoreBodies(true);
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        const OryChangeOutcome outcome = run(change, pushRequest());
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Sent);
        QCOMPARE(outcome.notices.size(), 1); // one copy, in login/after/password and login/after/code
        QVERIFY2(outcome.notices.first().contains(u"needs no credentials"_s) &&
                     outcome.notices.first().contains(u"login/after/password, login/after/code"_s),
                 qPrintable(outcome.notices.first()));
        const OryChangeOutcome again = run(change, pushRequest());
        QCOMPARE(again.kind, OryChangeOutcome::Kind::Unchanged);
        QCOMPARE(m_fake->patchCount(), 1);
    }

    void declinedOrDryRunSendsNothing_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("kind");
        QTest::newRow("declined") << int(OryReviewAnswer::Decline) << int(OryChangeOutcome::Kind::Declined);
        QTest::newRow("dry run") << int(OryReviewAnswer::DryRun) << int(OryChangeOutcome::Kind::DryRun);
    }
    void declinedOrDryRunSendsNothing()
    {
        QFETCH(int, answer);
        QFETCH(int, kind);
        const json before = m_fake->identityConfig();
        ScriptedReviewer script;
        script.decide = [answer](const OryChangeReview &) { return OryReviewAnswer(answer); };
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        const OryChangeOutcome outcome = run(change, pushRequest());
        QCOMPARE(int(outcome.kind), kind);
        QCOMPARE(outcome.reviews, 1);
        QCOMPARE(m_fake->patchCount(), 0);
        QVERIFY(m_fake->identityConfig() == before);
        QVERIFY(snapshotFiles().isEmpty());
        QVERIFY(!outcome.snapshotPath);
    }

    void conflictReplansAndReviewsAgain_data()
    {
        QTest::addColumn<bool>("sendAgain");
        QTest::newRow("second review sends") << true;
        QTest::newRow("second review declines") << false;
    }
    void conflictReplansAndReviewsAgain()
    {
        QFETCH(bool, sendAgain);
        ScriptedReviewer script;
        script.decide = [&](const OryChangeReview &r) {
            if (r.round == 1) // someone edits the list in the Console while the first review is open
                m_fake->modifyFromConsole([](json &config) {
                    json &hooks = config["selfservice"]["flows"]["login"]["after"]["password"]["hooks"];
                    hooks.insert(hooks.begin(), json{{"hook", "b2b_sso"}});
                });
            return r.round == 1 || sendAgain ? OryReviewAnswer::Send : OryReviewAnswer::Decline;
        };
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        QSignalSpy read(&change, &OryChange::projectRead);
        const OryChangeOutcome outcome = run(change, pushRequest());

        QCOMPARE(script.reviews.size(), 2);
        QCOMPARE(read.size(), 2); // read, then re-read after the 409
        const OryChangeReview &second = script.reviews[1];
        QCOMPARE(second.round, 2);
        QVERIFY(second.conflict);
        QCOMPARE(second.conflict->code, u"conflict"_s);
        QVERIFY(second.project.revisionId != script.reviews[0].project.revisionId);
        QVERIFY2(second.diff.contains(u"b2b_sso"_s), qPrintable(second.diff)); // planned against the edit
        QVERIFY(outcome.conflict);
        QCOMPARE(outcome.reviews, 2);
        const json list = listAt(m_fake->identityConfig(), kPasswordList);
        QVERIFY(list[0] == (json{{"hook", "b2b_sso"}})); // the Console edit is never overwritten
        if (sendAgain) {
            QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Sent);
            QCOMPARE(m_fake->patchCount(), 1);
            QCOMPARE(int(list.size()), 4); // b2b_sso, CRM, require_verified_address, ours
            // Only the snapshot of the change that went through is kept, taken against the edited project.
            QCOMPARE(snapshotFiles().size(), 1);
            auto snapshot = PushSnapshots(snapshotDir()).latest(test::FakeOryServer::projectId());
            QCOMPARE(snapshot->revisionId, second.project.revisionId);
        } else {
            QCOMPARE(outcome.kind, OryChangeOutcome::Kind::ConflictDeclined);
            QCOMPARE(m_fake->patchCount(), 0);
            QCOMPARE(int(list.size()), 3);
            QVERIFY(snapshotFiles().isEmpty());
            QVERIFY(outcome.plan && !outcome.plan->isEmpty()); // the new change, for the caller to show
        }
    }

    void failedPatchRemovesSnapshotAndDoesNotReplan_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400 invalid configuration") << 400 << u"bad-request"_s;
        QTest::newRow("503") << 503 << u"server-error"_s;
        QTest::newRow("401") << 401 << u"unauthorized"_s;
    }
    void failedPatchRemovesSnapshotAndDoesNotReplan()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        ScriptedReviewer script;
        script.decide = [&](const OryChangeReview &) {
            m_fake->failNextRequest(status); // the next request is the PATCH (after the snapshot was written)
            return OryReviewAnswer::Send;
        };
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        const json before = m_fake->identityConfig();
        const OryChangeOutcome outcome = run(change, pushRequest());
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Failed);
        QCOMPARE(outcome.failedAt, OryChangeOutcome::Stage::Patch);
        QCOMPARE(outcome.error.code, code);
        QCOMPARE(script.reviews.size(), 1); // only a conflict re-plans
        QVERIFY(!outcome.conflict);
        QVERIFY(snapshotFiles().isEmpty());
        QVERIFY(!outcome.snapshotPath);
        QVERIFY(m_fake->identityConfig() == before);
    }

    void snapshotWrittenBeforeThePatch()
    {
        ScriptedReviewer script;
        int filesDuringPatch = -1;
        script.decide = [&](const OryChangeReview &) {
            m_fake->beforeNextPatch([&] { filesDuringPatch = int(snapshotFiles().size()); });
            return OryReviewAnswer::Send;
        };
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        QCOMPARE(run(change, pushRequest()).kind, OryChangeOutcome::Kind::Sent);
        QCOMPARE(filesDuringPatch, 1);
    }

    void rollbackRestoresAndMarksTheSnapshot()
    {
        const json original = m_fake->identityConfig();
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        QCOMPARE(run(change, pushRequest()).kind, OryChangeOutcome::Kind::Sent);
        QVERIFY(m_fake->identityConfig() != original);

        PushSnapshots store(snapshotDir());
        auto snapshot = store.latest(test::FakeOryServer::projectId());
        QVERIFY(snapshot.ok());
        OryChangeRequest rollback;
        rollback.title = u"Roll back"_s;
        rollback.projectId = test::FakeOryServer::projectId();
        rollback.plan = [s = snapshot.value()](const OryProject &p) {
            return planRollback(p.identityConfig, s, kMandrillKey);
        };
        rollback.secrets = {kMandrillKey};
        rollback.snapshotDir = snapshotDir();
        rollback.restoring = snapshot.value();
        const OryChangeOutcome outcome = run(change, rollback);
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Sent);
        QVERIFY(!outcome.snapshotPath); // a rollback takes no snapshot of its own
        QVERIFY(script.reviews.last().diff.contains(u"- web_hook POST https://mandrillapp.com"_s));
        QVERIFY(m_fake->identityConfig() == original);
        QCOMPARE(store.latest(test::FakeOryServer::projectId()).error().code, u"no-snapshot"_s);
        QCOMPARE(QDir(snapshotDir() + u'/' + test::FakeOryServer::projectId())
                     .entryList({u"*.rolled-back.json"_s}, QDir::Files)
                     .size(),
                 1);
    }

    void readAndPlanFailures()
    {
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        OryChangeRequest request = pushRequest();
        request.projectId = u"no-such-project"_s;
        OryChangeOutcome outcome = run(change, request);
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Failed);
        QCOMPARE(outcome.failedAt, OryChangeOutcome::Stage::Read);
        QCOMPARE(outcome.error.code, u"not-found"_s);
        QVERIFY(!outcome.project);

        request = pushRequest();
        request.plan = [](const OryProject &) -> Result<HookPlan> {
            return Error{u"cannot plan"_s, {}, u"test-plan"_s};
        };
        outcome = run(change, request);
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Failed);
        QCOMPARE(outcome.failedAt, OryChangeOutcome::Stage::Plan);
        QCOMPARE(outcome.error.code, u"test-plan"_s);
        QVERIFY(outcome.project);
        QVERIFY(!outcome.plan);
        QVERIFY(script.reviews.isEmpty());
        QCOMPARE(m_fake->patchCount(), 0);
    }

    void snapshotFailureSendsNothing()
    {
        // No snapshot, no change: a rollback must always be possible for what Hookmail sent.
        QFile blocker(m_dir->filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ScriptedReviewer script;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         script.reviewer());
        OryChangeRequest request = pushRequest();
        request.snapshotDir = blocker.fileName() + u"/snapshots"_s;
        const OryChangeOutcome outcome = run(change, request);
        QCOMPARE(outcome.kind, OryChangeOutcome::Kind::Failed);
        QCOMPARE(outcome.failedAt, OryChangeOutcome::Stage::Snapshot);
        QCOMPARE(outcome.error.code, u"io"_s);
        QCOMPARE(script.reviews.size(), 1);
        QCOMPARE(m_fake->patchCount(), 0);
        for (const auto &r : m_fake->requests())
            QVERIFY(r.method != "PATCH");
    }

    void lateAndDoubleAnswers()
    {
        // A dialog answers later; a second answer (a double click) is ignored; a start while running is
        // refused.
        std::function<void(OryReviewAnswer)> pending;
        OryChange change(oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
                         [&](const OryChangeReview &, std::function<void(OryReviewAnswer)> answer) {
                             pending = std::move(answer);
                         });
        QSignalSpy finished(&change, &OryChange::finished);
        QVERIFY(change.start(pushRequest()));
        QVERIFY(!change.start(pushRequest()));
        QTRY_VERIFY_WITH_TIMEOUT(bool(pending), 5000);
        QVERIFY(change.isRunning());
        QCOMPARE(m_fake->patchCount(), 0);
        pending(OryReviewAnswer::Send);
        pending(OryReviewAnswer::Send);
        QVERIFY(finished.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_fake->patchCount(), 1);
        QVERIFY(!change.isRunning());
    }

    void destroyedWithARequestInFlight()
    {
        bool reviewed = false;
        auto change = std::make_unique<OryChange>(
            oryChangeIo(m_client.get(), [] { return test::FakeOryServer::workspaceKey(); }),
            [&](const OryChangeReview &, std::function<void(OryReviewAnswer)>) { reviewed = true; });
        int reports = 0;
        connect(change.get(), &OryChange::finished, this, [&] { ++reports; });
        QVERIFY(change->start(pushRequest()));
        change.reset(); // the GET is in flight
        QTRY_COMPARE_WITH_TIMEOUT(m_fake->requests().size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingCount(), 0, 5000);
        QVERIFY(!reviewed);
        QCOMPARE(reports, 0);
    }
};

QTEST_GUILESS_MAIN(TestOryChange)
#include "tst_orychange.moc"
