#include "ory/PatchReviewDialog.h"

#include "window/WindowFit.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hookmail {

PatchReviewDialog::PatchReviewDialog(const QString &title, const QString &summary, const QString &diff,
                                     QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(summary, this)), m_diff(new QPlainTextEdit(diff, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("patchReviewDialog"));
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("reviewDiffText"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped: a long hook line (its URL and id) is read in full without scrolling sideways.
    m_diff->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_diff->setAccessibleName(tr("Changes to the hook lists"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *send = buttons->addButton(tr("&Send to Ory"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("reviewSendButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reviewCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // sending is never the default
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    keepContentUncut(this, 560);
    resize(820, 520);
}

} // namespace hookmail
