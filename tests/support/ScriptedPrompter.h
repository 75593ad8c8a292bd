#pragma once

// The one way tests answer the questions the app asks the user: the window and DocumentController take a
// DocumentPrompter (DialogPrompter in the app), and tests hand them this one instead, set to the answers the
// test wants. Nothing modal ever opens, and the test can check which questions were asked.
//
// Defaults never ask anything of a person: unsaved changes are discarded, no file is chosen, nothing is
// recovered. Errors are recorded and logged (tests that search the log for secrets see them too).
#include "session/DocumentPrompter.h"

#include <QStringList>

namespace hookmail::test {

class ScriptedPrompter : public DocumentPrompter
{
public:
    // Answers.
    SaveChoice saveChoice = SaveChoice::Discard;
    QString openPath; // empty: the open dialog is cancelled
    QString savePath; // empty: the save dialog is cancelled
    bool recover = false;

    // What was asked.
    int saveQuestions = 0;
    int recoverQuestions = 0;
    QString recoverName;
    QStringList errors;

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
};

} // namespace hookmail::test
