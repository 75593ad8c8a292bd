#include "preview/EmailPreviewView.h"

#include "core/ory/WebHook.h"
#include "preview/PreviewFramePresenter.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewRequestInterceptor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QResizeEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <utility>

namespace hookmail {

namespace {
constexpr int kNarrowWidth = 375; // a common phone width in CSS pixels

// Paints a translucent wash of the window colour over the last good preview.
class DimOverlay : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QColor c = palette().color(QPalette::Window);
        c.setAlpha(150);
        p.fillRect(rect(), c);
    }
};

// The banner's background: a rounded wash of the state's colour, painted directly (a style sheet would
// re-polish the banner on every state change, several milliseconds of the GUI thread each time).
class BannerFrame : public QFrame
{
public:
    using QFrame::QFrame;
    void setTint(const QColor &tint)
    {
        if (tint == m_tint)
            return;
        m_tint = tint;
        m_background = {};
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // Opaque: the banner floats over the top of the preview (see placeBanner()). Antialiased rounded
        // shapes are slow to fill in software (up to 3 ms at this size), so the background is drawn once per
        // size, tint and palette and then copied.
        const qreal dpr = devicePixelRatioF();
        if (m_background.size() != size() * dpr || m_backgroundPalette != palette().cacheKey()) {
            m_background = QPixmap(size() * dpr);
            m_background.setDevicePixelRatio(dpr);
            m_background.fill(Qt::transparent);
            m_backgroundPalette = palette().cacheKey();
            QPainter p(&m_background);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            p.setBrush(palette().color(QPalette::Window));
            const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
            p.drawRoundedRect(box, 6, 6);
            p.setPen(Qt::NoPen);
            p.setBrush(m_tint);
            p.drawRoundedRect(box, 6, 6);
        }
        QPainter(this).drawPixmap(0, 0, m_background);
    }

private:
    QColor m_tint;
    QPixmap m_background;
    qint64 m_backgroundPalette = 0;
};

QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPlainTextEdit *readOnlyText(const QString &name, bool mono, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    if (mono)
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}
} // namespace

