#pragma once

#include <QStackedWidget>

class QLabel;
class QWebEngineProfile;
class QWebEngineView;

namespace hookmail {

class PreviewFramePresenter;
class PreviewPage;
class PreviewRequestInterceptor;

// The email's HTML as a reader sees it, rendered by Chromium (a placeholder until there is HTML). The web
// engine is created on first HTML (or by prewarm()) so the window starts fast; JavaScript is off for the
// email and remote loads are blocked unless allowed.
//
// The page is loaded once (an empty shell); every new HTML is then written into that same document from
// an isolated script world (document.open/write/close). That skips a navigation per keystroke (about half
// of the preview's latency with setHtml), keeps the renderer process, and keeps the reader's scroll
// position while they edit.
class EmailHtmlView : public QStackedWidget
{
    Q_OBJECT
public:
    static constexpr int narrowWidth = 375; // a common phone width in CSS pixels

    explicit EmailHtmlView(QWidget *parent = nullptr);
    ~EmailHtmlView() override;

    // Sets the HTML shown by the next loadHtml().
    void setHtml(const QString &html) { m_html = html; }
    QString html() const { return m_html; }
    // Shows the HTML: the placeholder when there is none, else writes it into the page (starting the web
    // engine if needed).
    void loadHtml();
    void setPlaceholderText(const QString &text);

    void setAllowRemote(bool allow);
    void setNarrow(bool narrow);
    // Starts the web engine before the first HTML arrives. Nothing visible changes.
    void prewarm() { ensureWebView(); }

    // The preview link (Design mode): outlines the element with data-hm-block="<id>" and scrolls it into
    // view ("" → no outline). The outline follows every new HTML; a block that is not in the page yet (just
    // added, not rendered) is outlined and scrolled to when it appears. Clicks on a block come back as
    // blockClicked().
    void highlightBlock(const QString &id);
    QString highlightedBlock() const { return m_highlight; }

    // Null until the first HTML is loaded (or prewarm()).
    QWebEngineView *webView() const { return m_webView; }
    PreviewFramePresenter *framePresenter() const { return m_framePresenter; }
    PreviewPage *page() const { return m_page; }
    PreviewRequestInterceptor *interceptor() const { return m_interceptor; }

signals:
    // The HTML is being handed to Chromium; its first frame follows (typically before loadFinished).
    void writeStarted();
    // Emitted once per HTML shown (the latest write only): the new email is in the page.
    void loadFinished(bool ok);
    // The reader clicked the block with data-hm-block="<id>" (a link in it still opens outside).
    void blockClicked(const QString &id);
    void linkHeldBack(); // a plain click on a link in a designed block: selected, not opened
    // The outline of highlightBlock() is in the page (found: the block exists and is outlined).
    void highlightApplied(const QString &id, bool found);

private:
    void ensureWebView();
    void loadShell();
    void shellLoaded(bool ok);
    void writeHtml();
    QString linkScript() const;
    void applyHighlight();
    void linkApplied(const QString &id, bool found);

    QString m_html;
    bool m_narrow = false;
    QLabel *m_placeholder;
    QWidget *m_webHost;
    PreviewRequestInterceptor *m_interceptor;
    QWebEngineProfile *m_profile = nullptr;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    PreviewFramePresenter *m_framePresenter = nullptr;
    bool m_shellReady = false;    // the empty page has loaded; HTML can be written into it
    bool m_writePending = false;  // HTML arrived before the shell was ready
    quint64 m_writeSerial = 0;    // only the latest write reports loadFinished
    QString m_highlight;          // the outlined block ("" → none)
    bool m_scrollPending = false; // the highlighted block has not been scrolled into view yet
};

} // namespace hookmail
