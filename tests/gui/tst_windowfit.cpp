// The first window fits the screen it opens on: on a 1366 × 768 laptop screen (an offscreen screen of that
// size) the window is no larger than the screen, and a saved geometry from a larger monitor is not restored;
// one that fits is.
#include "ScriptedPrompter.h"
#include "core/common/Settings.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookmail;

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QRect screen = QGuiApplication::primaryScreen()->geometry();
        QCOMPARE(screen.size(), QSize(1366, 768));
    }

    void firstWindowFitsTheScreen()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow *window = makeWindow(settings);
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window->geometry()),
                 qPrintable(QStringLiteral("window %1x%2 at %3,%4 on a %5x%6 screen")
                                .arg(window->width())
                                .arg(window->height())
                                .arg(window->x())
                                .arg(window->y())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(window->width() >= 1000); // it still uses the screen
        delete window;
    }

    void savedGeometryIsRestoredOnlyWhenItFits()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        {
            // A window closed on a 1920 × 1080 monitor.
            MainWindow big(AppServices{&settings, &m_evaluator, &m_renderer, &m_secrets}, &m_prompter);
            big.setGeometry(0, 0, 1800, 1000);
            settings.setWindowGeometry(big.saveGeometry());
        }
        MainWindow *window = makeWindow(settings);
        QVERIFY(window->width() < 1800);
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(window->geometry()));
        delete window;

        {
            MainWindow small(AppServices{&settings, &m_evaluator, &m_renderer, &m_secrets}, &m_prompter);
            small.setGeometry(40, 30, 1000, 650);
            settings.setWindowGeometry(small.saveGeometry());
        }
        window = makeWindow(settings);
        QCOMPARE(window->size(), QSize(1000, 650));
        delete window;
    }

    // The panes are ordinary splitter panes; the sizes a person gives them come back after a restart (and a
    // saved state from the old dock layout is ignored rather than half-applied).
    void paneSizesAreRemembered()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setWindowState(QByteArray::fromBase64("AAAA/wAAAAD9AAAAAgAAAAAAAAE2")); // a dock-era state
        QList<int> chosen;
        {
            std::unique_ptr<MainWindow> window(makeWindow(settings));
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(splitter);
            QCOMPARE(splitter->count(), 3); // emails | designer | preview, all visible
            const int total = splitter->sizes().at(0) + splitter->sizes().at(1) + splitter->sizes().at(2);
            splitter->setSizes({320, total - 320 - 450, 450});
            chosen = splitter->sizes();
            QVERIFY(window->close());
        }
        std::unique_ptr<MainWindow> again(makeWindow(settings));
        again->show();
        QVERIFY(QTest::qWaitForWindowExposed(again.get()));
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), chosen);
    }

private:
    MainWindow *makeWindow(Settings &settings)
    {
        return new MainWindow(AppServices{&settings, &m_evaluator, &m_renderer, &m_secrets}, &m_prompter);
    }

    TemplateEvaluator m_evaluator{1};
    RenderService m_renderer{&m_evaluator};
    MemorySecretStore m_secrets;
    test::ScriptedPrompter m_prompter;
};

int main(int argc, char *argv[])
{
    // An offscreen screen the size of a common laptop's.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Hookmail"));
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
