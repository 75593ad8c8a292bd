#pragma once

#include <QWidget>

namespace hookmail {

class CodeTextEdit;

// The gutter of CodeTextEdit: line numbers and problem icons. Paints through its editor.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeTextEdit *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodeTextEdit *m_editor;
};

} // namespace hookmail
