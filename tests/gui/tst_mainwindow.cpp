// The whole window, offscreen, driving real widgets against the real worker: typing updates the
// preview, a syntax error marks the line and keeps the last good email, the form's Jsonnet renders
// the form's email, presets change the preview (and the no-email social sign-up shows the problem),
// save/reopen gives the identical project, and a crash with unsaved edits is recovered.
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "editor/CodeTextEdit.h"
#include "preview/EmailPreviewView.h"
#include "project/ActionListPane.h"
#include "project/SampleContextPane.h"
#include "session/DocumentController.h"
#include "session/ProjectSession.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace hookmail;

namespace {
constexpr int kRenderTimeoutMs = 15000;

// One window with its own services, like main.cpp builds it.
struct Harness
{
    explicit Harness(const QString &settingsPath)
        : settings(settingsPath), evaluator(1), renderer(&evaluator),
          window(AppServices{&settings, &evaluator, &renderer, &secrets}, &prompter)
    {
        window.resize(1280, 800);
        prompter.recover = true;       // asked at start(), after this
        prompter.confirmAnswer = true; // Design → Code
    }
    Settings settings;
    TemplateEvaluator evaluator;
    RenderService renderer;
    MemorySecretStore secrets;
    test::ScriptedPrompter prompter;
    MainWindow window;

    QString subject() const
    {
        return window.previewView()->findChild<QLabel *>(QStringLiteral("subjectValueLabel"))->text();
    }
    QString to() const
    {
        return window.previewView()->findChild<QLabel *>(QStringLiteral("toValueLabel"))->text();
    }
    CodeTextEdit *code() const { return window.editorPane()->codeEditor()->textEdit(); }
    // Places the cursor right after `needle` in the code editor. The built-in email opens in Design mode, so
    // this switches to Code first (as a developer would, converting the design).
    bool cursorAfter(const QString &needle) const
    {
        if (window.editorPane()->isDesignMode() && !window.editorPane()->switchToCode())
            return false;
        const QTextCursor found = code()->document()->find(needle);
        if (found.isNull())
            return false;
        QTextCursor c(code()->document());
        c.setPosition(found.selectionEnd());
        code()->setTextCursor(c);
        code()->setFocus();
        return true;
    }
    void choosePreset(const QString &name) const
    {
        auto *combo = window.samplePane()->findChild<QComboBox *>(QStringLiteral("presetComboBox"));
        combo->setCurrentIndex(combo->findData(name));
    }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Harness> start()
    {
        auto h = std::make_unique<Harness>(m_dir.filePath(QStringLiteral("settings.ini")));
        h->window.show();
        h->window.start();
        return h;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init() { QDir(DocumentController::autosaveDirectory()).removeRecursively(); }

    void firstStartShowsWorkingPreview()
    {
        auto h = start();
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                  kRenderTimeoutMs);
        QCOMPARE(h->subject(), QStringLiteral("Welcome to Example"));
        QVERIFY(h->to().contains(QStringLiteral("jane.doe@example.com")));
        QCOMPARE(h->window.windowTitle(), QStringLiteral("Untitled — Hookmail"));
        QVERIFY(!h->window.previewView()->requestText().isEmpty());
        // The built-in Welcome email is a design and opens in Design mode, not as code.
        QCOMPARE(h->window.document()->project().actions.first().mode, EditMode::Design);
        QVERIFY(h->window.editorPane()->isDesignMode());
        // Every menu action has a shortcut or is a submenu/help entry, and a name for assistive tools.
        for (QAction *a : h->window.findChildren<QAction *>()) {
            if (a->objectName().endsWith(u"Action") && !a->objectName().startsWith(u"editor"))
                QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
        }
    }

    void typingUpdatesSubject()
    {
        auto h = start();
        QTRY_COMPARE_WITH_TIMEOUT(h->subject(), QStringLiteral("Welcome to Example"), kRenderTimeoutMs);
        QVERIFY(h->cursorAfter(QStringLiteral("subject: 'Welcome to Example")));
        QTest::keyClicks(h->code(), QStringLiteral(", Ada"));
        QTRY_COMPARE_WITH_TIMEOUT(h->subject(), QStringLiteral("Welcome to Example, Ada"), kRenderTimeoutMs);
        QVERIFY(h->window.document()->isDirty());
        QVERIFY(h->window.windowTitle().contains(u'*'));

        // Renaming the email in the list and typing on keeps both edits.
        auto *list = h->window.actionList()->findChild<QListWidget *>(QStringLiteral("actionList"));
        list->item(0)->setText(QStringLiteral("Hello email"));
        QVERIFY(h->cursorAfter(QStringLiteral("Welcome to Example, Ada")));
        QTest::keyClicks(h->code(), QStringLiteral("!"));
        QCOMPARE(h->window.document()->project().actions.first().name, QStringLiteral("Hello email"));
        QVERIFY(h->window.document()->project().actions.first().templateSource.contains(
            QStringLiteral("Example, Ada!")));
    }

