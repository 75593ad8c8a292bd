#pragma once

#include "session/DocumentPrompter.h"

class QWidget;

namespace hookmail {

// Message boxes, file dialogs and the Ory PatchReviewDialog, parented to a window.
class DialogPrompter : public DocumentPrompter
{
public:
    explicit DialogPrompter(QWidget *parent) : m_parent(parent) {}
    SaveChoice askSaveChanges(const QString &documentName) override;
    QString askOpenPath(const QString &directory) override;
    QString askSavePath(const QString &suggestedPath) override;
    bool askRecover(const QString &documentName, const QDateTime &savedAt) override;
    void showError(const QString &title, const Error &error) override;
    bool confirm(const QString &title, const QString &question) override;
    void reviewChange(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer) override;

private:
    QWidget *m_parent;
};

} // namespace hookmail
