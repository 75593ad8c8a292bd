#pragma once

// For GUI tests and the benchmark (they link hookmail_ui): a DocumentPrompter that never asks. Unsaved
// changes are discarded, no file is offered, nothing is recovered, errors are dropped.
#include "session/DocumentPrompter.h"

namespace hookmail::test {

class QuietPrompter : public DocumentPrompter
{
public:
    SaveChoice askSaveChanges(const QString &) override { return SaveChoice::Discard; }
    QString askOpenPath(const QString &) override { return {}; }
    QString askSavePath(const QString &) override { return {}; }
    bool askRecover(const QString &, const QDateTime &) override { return false; }
    void showError(const QString &, const Error &) override {}
};

} // namespace hookmail::test
