#pragma once

#include "core/ory/ActionExporter.h"

#include <QDialog>
#include <QJsonObject>
#include <memory>

namespace Ui {
class ExportDialog;
}

namespace hookmail {

class SecretStore;

// Export an action in the core's formats: preview every file, copy one or save them all. The key
// is left out (masked) unless the user ticks "Include my Mandrill key" — an explicit, warned choice,
// off by default and never remembered.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Project &project, const Action &action, SecretStore *secrets,
                 const QJsonObject &renderedBody = {}, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFormat(const QString &format);
    void setIncludeKey(bool include); // reads the key from the secret store (asynchronously)
    const ExportResult &result() const { return m_result; }
    QString currentFileText() const;
    void copyCurrent();
    Status saveToFolder(const QString &directory);

signals:
    void exportUpdated(); // after the preview was regenerated (for tests and screen readers)

private:
    void regenerate();
    void showFile(int row);
    void updateKeyWarning();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Project m_project;
    Action m_action;
    SecretStore *m_secrets;
    QJsonObject m_renderedBody;
    QString m_key; // only while "include" is ticked
    ExportResult m_result;
};

} // namespace hookmail
