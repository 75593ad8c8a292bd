#include "preview/PreviewPage.h"

#include <QDesktopServices>

namespace hookmail {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    m_opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };
}

void PreviewPage::openExternally(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    // Only what a mail client would open; never file:, javascript: or custom schemes.
    if (scheme == u"http" || scheme == u"https" || scheme == u"mailto") {
        if (m_opener)
            m_opener(url);
        emit externalLinkOpened(url);
    }
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_popupCatcher) {
        openExternally(url);
        deleteLater();
        return false;
    }
    if (type == NavigationTypeLinkClicked) {
        openExternally(url);
        return false;
    }
    const QString scheme = url.scheme().toLower();
    // Our own setHtml() loads arrive as data: (or about:blank); anything else would leave the email.
    if (scheme == u"data" || scheme == u"about")
        return true;
    Q_UNUSED(isMainFrame);
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    // target="_blank": give the engine a throw-away page that forwards its first navigation outside.
    auto *catcher = new PreviewPage(profile(), this);
    catcher->m_popupCatcher = true;
    catcher->m_opener = m_opener;
    connect(catcher, &PreviewPage::externalLinkOpened, this, &PreviewPage::externalLinkOpened);
    return catcher;
}

} // namespace hookmail
