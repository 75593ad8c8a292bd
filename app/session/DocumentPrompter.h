#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

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

} // namespace hookmail
