#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace hookmail {

// The web page of the email preview: never navigates away from the email. A clicked link (also one
// with target="_blank") is handed to the system browser instead, like a mail client does.
//
// The preview link (Design mode) reports a click on a designed block through a navigation to a private URL,
// blockLinkPrefix() + "?block=<id>[&open=<link>|&held=1]", made by Hookmail's own script in the isolated
// world (the email's scripts are off). It is swallowed here and becomes blockClicked(); `open` is a link
// Ctrl/Cmd/Shift+clicked, opened outside as any link; `held` a link clicked plainly, not opened
// (linkHeldBack()). The prefix holds a random token, so a link written into an email cannot
// pose as a click report.
class PreviewPage : public QWebEnginePage
{
    Q_OBJECT
public:
    using LinkOpener = std::function<void(const QUrl &)>;
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    void setLinkOpener(LinkOpener opener) { m_opener = std::move(opener); }
    QString blockLinkPrefix() const;

    // Public so tests can drive navigation decisions without simulating mouse clicks.
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

signals:
    void externalLinkOpened(const QUrl &url);
    // A click in the page on the block with data-hm-block="<id>".
    void blockClicked(const QString &id);
    // A plain click on a link in a block: the block is selected, the link not opened (Ctrl+click opens it).
    void linkHeldBack();

protected:
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                  const QString &) override
    {}

private:
    void openExternally(const QUrl &url);
    bool takeBlockLink(const QUrl &url);
    LinkOpener m_opener;
    QString m_blockLinkToken;
    bool m_popupCatcher = false;
};

} // namespace hookmail
