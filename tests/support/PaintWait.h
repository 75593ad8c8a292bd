#pragma once
// GUI tests only (header-only: the test-support library is also built without Widgets).
#include <QEvent>
#include <QTest>
#include <QWidget>

namespace hookmail::test {

// True once the web view has painted and then stayed quiet for a few event-loop passes.
inline bool settledPaints(QWidget *webView)
{
    QWidget *quick = webView->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    if (!quick)
        return false;
    struct Counter : QObject
    {
        int count = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++count;
            return false;
        }
    } counter;
    quick->installEventFilter(&counter);
    quick->update();
    int last = -1;
    int quiet = 0;
    const bool ok = QTest::qWaitFor(
        [&] {
            quiet = counter.count > 0 && counter.count == last ? quiet + 1 : 0;
            last = counter.count;
            return quiet >= 10;
        },
        20000);
    quick->removeEventFilter(&counter);
    return ok;
}

} // namespace hookmail::test
