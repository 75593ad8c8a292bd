#pragma once

#include "window/MainWindow.h"

#include <QObject>

class QMenu;
class QToolBar;
class QUndoStack;

namespace hookmail {

// The window's menu bar (File, Edit, View, Help): each entry has a shortcut, a tooltip and an objectName
// tests can find, and calls a pane or the window; it holds no state of its own but the recent-files list.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(MainWindow *window, const AppServices &services);
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *toolBar() const { return m_toolBar; }

private:
    void updateRecentMenu();
    static void forwardToFocus(const char *method);
    static QUndoStack *designUndoFor(MainWindow *window);

    MainWindow *m_window;
    AppServices m_services;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace hookmail
