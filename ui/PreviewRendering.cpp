#include "PreviewRendering.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace hookmail {

void configurePreviewRendering()
{
    // Qt WebEngine needs shared GL contexts set before the application exists, whichever path is used.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIntValue("HOOKMAIL_PREVIEW_GPU") == 1)
        return;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Chromium must then hand over bitmaps, not GL textures. Flags the user set are kept.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.split(' ').contains("--disable-gpu")) {
        flags = (flags.isEmpty() ? QByteArray() : flags + ' ') + "--disable-gpu";
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    }
}

} // namespace hookmail
