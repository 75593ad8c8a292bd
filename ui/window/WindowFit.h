#pragma once

class QWidget;

namespace hookmail {

// A window whose layout holds word-wrapped text gets no real minimum size from Qt (a height-for-width layout
// makes QLayout give up and allow any size), so a person could shrink it until text and buttons are cut off.
// This keeps the minimum at what the content needs at `minimumWidth` (or Qt's minimum width when larger),
// recomputed when the window is shown and when its content changes, so it never cuts anything off.
void keepContentUncut(QWidget *window, int minimumWidth = 0);

} // namespace hookmail
