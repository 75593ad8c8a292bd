// Under a German locale the real main window speaks German: its menu bar is built from translated tr()
// strings once the translators main.cpp installs are in place.
#include "core/common/Settings.h"
#include "core/common/Translations.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "window/MainWindow.h"

#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

class TestTranslatedMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menusAreGerman()
    {
        QVERIFY(installTranslations(QLocale(QLocale::German, QLocale::Germany)).hookmail);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        TemplateEvaluator evaluator(1);
        RenderService renderer(&evaluator);
        MemorySecretStore secrets;
        MainWindow window(AppServices{&settings, &evaluator, &renderer, &secrets});

        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u", ")));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u", ")));
        QVERIFY2(!menus.contains(QStringLiteral("&File")), qPrintable(menus.join(u", ")));
    }
};

QTEST_MAIN(TestTranslatedMainWindow)
#include "tst_translatedmainwindow.moc"
