#pragma once

#include "core/model/Project.h"
#include "core/render/Checks.h"
#include "editor/JsonnetEditor.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace hookmail {

class EmailFormPane;

// The centre of the window for one action: Form | Code. The form generates the Jsonnet (shown
// read-only beside it); switching to code converts; switching back is allowed only while the code is
// still exactly what the form generates (otherwise it says why). Code mode shows problems at their
// line in the editor and in a list below it.
class ActionEditorPane : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorPane(QWidget *parent = nullptr);

    void setAction(const Action &action); // no signal
    const Action &action() const { return m_action; }
    bool hasAction() const { return !m_action.id.isEmpty(); }
    bool isFormMode() const;
    bool switchToCode();
    bool switchToForm(); // false (with an explanation shown) when the code can't be expressed by the form
    QString modeMessage() const;

    void setIdentityFields(const QStringList &paths);
    // The project's theme, with which design-mode templates are generated (ProjectSession::themeChanged).
    void setTheme(const Theme &theme);
    void setFormatter(JsonnetEditor::Formatter formatter);
    // Evaluation problem (ok results clear it) and check findings for the current template.
    void showProblems(const EvaluationResult &result, const QList<Finding> &findings);
    void goToLine(int line, int column);

    JsonnetEditor *codeEditor() const { return m_codeEditor; }
    JsonnetEditor *generatedEditor() const { return m_generatedEditor; }
    JsonnetEditor *activeEditor() const;
    EmailFormPane *formPane() const { return m_formPane; }

signals:
    void actionEdited(const hookmail::Action &action);

private:
    void showMode(bool form);
    void setModeMessage(const QString &text);

    Action m_action;
    Theme m_theme;
    bool m_loading = false;
    QToolButton *m_formButton;
    QToolButton *m_codeButton;
    QLabel *m_modeHint;
    QLabel *m_modeMessage;
    QStackedWidget *m_stack;
    EmailFormPane *m_formPane;
    JsonnetEditor *m_generatedEditor;
    JsonnetEditor *m_codeEditor;
    QListWidget *m_problems;
};

} // namespace hookmail
