// configurePreviewRendering(): software Qt Quick, Chromium without GPU and no X11 GL integration by default
// (user flags kept, never added twice); HOOKMAIL_PREVIEW_GPU=1 leaves both alone. Runs before any
// QApplication, like app/main.cpp.
#include "preview/PreviewRendering.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTest>

using namespace hookmail;

class TestPreviewRendering : public QObject
{
    Q_OBJECT
private slots:
    void gpuOptIn()
    {
        // Runs first: the graphics API is process-wide and can only be set, not reset.
        QVERIFY(QQuickWindow::sceneGraphBackend() != QStringLiteral("software"));
        qputenv("HOOKMAIL_PREVIEW_GPU", "1");
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--foo");
        qunsetenv("QT_XCB_GL_INTEGRATION");
        configurePreviewRendering();
        QVERIFY(!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"));
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--foo"));
        QVERIFY(QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts));
        qunsetenv("HOOKMAIL_PREVIEW_GPU");
    }

    void softwareByDefault()
    {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--foo");
        configurePreviewRendering();
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
        qputenv("QT_XCB_GL_INTEGRATION", "xcb_egl"); // the user's choice wins
        configurePreviewRendering();
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("xcb_egl"));
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--foo --disable-gpu"));
        configurePreviewRendering();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--foo --disable-gpu"));
        qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        configurePreviewRendering();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"), QByteArray("--disable-gpu"));
    }
};

int main(int argc, char *argv[])
{
    TestPreviewRendering test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewRendering.moc"
