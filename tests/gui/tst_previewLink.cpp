// The preview link of Design mode, in a real web engine (offscreen): highlightBlock() outlines the element
// with data-hm-block="<id>" and scrolls it into view, across new HTML and for a block that appears only
// later; a real mouse click on a block in the page reports that block; a click on a link in a block still
// opens outside (and selects the block), never in the preview; a click outside any block reports nothing; an
// email cannot pose as a click report. The email's own JavaScript stays off throughout.
#include "preview/EmailHtmlView.h"
#include "preview/EmailPreviewView.h"
#include "preview/PreviewPage.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace hookmail;

namespace {
// An email like the designer's: a table per block, each block's outermost element marked; block b1 holds
// a link, b<n> for n in [1, count]; tall enough that the last blocks are below the fold.
QString designedEmail(int count, const QString &marker = QStringLiteral("text"))
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        "<p id=\"outside\" style=\"height:60px;margin:0\">not a block</p>"
        "<table role=\"presentation\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
    for (int i = 1; i <= count; ++i) {
        html +=
            QStringLiteral("<tr data-hm-block=\"b%1\"><td style=\"height:120px\">%2 %1").arg(i).arg(marker);
        if (i == 1)
            html += QStringLiteral(" <a id=\"link\" href=\"https://example.com/start\" target=\"_blank\">Get "
                                   "started</a>");
        html += QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

RenderedEmail email(const QString &html)
{
    RenderedEmail e;
    e.fromEmail = QStringLiteral("hello@example.com");
    e.subject = QStringLiteral("Welcome");
    e.text = QStringLiteral("Hi");
    e.html = html;
    return e;
}

QVariant evalInPage(EmailPreviewView &view, const QString &script)
{
    QVariant value;
    bool done = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        value = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return QStringLiteral("<no answer from the page>");
    return value;
}

// The block's rectangle in the viewport (CSS px = widget px at zoom 1), or an empty rect.
QRect blockRect(EmailPreviewView &view, const QString &selector)
{
    const QVariantList r =
        evalInPage(view,
                   QStringLiteral("(function () { var e = document.querySelector('%1'); if (!e) return []; "
                                  "var r = e.getBoundingClientRect(); return [r.left, r.top, r.width, "
                                  "r.height]; })()")
                       .arg(selector))
            .toList();
    if (r.size() != 4)
        return {};
    return QRect(qRound(r[0].toDouble()), qRound(r[1].toDouble()), qRound(r[2].toDouble()),
                 qRound(r[3].toDouble()));
}

// The outline box, in viewport coordinates, or an empty rect when there is none.
QRect outlineRect(EmailPreviewView &view)
{
    return blockRect(view, QStringLiteral("#hookmail-preview-highlight"));
}

bool isInViewport(EmailPreviewView &view, const QRect &r)
{
    const int height = evalInPage(view, QStringLiteral("window.innerHeight")).toInt();
    return r.isValid() && r.top() >= 0 && r.bottom() <= height;
}

void click(EmailPreviewView &view, const QPoint &at, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *target = view.webView()->focusProxy();
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, modifiers, at);
}
} // namespace

