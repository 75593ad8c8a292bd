#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

class QWidget;

namespace hookmail {

// The questions DocumentController asks the user. An interface so the controller holds no widgets
// and tests can answer without dialogs; DialogPrompter is the real one.
class DocumentPrompter
{
public:
    enum class SaveChoice
    {
        Save,
        Discard,
        Cancel
    };
    virtual ~DocumentPrompter() = default;
    virtual SaveChoice askSaveChanges(const QString &documentName) = 0;
    virtual QString askOpenPath(const QString &directory) = 0; // empty → cancelled
    virtual QString askSavePath(const QString &suggestedPath) = 0;
    virtual bool askRecover(const QString &documentName, const QDateTime &savedAt) = 0;
    virtual void showError(const QString &title, const Error &error) = 0;
};

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
