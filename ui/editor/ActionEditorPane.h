#pragma once

#include "core/design/EmailDesign.h"
#include "core/model/Project.h"
#include "core/render/Checks.h"
#include "editor/JsonnetEditor.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace hookmail {

class DesignPane;
class DocumentPrompter;
class MandrillClient;
class SecretStore;
class TemplatePane;
class TemplateSizeMeter;

// The centre of the window for one email: Design | Code | Mandrill template (issue 18: a template stored in
// Mandrill, its fields filled from the person, sent with messages/send-template; the design is kept, so
// going back to Design is always possible). Design shows the designer (DesignPane) and how
// close the email is to Ory's size limit; every design edit goes out as the action (mode Design, its design)
// and theme edits as themeEdited, and the session writes the template. Switching to Code converts, after a
// confirmation that says it is one-way unless the code is left unchanged; switching back is allowed only
// while the code is exactly what the design generates (otherwise it says why). A hand-written or imported
// template opens in Code, which shows problems at their line in the editor and in a list below it.
class ActionEditorPane : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditorPane(QWidget *parent = nullptr);

    void setAction(const Action &action); // no signal
    const Action &action() const { return m_action; }
    bool hasAction() const { return !m_action.id.isEmpty(); }
    // The project's theme: the designer shows it, and Code → Design compares the code with what the design
    // generates in it. No signal.
    void setTheme(const Theme &theme);
    const Theme &theme() const { return m_theme; }
    // Asks before converting (no prompter: converts without asking).
    void setPrompter(DocumentPrompter *prompter) { m_prompter = prompter; }

    bool isDesignMode() const;
    bool isTemplateMode() const;
    bool switchToCode();     // false when the user keeps the design
    bool switchToTemplate(); // false when the user keeps hand-written code
    // Uploads the design as a new Mandrill template and sends that (TemplatePane::moveDesign); false when
    // there is no design.
    bool moveDesignIntoMandrill();
    bool switchToDesign(); // false (with an explanation shown) when the code is not what the design generates
    QString modeMessage() const;

    void setIdentityFields(const QStringList &paths);
    // Mandrill for the template picker and "Render on Mandrill" (none: picking is disabled).
    void setMandrill(MandrillClient *client, SecretStore *secrets);
    TemplatePane *templatePane() const { return m_templatePane; }
    void setFormatter(JsonnetEditor::Formatter formatter);
    // Evaluation problem (ok results clear it) and check findings for the current template.
    void showProblems(const EvaluationResult &result, const QList<Finding> &findings);
    void goToLine(int line, int column);
    // Shows how close this email is to Ory's input limit with the `ctx` of the latest render.
    void showTemplateSize(const QJsonObject &ctx);
    // The preview link: select the block the reader clicked in the preview (Design mode only).
    void selectBlock(const QString &blockId);
    QString selectedBlockId() const;
    // The undo history of Design mode (every design and theme edit) or of template mode (every mapping and
    // envelope edit); null in Code mode, where the editor has its own.
    QUndoStack *designUndoStack() const;

    JsonnetEditor *codeEditor() const { return m_codeEditor; }
    // The editor Find/Replace work in: the code editor in Code mode, none in Design mode.
    JsonnetEditor *activeEditor() const;
    DesignPane *designPane() const { return m_designPane; }
    TemplateSizeMeter *sizeMeter() const { return m_sizeMeter; }

signals:
    void actionEdited(const hookmail::Action &action);
    void themeEdited(const hookmail::Theme &theme);
    // The block selected in the designer ("" = none, and always "" in Code mode), for the preview link.
    void blockSelected(const QString &blockId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The hint beside the mode buttons is shown only where it fits whole (three buttons leave little room on
    // a narrow window; the buttons' tooltips say the same).
    void fitModeHint();
    void showMode(Action::EditMode mode);
    Action::EditMode shownMode() const;
    void showDesign();
    void setModeMessage(const QString &text);
    void onDesignEdited(const EmailDesign &design);

    Action m_action;
    Theme m_theme;
    DocumentPrompter *m_prompter = nullptr;
    bool m_loading = false;
    QToolButton *m_designButton;
    QToolButton *m_codeButton;
    QToolButton *m_templateButton;
    QLabel *m_modeHint;
    QLabel *m_modeMessage;
    QStackedWidget *m_stack;
    DesignPane *m_designPane;
    TemplatePane *m_templatePane;
    TemplateSizeMeter *m_sizeMeter;
    JsonnetEditor *m_codeEditor;
    QListWidget *m_problems;
};

} // namespace hookmail
