#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace hookmail {

// Shows the readable before/after of the hook lists a change touches (secrets masked) and sends only on
// explicit confirmation. Used for push, removal and rollback alike.
class PatchReviewDialog : public QDialog
{
    Q_OBJECT
public:
    PatchReviewDialog(const QString &title, const QString &summary, const QString &diff,
                      QWidget *parent = nullptr);

private:
    QLabel *m_summary;
    QPlainTextEdit *m_diff;
};

} // namespace hookmail
