#pragma once

#include "core/model/Project.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

class QLockFile;

namespace hookmail {

class DocumentPrompter;
class Settings;

// The open project as a document: New/Open/Save/Save As/recent files, unsaved-changes tracking (by
// comparing with what is on disk, so undoing an edit makes it clean again), the window title, asking
// before closing, and crash safety: unsaved edits are autosaved every few seconds (atomically) to
// AppDataLocation/autosave/, offered back at the next start after a crash or kill, and removed after
// a clean save or close. A lock file per running window tells a crashed session's autosave from a
// live one.
class DocumentController : public QObject
{
    Q_OBJECT
public:
    DocumentController(Settings *settings, DocumentPrompter *prompter, QObject *parent = nullptr);
    ~DocumentController() override; // a clean close: removes this session's autosave

    const Project &project() const { return m_project; }
    void setProject(const Project &project); // an edit

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isDirty() const { return !(m_project == m_saved); }
    QString windowTitle() const;
    QStringList recentFiles() const;

    // Opens the document a start should show: a crashed session's edits if the user wants them back,
    // else the built-in default project.
    void startFirstDocument();
    bool newDocument();
    bool open(const QString &path = {}); // empty → asks
    bool save();
    bool saveAs(const QString &path = {}); // empty → asks
    bool maybeClose();                     // asks about unsaved edits; true → fine to close

    // Autosave (exposed for tests).
    void setAutosaveInterval(int ms);
    static QString autosaveDirectory();
    QString autosavePath() const { return m_autosavePath; }
    bool autosaveNow();
    struct Orphan
    {
        QString autosavePath;
        QString originalPath;
        QDateTime savedAt;
    };
    static QList<Orphan> orphanedAutosaves();
    bool offerRecovery(); // true when a crashed session's edits were restored

signals:
    void projectReplaced(const hookmail::Project &project); // New/Open/recovery: rebuild the UI
    void dirtyChanged(bool dirty);
    void titleChanged(const QString &title);
    void recentFilesChanged();

private:
    void replace(const Project &project, const Project &saved, const QString &path);
    void notifyState();
    void removeAutosave();
    bool ensureLock();

    Settings *m_settings;
    DocumentPrompter *m_prompter;
    Project m_project;
    Project m_saved;
    QString m_filePath;
    QString m_untitledName;
    bool m_lastDirty = false;
    QString m_lastTitle;

    QTimer m_autosaveTimer;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_lock;
    quint64 m_editGeneration = 0;
    quint64 m_autosavedGeneration = 0;
};

} // namespace hookmail
