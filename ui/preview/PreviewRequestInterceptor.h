#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace hookmail {

// Blocks every load the email preview would make to the network (tracking pixels, remote images,
// fonts, anything over http/https/ws/ftp/file) unless the user turned on "Load remote images", and
// even then only images, style sheets and fonts. Inline data: and blob: content always loads.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit PreviewRequestInterceptor(QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    void setAllowRemote(bool allow) { m_allowRemote = allow; }
    bool allowRemote() const { return m_allowRemote; }
    QList<QUrl> blockedUrls() const;
    void clearBlocked();

signals:
    void blocked(const QUrl &url); // delivered on the GUI thread

private:
    std::atomic_bool m_allowRemote{false};
    mutable QMutex m_mutex;
    QList<QUrl> m_blocked;
};

} // namespace hookmail
