#pragma once

#include "core/render/Checks.h"
#include "core/render/RenderService.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QWebEngineProfile;
class QWebEngineView;

namespace hookmail {

class PreviewFramePresenter;
class PreviewPage;
class PreviewRequestInterceptor;

// The live preview: the email as a reader sees it (From/To/Subject, the HTML rendered by Chromium,
// the text body), the request body Ory would send (key masked) and the checks. On an error the last
// good preview stays visible, dimmed, under a banner (floating over the top of the preview). The web engine
// is created on first HTML (or by prewarm()) so the window starts fast; JavaScript is off for the email and
// remote loads are blocked unless the user allows images.
//
// The page is loaded once (an empty shell); every new HTML is then written into that same document from
// an isolated script world (document.open/write/close). That skips a navigation per keystroke (about half
// of the preview's latency with setHtml), keeps the renderer process, and keeps the reader's scroll
// position while they edit.
class EmailPreviewView : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,
        Normal,
        Cancelled,
        Error,
        Limit
    };

    explicit EmailPreviewView(QWidget *parent = nullptr);
    ~EmailPreviewView() override;

    // Shows a render result: the email, a cancel, a limit or an error (keeping the last good email).
    void showOutcome(const RenderOutcome &outcome);

    void showEmail(const RenderedEmail &email);
    void setRequestBody(const QJsonObject &body);
    void showCancelled(const QString &detail = {});
    void showError(const QString &message);
    void showLimit(const QString &message);
    void setFindings(const QList<Finding> &findings);

    State state() const { return m_state; }
    QString bannerText() const;
    bool isDimmed() const;
    QString requestText() const;

    void setLoadRemoteImages(bool load);
    bool loadRemoteImages() const;
    void setNarrow(bool narrow);
    bool isNarrow() const;

    // Starts the web engine before the first HTML arrives (MainWindow does it while the first evaluation runs
    // in the worker), so the first preview does not wait for Chromium's start-up. Nothing visible changes.
    void prewarm();

    // Null until the first HTML email is shown (or prewarm()).
    QWebEngineView *webView() const { return m_webView; }
    PreviewFramePresenter *framePresenter() const { return m_framePresenter; }
    PreviewPage *page() const { return m_page; }
    PreviewRequestInterceptor *interceptor() const { return m_interceptor; }
    QString currentHtml() const { return m_html; }

signals:
    void goToLine(int line, int column);
    void loadRemoteImagesChanged(bool load);
    // The HTML is being handed to Chromium; its first frame follows (typically before htmlLoadFinished).
    void htmlWriteStarted();
    // Emitted once per HTML shown (the latest write only): the new email is in the page.
    void htmlLoadFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensureWebView();
    void loadShell();
    void shellLoaded(bool ok);
    void loadHtml();
    void writeHtml();
    void setBanner(State state, const QString &text);
    void placeBanner();
    void setDimmed(bool dimmed);
    void activateFinding(QTreeWidgetItem *item);

    State m_state = State::Empty;
    State m_bannerState = State::Empty; // whose icon the banner shows
    QString m_html;
    // What the text, request and checks views show: each result sets them again, and most keystrokes leave
    // them as they were, so they are only replaced (laid out and repainted) when they change.
    QString m_shownText;
    QString m_shownRequest;
    QList<Finding> m_shownFindings;
    bool m_haveEmail = false;

    QFrame *m_banner;
    QWidget *m_bannerHost = nullptr; // the banner's parent: no layout, covers the banner only while shown
    QLabel *m_bannerIcon;
    QLabel *m_bannerLabel;
    QWidget *m_content;
    QWidget *m_dimOverlay;
    QWidget *m_dimHost = nullptr; // the dimming's parent: no layout, covers the content only while dimmed
    QLabel *m_fromValue;
    QLabel *m_toValue;
    QLabel *m_subjectValue;
    QTabWidget *m_tabs;
    QCheckBox *m_remoteBox;
    QToolButton *m_narrowButton;
    QStackedWidget *m_htmlStack;
    QLabel *m_htmlPlaceholder;
    QWidget *m_webHost;
    QPlainTextEdit *m_textBody;
    QPlainTextEdit *m_requestView;
    QTreeWidget *m_findings;

    QWebEngineProfile *m_profile = nullptr;
    PreviewRequestInterceptor *m_interceptor;
    PreviewPage *m_page = nullptr;
    QWebEngineView *m_webView = nullptr;
    PreviewFramePresenter *m_framePresenter = nullptr;
    bool m_shellReady = false;   // the empty page has loaded; HTML can be written into it
    bool m_writePending = false; // HTML arrived before the shell was ready
    quint64 m_writeSerial = 0;   // only the latest write reports htmlLoadFinished
};

} // namespace hookmail
