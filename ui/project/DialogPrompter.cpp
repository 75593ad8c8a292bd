#include "project/DialogPrompter.h"

#include "ory/PatchReviewDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hookmail {

namespace {
// Named context for free functions: lupdate files Tr::tr() strings under it, the same context the lookup
// uses.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrompter)
};
QString fileFilter()
{
    return Tr::tr("Hookmail projects (*.hookmail);;Jsonnet templates (*.jsonnet);;All files (*)");
}
} // namespace

DocumentPrompter::SaveChoice DialogPrompter::askSaveChanges(const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Unsaved changes"),
                    Tr::tr("Do you want to save the changes to \"%1\"?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(Tr::tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

QString DialogPrompter::askOpenPath(const QString &directory)
{
    return QFileDialog::getOpenFileName(m_parent, Tr::tr("Open project"), directory, fileFilter());
}

QString DialogPrompter::askSavePath(const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(m_parent, Tr::tr("Save project"), suggestedPath,
                                        Tr::tr("Hookmail projects (*.hookmail)"));
}

bool DialogPrompter::askRecover(const QString &documentName, const QDateTime &savedAt)
{
    QMessageBox box(
        QMessageBox::Question, Tr::tr("Recover unsaved changes?"),
        Tr::tr("Hookmail was closed without saving \"%1\". Its unsaved changes from %2 were kept.")
            .arg(documentName, QLocale().toString(savedAt, QLocale::ShortFormat)),
        QMessageBox::NoButton, m_parent);
    QPushButton *recover = box.addButton(Tr::tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Discard them"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

void DialogPrompter::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, m_parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

bool DialogPrompter::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(m_parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void DialogPrompter::reviewChange(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer)
{
    // Window-modal and asynchronous: no nested event loop in the GUI thread. The text keeps the Ory
    // pane's translation context, where it has always been translated.
    auto *dialog = new PatchReviewDialog(
        review.title,
        QCoreApplication::translate("hookmail::OryPane",
                                    "Project “%1”, revision %2. Only these hook lists change; review and "
                                    "confirm.")
            .arg(review.project.name, review.project.revisionId),
        review.diff, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [answer = std::move(answer)](int result) {
        answer(result == QDialog::Accepted ? OryReviewAnswer::Send : OryReviewAnswer::Decline);
    });
    dialog->open();
}

} // namespace hookmail
