#include "mandrill/SendResultPanel.h"

#include "core/mandrill/MandrillExplanations.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookmail {

SendResultPanel::SendResultPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("sendResultPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sendResultTitle"));
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("sendResultDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links = new QLabel(this);
    m_links->setObjectName(QStringLiteral("sendResultLinks"));
    m_links->setWordWrap(true);
    m_links->setText(u"<a href=\"history\">"_qs + tr("Earlier test sends…") +
                     u"</a> &nbsp; <a href=\"setup\">"_qs + tr("Test addresses and key…") + u"</a>"_qs);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"history")
            emit historyRequested();
        else
            emit setupRequested();
    });
    texts->addWidget(m_title);
    texts->addWidget(m_details);
    texts->addWidget(m_links);
    layout->addLayout(texts, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("closeSendResultButton"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Hide the test send result"));
    m_close->setToolTip(tr("Hide"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void SendResultPanel::showLines(const QString &title, const QStringList &lines, bool error)
{
    m_title->setText(title);
    m_title->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                 : QStringLiteral("font-weight: bold;"));
    m_details->setText(lines.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());
    show();
}

void SendResultPanel::showSending(const QStringList &recipients)
{
    showLines(tr("Sending the test email to %1…").arg(recipients.join(QStringLiteral(", "))), {}, false);
}

void SendResultPanel::showProblem(const QString &message)
{
    showLines(tr("The test email was not sent."), {message}, true);
}

void SendResultPanel::showRecord(const TestSendRecord &record)
{
    if (!record.errorMessage.isEmpty())
        return showProblem(record.errorMessage);
    QStringList lines;
    for (const SendResult &r : record.results)
        lines << r.email + u": " + explainSendResult(r);
    showLines(record.failed() ? tr("Mandrill did not accept every recipient.")
                              : tr("Mandrill accepted the test email."),
              lines, record.failed());
}

QString SendResultPanel::text() const
{
    return m_title->text() + u'\n' + m_details->text();
}

} // namespace hookmail