EmailPreviewView::EmailPreviewView(QWidget *parent)
    : QWidget(parent), m_banner(new BannerFrame(this)), m_bannerIcon(new QLabel(m_banner)),
      m_bannerLabel(new QLabel(m_banner)), m_content(new QWidget(this)),
      m_dimOverlay(new DimOverlay(m_content)),
      m_fromValue(valueLabel(QStringLiteral("fromValueLabel"), m_content)),
      m_toValue(valueLabel(QStringLiteral("toValueLabel"), m_content)),
      m_subjectValue(valueLabel(QStringLiteral("subjectValueLabel"), m_content)),
      m_tabs(new QTabWidget(m_content)), m_remoteBox(new QCheckBox(tr("Load remote images"))),
      m_narrowButton(new QToolButton), m_htmlStack(new QStackedWidget), m_htmlPlaceholder(new QLabel),
      m_webHost(new QWidget), m_textBody(readOnlyText(QStringLiteral("textBodyView"), false, nullptr)),
      m_requestView(readOnlyText(QStringLiteral("requestView"), true, nullptr)), m_findings(new QTreeWidget),
      m_interceptor(new PreviewRequestInterceptor(this))
{
    setObjectName(QStringLiteral("emailPreviewView"));

    // Banner (cancelled / error / limit).
    m_banner->setObjectName(QStringLiteral("previewBanner"));
    m_banner->setFrameShape(QFrame::NoFrame);
    m_bannerLabel->setObjectName(QStringLiteral("previewBannerLabel"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 8, 10, 8);
    bannerLayout->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerLabel, 1);
    m_banner->hide();

    // Header block.
    auto *header = new QFormLayout;
    header->setLabelAlignment(Qt::AlignRight);
    header->setHorizontalSpacing(10);
    header->setVerticalSpacing(4);
    QFont subjectFont = m_subjectValue->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setWeight(QFont::DemiBold);
    m_subjectValue->setFont(subjectFont);
    header->addRow(tr("From:"), m_fromValue);
    header->addRow(tr("To:"), m_toValue);
    header->addRow(tr("Subject:"), m_subjectValue);

    // Email tab: options row, HTML (web engine, created lazily), text body.
    m_remoteBox->setObjectName(QStringLiteral("loadRemoteImagesCheckBox"));
    m_remoteBox->setToolTip(
        tr("Remote images are blocked so opening a preview never tells a server that the email "
           "was viewed. Turn this on to see them."));
    m_narrowButton->setObjectName(QStringLiteral("narrowToggle"));
    m_narrowButton->setText(tr("Narrow (mobile)"));
    m_narrowButton->setCheckable(true);
    m_narrowButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_narrowButton->setToolTip(tr("Show the email at a phone's width (%1 px)").arg(kNarrowWidth));
    m_narrowButton->setAccessibleName(tr("Narrow mobile view"));
    auto *options = new QHBoxLayout;
    options->addWidget(m_narrowButton);
    options->addStretch(1);
    options->addWidget(m_remoteBox);

    m_htmlPlaceholder->setObjectName(QStringLiteral("htmlPlaceholder"));
    m_htmlPlaceholder->setAlignment(Qt::AlignCenter);
    m_htmlPlaceholder->setWordWrap(true);
    m_htmlPlaceholder->setEnabled(false);
    m_htmlPlaceholder->setText(tr("The email appears here as you write it."));
    auto *hostLayout = new QHBoxLayout(m_webHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_htmlStack->addWidget(m_htmlPlaceholder);
    m_htmlStack->addWidget(m_webHost);

    auto *textBox = new QWidget;
    auto *textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 4, 0, 0);
    textLayout->setSpacing(2);
    auto *textTitle = new QLabel(tr("Plain-text version"));
    textTitle->setEnabled(false);
    textLayout->addWidget(textTitle);
    textLayout->addWidget(m_textBody);
    m_textBody->setAccessibleName(tr("Plain-text body"));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("emailSplitter"));
    splitter->addWidget(m_htmlStack);
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

    m_requestView->setAccessibleName(tr("Request body sent to Mandrill"));
    m_requestView->setPlaceholderText(
        tr("The body Ory sends to Mandrill appears here (your key is masked)."));

    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setAccessibleName(tr("Checks"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Problem"), tr("Where")});
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->setWordWrap(true);
    connect(m_findings, &QTreeWidget::itemActivated, this, &EmailPreviewView::activateFinding);
    connect(m_findings, &QTreeWidget::itemClicked, this, &EmailPreviewView::activateFinding);

    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(emailTab, tr("Email"));
    m_tabs->addTab(m_requestView, tr("Request"));
    m_tabs->addTab(m_findings, tr("Checks"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(8);
    auto *headerBox = new QWidget;
    headerBox->setLayout(header);
    header->setContentsMargins(8, 6, 8, 0);
    contentLayout->addWidget(headerBox);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    // The banner is not in the layout: it floats over the top of the preview, so showing or hiding it never
    // re-lays out the window or resizes the web view (that cost the GUI thread 7-10 ms and a full repaint).
    layout->addWidget(m_content, 1);

    m_dimOverlay->setObjectName(QStringLiteral("previewDimOverlay"));
    m_dimOverlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dimOverlay->hide();
    m_content->installEventFilter(this);

    // The floating banner and dimming sit in hosts without a layout, which take their size only while they
    // are shown. Showing, hiding or re-wording them then stops at the host; with a parent that has a layout,
    // every state change re-laid out the window up to its splitter (2-4 ms of the GUI thread; tests/bench
    // figure 2, a runaway being stopped).
    m_bannerHost = new QWidget(this);
    m_bannerHost->setObjectName(QStringLiteral("previewBannerHost"));
    m_bannerHost->setGeometry(0, 0, 0, 0);
    m_banner->setParent(m_bannerHost);
    m_banner->hide();
    m_dimHost = new QWidget(m_content);
    m_dimHost->setObjectName(QStringLiteral("previewDimHost"));
    m_dimHost->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_dimHost->setGeometry(0, 0, 0, 0);
    m_dimOverlay->setParent(m_dimHost);
    m_dimOverlay->hide();

    connect(m_remoteBox, &QCheckBox::toggled, this, [this](bool on) {
        m_interceptor->setAllowRemote(on);
        loadHtml();
        emit loadRemoteImagesChanged(on);
    });
    connect(m_narrowButton, &QToolButton::toggled, this, &EmailPreviewView::setNarrow);
    showEmail({});
    m_state = State::Empty;
}

EmailPreviewView::~EmailPreviewView()
{
    // The page must go before its profile. Pending script callbacks run (empty) while the page is
    // deleted; m_page is null by then so they do nothing.
    delete std::exchange(m_webView, nullptr);
    delete std::exchange(m_page, nullptr);
}

void EmailPreviewView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeBanner();
}

void EmailPreviewView::placeBanner()
{
    if (m_banner->isHidden()) {
        m_bannerHost->setGeometry(0, 0, 0, 0); // nothing left to catch clicks meant for the header
        return;
    }
    // Covers the From/To/Subject block at least (no half-hidden line under it), more when the text needs it,
    // never more than half the view.
    const int w = width();
    const int needed =
        m_banner->heightForWidth(w) > 0 ? m_banner->heightForWidth(w) : m_banner->sizeHint().height();
    const int header = m_content->mapTo(this, m_tabs->pos()).y() - 4;
    m_bannerHost->setGeometry(0, 0, w, qMin(qMax(needed, header), qMax(height() / 2, 40)));
    m_banner->setGeometry(m_bannerHost->rect());
    m_bannerHost->raise();
}

bool EmailPreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Resize && !m_dimOverlay->isHidden()) {
        m_dimHost->setGeometry(m_content->rect());
        m_dimOverlay->setGeometry(m_dimHost->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void EmailPreviewView::ensureWebView()
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
    connect(m_page, &QWebEnginePage::loadFinished, this, &EmailPreviewView::shellLoaded);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        // Chromium's renderer died (out of memory, killed): start a fresh page and write the email again.
        m_shellReady = false;
        m_writePending = !m_html.isEmpty();
        QTimer::singleShot(0, this, &EmailPreviewView::loadShell);
    });
    setNarrow(m_narrowButton->isChecked());
    loadShell();
}

