#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace hookmail {

// The web page of the email preview: never navigates away from the email. A clicked link (also one
// with target="_blank") is handed to the system browser instead, like a mail client does.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using LinkOpener = std::function<void(const QUrl &)>;
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    void setLinkOpener(LinkOpener opener) { m_opener = std::move(opener); }

    // Public so tests can drive navigation decisions without simulating mouse clicks.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

signals:
    void externalLinkOpened(const QUrl &url);

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                  const QString &) override
    {}

private:
    void openExternally(const QUrl &url);
    LinkOpener m_opener;
    bool m_popupCatcher = false;
};

} // namespace hookmail
