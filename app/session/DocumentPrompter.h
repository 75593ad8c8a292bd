#pragma once

#include "core/common/Result.h"
#include "core/ory/OryChange.h"

#include <QDateTime>
#include <QString>

namespace hookmail {

// Every question the app asks the user, in one interface: DocumentController's (save, open, recover,
// errors), the panes' confirmation of destructive actions, and the review of an Ory change. Widget-free so
// the session holds no widgets; DialogPrompter (message boxes, file dialogs, PatchReviewDialog) is the real
// one, test::ScriptedPrompter answers for tests. MainWindow hands one prompter to everything that asks.
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
    // A destructive action ("Delete …?"): true only if the user agreed.
    virtual bool confirm(const QString &title, const QString &question) = 0;
    // Shows an Ory change for review and calls `answer` exactly once, at once or later; may return before
    // the user answers (the real one opens a window-modal dialog: no nested event loop).
    virtual void reviewChange(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer) = 0;
};

} // namespace hookmail