void EmailPreviewView::loadShell()
{
    if (!m_page || m_shellReady)
        return;
    // Starts Chromium's renderer process now, so the first email does not wait for it.
    m_page->setHtml(
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>"),
        QUrl(QStringLiteral("about:blank")));
}

void EmailPreviewView::shellLoaded(bool ok)
{
    // Also called when a write finishes the document again (document.close); only the first one matters.
    if (m_shellReady)
        return;
    if (!ok) {
        if (std::exchange(m_writePending, false))
            emit htmlLoadFinished(false);
        return;
    }
    m_shellReady = true;
    if (std::exchange(m_writePending, false))
        writeHtml();
}

void EmailPreviewView::writeHtml()
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
    emit htmlWriteStarted();
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [guard = QPointer<EmailPreviewView>(this), serial](const QVariant &written) {
                              if (!guard || !guard->m_page || serial != guard->m_writeSerial)
                                  return;
                              emit guard->htmlLoadFinished(written.toBool());
                          });
}

void EmailPreviewView::prewarm()
{
    ensureWebView();
    // Look the banner and checks icons up in the icon theme now (the first lookup and decode take
    // milliseconds), not on the GUI thread's busiest moment: when the first error or limit arrives.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (const auto icon :
         {QStyle::SP_MessageBoxCritical, QStyle::SP_MessageBoxWarning, QStyle::SP_MessageBoxInformation})
        style()->standardIcon(icon).pixmap(size, size);
}

