#pragma once

#include "core/mandrill/TestSend.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace hookmail {

// A slim, non-blocking panel above the preview that says what happened to the last test send: "Sending to
// …", then one line per recipient in words (what Mandrill did and what it means), with links to the test
// addresses and history. It never takes focus or blocks editing; × hides it until the next send.
class SendResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit SendResultPanel(QWidget *parent = nullptr);

    void showSending(const QStringList &recipients);
    void showRecord(const TestSendRecord &record);
    void showProblem(const QString &message);
    QString text() const; // everything shown, for tests and accessibility

signals:
    void historyRequested();
    void setupRequested(); // "Change addresses or key…"

private:
    void showLines(const QString &title, const QStringList &lines, bool error);

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_links;
    QToolButton *m_close;
};

} // namespace hookmail
