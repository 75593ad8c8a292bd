// Crash safety with real kill -9. This test re-runs its own executable as a child process that
//  - saves a large project over and over (ProjectFile::save), printing each version it finished; the test
//    kills it at random moments: the file must always load and be exactly one of the versions saved;
//  - edits a project in a DocumentController (the GUI's document model) and autosaves after each edit without
//    ever saving; the test kills it: the next start must offer the edits back, intact, and the project file
//    must be untouched.
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "session/DocumentController.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace hookmail;

namespace {

const char kChildMode[] = "HOOKMAIL_CRASH_CHILD";

// Version `v` of the project the save loop writes: large (about 1.5 MB) so a save takes a while, and every
// action differs per version so a torn file could not pass for an intact one.
Project savedVersion(int v)
{
    Project p = defaultProject();
    const Action first = p.actions.first();
    p.actions.clear();
    for (int i = 0; i < 40; ++i) {
        Action a = first;
        a.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        a.hookId = QStringLiteral("hookmail-crash-%1").arg(i);
        a.name = QStringLiteral("Action %1, version %2").arg(i).arg(v);
        a.mode = EditMode::Code;
        a.templateSource = QStringLiteral("function(ctx) {\n  // version %1\n  html: '%2',\n}\n")
                               .arg(v)
                               .arg(QString(36 * 1024, QChar(u'a' + (v + i) % 26)));
        p.actions.append(a);
    }
    return p;
}

// Edit `v` made in the document session (never saved, only autosaved).
Project editedVersion(Project base, int v)
{
    base.actions.first().name = QStringLiteral("Unsaved edit %1").arg(v);
    base.actions.first().templateSource = QStringLiteral("function(ctx) { subject: 'edit %1', html: '%2' }\n")
                                              .arg(v)
                                              .arg(QString(8 * 1024, u'e'));
    base.testRecipients = {QStringLiteral("edit-%1@example.org").arg(v)};
    return base;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int saveLoopChild(const QString &path)
{
    for (int v = 1;; ++v) {
        if (!ProjectFile::save(path, savedVersion(v)).ok())
            return 3;
        say("saved " + QByteArray::number(v));
    }
}

int editSessionChild(const QString &projectPath, const QString &settingsPath)
{
    Settings settings(settingsPath);
    test::ScriptedPrompter prompter;
    prompter.recover = true;
    DocumentController doc(&settings, &prompter);
    if (!doc.open(projectPath))
        return 3;
    const Project base = doc.project();
    for (int v = 1;; ++v) {
        doc.setProject(editedVersion(base, v));
        if (!doc.autosaveNow())
            return 4;
        say("autosaved " + QByteArray::number(v));
        QCoreApplication::processEvents();
    }
}

int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = qEnvironmentVariable(kChildMode).split(u'|');
    if (args.value(0) == u"save-loop")
        return saveLoopChild(args.value(1));
    if (args.value(0) == u"edit-session")
        return editSessionChild(args.value(1), args.value(2));
    return 2;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Starts the child, lets it report `minReports` lines plus a random few milliseconds, then kill -9.
// Returns the last number it reported (0 when none).
int runAndKill(const QString &mode, int minReports, QString *problem)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildMode), mode);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted(5000)) {
        *problem = QStringLiteral("the child did not start");
        return -1;
    }
    int last = 0, reports = 0;
    QByteArray pending;
    auto readReports = [&] {
        pending += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(nl);
            pending.remove(0, nl + 1);
            last = line.mid(line.indexOf(' ') + 1).toInt();
            ++reports;
        }
    };
    while (reports < minReports && child.state() == QProcess::Running) {
        child.waitForReadyRead(200);
        readReports();
    }
    // Deliberate: a random 0-24 ms more, so the kill lands at a different point of the write each round.
    QTest::qWait(int(QRandomGenerator::global()->bounded(25)));
    if (child.state() != QProcess::Running) {
        *problem = QStringLiteral("the child stopped by itself (exit %1): %2")
                       .arg(child.exitCode())
                       .arg(QString::fromUtf8(child.readAllStandardError()));
        return -1;
    }
    child.kill(); // SIGKILL
    child.waitForFinished(5000);
    readReports();
    return last;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_saveKills = 0, m_saveIntact = 0, m_editKills = 0, m_editRecovered = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void killDuringSave_data()
    {
        QTest::addColumn<int>("minReports");
        for (int round = 0; round < 12; ++round)
            QTest::newRow(qPrintable(QStringLiteral("round %1").arg(round))) << 1 + round % 4;
    }
    void killDuringSave()
    {
        QFETCH(int, minReports);
        const QString path = m_dir.filePath(QStringLiteral("big.hookmail"));
        QVERIFY(ProjectFile::save(path, savedVersion(0)).ok());
        QString problem;
        const int last = runAndKill(QStringLiteral("save-loop|") + path, minReports, &problem);
        QVERIFY2(last >= 0, qPrintable(problem));
        ++m_saveKills;
        const Result<Project> loaded = ProjectFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        // The last version the child reported, or the one it was renaming into place when killed.
        const Project &p = loaded.value();
        const bool isLast = p == savedVersion(last);
        const bool isNext = p == savedVersion(last + 1);
        QVERIFY2(isLast || isNext, qPrintable(QStringLiteral("the file is neither version %1 nor %2 (%3)")
                                                  .arg(last)
                                                  .arg(last + 1)
                                                  .arg(p.actions.value(0).name)));
        ++m_saveIntact;
    }

    void killWithUnsavedEdits_data()
    {
        QTest::addColumn<int>("minReports");
        for (int round = 0; round < 6; ++round)
            QTest::newRow(qPrintable(QStringLiteral("round %1").arg(round))) << 1 + round % 3;
    }
    void killWithUnsavedEdits()
    {
        QFETCH(int, minReports);
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
        const QString settingsPath = m_dir.filePath(QStringLiteral("settings.ini"));
        const QString projectPath = m_dir.filePath(QStringLiteral("edited.hookmail"));
        const Result<Project> original =
            ProjectFile::load(test::testDataDir() + QStringLiteral("/projects/minimal-valid.hookmail"));
        QVERIFY(original.ok());
        QVERIFY(ProjectFile::save(projectPath, original.value()).ok());
        const QByteArray projectHash = fileHash(projectPath);
        const Project base = ProjectFile::load(projectPath).value();

        QString problem;
        const int last = runAndKill(QStringLiteral("edit-session|%1|%2").arg(projectPath, settingsPath),
                                    minReports, &problem);
        QVERIFY2(last >= 1, qPrintable(problem));
        ++m_editKills;
        QCOMPARE(fileHash(projectPath), projectHash); // never saved, so never touched
        QCOMPARE(DocumentController::orphanedAutosaves().size(), 1);

        // The next start.
        Settings settings(settingsPath);
        test::ScriptedPrompter prompter;
        prompter.recover = true;
        DocumentController doc(&settings, &prompter);
        doc.startFirstDocument();
        QCOMPARE(prompter.recoverQuestions, 1);
        QVERIFY2(prompter.errors.isEmpty(), qPrintable(prompter.errors.join(u'\n')));
        const bool isLast = doc.project() == editedVersion(base, last);
        const bool isNext = doc.project() == editedVersion(base, last + 1);
        QVERIFY2(isLast || isNext, qPrintable(QStringLiteral("recovered '%1', expected edit %2 or %3")
                                                  .arg(doc.project().actions.value(0).name)
                                                  .arg(last)
                                                  .arg(last + 1)));
        QCOMPARE(doc.filePath(), projectPath);
        QVERIFY(doc.isDirty());
        QCOMPARE(fileHash(projectPath), projectHash);
        ++m_editRecovered;
    }

    void cleanupTestCase()
    {
        qInfo("crash safety: %d kill -9 during saves, %d files intact; %d kill -9 with unsaved edits, %d "
              "recovered intact",
              m_saveKills, m_saveIntact, m_editKills, m_editRecovered);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildMode))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
