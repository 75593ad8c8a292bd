#include "design/PromptPopup.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace hookmail {

PromptPopup::PromptPopup(const QString &prompt, const QString &text, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("promptPopup"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(text, this);
    m_edit->setObjectName(QStringLiteral("promptLineEdit"));
    m_edit->setAccessibleName(prompt);
    m_edit->setMinimumWidth(220);
    label->setBuddy(m_edit);
    row->addWidget(m_edit, 1);
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("promptDoneButton"));
    row->addWidget(done);
    layout->addLayout(row);
    connect(m_edit, &QLineEdit::returnPressed, this, &PromptPopup::accept);
    connect(done, &QPushButton::clicked, this, &PromptPopup::accept);
}

void PromptPopup::popup(const QPoint &globalPos)
{
    adjustSize();
    QPoint pos = globalPos;
    if (const QScreen *screen = parentWidget() ? parentWidget()->screen() : nullptr) {
        const QRect available = screen->availableGeometry();
        pos.setX(
            std::clamp(pos.x(), available.left(), std::max(available.left(), available.right() - width())));
        pos.setY(
            std::clamp(pos.y(), available.top(), std::max(available.top(), available.bottom() - height())));
    }
    move(pos);
    show();
    m_edit->selectAll();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void PromptPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

void PromptPopup::accept()
{
    if (m_done)
        return;
    m_done = true;
    const QString text = m_edit->text().trimmed();
    close();
    emit accepted(text);
}

} // namespace hookmail
