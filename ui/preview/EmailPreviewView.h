#pragma once

#include "core/render/Checks.h"
#include "core/render/RenderService.h"

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QPlainTextEdit;
class QTabWidget;
class QToolButton;
class QWebEngineView;

namespace hookmail {

class ChecksView;
class EmailHeaderBlock;
class EmailHtmlView;
class PreviewFramePresenter;
class PreviewPage;
class PreviewRequestInterceptor;
class PreviewStatusOverlay;
class RequestBodyView;

// The live preview: the email as a reader sees it (From/To/Subject, the HTML rendered by Chromium, the text
// body), the request body Ory would send (key masked) and the checks. On an error the last good preview stays
// visible, dimmed, under a banner floating over the top of the preview.
//
// It composes: EmailHeaderBlock (From/To/Subject), the Email tab (options, EmailHtmlView, the text body),
// RequestBodyView (Request tab), ChecksView (Checks tab) and PreviewStatusOverlay (banner and dimming, in
// layout-less hosts so a state change never re-lays out the window). Each view is only replaced (laid out and
// repainted) when what it shows changes: most keystrokes leave most of them as they were.
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

    // The preview link (Design mode): outline the block with data-hm-block="<id>" ("" → none); clicks on a
    // block come back as blockClicked(). See EmailHtmlView::highlightBlock.
    void highlightBlock(const QString &id);

    // Starts the web engine before the first HTML arrives (MainWindow does it while the first evaluation runs
    // in the worker), so the first preview does not wait for Chromium's start-up. Nothing visible changes.
    void prewarm();

    // Null until the first HTML email is shown (or prewarm()).
    QWebEngineView *webView() const;
    PreviewFramePresenter *framePresenter() const;
    PreviewPage *page() const;
    PreviewRequestInterceptor *interceptor() const;
    QString currentHtml() const;
    EmailHtmlView *htmlView() const { return m_html; }

signals:
    void goToLine(int line, int column);
    void loadRemoteImagesChanged(bool load);
    // The HTML is being handed to Chromium; its first frame follows (typically before htmlLoadFinished).
    void htmlWriteStarted();
    // Emitted once per HTML shown (the latest write only): the new email is in the page.
    void htmlLoadFinished(bool ok);
    void blockClicked(const QString &id);
    // A plain click on a link in a designed block selected the block and did not open the link (Ctrl+click
    // opens it); the window says so.
    void linkHeldBack();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *makeEmailTab();
    void setBanner(State state, const QString &text);

    State m_state = State::Empty;
    // What the text view shows: each result sets it again, and most keystrokes leave it as it was, so it is
    // only replaced (laid out and repainted) when it changes.
    QString m_shownText;
    bool m_haveEmail = false;

    QWidget *m_content;
    EmailHeaderBlock *m_header;
    QTabWidget *m_tabs;
    QCheckBox *m_remoteBox;
    QToolButton *m_narrowButton;
    EmailHtmlView *m_html;
    QPlainTextEdit *m_textBody;
    RequestBodyView *m_request;
    ChecksView *m_checks;
    PreviewStatusOverlay *m_overlay;
};

} // namespace hookmail
