#include "MainWindow.h"

#include <QLabel>

namespace hookmail {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Hookmail"));
    auto *label = new QLabel(tr("Hookmail"), this);
    label->setObjectName(QStringLiteral("placeholderLabel"));
    setCentralWidget(label);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

} // namespace hookmail
