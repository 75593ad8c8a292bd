// DocumentController: dirty tracking and window title, save/reopen, asking before closing, autosave
// and recovery after a crash (autosave left behind without a live lock), all in temporary places.
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/design/DesignText.h"
#include "core/model/ProjectFile.h"
#include "session/DocumentController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {
using test::ScriptedPrompter;

Project edited(Project p, const QString &name)
{
    p.actions.first().name = name;
    // A design edit and a theme change go through the same JSON (issue 14): autosave and recovery cover them.
    Action &action = p.actions.first();
    if (action.mode == EditMode::Design && action.design.blocks.size() > 1)
        action.design.blocks[1].line = plainInlineText(name);
    p.theme.brandColor = QStringLiteral("#0b7285");
    regenerateTemplates(p);
    return p;
}
} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
    }

    void firstStartIsDefaultProjectAndClean()
    {
        ScriptedPrompter prompter;
        DocumentController doc(m_settings.get(), &prompter);
        QSignalSpy replaced(&doc, &DocumentController::projectReplaced);
        doc.startFirstDocument();
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(prompter.recoverQuestions, 0);
        QVERIFY(!doc.isDirty());
        QCOMPARE(doc.windowTitle(), QStringLiteral("Untitled — Hookmail"));
        QCOMPARE(doc.project().actions.size(), defaultProject().actions.size());
        QCOMPARE(doc.project().actions.first().name, defaultProject().actions.first().name);
    }

    void editMakesDirtyUndoMakesClean()
    {
        ScriptedPrompter prompter;
        DocumentController doc(m_settings.get(), &prompter);
        doc.startFirstDocument();
        const Project original = doc.project();
        QSignalSpy dirty(&doc, &DocumentController::dirtyChanged);
        QSignalSpy title(&doc, &DocumentController::titleChanged);
        doc.setProject(edited(original, QStringLiteral("Changed")));
        QVERIFY(doc.isDirty());
        QCOMPARE(dirty.size(), 1);
        QCOMPARE(title.last().first().toString(), QStringLiteral("Untitled* — Hookmail"));
        doc.setProject(original);
        QVERIFY(!doc.isDirty());
        QCOMPARE(dirty.size(), 2);
        QCOMPARE(title.last().first().toString(), QStringLiteral("Untitled — Hookmail"));
    }

    void saveReopenIdentical()
    {
        ScriptedPrompter prompter;
        const QString path = m_dir.filePath(QStringLiteral("welcome"));
        prompter.savePath = path; // no suffix: .hookmail is added
        Project saved;
        {
            DocumentController doc(m_settings.get(), &prompter);
            doc.startFirstDocument();
            doc.setProject(edited(doc.project(), QStringLiteral("Renamed email")));
            QVERIFY(doc.save()); // untitled → asks for a path
            QVERIFY(!doc.isDirty());
            QCOMPARE(doc.filePath(), path + u".hookmail");
            QCOMPARE(doc.windowTitle(), QStringLiteral("welcome.hookmail — Hookmail"));
            QVERIFY(doc.recentFiles().contains(path + u".hookmail"));
            saved = doc.project();
        }
        ScriptedPrompter prompter2;
        DocumentController doc2(m_settings.get(), &prompter2);
        QVERIFY(doc2.open(path + u".hookmail"));
        QCOMPARE(doc2.project(), saved);
        QVERIFY(!doc2.isDirty());

        QVERIFY(!doc2.open(m_dir.filePath(QStringLiteral("missing.hookmail"))));
        QCOMPARE(prompter2.errors.size(), 1);
    }

    void closeAsksAboutUnsavedEdits()
    {
        ScriptedPrompter prompter;
        DocumentController doc(m_settings.get(), &prompter);
        doc.startFirstDocument();
        QVERIFY(doc.maybeClose()); // clean: no question
        QCOMPARE(prompter.saveQuestions, 0);
        doc.setProject(edited(doc.project(), QStringLiteral("x")));
        prompter.saveChoice = DocumentPrompter::SaveChoice::Cancel;
        QVERIFY(!doc.maybeClose());
        QVERIFY(!doc.newDocument()); // New asks too and is cancelled
        QCOMPARE(doc.project().actions.first().name, QStringLiteral("x"));
        prompter.saveChoice = DocumentPrompter::SaveChoice::Save;
        prompter.savePath = m_dir.filePath(QStringLiteral("closing.hookmail"));
        QVERIFY(doc.maybeClose());
        QVERIFY(QFile::exists(prompter.savePath));
        QCOMPARE(prompter.saveQuestions, 3);
    }

    void autosaveWrittenAndRemovedOnSave()
    {
        ScriptedPrompter prompter;
        DocumentController doc(m_settings.get(), &prompter);
        doc.setAutosaveInterval(20);
        doc.startFirstDocument();
        QVERIFY(!QFile::exists(doc.autosavePath()));
        doc.setProject(edited(doc.project(), QStringLiteral("autosaved")));
        QTRY_VERIFY(QFile::exists(doc.autosavePath()));
        QVERIFY(DocumentController::orphanedAutosaves().isEmpty()); // this session is alive
        QVERIFY(doc.saveAs(m_dir.filePath(QStringLiteral("auto.hookmail"))));
        QVERIFY(!QFile::exists(doc.autosavePath()));
    }

    void crashRecovery_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("withFile");
        QTest::newRow("untitled, recovered") << true << false;
        QTest::newRow("saved file, recovered") << true << true;
        QTest::newRow("declined") << false << false;
    }
    void crashRecovery()
    {
        QFETCH(bool, accept);
        QFETCH(bool, withFile);
        const QString leftBehind = m_dir.filePath(QStringLiteral("left-behind"));
        const QString filePath = m_dir.filePath(QStringLiteral("crashy.hookmail"));
        QFile::remove(filePath);
        Project unsaved;
        QString autosavePath;
        {
            ScriptedPrompter prompter;
            DocumentController doc(m_settings.get(), &prompter);
            doc.startFirstDocument();
            if (withFile)
                QVERIFY(doc.saveAs(filePath));
            doc.setProject(edited(doc.project(), QStringLiteral("Unsaved work")));
            QVERIFY(doc.autosaveNow());
            unsaved = doc.project();
            autosavePath = doc.autosavePath();
            // A crash leaves the autosave behind and no live lock: keep a copy before the clean close removes
            // it.
            QFile::remove(leftBehind);
            QVERIFY(QFile::copy(autosavePath, leftBehind));
        }
        QVERIFY(!QFile::exists(autosavePath));
        QVERIFY(QFile::copy(leftBehind, autosavePath));
        QCOMPARE(DocumentController::orphanedAutosaves().size(), 1);

        ScriptedPrompter prompter;
        prompter.recover = accept;
        DocumentController doc(m_settings.get(), &prompter);
        doc.startFirstDocument();
        QCOMPARE(prompter.recoverQuestions, 1);
        QCOMPARE(prompter.recoverName,
                 withFile ? QStringLiteral("crashy.hookmail") : QStringLiteral("Untitled"));
        QVERIFY(DocumentController::orphanedAutosaves().isEmpty()); // offered once, never again
        if (accept) {
            QCOMPARE(doc.project(), unsaved);
            QCOMPARE(doc.project().theme.brandColor, QStringLiteral("#0b7285"));
            QCOMPARE(inlineTextToTemplate(doc.project().actions.first().design.blocks.at(1).line),
                     QStringLiteral("Unsaved work"));
            QVERIFY(doc.project().actions.first().templateSource.contains(QStringLiteral("Unsaved work")));
            QVERIFY(doc.isDirty());
            QVERIFY(doc.windowTitle().contains(u'*'));
            QCOMPARE(doc.filePath(), withFile ? filePath : QString());
            QVERIFY(QFile::exists(doc.autosavePath())); // still safe if we crash again
        } else {
            QVERIFY(!doc.isDirty());
            QCOMPARE(doc.project().actions.first().name, defaultProject().actions.first().name);
        }
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentController.moc"
