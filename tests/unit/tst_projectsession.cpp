// ProjectSession, the one owner of the open project, the current email, the sample moment and person: each
// change is announced once, an echo of an edit announces nothing, the sample moment follows the email, and
// the last good render is kept for the test send (real worker, no widgets).
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/model/SampleContext.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "session/ProjectSession.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

class TestProjectSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_settings = std::make_unique<Settings>();
        m_evaluator = std::make_unique<TemplateEvaluator>(1);
        m_renderer = std::make_unique<RenderService>(m_evaluator.get());
        m_session = std::make_unique<ProjectSession>(m_settings.get(), &m_prompter, m_renderer.get());
        m_session->preview()->setDebounceMs(0);
    }

    void cleanup()
    {
        m_session.reset();
        m_renderer.reset();
        m_evaluator.reset();
        m_settings.reset();
    }

    void firstDocumentSelectsTheFirstEmailAndItsMoment()
    {
        QSignalSpy current(m_session.get(), &ProjectSession::currentActionChanged);
        QSignalSpy replaced(m_session.get(), &ProjectSession::projectReplaced);
        m_session->document()->startFirstDocument();
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(current.count(), 1);
        const Action *action = m_session->currentAction();
        QVERIFY(action);
        QCOMPARE(action->id, m_session->project().actions.first().id);
        QCOMPARE(current.first().first().value<Action>().id, action->id);
        QVERIFY(!action->hookPoints.isEmpty());
        QVERIFY(action->hookPoints.contains(m_session->hookPoint()));
        QCOMPARE(m_session->currentRequest().action, *action);
        QCOMPARE(m_session->currentRequest().identity, m_session->project().sampleIdentity);
    }

    void editsAreAnnouncedOnceAndEchoesNotAtAll()
    {
        m_session->document()->startFirstDocument();
        QSignalSpy current(m_session.get(), &ProjectSession::currentActionChanged);
        QSignalSpy edited(m_session.get(), &ProjectSession::actionEdited);
        Action action = *m_session->currentAction();
        m_session->editAction(action); // unchanged
        QCOMPARE(edited.count(), 0);
        QCOMPARE(current.count(), 0);
        QVERIFY(!m_session->document()->isDirty());

        action.name = QStringLiteral("Renamed");
        m_session->editAction(action);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(current.count(), 1);
        QCOMPARE(m_session->currentAction()->name, QStringLiteral("Renamed"));
        QVERIFY(m_session->document()->isDirty());

        Action unknown = action;
        unknown.id = QStringLiteral("no-such-id");
        m_session->editAction(unknown);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(m_session->project().actions.size(), 1);
    }

    void theSampleMomentFollowsTheEmail()
    {
        m_session->document()->startFirstDocument();
        QSignalSpy moment(m_session.get(), &ProjectSession::hookPointChanged);
        const auto other = HookPoint::parse(QStringLiteral("login/after/password"));
        QVERIFY(other);
        QVERIFY(!m_session->currentAction()->hookPoints.contains(*other));
        m_session->setHookPoint(*other);
        m_session->setHookPoint(*other); // the same again: nothing
        QCOMPARE(moment.count(), 1);
        QCOMPARE(m_session->hookPoint(), *other);

        // A second email sent only at that moment: selecting the first one brings its own moment back.
        Action second = newAction(QStringLiteral("Sign-in notice"));
        second.hookPoints = {*other};
        QList<Action> actions = m_session->project().actions;
        const QString firstId = actions.first().id;
        actions.append(second);
        m_session->setActions(actions);
        m_session->selectAction(second.id);
        QCOMPARE(m_session->hookPoint(), *other);
        m_session->selectAction(firstId);
        QVERIFY(m_session->currentAction()->hookPoints.contains(m_session->hookPoint()));
        QCOMPARE(moment.count(), 2);

        m_session->selectAction(QStringLiteral("gone"));
        QVERIFY(!m_session->currentAction());
    }

    void theLastGoodRenderIsKept()
    {
        QSignalSpy good(m_session.get(), &ProjectSession::lastGoodBodyChanged);
        m_session->document()->startFirstDocument();
        QVERIFY(good.wait(20000));
        const QJsonObject body = m_session->lastGoodBody();
        QVERIFY(body.value(QStringLiteral("message")).isObject());
        QVERIFY(!good.first().at(1).toString().isEmpty()); // the from address

        // A broken template does not replace it.
        QSignalSpy outcome(m_session->preview(), &PreviewController::outcomeReady);
        Action broken = *m_session->currentAction();
        broken.mode = EditMode::Code;
        broken.templateSource = QStringLiteral("function(ctx) { ");
        m_session->editAction(broken);
        QVERIFY(outcome.wait(20000));
        QCOMPARE(good.count(), 1);
        QCOMPARE(m_session->lastGoodBody(), body);
    }

    void designEditsRegenerateTheTemplate()
    {
        m_session->document()->startFirstDocument();
        const Action *current = m_session->currentAction();
        QVERIFY(current);
        QCOMPARE(current->mode, EditMode::Design); // the built-in Welcome email is a design
        QSignalSpy edited(m_session.get(), &ProjectSession::actionEdited);
        Action action = *current;
        action.design.blocks[1].line.first().text = QStringLiteral("Hello there!");
        // Whatever the pane sends as template, a design-mode email gets the generated one.
        action.templateSource = QStringLiteral("function(ctx) {}");
        m_session->editAction(action);
        QCOMPARE(edited.count(), 1);
        const QString expected = DesignGenerator::jsonnet(action.design, m_session->theme());
        QCOMPARE(m_session->currentAction()->templateSource, expected);
        QCOMPARE(edited.first().first().value<Action>().templateSource, expected);
        QVERIFY(expected.contains(QStringLiteral("Hello there!")));
        // A code-mode email keeps exactly what it was given.
        action.mode = EditMode::Code;
        action.templateSource = QStringLiteral("function(ctx) { a: 1 }");
        m_session->editAction(action);
        QCOMPARE(m_session->currentAction()->templateSource, QStringLiteral("function(ctx) { a: 1 }"));
        // New emails added to the list get the project's theme too.
        Theme theme = m_session->theme();
        theme.brandColor = QStringLiteral("#2b8a3e");
        m_session->setTheme(theme);
        Action added = newAction(QStringLiteral("Second"));
        QList<Action> actions = m_session->project().actions;
        actions << added;
        m_session->setActions(actions);
        QCOMPARE(m_session->project().actions.last().templateSource,
                 DesignGenerator::jsonnet(added.design, theme));
    }

    void themeChangesRestyleEveryDesign()
    {
        m_session->document()->startFirstDocument();
        QList<Action> actions = m_session->project().actions;
        Action code = newAction(QStringLiteral("Code email"));
        code.mode = EditMode::Code;
        code.templateSource = QStringLiteral("function(ctx) { b: 2 }");
        actions << newAction(QStringLiteral("Second design")) << code;
        m_session->setActions(actions);
        QSignalSpy themed(m_session.get(), &ProjectSession::themeChanged);
        QSignalSpy edited(m_session.get(), &ProjectSession::actionEdited);
        QSignalSpy current(m_session.get(), &ProjectSession::currentActionChanged);
        Theme theme = m_session->theme();
        m_session->setTheme(theme); // unchanged: nothing
        QCOMPARE(themed.count(), 0);
        theme.brandColor = QStringLiteral("#e8590c");
        m_session->setTheme(theme);
        QCOMPARE(themed.count(), 1);
        QCOMPARE(themed.first().first().value<Theme>(), theme);
        QCOMPARE(m_session->theme(), theme);
        QCOMPARE(edited.count(), 2); // both designs, not the code email
        QCOMPARE(current.count(), 1);
        for (const Action &a : m_session->project().actions) {
            if (a.mode == EditMode::Design)
                QVERIFY(a.templateSource.contains(QStringLiteral("#e8590c")));
            else
                QCOMPARE(a.templateSource, QStringLiteral("function(ctx) { b: 2 }"));
        }
        QVERIFY(m_session->document()->isDirty());
    }

    void presetsAndIdentityEditsReachTheProject()
    {
        m_session->document()->startFirstDocument();
        QSignalSpy identity(m_session.get(), &ProjectSession::sampleIdentityChanged);
        const QList<IdentityPreset> presets = identityPresets();
        QVERIFY(presets.size() > 1);
        const IdentityPreset &preset = presets.last();
        m_session->choosePreset(preset.name);
        QCOMPARE(identity.count(), 1);
        QCOMPARE(m_session->project().identityPreset, preset.name);
        QCOMPARE(m_session->project().sampleIdentity, preset.identity);

        QJsonObject edited = preset.identity;
        edited.insert(QStringLiteral("state"), QStringLiteral("inactive"));
        m_session->editSampleIdentity(edited);
        m_session->editSampleIdentity(edited);
        QCOMPARE(identity.count(), 2);
        QCOMPARE(m_session->currentRequest().identity, edited);
    }

    void transientPayloadAndVariantReachTheRender()
    {
        m_session->document()->startFirstDocument();
        QSignalSpy payload(m_session.get(), &ProjectSession::transientPayloadChanged);
        QSignalSpy rendered(m_session->preview(), &PreviewController::outcomeReady);
        const QJsonObject plan{{QStringLiteral("plan"), QStringLiteral("pro")}};
        m_session->editTransientPayload(plan);
        m_session->editTransientPayload(plan); // an echo: nothing
        QCOMPARE(payload.count(), 1);
        QCOMPARE(m_session->project().transientPayload, plan);
        QCOMPARE(m_session->currentRequest().transientPayload, plan);
        QVERIFY(m_session->document()->isDirty());

        // The variant is a way of looking at the moment: it changes the render, not the project.
        const Project before = m_session->project();
        m_session->setHookPoint(*HookPoint::parse(QStringLiteral("registration/after/password")));
        rendered.clear();
        m_session->setSampleVariant(SampleVariant::NativeApp);
        QCOMPARE(m_session->sampleVariant(), SampleVariant::NativeApp);
        QCOMPARE(m_session->currentRequest().variant, SampleVariant::NativeApp);
        QCOMPARE(m_session->project(), before);
        // The newest render (older generations are dropped) is of the app's API flow, with the payload.
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 10000);
        const RenderOutcome outcome = rendered.last().first().value<RenderOutcome>();
        QCOMPARE(outcome.point.toString(), QStringLiteral("registration/after/password"));
        const QJsonObject flow = outcome.ctx.value(QStringLiteral("flow")).toObject();
        QCOMPARE(flow.value(QStringLiteral("type")).toString(), QStringLiteral("api"));
        QCOMPARE(flow.value(QStringLiteral("transient_payload")).toObject(), plan);

        // A new document brings its own payload.
        payload.clear();
        m_session->document()->startFirstDocument();
        QCOMPARE(payload.count(), 1);
        QCOMPARE(payload.first().first().toJsonObject(), m_session->project().transientPayload);
    }

    // Issue 17: a read Ory project's clients.web_hook.header_allowlist becomes the sample's, is saved with
    // the project and reaches the render; a project that sets none brings Kratos's default back.
    void theOryProjectsHeaderAllowlistReachesTheRender()
    {
        m_session->document()->startFirstDocument();
        m_session->setHookPoint(*HookPoint::parse(QStringLiteral("registration/after/password")));
        QSignalSpy changed(m_session.get(), &ProjectSession::headerAllowlistChanged);
        QSignalSpy rendered(m_session->preview(), &PreviewController::outcomeReady);
        const QJsonObject config = QJsonDocument::fromJson(R"({"clients":{"web_hook":{"header_allowlist":
            ["User-Agent","x-forwarded-host"]}}})")
                                       .object();
        m_session->adoptOryProjectConfig(QStringLiteral("Acme"), config);
        m_session->adoptOryProjectConfig(QStringLiteral("Acme"), config); // the same again: nothing
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_session->project().headerAllowlist);
        QCOMPARE(m_session->project().headerAllowlist->headers,
                 (QStringList{QStringLiteral("User-Agent"), QStringLiteral("x-forwarded-host")}));
        QVERIFY(m_session->project().headerAllowlist->source.contains(QStringLiteral("Acme")));
        QVERIFY(m_session->document()->isDirty());
        QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.last()
                                     .first()
                                     .value<RenderOutcome>()
                                     .ctx.value(QStringLiteral("request_headers"))
                                     .toObject()
                                     .contains(QStringLiteral("x-forwarded-host")),
                                 10000);

        // A malformed list is not adopted; a project without one brings back Kratos's default.
        m_session->adoptOryProjectConfig(
            QStringLiteral("Acme"),
            QJsonDocument::fromJson(R"({"clients":{"web_hook":{"header_allowlist":"Accept"}}})").object());
        QCOMPARE(changed.count(), 1);
        m_session->adoptOryProjectConfig(QStringLiteral("Other"), QJsonObject{});
        QCOMPARE(changed.count(), 2);
        QVERIFY(!m_session->project().headerAllowlist);
        QVERIFY(!m_session->currentRequest().headerAllowlist);
    }

private:
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TemplateEvaluator> m_evaluator;
    std::unique_ptr<RenderService> m_renderer;
    std::unique_ptr<ProjectSession> m_session;
};

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
