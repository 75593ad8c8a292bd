#include "preview/PreviewRequestInterceptor.h"

#include <QMetaObject>
#include <QMutexLocker>
#include <QWebEngineUrlRequestInfo>

namespace hookmail {

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme().toLower();
    if (scheme == u"data" || scheme == u"blob" || scheme == u"about")
        return;
    bool allow = false;
    if (m_allowRemote && (scheme == u"http" || scheme == u"https")) {
        switch (info.resourceType()) {
        case QWebEngineUrlRequestInfo::ResourceTypeImage:
        case QWebEngineUrlRequestInfo::ResourceTypeStylesheet:
        case QWebEngineUrlRequestInfo::ResourceTypeFontResource:
        case QWebEngineUrlRequestInfo::ResourceTypeFavicon:
            allow = true;
            break;
        default:
            break;
        }
    }
    if (allow)
        return;
    info.block(true);
    {
        QMutexLocker lock(&m_mutex);
        m_blocked.append(url);
    }
    // interceptRequest may run off the GUI thread depending on the Qt version: signal through the queue.
    QMetaObject::invokeMethod(
        this, [this, url] { emit blocked(url); }, Qt::QueuedConnection);
}

QList<QUrl> PreviewRequestInterceptor::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocked;
}

void PreviewRequestInterceptor::clearBlocked()
{
    QMutexLocker lock(&m_mutex);
    m_blocked.clear();
}

} // namespace hookmail
