#pragma once

#include "core/design/EmailDesign.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;

namespace hookmail {

class ChipTextField;
class FieldCatalog;

// The Envelope tab: who the email is from, its subject and preheader, tags, where the address comes from and
// what happens without one, its language and the optional hand-written plain-text version. Works on the
// envelope, language and plainTextOverride of a design; setDesign() does not signal, each change emits
// edited() with the design so changed and the field name.
class EnvelopeForm : public QWidget
{
    Q_OBJECT
public:
    explicit EnvelopeForm(FieldCatalog *catalog, QWidget *parent = nullptr);

    void setDesign(const EmailDesign &design);

signals:
    void edited(const hookmail::EmailDesign &design, const QString &field);

private:
    ChipTextField *inlineRow(const QString &id, const QString &label, const QString &name,
                             InlineText Envelope::*member);
    QLineEdit *lineRow(const QString &id, const QString &label, const QString &name);
    void commit(const QString &field, const std::function<void(EmailDesign &)> &change);
    void selectRecipientSources(const QStringList &sources);
    void updateEnabled();

    FieldCatalog *m_catalog;
    EmailDesign m_design;
    bool m_loading = false;
    QFormLayout *m_form;
    QList<std::pair<ChipTextField *, InlineText Envelope::*>> m_inlineFields;
    QLineEdit *m_fromEmail;
    QLineEdit *m_replyTo;
    QLineEdit *m_tags;
    QComboBox *m_recipientSources;
    QRadioButton *m_skip;
    QRadioButton *m_useFallback;
    QLineEdit *m_fallback;
    QLineEdit *m_language;
    QCheckBox *m_ownPlainText;
    ChipTextField *m_plainText;
};

} // namespace hookmail
