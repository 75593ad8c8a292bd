#include "preview/PreviewRendering.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace hookmail {

void configurePreviewRendering()
{
    if (qEnvironmentVariableIntValue("HOOKMAIL_PREVIEW_GPU") == 1) {
        // Qt WebEngine's GPU path needs shared GL contexts, set before the application exists.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return;
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Nothing then draws with OpenGL, yet Qt WebEngine creates a shared GL context at start-up; on X11 that
    // loads Mesa and LLVM (58 MiB of the app's resident memory on a machine without GPU). Without GL
    // integration that context simply fails; the preview does not need it.
    if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
    // Chromium must then hand over bitmaps, not GL textures. Flags the user set are kept.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.split(' ').contains("--disable-gpu")) {
        flags = (flags.isEmpty() ? QByteArray() : flags + ' ') + "--disable-gpu";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    }
}

} // namespace hookmail
