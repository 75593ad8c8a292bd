#pragma once

// The one way tests answer the questions the app asks the user: the window and DocumentController take a
// DocumentPrompter (DialogPrompter in the app), and tests hand them this one instead, set to the answers the
// test wants. Nothing modal ever opens, and the test can check which questions were asked.
//
// Defaults never ask anything of a person: unsaved changes are discarded, no file is chosen, nothing is
// recovered, no deletion is confirmed, every Ory change is declined. Errors are recorded and logged (tests
// that search the log for secrets see them too). Reviews are answered at once (the real dialog answers
// later; OryChange accepts both).
#include "session/DocumentPrompter.h"

#include <QStringList>
#include <functional>

namespace hookmail::test {

class ScriptedPrompter : public DocumentPrompter
{
public:
    // Answers.
    SaveChoice saveChoice = SaveChoice::Discard;
    QString openPath; // empty: the open dialog is cancelled
    QString savePath; // empty: the save dialog is cancelled
    bool recover = false;
    bool confirmAnswer = false;                              // destructive actions
    OryReviewAnswer reviewAnswer = OryReviewAnswer::Decline; // Ory changes
    // Runs when a review is shown, before it is answered (e.g. to change the server meanwhile).
    std::function<void(const OryChangeReview &)> onReview;

    // What was asked.
    int saveQuestions = 0;
    int recoverQuestions = 0;
    QString recoverName;
    QStringList errors;
    QStringList confirmQuestions;
    QStringList reviewDiffs; // one per review shown

    SaveChoice askSaveChanges(const QString &) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    QString askOpenPath(const QString &) override { return openPath; }
    QString askSavePath(const QString &) override { return savePath; }
    bool askRecover(const QString &documentName, const QDateTime &) override
    {
        ++recoverQuestions;
        recoverName = documentName;
        return recover;
    }
    void showError(const QString &, const Error &error) override
    {
        errors.append(error.message);
        qWarning("%s", qPrintable(error.message));
    }
    bool confirm(const QString &, const QString &question) override
    {
        confirmQuestions.append(question);
        return confirmAnswer;
    }
    void reviewChange(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer) override
    {
        reviewDiffs.append(review.diff);
        if (onReview)
            onReview(review);
        answer(reviewAnswer);
    }
};

} // namespace hookmail::test
