#include "project/ExportDialog.h"

#include "core/secrets/KeyProvider.h"
#include "core/secrets/SecretStore.h"
#include "ui_ExportDialog.h"
#include "window/WindowFit.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>

namespace hookmail {

ExportDialog::ExportDialog(const Project &project, const Action &action, SecretStore *secrets,
                           const QJsonObject &renderedBody, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()), m_project(project), m_action(action),
      m_secrets(secrets), m_renderedBody(renderedBody)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export “%1”").arg(action.name));
    m_ui->previewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const QString &format : ActionExporter::formats())
        m_ui->formatComboBox->addItem(ActionExporter::formatTitle(format), format);
    m_ui->includeKeyCheckBox->setChecked(false);
    m_ui->includeKeyCheckBox->setEnabled(m_secrets != nullptr);

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerate);
    connect(m_ui->filesList, &QListWidget::currentRowChanged, this, &ExportDialog::showFile);
    connect(m_ui->includeKeyCheckBox, &QCheckBox::toggled, this, &ExportDialog::setIncludeKey);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExportDialog::copyCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Save export to folder"), QDir::homePath());
        if (dir.isEmpty())
            return;
        if (const Status s = saveToFolder(dir); !s)
            QMessageBox::warning(this, tr("Could not save the export"), s.error().message);
    });
    regenerate();
    keepContentUncut(this, 560);
}

ExportDialog::~ExportDialog()
{
    m_key.fill(u'\0');
}

void ExportDialog::setFormat(const QString &format)
{
    m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(format));
}

void ExportDialog::setIncludeKey(bool include)
{
    if (m_ui->includeKeyCheckBox->isChecked() != include) {
        m_ui->includeKeyCheckBox->setChecked(include); // comes back here through toggled
        return;
    }
    if (!include || !m_secrets) {
        m_key.fill(u'\0');
        m_key.clear();
        regenerate();
        return;
    }
    QPointer<ExportDialog> self(this);
    KeyProvider::of(m_secrets)->key(SecretStore::Slot::MandrillKey, this, [self](Result<ResolvedSecret> key) {
        if (!self || !self->m_ui->includeKeyCheckBox->isChecked())
            return;
        if (!key) {
            self->m_ui->includeKeyCheckBox->setChecked(false);
            self->m_ui->keyWarningLabel->setText(key.error().message + u' ' +
                                                 tr("The export uses a placeholder instead."));
            return;
        }
        self->m_key = key->value;
        self->regenerate();
    });
}

void ExportDialog::updateKeyWarning()
{
    if (m_result.containsSecret) {
        m_ui->keyWarningLabel->setText(
            tr("⚠ This export contains your Mandrill key. Anyone who sees it can send email as you: don't "
               "paste it "
               "into chats or tickets, and prefer a key that may only send messages."));
        m_ui->keyWarningLabel->setStyleSheet(QStringLiteral("color: #e53935;"));
    } else {
        m_ui->keyWarningLabel->setText(tr("Your Mandrill key is left out; the export has the placeholder "
                                          "<MANDRILL_API_KEY> where it goes."));
        m_ui->keyWarningLabel->setStyleSheet({});
    }
}

void ExportDialog::regenerate()
{
    const QString format = m_ui->formatComboBox->currentData().toString();
    const bool withKey = m_ui->includeKeyCheckBox->isChecked() && !m_key.isEmpty();
    const Result<ExportResult> result = ActionExporter::exportAction(
        m_project, m_action, format, withKey ? m_key : QString(), withKey, m_renderedBody);
    m_ui->filesList->clear();
    if (!result) {
        m_result = {};
        m_ui->previewEdit->setPlainText(result.error().message);
        m_ui->notesLabel->clear();
    } else {
        m_result = result.value();
        for (const ExportFile &file : m_result.files)
            m_ui->filesList->addItem(file.fileName);
        m_ui->notesLabel->setText(m_result.notes);
        if (!m_result.files.isEmpty())
            m_ui->filesList->setCurrentRow(0);
    }
    m_ui->copyButton->setEnabled(!m_result.files.isEmpty());
    m_ui->saveButton->setEnabled(!m_result.files.isEmpty());
    updateKeyWarning();
    emit exportUpdated();
}

void ExportDialog::showFile(int row)
{
    m_ui->previewEdit->setPlainText(row >= 0 && row < m_result.files.size()
                                        ? QString::fromUtf8(m_result.files.at(row).contents)
                                        : QString());
}

QString ExportDialog::currentFileText() const
{
    return m_ui->previewEdit->toPlainText();
}

void ExportDialog::copyCurrent()
{
    QGuiApplication::clipboard()->setText(currentFileText());
}

Status ExportDialog::saveToFolder(const QString &directory)
{
    const QDir dir(directory);
    for (const ExportFile &file : std::as_const(m_result.files)) {
        // File names come from the exporter; never let one climb out of the chosen folder.
        const QString name = QFileInfo(file.fileName).fileName();
        QSaveFile out(dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(file.contents) != file.contents.size() ||
            !out.commit())
            return Error{tr("Could not write %1: %2").arg(dir.filePath(name), out.errorString()),
                         {},
                         errorCodeName(ErrorCode::Io)};
    }
    return Ok{};
}

} // namespace hookmail
