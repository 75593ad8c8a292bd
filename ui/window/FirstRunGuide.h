#pragma once

#include <QFrame>

namespace hookmail {

// A small, dismissable banner for a first start: the three steps (write, test, ship) and where keys are
// kept. It never blocks the window; "Got it" hides it for good.
class FirstRunGuide : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunGuide(QWidget *parent = nullptr);

signals:
    void dismissed();
    void showTestSend();
    void showOry();
};

} // namespace hookmail
