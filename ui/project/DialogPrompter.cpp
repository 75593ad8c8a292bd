#include "project/DialogPrompter.h"

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

} // namespace hookmail
