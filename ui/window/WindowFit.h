#pragma once

#include <QByteArray>

class QMainWindow;
class QScrollArea;
class QSplitter;
class QWidget;

namespace hookmail {

// A window whose layout holds word-wrapped text gets no real minimum size from Qt (a height-for-width layout
// makes QLayout give up and allow any size), so a person could shrink it until text and buttons are cut off.
// This keeps the minimum at what the content needs at `minimumWidth` (or Qt's minimum width when larger),
// recomputed when the window is shown and when its content changes, so it never cuts anything off.
void keepContentUncut(QWidget *window, int minimumWidth = 0);

// A tall pane in a vertically scrolling area (never horizontally: it is as wide as the area). The pane keeps
// the height its wrapped texts need at its width, so it scrolls instead of squeezing them.
QScrollArea *scrollingUncut(QWidget *pane);

// The first window fits the screen it opens on (at most 1440 × 900); a saved geometry is restored only when
// it still fits the screen it would open on now (a laptop after a large monitor gets the default instead).
void placeOnScreen(QWidget *window, const QByteArray &savedGeometry);

// The saved layout of a main window: its state plus its splitter's, tagged so a state from the dock layout of
// earlier versions is ignored rather than half-applied.
QByteArray windowLayoutState(const QMainWindow *window, const QSplitter *splitter);
void restoreWindowLayout(QMainWindow *window, QSplitter *splitter, QByteArray saved);

} // namespace hookmail
