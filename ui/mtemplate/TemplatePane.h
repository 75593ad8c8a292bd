#pragma once

#include "core/mtemplate/TemplateEmail.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QGridLayout;
class QUndoStack;

namespace hookmail {

class DocumentPrompter;
class MandrillClient;
class SecretStore;
struct EmailDesign;
struct Theme;

// The "Mandrill template" body of an email: which template (picked with TemplatePickerDialog), how each of
// its fields is filled from the person (a field with a fallback, as the designer's placeholders), and
// envelope overrides (empty = the template's defaults). "Render on Mandrill" asks templates/render for the
// sample person and lists where it differs from Hookmail's local preview. Edits go out as templateEdited.
class TemplatePane : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatePane(QWidget *parent = nullptr);

    void setMandrill(MandrillClient *client, SecretStore *secrets);
    // Another email (or a change from elsewhere): shown, and the undo history starts again. No signal.
    void setEmail(const TemplateEmail &email);
    const TemplateEmail &email() const { return m_email; }
    void setIdentityFields(const QStringList &paths);
    void setSampleIdentity(const QJsonObject &identity);

    // Opens the picker (GUI) — public for the menu and tests.
    void pickTemplate();
    // Applies a template read from Mandrill: keeps mappings by name, guesses new ones. Emits templateEdited.
    void useTemplate(const MandrillTemplate &chosen);
    void renderOnMandrill();
    // "Move the designed email into Mandrill": after a review (`prompter`; none → no questions), adds the
    // designed HTML and text as a new draft template (templates/add, publish false), asks whether to publish
    // it (templates/publish), and switches this email to it with the design's fields and fallbacks. The
    // design is not touched. Emits templateEdited when done; status in the pane.
    void moveDesign(const EmailDesign &design, const Theme &theme, const QString &emailName,
                    DocumentPrompter *prompter);
    QString moveStatus() const;
    // Every edit in the pane is one step (typing in one box merges, as in the designer); Edit ▸ Undo/Redo use
    // it while the email is in template mode.
    QUndoStack *undoStack() const { return m_undo; }

signals:
    void templateEdited(const hookmail::TemplateEmail &email);
    void moveDesignRequested();

private:
    void rebuild();
    void addFieldRow(QGridLayout *grid, int row, bool region, int index);
    void edited();
    // The pane's email changed: one undo step from the last committed state (merged with the previous one
    // when `mergeKey` is the same box typed in again soon), then templateEdited.
    void commit(const QString &mergeKey = {});
    void applySnapshot(const TemplateEmail &email); // undo/redo: show it and send it out

    TemplateEmail m_email;
    TemplateEmail m_committed; // what the last templateEdited / setEmail said
    QUndoStack *m_undo;
    QStringList m_fields;
    QJsonObject m_identity;
    MandrillClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    bool m_loading = false;
    QLabel *m_title;
    QLabel *m_state;
    QPushButton *m_pick;
    QComboBox *m_language;
    QWidget *m_fieldsBox;
    QLineEdit *m_fromEmail;
    QLineEdit *m_fromName;
    QLineEdit *m_subject;
    QLineEdit *m_replyTo;
    QLineEdit *m_fallbackRecipient;
    QPushButton *m_render;
    QPushButton *m_moveDesign;
    QLabel *m_moveStatus;
    QLabel *m_renderStatus;
    QListWidget *m_differences;
};

} // namespace hookmail
