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

namespace hookmail {

class MandrillClient;
class SecretStore;

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
    void setEmail(const TemplateEmail &email); // no signal
    const TemplateEmail &email() const { return m_email; }
    void setIdentityFields(const QStringList &paths);
    void setSampleIdentity(const QJsonObject &identity);

    // Opens the picker (GUI) — public for the menu and tests.
    void pickTemplate();
    // Applies a template read from Mandrill: keeps mappings by name, guesses new ones. Emits templateEdited.
    void useTemplate(const MandrillTemplate &chosen);
    void renderOnMandrill();

signals:
    void templateEdited(const hookmail::TemplateEmail &email);

private:
    void rebuild();
    void addFieldRow(QGridLayout *grid, int row, bool region, int index);
    void edited();

    TemplateEmail m_email;
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
    QLabel *m_renderStatus;
    QListWidget *m_differences;
};

} // namespace hookmail
