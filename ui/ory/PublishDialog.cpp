#include "ory/PublishDialog.h"

#include "ory/OryPane.h"
#include "window/WindowFit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookmail {

PublishDialog::PublishDialog(OryPane *pane, QWidget *parent) : QDialog(parent), m_pane(pane)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(tr("Publish to Ory"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pane, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("publishCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    layout->addWidget(buttons);
    keepContentUncut(this, 560);
    resize(720, 560);
}

} // namespace hookmail
