// TemplateSizeMeter: plain words for the size against Ory's limit, a warning above core's threshold, a clear
// "too large" above the limit, and a bar that never runs past its end.
#include "editor/TemplateSizeMeter.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTest>

using namespace hookmail;

class TestTemplateSizeMeter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void levels_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("barValue");
        constexpr qsizetype limit = 64 * 1024;
        QTest::newRow("small") << qsizetype(9 * 1024) << int(TemplateSizeMeter::Level::Ok)
                               << QStringLiteral("Email size: 14% of Ory's limit (9.0 of 64 KiB)")
                               << 9 * 1024;
        QTest::newRow("at the warning threshold")
            << qsizetype(48 * 1024) << int(TemplateSizeMeter::Level::Ok)
            << QStringLiteral("Email size: 75% of Ory's limit (48 of 64 KiB)") << 48 * 1024;
        QTest::newRow("warning") << qsizetype(52 * 1024) << int(TemplateSizeMeter::Level::Warning)
                                 << QStringLiteral("Close to Ory's size limit: 81% (52 of 64 KiB)")
                                 << 52 * 1024;
        QTest::newRow("at the limit")
            << limit << int(TemplateSizeMeter::Level::Warning)
            << QStringLiteral("Close to Ory's size limit: 100% (64 of 64 KiB)") << int(limit);
        QTest::newRow("over") << limit + 1 << int(TemplateSizeMeter::Level::Over)
                              << QStringLiteral("Too large for Ory: 64 of 64 KiB. Ory would refuse")
                              << int(limit);
        QTest::newRow("far over") << 3 * limit << int(TemplateSizeMeter::Level::Over)
                                  << QStringLiteral("Too large for Ory: 192 of 64 KiB.") << int(limit);
    }

    void levels()
    {
        QFETCH(qsizetype, bytes);
        QFETCH(int, level);
        QFETCH(QString, words);
        QFETCH(int, barValue);
        QLocale::setDefault(QLocale::c());
        TemplateSizeMeter meter;
        QCOMPARE(meter.level(), TemplateSizeMeter::Level::Unknown);
        TemplateSize size; // core's limit and warning threshold (64 KiB, 48 KiB)
        size.bytes = bytes;
        QCOMPARE(size.limit, 64 * 1024);
        QCOMPARE(size.warnAt, 48 * 1024);
        meter.setSize(size);
        QCOMPARE(int(meter.level()), level);
        QVERIFY2(meter.text().startsWith(words), qPrintable(meter.text()));
        auto *bar = meter.findChild<QProgressBar *>(QStringLiteral("templateSizeBar"));
        QVERIFY(bar);
        QCOMPARE(bar->maximum(), 64 * 1024);
        QCOMPARE(bar->value(), barValue);
        // Warnings stand out from the normal state.
        auto *label = meter.findChild<QLabel *>(QStringLiteral("templateSizeLabel"));
        QCOMPARE(label->styleSheet().isEmpty(), level == int(TemplateSizeMeter::Level::Ok));

        meter.clear();
        QCOMPARE(meter.level(), TemplateSizeMeter::Level::Unknown);
        QCOMPARE(bar->value(), 0);
    }
};

QTEST_MAIN(TestTemplateSizeMeter)
#include "tst_templateSizeMeter.moc"
