#pragma once

#include "core/model/FormMigration.h"

#include <QStringList>
#include <QWidget>
#include <memory>

class QToolButton;
class QWidget;

namespace Ui {
class EmailFormPane;
}

namespace hookmail {

// Form mode: the email as fields (from, subject, bodies, recipient…) for people who don't write
// Jsonnet. Profile fields are inserted as {{placeholders}} from a menu, never typed as ctx paths.
class EmailFormPane : public QWidget
{
    Q_OBJECT
public:
    explicit EmailFormPane(QWidget *parent = nullptr);
    ~EmailFormPane() override;

    void setForm(const EmailForm &form); // does not emit formChanged
    EmailForm form() const;

    // Placeholder names the sample identity offers, e.g. "traits.name.first"
    // (DesignGenerator::placeholderFields).
    void setIdentityFields(const QStringList &paths);
    QStringList identityFields() const { return m_fields; }
    // "traits.name.first" → "First name"; used for the insert menus.
    static QString fieldTitle(const QString &path);

    // The recipient choices offered in the "Send to" box: title → recipientSources.
    static QList<std::pair<QString, QStringList>> recipientChoices();

signals:
    void formChanged(const hookmail::EmailForm &form);

private:
    void rebuildInsertMenus();
    void insertPlaceholder(QWidget *target, const QString &path);
    void selectRecipientSources(const QStringList &sources);
    void emitChanged();

    std::unique_ptr<Ui::EmailFormPane> m_ui;
    QStringList m_fields;
    QList<std::pair<QToolButton *, QWidget *>> m_insertButtons;
    bool m_updating = false;
};

} // namespace hookmail
