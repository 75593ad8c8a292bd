#include "preview/EmailHtmlView.h"

#include "preview/PreviewFramePresenter.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewRequestInterceptor.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <utility>

namespace hookmail {

EmailHtmlView::EmailHtmlView(QWidget *parent)
    : QStackedWidget(parent), m_placeholder(new QLabel), m_webHost(new QWidget),
      m_interceptor(new PreviewRequestInterceptor(this))
{
    setObjectName(QStringLiteral("emailHtmlView"));
    m_placeholder->setObjectName(QStringLiteral("htmlPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_placeholder->setText(tr("The email appears here as you write it."));
    auto *hostLayout = new QHBoxLayout(m_webHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    addWidget(m_placeholder);
    addWidget(m_webHost);
}

EmailHtmlView::~EmailHtmlView()
{
    // The page must go before its profile. Pending script callbacks run (empty) while the page is
    // deleted; m_page is null by then so they do nothing.
    delete std::exchange(m_webView, nullptr);
    delete std::exchange(m_page, nullptr);
}

void EmailHtmlView::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

void EmailHtmlView::setAllowRemote(bool allow)
{
    m_interceptor->setAllowRemote(allow);
}

void EmailHtmlView::ensureWebView()
{
    if (m_webView)
        return;
    m_profile = new QWebEngineProfile(this); // off the record: no cookies or cache on disk
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    m_webView = new QWebEngineView(m_webHost);
    m_webView->setObjectName(QStringLiteral("htmlWebView"));
    m_webView->setAccessibleName(tr("Rendered HTML email"));
    m_webView->setPage(m_page);
    m_webView->setContextMenuPolicy(Qt::NoContextMenu);
    m_framePresenter = new PreviewFramePresenter(m_webView);
    auto *hostLayout = static_cast<QHBoxLayout *>(m_webHost->layout());
    hostLayout->addStretch(1);
    hostLayout->addWidget(m_webView, 0);
    hostLayout->addStretch(1);
    connect(m_page, &QWebEnginePage::loadFinished, this, &EmailHtmlView::shellLoaded);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // Chromium's renderer died (out of memory, killed): start a fresh page and write the email again.
        m_shellReady = false;
        m_writePending = !m_html.isEmpty();
        QTimer::singleShot(0, this, &EmailHtmlView::loadShell);
    });
    setNarrow(m_narrow);
    loadShell();
}

void EmailHtmlView::loadShell()
{
    if (!m_page || m_shellReady)
        return;
    // Starts Chromium's renderer process now, so the first email does not wait for it.
    m_page->setHtml(
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>"),
        QUrl(QStringLiteral("about:blank")));
}

void EmailHtmlView::shellLoaded(bool ok)
{
    // Also called when a write finishes the document again (document.close); only the first one matters.
    if (m_shellReady)
        return;
    if (!ok) {
        if (std::exchange(m_writePending, false))
            emit loadFinished(false);
        return;
    }
    m_shellReady = true;
    if (std::exchange(m_writePending, false))
        writeHtml();
}

void EmailHtmlView::writeHtml()
{
    // The email replaces the whole document (doctype, head and styles included) as if it had been
    // loaded; its scripts stay off because the email's own (main) world has JavaScript disabled.
    const QString literal =
        QString::fromUtf8(QJsonDocument(QJsonArray{m_html}).toJson(QJsonDocument::Compact));
    const QString script =
        u"(function (h) { var x = window.scrollX, y = window.scrollY; document.open(); document.write(h); "
        u"document.close(); window.scrollTo(x, y); return true; })" +
        literal.mid(1, literal.size() - 2).prepend(u'(').append(u')') + u';';
    const quint64 serial = ++m_writeSerial;
    emit writeStarted();
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [guard = QPointer<EmailHtmlView>(this), serial](const QVariant &written) {
                              if (!guard || !guard->m_page || serial != guard->m_writeSerial)
                                  return;
                              emit guard->loadFinished(written.toBool());
                          });
}

void EmailHtmlView::setNarrow(bool narrow)
{
    m_narrow = narrow;
    if (!m_webView)
        return;
    auto *hostLayout = static_cast<QHBoxLayout *>(m_webHost->layout());
    if (narrow) {
        m_webView->setFixedWidth(narrowWidth);
    } else {
        m_webView->setMinimumWidth(0);
        m_webView->setMaximumWidth(QWIDGETSIZE_MAX);
        m_webView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }
    // Spacers either side centre the phone-width page; in the wide view only the page grows.
    hostLayout->setStretch(0, narrow ? 1 : 0);
    hostLayout->setStretch(1, narrow ? 0 : 1);
    hostLayout->setStretch(2, narrow ? 1 : 0);
}

void EmailHtmlView::loadHtml()
{
    if (m_html.isEmpty()) {
        setCurrentWidget(m_placeholder);
        return;
    }
    ensureWebView();
    setCurrentWidget(m_webHost);
    if (m_shellReady)
        writeHtml();
    else
        m_writePending = true;
}

} // namespace hookmail
