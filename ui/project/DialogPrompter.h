#pragma once

#include "session/DocumentPrompter.h"

class QWidget;

namespace hookmail {

// Message boxes and file dialogs parented to a window.
class DialogPrompter : public DocumentPrompter
{
public:
    explicit DialogPrompter(QWidget *parent) : m_parent(parent) {}
    SaveChoice askSaveChanges(const QString &documentName) override;
    QString askOpenPath(const QString &directory) override;
    QString askSavePath(const QString &suggestedPath) override;
    bool askRecover(const QString &documentName, const QDateTime &savedAt) override;
    void showError(const QString &title, const Error &error) override;

private:
    QWidget *m_parent;
};

} // namespace hookmail
