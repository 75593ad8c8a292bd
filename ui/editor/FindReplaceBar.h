#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QPushButton;

namespace hookmail {

// The find/replace strip under a code editor (Ctrl+F / Ctrl+H). Searches wrap around; replace-all is
// one undo step.
class FindReplaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindReplaceBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceCurrent(); // replaces the current match (if selected) and moves to the next
    int replaceAll();
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setCaseSensitive(bool on);
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward);
    bool selectionMatches() const;
    void setStatus(const QString &text);

    QPlainTextEdit *m_editor;
    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QWidget *m_replaceRow;
    QCheckBox *m_caseBox;
    QLabel *m_status;
};

} // namespace hookmail
