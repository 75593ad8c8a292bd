#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;

namespace hookmail {

// A small non-modal popup asking for one line of text below a point of an editor (a placeholder's fallback,
// a link's address). Enter or "Done" accepts, Esc or a click elsewhere cancels; it deletes itself when it
// closes. Non-modal on purpose: the GUI never runs a nested event loop.
class PromptPopup : public QFrame
{
    Q_OBJECT
public:
    PromptPopup(const QString &prompt, const QString &text, QWidget *parent);

    // Shows the popup with its top-left at `globalPos` (kept on the screen) and focuses the text.
    void popup(const QPoint &globalPos);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void accepted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void accept();

    QLineEdit *m_edit;
    bool m_done = false;
};

} // namespace hookmail
