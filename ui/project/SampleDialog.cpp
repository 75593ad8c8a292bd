#include "project/SampleDialog.h"

#include "project/SampleContextPane.h"
#include "window/WindowFit.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hookmail {

SampleDialog::SampleDialog(SampleContextPane *pane, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sampleDialog"));
    setWindowTitle(tr("Sample person"));
    auto *layout = new QVBoxLayout(this);
    QScrollArea *scroll = scrollingUncut(pane);
    scroll->setObjectName(QStringLiteral("sampleScrollArea"));
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    layout->addWidget(buttons);
    resize(560, 620);
}

void SampleDialog::showAndRaise()
{
    show();
    raise();
    activateWindow();
}

} // namespace hookmail
