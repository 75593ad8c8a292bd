// ExportDialog: every core format previews; the key is out by default and only in after the explicit
// choice (with a warning); files are saved into the chosen folder.
#include "core/secrets/SecretStore.h"
#include "project/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

namespace {
const QString kFakeKey = QStringLiteral("md-TESTONLY-not-a-real-key-0000");
}

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyOnlyOnExplicitChoice_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : ActionExporter::formats())
            QTest::newRow(qPrintable(f)) << f;
    }
    void keyOnlyOnExplicitChoice()
    {
        QFETCH(QString, format);
        MemorySecretStore secrets;
        QVERIFY(secrets.writeAndWait(SecretStore::Slot::MandrillKey, kFakeKey).ok());
        const Project project = defaultProject();
        const QJsonObject rendered{
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("subject"), QStringLiteral("Welcome")}}}};
        ExportDialog dialog(project, project.actions.first(), &secrets, rendered);
        dialog.setFormat(format);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("includeKeyCheckBox"));
        QVERIFY(!box->isChecked());
        QVERIFY(!dialog.result().files.isEmpty());
        QVERIFY(!dialog.result().containsSecret);
        for (const ExportFile &f : dialog.result().files)
            QVERIFY2(!f.contents.contains(kFakeKey.toUtf8()), qPrintable(f.fileName));

        QSignalSpy updated(&dialog, &ExportDialog::exportUpdated);
        box->setChecked(true);
        QTRY_VERIFY(dialog.result().containsSecret);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyWarningLabel"))
                    ->text()
                    .contains(QStringLiteral("contains your Mandrill key")));

        box->setChecked(false);
        QVERIFY(!dialog.result().containsSecret);
    }

    void noSavedKeyUnticks()
    {
        MemorySecretStore secrets; // empty
        const Project project = defaultProject();
        ExportDialog dialog(project, project.actions.first(), &secrets);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("includeKeyCheckBox"));
        box->setChecked(true);
        QTRY_VERIFY(!box->isChecked());
        QVERIFY(!dialog.result().containsSecret);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("keyWarningLabel"))
                    ->text()
                    .contains(QStringLiteral("No Mandrill key")));
    }

    void saveToFolder()
    {
        QTemporaryDir dir;
        const Project project = defaultProject();
        ExportDialog dialog(project, project.actions.first(), nullptr);
        dialog.setFormat(QStringLiteral("kratos-yaml"));
        QVERIFY(dialog.saveToFolder(dir.path()).ok());
        const QStringList written = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(written.size(), dialog.result().files.size());
        QVERIFY(!dialog.currentFileText().isEmpty());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportDialog.moc"
