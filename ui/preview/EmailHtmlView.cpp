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

namespace {
QString jsString(const QString &text)
{
    const QString array = QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

// The preview link, run in the isolated world after every write (document.open() drops event listeners) and
// on every highlight change. Clicks on a block are reported by a navigation to the page's private prefix
// (PreviewPage swallows it). A plain click on a link in a block only selects the block (the person is
// editing, not reading); a Ctrl/Cmd/Shift+click carries the link, which PreviewPage opens outside. The
// outline is a box over the block (pointer-events: none), so it works on any element, table rows included,
// and leaves the email's own styles alone; it follows resizes. Returns whether the block was found.
QString linkFunction()
{
    return QStringLiteral(R"JS((function (prefix, id, scroll) {
  var L = window.__hookmailLink;
  if (!L) {
    L = window.__hookmailLink = { prefix: '', id: '' };
    L.onClick = function (e) {
      if (e.button !== 0 || !e.target || !e.target.closest) return;
      var block = e.target.closest('[data-hm-block]');
      if (!block) return;
      var url = L.prefix + '?block=' + encodeURIComponent(block.getAttribute('data-hm-block'));
      var link = e.target.closest('a[href]');
      if (link) {
        e.preventDefault();
        url += (e.ctrlKey || e.metaKey || e.shiftKey) ? '&open=' + encodeURIComponent(link.href) : '&held=1';
      }
      window.location.href = url;
    };
    L.mark = function (scroll) {
      var box = document.getElementById('hookmail-preview-highlight');
      var el = L.id ? document.querySelector('[data-hm-block="' + CSS.escape(L.id) + '"]') : null;
      if (!el) { if (box) box.remove(); return false; }
      if (!box) {
        box = document.createElement('div');
        box.id = 'hookmail-preview-highlight';
        box.setAttribute('aria-hidden', 'true');
        box.style.cssText = 'position:absolute;pointer-events:none;z-index:2147483647;box-sizing:border-box;' +
          'margin:0;padding:0;border:2px solid #1a73e8;border-radius:4px;background:rgba(26,115,232,0.08);';
        document.documentElement.appendChild(box);
      }
      var r = el.getBoundingClientRect();
      box.style.left = (r.left + window.scrollX - 3) + 'px';
      box.style.top = (r.top + window.scrollY - 3) + 'px';
      box.style.width = (r.width + 6) + 'px';
      box.style.height = (r.height + 6) + 'px';
      if (scroll) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return true;
    };
    L.place = function () { L.mark(false); };
  }
  L.prefix = prefix;
  L.id = id;
  document.removeEventListener('click', L.onClick, true);
  document.addEventListener('click', L.onClick, true);
  window.removeEventListener('resize', L.place);
  window.addEventListener('resize', L.place);
  return L.mark(scroll);
}))JS");
}
} // namespace

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
    connect(m_page, &PreviewPage::blockClicked, this, &EmailHtmlView::blockClicked);
    connect(m_page, &PreviewPage::linkHeldBack, this, &EmailHtmlView::linkHeldBack);
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
    // Answers 0 (not written), 1 (written) or 2 (written, and the highlighted block is outlined).
    const QString script =
        u"(function (h) { var x = window.scrollX, y = window.scrollY; document.open(); document.write(h); "
        u"document.close(); window.scrollTo(x, y); return true; })(" +
        jsString(m_html) + u") ? (" + linkScript() + u" ? 2 : 1) : 0;";
    const quint64 serial = ++m_writeSerial;
    const QString highlight = m_highlight;
    emit writeStarted();
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [guard = QPointer<EmailHtmlView>(this), serial, highlight](const QVariant &answer) {
                              if (!guard || !guard->m_page)
                                  return;
                              const int written = answer.toInt();
                              if (written > 0)
                                  guard->linkApplied(highlight, written == 2);
                              if (serial == guard->m_writeSerial)
                                  emit guard->loadFinished(written > 0);
                          });
}

QString EmailHtmlView::linkScript() const
{
    return linkFunction() + u'(' + jsString(m_page->blockLinkPrefix()) + u", " + jsString(m_highlight) +
           u", " + (m_scrollPending ? u"true" : u"false") + u')';
}

void EmailHtmlView::highlightBlock(const QString &id)
{
    if (id == m_highlight)
        return;
    m_highlight = id;
    m_scrollPending = !id.isEmpty();
    applyHighlight();
}

void EmailHtmlView::applyHighlight()
{
    // Before the first email the outline is applied by the first write.
    if (!m_page || !m_shellReady || m_html.isEmpty() || currentWidget() != m_webHost)
        return;
    const QString highlight = m_highlight;
    m_page->runJavaScript(linkScript(), QWebEngineScript::ApplicationWorld,
                          [guard = QPointer<EmailHtmlView>(this), highlight](const QVariant &found) {
                              if (guard && guard->m_page)
                                  guard->linkApplied(highlight, found.toBool());
                          });
}

void EmailHtmlView::linkApplied(const QString &id, bool found)
{
    if (id != m_highlight)
        return; // a newer highlight is on its way
    if (found)
        m_scrollPending = false;
    emit highlightApplied(id, found);
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
