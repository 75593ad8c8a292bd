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
    void setSending(bool sending); // Send test says "Sending…" and waits

private:
    void updateRecentMenu();
    static void forwardToFocus(const char *method);
    static QUndoStack *designUndoFor(MainWindow *window);

    MainWindow *m_window;
    AppServices m_services;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_sendTest = nullptr;
};

} // namespace hookmail
