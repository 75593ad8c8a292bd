#include "window/FirstRunGuide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hookmail {

FirstRunGuide::FirstRunGuide(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunGuide"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    auto *text = new QLabel(
        tr("<b>Welcome to Hookmail.</b> &nbsp;<b>1 Write</b> the email in the middle; the preview on the "
           "right "
           "shows it as Ory will send it (choose the person and the moment above it). &nbsp;<b>2 Test</b> "
           "it: "
           "<a href=\"test\">Send test</a> in the toolbar sends it to you. &nbsp;<b>3 Ship</b> it: "
           "<a href=\"ory\">Publish to Ory…</a> in the toolbar (or Export… it as a file). Your Mandrill and "
           "Ory keys stay in the system keychain, never in project files."),
        this);
    text->setObjectName(QStringLiteral("firstRunGuideText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == u"test")
            emit showTestSend();
        else
            emit showOry();
    });
    auto *close = new QPushButton(tr("Got it"), this);
    close->setObjectName(QStringLiteral("dismissGuideButton"));
    close->setAccessibleName(tr("Dismiss the welcome guide"));
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    layout->addWidget(text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
}

} // namespace hookmail
