#pragma once

#include "preview/PreviewBanner.h"

#include <QObject>

class QWidget;

namespace hookmail {

// What floats over the preview when the email shown is not what Ory would send: the banner over the top
// (covering the From/To/Subject block at least, never more than half the view) and a translucent wash of the
// window colour dimming the last good email under it.
//
// Both sit in hosts without a layout, which take their size only while they are shown. Showing, hiding or
// re-wording them then stops at the host: nothing re-lays out the window or resizes the web view (with a
// parent that has a layout, every state change re-laid out the window up to its splitter: 2-4 ms of the GUI
// thread, tests/bench figure 2, a runaway being stopped; in the layout, the banner cost 7-10 ms and a full
// repaint).
class PreviewStatusOverlay : public QObject
{
public:
    // `view` holds the banner, `content` the dimming; the banner reaches at least down to `belowHeader`'s
    // top (a widget inside `content`).
    PreviewStatusOverlay(QWidget *view, QWidget *content, QWidget *belowHeader);

    void showBanner(PreviewBanner::Kind kind, const QString &text, bool dim);
    void hide();                // banner and dimming
    QString bannerText() const; // empty while hidden
    bool isDimmed() const;
    // Places the banner again after the view changed size.
    void place();
    void prewarm() const { m_banner->prewarmIcons(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setDimmed(bool dimmed);

    QWidget *m_view;
    QWidget *m_content;
    QWidget *m_belowHeader;
    QWidget *m_bannerHost; // no layout; covers the banner only while shown
    PreviewBanner *m_banner;
    QWidget *m_dimHost; // no layout; covers the content only while dimmed
    QWidget *m_dim;
};

} // namespace hookmail
