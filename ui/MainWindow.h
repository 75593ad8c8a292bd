#pragma once

#include <QMainWindow>

namespace hookmail {

// The composition root of the window: creates the panes, hands them the core services and wires
// their signals. Behaviour lives in the panes and the core (CONVENTIONS.md: a thin MainWindow).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace hookmail
