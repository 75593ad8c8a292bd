#include "preview/EmailHeaderBlock.h"

#include "core/render/RenderService.h"

#include <QFormLayout>
#include <QLabel>

namespace hookmail {

namespace {
QLabel *valueLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

EmailHeaderBlock::EmailHeaderBlock(QWidget *parent)
    : QWidget(parent), m_from(valueLabel(QStringLiteral("fromValueLabel"), this)),
      m_to(valueLabel(QStringLiteral("toValueLabel"), this)),
      m_subject(valueLabel(QStringLiteral("subjectValueLabel"), this)),
      m_localRender(valueLabel(QStringLiteral("localRenderLabel"), this))
{
    setObjectName(QStringLiteral("emailHeaderBlock"));
    auto *header = new QFormLayout(this);
    header->setLabelAlignment(Qt::AlignRight);
    header->setHorizontalSpacing(10);
    header->setVerticalSpacing(4);
    header->setContentsMargins(8, 6, 8, 0);
    QFont subjectFont = m_subject->font();
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    subjectFont.setWeight(QFont::DemiBold);
    m_subject->setFont(subjectFont);
    header->addRow(tr("From:"), m_from);
    header->addRow(tr("To:"), m_to);
    header->addRow(tr("Subject:"), m_subject);
    m_localRender->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); font-style: italic; }"));
    header->addRow(QString(), m_localRender);
    m_localRender->hide();
}

void EmailHeaderBlock::showEmail(const RenderedEmail &email, bool empty)
{
    QString from = email.fromEmail;
    if (!email.fromName.isEmpty())
        from = email.fromName + u" <" + email.fromEmail + u'>';
    m_from->setText(from.isEmpty() ? tr("—") : from);
    m_to->setText(empty                ? tr("—")
                  : email.to.isEmpty() ? tr("(nobody — Mandrill would send nothing)")
                                       : email.to.join(u", "));
    m_subject->setText(email.subject.isEmpty() ? tr("(no subject)") : email.subject);
    // A Mandrill template email: say whose render this is, and what it leaves as written.
    QString note;
    if (email.localTemplateRender) {
        note = tr("Mandrill template, rendered here by Hookmail for this person (Mandrill renders it when "
                  "sending).");
        if (!email.notRendered.isEmpty())
            note += u' ' + tr("Shown as written: %1.").arg(email.notRendered.mid(0, 3).join(u", "));
    }
    m_localRender->setText(note);
    m_localRender->setVisible(!note.isEmpty());
}

} // namespace hookmail
