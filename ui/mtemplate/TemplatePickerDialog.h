#pragma once

#include "core/mtemplate/TemplateEmail.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace hookmail {

class MandrillClient;
class SecretStore;

// "Choose a Mandrill template": lists the account's templates (templates/list, and mctemplates/list where
// the account has Mailchimp templates) with name, labels, published date and whether the draft differs;
// a search box filters by name, slug or label. Choosing reads the template (templates/info) and closes.
// Everything is asynchronous; errors are shown in the dialog in Mandrill's words (MandrillErrors).
class TemplatePickerDialog : public QDialog
{
    Q_OBJECT
public:
    TemplatePickerDialog(MandrillClient *client, SecretStore *secrets, QWidget *parent = nullptr);

    // Starts listing (called on show; public for tests).
    void load();
    // The template read with templates/info once accepted.
    const MandrillTemplate &chosen() const { return m_chosen; }
    QList<MandrillTemplate> listed() const { return m_all; }

private:
    void showList();
    void choose();
    void setStatus(const QString &text, bool error = false);

    MandrillClient *m_client;
    SecretStore *m_secrets;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QList<MandrillTemplate> m_all;
    MandrillTemplate m_chosen;
    int m_pending = 0;
    bool m_loaded = false;
};

} // namespace hookmail
