// hookmail-bench-webfloor: the memory floor of the preview engine the design chose (Qt WebEngine, in the
// app process). A window with nothing but one QWebEngineView, set up like Hookmail's preview (same rendering
// path, JavaScript off), showing a one-paragraph page. Once the page has loaded and painted, it prints its
// own peak RSS and the peak RSS of each web engine process it started, then quits. Launched by
// hookmail-bench for figure 7 on the same QPA platform and environment as the app.
#include "ProcStats.h"
#include "preview/PreviewRendering.h"

#include <QApplication>
#include <QTimer>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <cstdio>

int main(int argc, char *argv[])
{
    hookmail::configurePreviewRendering();
    QApplication app(argc, argv);
    QWebEngineView view;
    QWebEngineSettings *settings = view.settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    view.resize(640, 800);
    view.show();
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [&app](bool ok) {
        if (!ok) {
            std::fprintf(stderr, "webfloor: the page did not load\n");
            QCoreApplication::exit(1);
            return;
        }
        // Long enough for the frame to be drawn and shown; memory is what is measured, not time.
        QTimer::singleShot(1000, &app, [] {
            using namespace hookmail::bench;
            const qint64 self = QCoreApplication::applicationPid();
            qint64 web = 0;
            const QList<qint64> children = descendantPids(self);
            for (qint64 pid : children)
                web += qMax<qint64>(0, procStatusKb(pid, "VmHWM"));
            std::printf("app_hwm_kb=%lld\nweb_hwm_kb=%lld\nweb_processes=%lld\n",
                        static_cast<long long>(procStatusKb(self, "VmHWM")), static_cast<long long>(web),
                        static_cast<long long>(children.size()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });
    view.setHtml(QStringLiteral("<!DOCTYPE html><html><body><p>Hello</p></body></html>"));
    return QApplication::exec();
}
