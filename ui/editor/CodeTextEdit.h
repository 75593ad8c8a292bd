#pragma once

#include "editor/EditorMarker.h"

#include <QList>
#include <QPlainTextEdit>

namespace hookmail {

class LineNumberArea;

// The text area of JsonnetEditor: a QPlainTextEdit with a line-number gutter, current-line and
// bracket-match highlighting and problem markers (wavy underline + gutter icon + tooltip).
class CodeTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeTextEdit(QWidget *parent = nullptr);

    void setMarkers(const QList<EditorMarker> &markers);
    QList<EditorMarker> markers() const { return m_markers; }
    // The document range (start, end positions) a marker underlines.
    std::pair<int, int> markerRange(const EditorMarker &marker) const;
    QString markerTextAt(int position) const;
    QString markerTextAtGutterY(int y) const;

    int lineNumberAreaWidth() const;
    void paintLineNumberArea(QPaintEvent *event);
    void goToLine(int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();
    QList<QTextEdit::ExtraSelection> bracketSelections() const;
    int matchingBracket(int position, QChar bracket) const;

    LineNumberArea *m_lineNumberArea;
    QList<EditorMarker> m_markers;
};

} // namespace hookmail
