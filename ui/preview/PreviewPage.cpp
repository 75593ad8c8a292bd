#include "preview/PreviewPage.h"

#include <QDesktopServices>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace hookmail {

namespace {
constexpr QLatin1StringView blockLinkScheme("hookmail-preview");
} // namespace

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent), m_blockLinkToken(QUuid::createUuid().toString(QUuid::Id128))
{
    m_opener = [](const QUrl &url) { QDesktopServices::openUrl(url); };
}

QString PreviewPage::blockLinkPrefix() const
{
    return blockLinkScheme + u':' + m_blockLinkToken;
}

// True when `url` is a preview-link report (then it is handled here and must not load).
bool PreviewPage::takeBlockLink(const QUrl &url)
{
    if (url.scheme().compare(blockLinkScheme, Qt::CaseInsensitive) != 0)
        return false;
    if (url.path() != m_blockLinkToken)
        return true; // not ours (e.g. a link in the email): ignored, never loaded
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QUrlQuery query(url);
    const QString id = query.queryItemValue(QStringLiteral("block"), QUrl::FullyDecoded);
    const QString open = query.queryItemValue(QStringLiteral("open"), QUrl::FullyDecoded);
    if (validId.match(id).hasMatch())
        emit blockClicked(id);
    if (!open.isEmpty())
        openExternally(QUrl(open));
    else if (query.hasQueryItem(QStringLiteral("held")))
        emit linkHeldBack();
    return true;
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
    if (takeBlockLink(url))
        return false;
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