void EmailPreviewView::setNarrow(bool narrow)
{
    if (m_narrowButton->isChecked() != narrow)
        m_narrowButton->setChecked(narrow);
    if (!m_webView)
        return;
    auto *hostLayout = static_cast<QHBoxLayout *>(m_webHost->layout());
    if (narrow) {
        m_webView->setFixedWidth(kNarrowWidth);
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

void EmailPreviewView::loadHtml()
{
    if (m_html.isEmpty()) {
        m_htmlStack->setCurrentWidget(m_htmlPlaceholder);
        return;
    }
    ensureWebView();
    m_htmlStack->setCurrentWidget(m_webHost);
    if (m_shellReady)
        writeHtml();
    else
        m_writePending = true;
}

void EmailPreviewView::showOutcome(const RenderOutcome &outcome)
{
    const EvaluationResult &result = outcome.evaluation;
    if (result.ok) {
        showEmail(outcome.email); // first: hands the HTML to Chromium, which renders while we go on
        if (outcome.bodyIsObject)
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
    QString from = email.fromEmail;
    if (!email.fromName.isEmpty())
        from = email.fromName + u" <" + email.fromEmail + u'>';
    m_fromValue->setText(from.isEmpty() ? tr("—") : from);
    m_toValue->setText(email.to.isEmpty() ? tr("(nobody — Mandrill would send nothing)")
                                          : email.to.join(u", "));
    if (empty)
        m_toValue->setText(tr("—"));
    m_subjectValue->setText(email.subject.isEmpty() ? tr("(no subject)") : email.subject);
    if (email.text != m_shownText) {
        m_shownText = email.text;
        m_textBody->setPlainText(email.text);
    }
    if (email.html != m_html || !m_webView) {
        m_html = email.html;
        if (!m_html.isEmpty() || m_haveEmail)
            loadHtml();
    }
    if (m_html.isEmpty() && !empty)
        m_htmlPlaceholder->setText(
            tr("This email has no HTML part; only the plain-text version below is sent."));
    m_haveEmail = !empty;
    m_state = empty ? State::Empty : State::Normal;
    setBanner(m_state, {});
}

void EmailPreviewView::setRequestBody(const QJsonObject &body)
{
    QJsonObject shown = body;
    // Defence in depth: whatever the caller passes, a key is never shown in the preview.
    if (shown.contains(u"key") && shown.value(u"key").toString() != QStringView(kMaskedKeyPlaceholder))
        shown.insert(u"key", QString::fromUtf16(kMaskedKeyPlaceholder));
    const QString text =
        shown.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Indented));
    if (text != m_shownRequest) {
        m_shownRequest = text;
        m_requestView->setPlainText(text);
    }
}

QString EmailPreviewView::requestText() const
{
    return m_requestView->toPlainText();
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
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

bool EmailPreviewView::isDimmed() const
{
    return !m_dimOverlay->isHidden();
}

void EmailPreviewView::setDimmed(bool dimmed)
{
    m_dimHost->setGeometry(dimmed ? m_content->rect() : QRect(0, 0, 0, 0));
    m_dimOverlay->setGeometry(m_dimHost->rect());
    m_dimOverlay->setVisible(dimmed);
    if (dimmed)
        m_dimHost->raise();
}

void EmailPreviewView::setBanner(State state, const QString &text)
{
    if (state == State::Normal || state == State::Empty || text.isEmpty()) {
        m_banner->hide();
        placeBanner();
        setDimmed(false);
        return;
    }
    // Tinted with translucent colours so the banner reads on light and dark palettes alike.
    QColor tint(30, 136, 229, 35);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (state) {
    case State::Error:
        tint = QColor(229, 57, 53, 40);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case State::Limit:
        tint = QColor(245, 166, 35, 45);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    default:
        break;
    }
    static_cast<BannerFrame *>(m_banner)->setTint(tint);
    if (state != m_bannerState) {
        m_bannerState = state;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_bannerIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    }
    m_bannerLabel->setText(text);
    m_banner->show();
    placeBanner();
    setDimmed(state == State::Error || state == State::Cancelled);
}

void EmailPreviewView::setFindings(const QList<Finding> &findings)
{
    if (findings == m_shownFindings)
        return; // also keeps the reader's selected row (at first: an empty list under "Checks")
    m_shownFindings = findings;
    m_findings->clear();
    int problems = 0;
    for (const Finding &f : findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (f.severity == Finding::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        else if (f.severity == Finding::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        if (f.severity != Finding::Severity::Info)
            ++problems;
        item->setIcon(0, style()->standardIcon(icon));
        item->setText(0, f.message);
        item->setToolTip(0, f.message);
        QString where;
        if (const auto point = HookPoint::parse(f.hookPoint))
            where = point->plainName();
        if (f.line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("line %1").arg(f.line);
        item->setText(1, where);
        item->setData(0, Qt::UserRole, f.line);
        item->setData(0, Qt::UserRole + 1, f.column);
    }
    const int index = m_tabs->indexOf(m_findings);
    const QString tabText = problems > 0 ? tr("Checks (%1)").arg(problems) : tr("Checks");
    if (m_tabs->tabText(index) != tabText) // setting the same text still lays the tab bar out again
        m_tabs->setTabText(index, tabText);
}

void EmailPreviewView::activateFinding(QTreeWidgetItem *item)
{
    const int line = item->data(0, Qt::UserRole).toInt();
    if (line > 0)
        emit goToLine(line, qMax(1, item->data(0, Qt::UserRole + 1).toInt()));
}

} // namespace hookmail
