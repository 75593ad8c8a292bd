#pragma once

#include "editor/EditorMarker.h"

#include <QWidget>
#include <functional>

class QAction;
class QPlainTextEdit;

namespace hookmail {

class CodeTextEdit;
class FindReplaceBar;
class JsonnetHighlighter;

// The Jsonnet code editor: line numbers, highlighting, bracket matching, error markers at exact
// line/column with the message at the marker, find/replace and a format action. The formatter is
// injected (JsonnetEngine::format in the app) so the widget does not depend on libjsonnet.
class JsonnetEditor : public QWidget
{
    Q_OBJECT
public:
    struct FormatResult
    {
        bool ok = false;
        QString text;    // formatted source when ok
        QString message; // why it could not be formatted
        int line = 0;
        int column = 0;
    };
    using Formatter = std::function<FormatResult(const QString &)>;

    explicit JsonnetEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // replaces the document (resets undo history)
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    void setMarkers(const QList<EditorMarker> &markers);
    void clearMarkers();
    QList<EditorMarker> markers() const;

    void setFormatter(Formatter formatter);
    // Formats through the injected formatter as one undoable edit. On failure shows a marker and returns
    // false.
    bool formatDocument();

    void goToLine(int line, int column = 1);
    void showFind();
    void showReplace();

    // Own shortcuts (Ctrl+F, Ctrl+H, Ctrl+Shift+I) for stand-alone use; a main window with an Edit menu
    // turns them off and forwards its menu actions instead, so no shortcut is ambiguous.
    void setOwnShortcutsEnabled(bool enabled);

    CodeTextEdit *textEdit() const { return m_edit; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *formatAction() const { return m_formatAction; }

signals:
    void textChanged();
    void formatFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    CodeTextEdit *m_edit;
    FindReplaceBar *m_findBar;
    JsonnetHighlighter *m_highlighter;
    Formatter m_formatter;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_formatAction;
};

} // namespace hookmail
