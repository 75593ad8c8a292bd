// The GUI half of the bad-template corpus (tests/data/bad-templates): every case typed into the real main
// window's code editor (offscreen) must come back with the expected kind, and where Jsonnet gives a line, the
// problems list and an error marker in the editor must point at that line. Files that are not UTF-8 cannot
// be typed; for those, opening the file must fail with the line in the message.
#include "BadTemplateCorpus.h"
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "editor/ActionEditorPane.h"
#include "editor/CodeTextEdit.h"
#include "editor/JsonnetEditor.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {

QString kindOf(const RenderOutcome &outcome)
{
    const EvaluationResult &ev = outcome.evaluation;
    if (ev.ok)
        return outcome.bodyIsObject ? QStringLiteral("ok") : QStringLiteral("not-object");
    return evaluationKindName(ev.error.kind);
}

} // namespace

class TestBadTemplatesGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TemplateEvaluator> m_evaluator;
    std::unique_ptr<RenderService> m_renderer;
    MemorySecretStore m_secrets;
    test::ScriptedPrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
    int m_total = 0, m_asExpected = 0, m_typed = 0, m_refusedAtOpen = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_evaluator = std::make_unique<TemplateEvaluator>(1);
        m_renderer = std::make_unique<RenderService>(m_evaluator.get());
        m_window = std::make_unique<MainWindow>(
            AppServices{m_settings.get(), m_evaluator.get(), m_renderer.get(), &m_secrets}, &m_prompter);
        m_window->resize(1280, 800);
        m_window->show();
        m_window->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The built-in email opens in Design mode: convert it to Code (confirmed) to type templates.
        m_prompter.confirmAnswer = true;
        QTRY_VERIFY(m_window->editorPane()->switchToCode());
    }

    void corpus_data() { test::addBadTemplateRows(); }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(int, line);
        ++m_total;
        const QByteArray bytes = test::readFile(test::badTemplatesDir() + u'/' + file);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError()) {
            // Cannot be typed; the window opens files through ProjectFile, which refuses with the place.
            const Result<Project> opened =
                ProjectFile::loadTemplateFile(test::badTemplatesDir() + u'/' + file);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(QStringLiteral("line %1,").arg(line)),
                     qPrintable(opened.error().message));
            ++m_refusedAtOpen;
            ++m_asExpected;
            return;
        }
        // The large cases (75 KB of text, 50 000 nested brackets on one line) once crashed the window: the
        // schema check's std::regex overflowed the stack on the long base64 body (see BodyValidator).
        ++m_typed;
        QSignalSpy ready(m_window->previewController(), &PreviewController::outcomeReady);
        CodeTextEdit *code = m_window->editorPane()->codeEditor()->textEdit();
        code->setPlainText(text);
        QVERIFY(ready.wait(10000));
        const RenderOutcome outcome = ready.constLast().at(0).value<RenderOutcome>();
        const QString got = kindOf(outcome);
        QVERIFY2(
            got == kind,
            qPrintable(
                QStringLiteral("expected %1, got %2: %3").arg(kind, got, outcome.evaluation.error.message)));
        // The editor turns a lone CR into a line break, as any text editor does, so Jsonnet's line numbers
        // (counted by LF) no longer apply to such a file once it is in the editor.
        const bool loneCr = QRegularExpression(QStringLiteral("\r(?!\n)")).match(text).hasMatch();
        if (line > 0 && !loneCr) {
            // The problems list names the line, and the editor marks it.
            auto *problems = m_window->editorPane()->findChild<QListWidget *>(QStringLiteral("problemsList"));
            QVERIFY(problems);
            QTRY_VERIFY(problems->isVisible());
            bool listed = false;
            for (int i = 0; i < problems->count(); ++i)
                listed = listed || problems->item(i)->data(Qt::UserRole).toInt() == line;
            QVERIFY2(listed, qPrintable(QStringLiteral("no problem at line %1").arg(line)));
            bool marked = false;
            for (const EditorMarker &m : m_window->editorPane()->codeEditor()->markers())
                marked = marked || (m.line == line && m.severity == EditorMarker::Severity::Error);
            QVERIFY2(marked, qPrintable(QStringLiteral("no error marker at line %1").arg(line)));
        }
        ++m_asExpected;
    }

    void cleanupTestCase()
    {
        m_window.reset();
        qInfo("bad-template corpus (GUI): %d cases, %d as expected (%d typed into the editor, %d refused at "
              "open "
              "with their line), 0 crashes",
              m_total, m_asExpected, m_typed, m_refusedAtOpen);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestBadTemplatesGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badtemplatesgui.moc"
