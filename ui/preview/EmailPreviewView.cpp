#include "preview/EmailPreviewView.h"

#include "preview/ChecksView.h"
#include "preview/EmailHeaderBlock.h"
#include "preview/EmailHtmlView.h"
#include "preview/PreviewStatusOverlay.h"
#include "preview/RequestBodyView.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookmail {

EmailPreviewView::EmailPreviewView(QWidget *parent)
    : QWidget(parent), m_content(new QWidget(this)), m_header(new EmailHeaderBlock),
      m_tabs(new QTabWidget(m_content)), m_remoteBox(new QCheckBox(tr("Load remote images"))),
      m_narrowButton(new QToolButton), m_html(new EmailHtmlView), m_textBody(new QPlainTextEdit),
      m_request(new RequestBodyView), m_checks(new ChecksView)
{
    setObjectName(QStringLiteral("emailPreviewView"));

    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeEmailTab(), tr("Email"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_checks, tr("Checks"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // The banner is not in the layout: it floats over the top of the preview (see PreviewStatusOverlay).
    layout->addWidget(m_content, 1);
    m_overlay = new PreviewStatusOverlay(this, m_content, m_tabs);

    connect(m_checks, &ChecksView::goToLine, this, &EmailPreviewView::goToLine);
    connect(m_html, &EmailHtmlView::writeStarted, this, &EmailPreviewView::htmlWriteStarted);
    connect(m_html, &EmailHtmlView::loadFinished, this, &EmailPreviewView::htmlLoadFinished);
    connect(m_html, &EmailHtmlView::blockClicked, this, &EmailPreviewView::blockClicked);
    connect(m_html, &EmailHtmlView::linkHeldBack, this, &EmailPreviewView::linkHeldBack);
    connect(m_remoteBox, &QCheckBox::toggled, this, [this](bool on) {
        m_html->setAllowRemote(on);
        m_html->loadHtml();
        emit loadRemoteImagesChanged(on);
    });
    connect(m_narrowButton, &QToolButton::toggled, this, &EmailPreviewView::setNarrow);
    showEmail({});
    m_state = State::Empty;
}

EmailPreviewView::~EmailPreviewView() = default;

// The Email tab: options row, the HTML (web engine, created lazily), the text body.
QWidget *EmailPreviewView::makeEmailTab()
{
    m_remoteBox->setObjectName(QStringLiteral("loadRemoteImagesCheckBox"));
    m_remoteBox->setToolTip(
        tr("Remote images are blocked so opening a preview never tells a server that the email "
           "was viewed. Turn this on to see them."));
    m_narrowButton->setObjectName(QStringLiteral("narrowToggle"));
    m_narrowButton->setText(tr("Narrow (mobile)"));
    m_narrowButton->setCheckable(true);
    m_narrowButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_narrowButton->setToolTip(
        tr("Show the email at a phone's width (%1 px)").arg(EmailHtmlView::narrowWidth));
    m_narrowButton->setAccessibleName(tr("Narrow mobile view"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_narrowButton);
    options->addStretch(1);
    options->addWidget(m_remoteBox);

    m_textBody->setObjectName(QStringLiteral("textBodyView"));
    m_textBody->setReadOnly(true);
    m_textBody->setAccessibleName(tr("Plain-text body"));
    auto *textBox = new QWidget;
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 4, 0, 0);
    textLayout->setSpacing(2);
    auto *textTitle = new QLabel(tr("Plain-text version"));
    textTitle->setEnabled(false);
    textLayout->addWidget(textTitle);
    textLayout->addWidget(m_textBody);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("emailSplitter"));
    splitter->addWidget(m_html);
    splitter->addWidget(textBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({1000, 150}); // the rendered email gets the room; the text version stays readable
    m_textBody->setMinimumHeight(60);

    auto *emailTab = new QWidget;
    auto *emailLayout = new QVBoxLayout(emailTab);
    emailLayout->setContentsMargins(6, 6, 6, 6);
    emailLayout->addLayout(options);
    emailLayout->addWidget(splitter, 1);
    return emailTab;
}

void EmailPreviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_overlay->place();
}

void EmailPreviewView::prewarm()
{
    m_html->prewarm();
    // Look the banner and checks icons up in the icon theme now (the first lookup and decode take
    // milliseconds), not on the GUI thread's busiest moment: when the first error or limit arrives.
    m_overlay->prewarm();
}

void EmailPreviewView::setNarrow(bool narrow)
{
    if (m_narrowButton->isChecked() != narrow)
        m_narrowButton->setChecked(narrow);
    m_html->setNarrow(narrow);
}

void EmailPreviewView::highlightBlock(const QString &id)
{
    m_html->highlightBlock(id);
}

bool EmailPreviewView::isNarrow() const
{
    return m_narrowButton->isChecked();
}

void EmailPreviewView::setLoadRemoteImages(bool load)
{
    m_remoteBox->setChecked(load);
}

bool EmailPreviewView::loadRemoteImages() const
{
    return m_remoteBox->isChecked();
}

QWebEngineView *EmailPreviewView::webView() const
{
    return m_html->webView();
}

PreviewFramePresenter *EmailPreviewView::framePresenter() const
{
    return m_html->framePresenter();
}

PreviewPage *EmailPreviewView::page() const
{
    return m_html->page();
}

PreviewRequestInterceptor *EmailPreviewView::interceptor() const
{
    return m_html->interceptor();
}

QString EmailPreviewView::currentHtml() const
{
    return m_html->html();
}

void EmailPreviewView::showOutcome(const RenderOutcome &outcome)
{
    const EvaluationResult &result = outcome.evaluation;
    if (result.ok) {
        showEmail(outcome.email); // first: hands the HTML to Chromium, which renders while we go on
        if (outcome.bodyIsObject && !outcome.sentBytes.isEmpty())
            m_request->setSentBytes(outcome.sentBytes); // Ory's exact bytes
        else if (outcome.bodyIsObject)
            setRequestBody(outcome.body);
        if (outcome.inputOverLimit)
            showLimit(
                tr("This template and sample together are larger than the 64 KiB Ory accepts; Ory would "
                   "refuse to run it. Make the template or the sample identity smaller."));
        return;
    }
    if (result.cancelled()) {
        showCancelled(result.error.message);
        return;
    }
    QString where;
    if (result.error.line > 0)
        where = tr("Line %1, column %2: ").arg(result.error.line).arg(result.error.column);
    if (result.error.kind == EvaluationError::Kind::Limit)
        showLimit(where + result.error.message);
    else
        showError(where + result.error.message);
}

void EmailPreviewView::showEmail(const RenderedEmail &email)
{
    const bool empty = email.fromEmail.isEmpty() && email.subject.isEmpty() && email.html.isEmpty() &&
                       email.text.isEmpty() && email.to.isEmpty();
    m_header->showEmail(email, empty);
    if (email.text != m_shownText) {
        m_shownText = email.text;
        m_textBody->setPlainText(email.text);
    }
    if (email.html != m_html->html() || !m_html->webView()) {
        m_html->setHtml(email.html);
        if (!email.html.isEmpty() || m_haveEmail)
            m_html->loadHtml();
    }
    if (email.html.isEmpty() && !empty)
        m_html->setPlaceholderText(
            tr("This email has no HTML part; only the plain-text version below is sent."));
    m_haveEmail = !empty;
    m_state = empty ? State::Empty : State::Normal;
    setBanner(m_state, {});
}

void EmailPreviewView::setRequestBody(const QJsonObject &body)
{
    m_request->setBody(body);
}

QString EmailPreviewView::requestText() const
{
    return m_request->toPlainText();
}

void EmailPreviewView::showCancelled(const QString &detail)
{
    QString text =
        tr("Hook skipped: for this sample the template cancels (error \"cancel\"), so Ory sends nothing "
           "and the sign-up or login goes on normally.");
    if (!detail.isEmpty() && detail != u"cancel")
        text += u' ' + detail;
    m_state = State::Cancelled;
    setBanner(State::Cancelled, text);
}

void EmailPreviewView::showError(const QString &message)
{
    m_state = State::Error;
    QString text = tr("The template has an error, so Ory would not send this email: %1").arg(message);
    if (m_haveEmail)
        text += u'\n' + tr("Below is the last version that worked.");
    setBanner(State::Error, text);
}

void EmailPreviewView::showLimit(const QString &message)
{
    m_state = State::Limit;
    setBanner(State::Limit, message);
}

QString EmailPreviewView::bannerText() const
{
    return m_overlay->bannerText();
}

bool EmailPreviewView::isDimmed() const
{
    return m_overlay->isDimmed();
}

void EmailPreviewView::setBanner(State state, const QString &text)
{
    if (state == State::Normal || state == State::Empty || text.isEmpty()) {
        m_overlay->hide();
        return;
    }
    PreviewBanner::Kind kind = PreviewBanner::Kind::Info;
    if (state == State::Error)
        kind = PreviewBanner::Kind::Error;
    else if (state == State::Limit)
        kind = PreviewBanner::Kind::Warning;
    // The last good email stays readable under a limit warning; an error or a skipped hook dims it.
    m_overlay->showBanner(kind, text, state == State::Error || state == State::Cancelled);
}

void EmailPreviewView::setFindings(const QList<Finding> &findings)
{
    if (!m_checks->setFindings(findings))
        return;
    const int index = m_tabs->indexOf(m_checks);
    const int problems = m_checks->problemCount();
    const QString tabText = problems > 0 ? tr("Checks (%1)").arg(problems) : tr("Checks");
    if (m_tabs->tabText(index) != tabText) // setting the same text still lays the tab bar out again
        m_tabs->setTabText(index, tabText);
}

} // namespace hookmail