    void syntaxErrorMarksLineKeepsLastGood()
    {
        auto h = start();
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                  kRenderTimeoutMs);
        QVERIFY(h->cursorAfter(QStringLiteral("from_name: 'Example'")));
        const int line = h->code()->textCursor().blockNumber() + 1;
        QTest::keyClicks(h->code(), QStringLiteral(" oops"));
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Error,
                                  kRenderTimeoutMs);
        QVERIFY(h->window.previewView()->isDimmed());
        QCOMPARE(h->subject(), QStringLiteral("Welcome to Example")); // last good email kept
        const QList<EditorMarker> markers = h->window.editorPane()->codeEditor()->markers();
        QVERIFY(!markers.isEmpty());
        QCOMPARE(markers.first().line, line);
        QVERIFY(h->window.previewView()->bannerText().contains(QStringLiteral("Line %1").arg(line)));

        // Fixing it clears the marker and the banner.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(h->code(), Qt::Key_Backspace);
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                  kRenderTimeoutMs);
        QVERIFY(h->window.editorPane()->codeEditor()->markers().isEmpty());
        QVERIFY(!h->window.previewView()->isDimmed());
    }

    void designRendersSameEmail()
    {
        auto h = start();
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                  kRenderTimeoutMs);
        h->window.actionList()->addAction(); // new emails start as a design
        QVERIFY(h->window.editorPane()->isDesignMode());
        DesignPane *design = h->window.editorPane()->designPane();
        auto *tabs = design->findChild<QTabWidget *>(QStringLiteral("designTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1); // Envelope
        auto *subject = design->findChild<QTextEdit *>(QStringLiteral("subjectEdit"));
        QVERIFY(subject && subject->isVisible());
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(subject, QStringLiteral("Hello from the designer"));
        auto *from = design->findChild<QLineEdit *>(QStringLiteral("fromEmailLineEdit"));
        QVERIFY(from);
        from->clear();
        QTest::keyClicks(from, QStringLiteral("team@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(h->subject(), QStringLiteral("Hello from the designer"), kRenderTimeoutMs);
        QVERIFY(h->window.previewView()
                    ->findChild<QLabel *>(QStringLiteral("fromValueLabel"))
                    ->text()
                    .contains(QStringLiteral("team@example.org")));
        QVERIFY(h->to().contains(QStringLiteral("jane.doe@example.com")));
        // The template is what the design generates, and renders the same email.
        const Action action = h->window.editorPane()->action();
        QCOMPARE(action.templateSource,
                 DesignGenerator::jsonnet(action.design, h->window.session()->theme()));
        QCOMPARE(h->window.document()->project().actions.last().templateSource, action.templateSource);
        RenderRequest request;
        request.action = action;
        request.point = h->window.samplePane()->hookPoint();
        request.identity = h->window.document()->project().sampleIdentity;
        const RenderOutcome direct = h->renderer.renderAndWait(request);
        QVERIFY(direct.evaluation.ok);
        QCOMPARE(direct.email.subject, QStringLiteral("Hello from the designer"));
        QCOMPARE(direct.email.fromEmail, QStringLiteral("team@example.org"));
        // Design → Code converts (after the question); the preview stays the same.
        const int asked = h->prompter.confirmQuestions.size();
        QVERIFY(h->window.editorPane()->switchToCode());
        QCOMPARE(h->prompter.confirmQuestions.size(), asked + 1);
        QCOMPARE(h->window.editorPane()->codeEditor()->text(), action.templateSource);
        QCOMPARE(h->window.document()->project().actions.last().mode, Action::EditMode::Code);
        QCOMPARE(h->subject(), QStringLiteral("Hello from the designer"));
    }

    void presetsChangePreview()
    {
        auto h = start();
        QTRY_VERIFY_WITH_TIMEOUT(h->to().contains(QStringLiteral("jane.doe@example.com")), kRenderTimeoutMs);
        h->choosePreset(QStringLiteral("german-locale"));
        QTRY_VERIFY_WITH_TIMEOUT(h->to().contains(QStringLiteral("juergen.schaefer@example.de")),
                                 kRenderTimeoutMs);
        QCOMPARE(h->window.document()->project().identityPreset, QStringLiteral("german-locale"));

        // The default template is safe: no address → the hook is skipped, not failed.
        h->choosePreset(QStringLiteral("oidc-no-email"));
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Cancelled,
                                  kRenderTimeoutMs);

        // A template that assumes an address fails for that person, and the Checks tab says so.
        QVERIFY(h->window.editorPane()->switchToCode());
        h->window.editorPane()->codeEditor()->setText(QStringLiteral(
            "function(ctx) {\n  message: {\n    subject: 'Hi',\n    from_email: 'a@example.com',\n"
            "    to: [{ email: ctx.identity.verifiable_addresses[0].value }],\n  },\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Error,
                                  kRenderTimeoutMs);
        QVERIFY(h->window.previewView()->bannerText().contains(QStringLiteral("verifiable_addresses")));
        auto *findings = h->window.previewView()->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QVERIFY(findings->topLevelItemCount() > 0);
        QVERIFY(!h->window.editorPane()->codeEditor()->markers().isEmpty());
        QCOMPARE(h->window.editorPane()->codeEditor()->markers().first().line, 5);

        // "Check against all hook points": both of the action's points fail for this person.
        emit h->window.samplePane()->checkAllRequested();
        auto *matrix = h->window.samplePane()->findChild<QTableWidget *>(QStringLiteral("matrixTable"));
        QTRY_COMPARE_WITH_TIMEOUT(matrix->rowCount(), 2, kRenderTimeoutMs);
        QCOMPARE(matrix->item(0, 1)->text(), QStringLiteral("Fails"));
        QCOMPARE(matrix->item(1, 1)->text(), QStringLiteral("Fails"));

        // The same template works for a person with an address.
        h->choosePreset(QStringLiteral("verified"));
        QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                  kRenderTimeoutMs);
        QVERIFY(h->to().contains(QStringLiteral("sam.lee@example.com")));
    }

    void saveReopenIdentical()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.hookmail"));
        Project saved;
        {
            auto h = start();
            QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                      kRenderTimeoutMs);
            QVERIFY(h->cursorAfter(QStringLiteral("subject: 'Welcome to Example")));
            QTest::keyClicks(h->code(), QStringLiteral("!"));
            h->choosePreset(QStringLiteral("verified"));
            h->prompter.savePath = path;
            QVERIFY(h->window.document()->save());
            QVERIFY(!h->window.windowTitle().contains(u'*'));
            QCOMPARE(h->window.windowTitle(), QStringLiteral("roundtrip.hookmail — Hookmail"));
            saved = h->window.document()->project();
        }
        auto h = start();
        QVERIFY(h->window.document()->open(path));
        QCOMPARE(h->window.document()->project(), saved);
        QVERIFY(h->window.editorPane()->codeEditor()->text().contains(QStringLiteral("Welcome to Example!")));
        QCOMPARE(h->window.samplePane()->currentPreset(), QStringLiteral("verified"));
        QTRY_COMPARE_WITH_TIMEOUT(h->subject(), QStringLiteral("Welcome to Example!"), kRenderTimeoutMs);
    }

    void crashRecoveryRestoresEdits()
    {
        const QString copy = m_dir.filePath(QStringLiteral("crash-copy"));
        QString autosave;
        Project unsaved;
        {
            auto h = start();
            QTRY_COMPARE_WITH_TIMEOUT(h->window.previewView()->state(), EmailPreviewView::State::Normal,
                                      kRenderTimeoutMs);
            QVERIFY(h->cursorAfter(QStringLiteral("subject: 'Welcome to Example")));
            QTest::keyClicks(h->code(), QStringLiteral(" (draft)"));
            QVERIFY(h->window.document()->autosaveNow());
            autosave = h->window.document()->autosavePath();
            unsaved = h->window.document()->project();
            // The process "dies" here: what it leaves is its autosave without a live lock.
            QFile::remove(copy);
            QVERIFY(QFile::copy(autosave, copy));
        }
        QVERIFY(QFile::copy(copy, autosave));

        auto h = start();
        QCOMPARE(h->prompter.recoverQuestions, 1);
        QCOMPARE(h->window.document()->project(), unsaved);
        QVERIFY(h->window.windowTitle().contains(u'*'));
        QVERIFY(h->window.editorPane()->codeEditor()->text().contains(
            QStringLiteral("Welcome to Example (draft)")));
        QTRY_COMPARE_WITH_TIMEOUT(h->subject(), QStringLiteral("Welcome to Example (draft)"),
                                  kRenderTimeoutMs);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