class TestPreviewLink : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_view = std::make_unique<EmailPreviewView>();
        m_view->resize(700, 800);
        m_view->show();
        QSignalSpy loaded(m_view.get(), &EmailPreviewView::htmlLoadFinished);
        m_view->showEmail(email(designedEmail(20)));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.last().first().toBool());
    }
    void cleanup() { m_view.reset(); }

    void highlightOutlinesAndScrollsIntoView()
    {
        EmailPreviewView &view = *m_view;
        EmailHtmlView *html = view.htmlView();
        QSignalSpy applied(html, &EmailHtmlView::highlightApplied);
        QVERIFY(!isInViewport(view, blockRect(view, QStringLiteral("[data-hm-block=b18]"))));
        view.highlightBlock(QStringLiteral("b18"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        QCOMPARE(applied.last().at(0).toString(), QStringLiteral("b18"));
        QVERIFY(applied.last().at(1).toBool());
        const QRect block = blockRect(view, QStringLiteral("[data-hm-block=b18]"));
        QVERIFY2(isInViewport(view, block), "the highlighted block was not scrolled into view");
        const QRect box = outlineRect(view);
        QVERIFY2(box.contains(block), "the outline does not surround the block");
        QVERIFY(box.width() < block.width() + 10 && box.height() < block.height() + 10);

        // Another block: the one outline moves there.
        applied.clear();
        view.highlightBlock(QStringLiteral("b2"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        const QRect second = blockRect(view, QStringLiteral("[data-hm-block=b2]"));
        QVERIFY(isInViewport(view, second));
        QVERIFY(outlineRect(view).contains(second));
        QCOMPARE(evalInPage(view,
                            QStringLiteral("document.querySelectorAll('#hookmail-preview-highlight').length"))
                     .toInt(),
                 1);

        // None: the outline goes.
        applied.clear();
        view.highlightBlock(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        QVERIFY(!outlineRect(view).isValid());
        // The email's own scripts stay off.
        QVERIFY(!view.page()->settings()->testAttribute(QWebEngineSettings::JavascriptEnabled));
    }

    // Every edit writes a new document; the outline follows, and the reader's place is kept (no jump back to
    // the block while they type in it).
    void highlightFollowsNewHtml()
    {
        EmailPreviewView &view = *m_view;
        QSignalSpy applied(view.htmlView(), &EmailHtmlView::highlightApplied);
        QSignalSpy loaded(&view, &EmailPreviewView::htmlLoadFinished);
        view.highlightBlock(QStringLiteral("b3"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);

        view.showEmail(email(designedEmail(20, QStringLiteral("edited"))));
        QVERIFY(loaded.wait(20000));
        QVERIFY(evalInPage(view, QStringLiteral("document.body.innerText")).toString().contains(u"edited 3"));
        const QRect block = blockRect(view, QStringLiteral("[data-hm-block=b3]"));
        QVERIFY(outlineRect(view).contains(block));

        // A block that is not rendered yet (just added): outlined and scrolled to when it appears.
        applied.clear();
        view.highlightBlock(QStringLiteral("b21"));
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty(), 20000);
        QVERIFY(!applied.last().at(1).toBool());
        QVERIFY(!outlineRect(view).isValid());
        applied.clear();
        view.showEmail(email(designedEmail(21)));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!applied.isEmpty() && applied.last().at(1).toBool());
        const QRect added = blockRect(view, QStringLiteral("[data-hm-block=b21]"));
        QVERIFY2(isInViewport(view, added), "the new block was not scrolled into view");
        QVERIFY(outlineRect(view).contains(added));
    }

    void clickingABlockSelectsIt()
    {
        EmailPreviewView &view = *m_view;
        QSignalSpy clicked(&view, &EmailPreviewView::blockClicked);
        QList<QUrl> opened;
        view.page()->setLinkOpener([&opened](const QUrl &url) { opened.append(url); });

        const QRect b2 = blockRect(view, QStringLiteral("[data-hm-block=b2]"));
        QVERIFY(isInViewport(view, b2));
        click(view, b2.center());
        QVERIFY(clicked.wait(20000));
        QCOMPARE(clicked.last().first().toString(), QStringLiteral("b2"));

        // Outside every block: nothing is reported (answered in order, so a report would be here by now).
        clicked.clear();
        click(view, blockRect(view, QStringLiteral("#outside")).center());
        QTest::qWait(0);
        evalInPage(view, QStringLiteral("1"));
        QVERIFY(!QTest::qWaitFor([&] { return !clicked.isEmpty(); }, 500));

        // A link in a block, clicked plainly: the block is selected, the link is held back (the person is
        // editing); the preview stays.
        QSignalSpy held(&view, &EmailPreviewView::linkHeldBack);
        click(view, blockRect(view, QStringLiteral("#link")).center());
        QVERIFY(clicked.wait(20000));
        QCOMPARE(clicked.last().first().toString(), QStringLiteral("b1"));
        QCOMPARE(held.size(), 1);
        QVERIFY(opened.isEmpty());
        QCOMPARE(clicked.size(), 1);
        // Ctrl+click: selected and opened outside, once.
        click(view, blockRect(view, QStringLiteral("#link")).center(), Qt::ControlModifier);
        QVERIFY(clicked.wait(20000));
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/start"))});
        QCOMPARE(held.size(), 1);
        QVERIFY(evalInPage(view, QStringLiteral("document.body.innerText")).toString().contains(u"text 20"));
        QCOMPARE(clicked.size(), 2);
    }

    // Only Hookmail's own script, which knows the page's random token, can report a click.
    void emailsCannotPoseAsClickReports()
    {
        PreviewPage *page = m_view->page();
        QSignalSpy clicked(page, &PreviewPage::blockClicked);
        QList<QUrl> opened;
        page->setLinkOpener([&opened](const QUrl &url) { opened.append(url); });
        const QString prefix = page->blockLinkPrefix();
        QVERIFY(prefix.startsWith(u"hookmail-preview:"));
        QVERIFY(prefix.size() > int(qstrlen("hookmail-preview:")) + 16);

        const QUrl forged(
            QStringLiteral("hookmail-preview:not-the-token?block=b1&open=https://evil.example/"));
        QVERIFY(!page->acceptNavigationRequest(forged, QWebEnginePage::NavigationTypeLinkClicked, true));
        QVERIFY(clicked.isEmpty());
        QVERIFY(opened.isEmpty());

        // The real prefix with a bad id or a link to a file: no selection, nothing opened.
        const QUrl badId(prefix + QStringLiteral("?block=%3Cscript%3E&open=file:///etc/passwd"));
        QVERIFY(!page->acceptNavigationRequest(badId, QWebEnginePage::NavigationTypeLinkClicked, true));
        QVERIFY(clicked.isEmpty());
        QVERIFY(opened.isEmpty());

        const QUrl good(prefix + QStringLiteral("?block=b7"));
        QVERIFY(!page->acceptNavigationRequest(good, QWebEnginePage::NavigationTypeOther, true));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("b7"));
        QVERIFY(opened.isEmpty());

        // Another page (a second preview) has another token.
        EmailPreviewView other;
        other.prewarm();
        QVERIFY(other.page()->blockLinkPrefix() != prefix);
    }

private:
    std::unique_ptr<EmailPreviewView> m_view;
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewLink test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewLink.moc"
