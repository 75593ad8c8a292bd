#include "project/SampleDialog.h"

#include "project/SampleContextPane.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace hookmail {

SampleDialog::SampleDialog(SampleContextPane *pane, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("sampleDialog"));
    setWindowTitle(tr("Sample person"));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("sampleScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(pane);
    // Its wrapped texts need more height than Qt's minimum says: give it its full height and let it scroll.
    pane->setMinimumHeight(pane->sizeHint().height());
    // Room for the pane and its vertical scroll bar, so nothing is cut off at the right edge.
    scroll->setMinimumWidth(pane->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
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
