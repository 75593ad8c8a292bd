#pragma once

class QScrollArea;
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

} // namespace hookmail
