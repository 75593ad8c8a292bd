#include "session/DocumentController.h"

#include "core/common/Settings.h"
#include "core/model/ProjectFile.h"
#include "session/DocumentPrompter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace hookmail {

namespace {
constexpr int kDefaultAutosaveMs = 5000;
const QString kAutosaveSuffix = QStringLiteral(".hookmail-autosave");

QString lockPathFor(const QString &autosavePath)
{
    return autosavePath.chopped(kAutosaveSuffix.size()) + u".lock";
}
} // namespace

DocumentController::DocumentController(Settings *settings, DocumentPrompter *prompter, QObject *parent)
    : QObject(parent), m_settings(settings), m_prompter(prompter), m_untitledName(tr("Untitled"))
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(kDefaultAutosaveMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentController::autosaveNow);
    m_autosavePath =
        autosaveDirectory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + kAutosaveSuffix;
}

DocumentController::~DocumentController()
{
    removeAutosave();
    if (m_lock) {
        m_lock->unlock();
        QFile::remove(lockPathFor(m_autosavePath));
    }
}

QString DocumentController::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/autosave";
}

void DocumentController::setAutosaveInterval(int ms)
{
    m_autosaveTimer.setInterval(ms);
}

QString DocumentController::displayName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

QString DocumentController::windowTitle() const
{
    return tr("%1%2 — Hookmail").arg(displayName(), isDirty() ? QStringLiteral("*") : QString());
}

QStringList DocumentController::recentFiles() const
{
    return m_settings->recentFiles();
}

void DocumentController::notifyState()
{
    const bool dirty = isDirty();
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
    const QString title = windowTitle();
    if (title != m_lastTitle) {
        m_lastTitle = title;
        emit titleChanged(title);
    }
}

void DocumentController::setProject(const Project &project)
{
    if (project == m_project)
        return;
    m_project = project;
    ++m_editGeneration;
    if (isDirty()) {
        if (!m_autosaveTimer.isActive())
            m_autosaveTimer.start();
    } else {
        removeAutosave(); // back to what is on disk: nothing to recover
    }
    notifyState();
}

void DocumentController::replace(const Project &project, const Project &saved, const QString &path)
{
    m_project = project;
    m_saved = saved;
    m_filePath = path;
    ++m_editGeneration;
    removeAutosave();
    emit projectReplaced(m_project);
    notifyState();
}

void DocumentController::startFirstDocument()
{
    if (offerRecovery())
        return;
    const Project project = defaultProject();
    replace(project, project, {});
}

bool DocumentController::newDocument()
{
    if (!maybeClose())
        return false;
    Project project = defaultProject();
    Action action = newAction(tr("Welcome email"));
    if (!project.actions.isEmpty())
        action.hookPoints = project.actions.first().hookPoints;
    project.actions = {action};
    replace(project, project, {});
    return true;
}

bool DocumentController::open(const QString &givenPath)
{
    if (!maybeClose())
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
        path = m_prompter->askOpenPath(dir);
        if (path.isEmpty())
            return false;
    }
    const bool isTemplate = path.endsWith(u".jsonnet", Qt::CaseInsensitive);
    Result<Project> loaded = isTemplate ? ProjectFile::loadTemplateFile(path) : ProjectFile::load(path);
    if (!loaded) {
        m_prompter->showError(tr("Could not open the project"), loaded.error());
        return false;
    }
    if (isTemplate) {
        // A bare template becomes a new, unsaved project; its file is never overwritten by Save.
        m_untitledName = QFileInfo(path).completeBaseName();
        replace(loaded.value(), Project{}, {});
        return true;
    }
    m_untitledName = tr("Untitled");
    replace(loaded.value(), loaded.value(), QFileInfo(path).absoluteFilePath());
    m_settings->addRecentFile(m_filePath);
    m_settings->setLastProject(m_filePath);
    emit recentFilesChanged();
    return true;
}

bool DocumentController::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    const Status status = ProjectFile::save(m_filePath, m_project);
    if (!status) {
        m_prompter->showError(tr("Could not save the project"), status.error());
        return false;
    }
    m_saved = m_project;
    removeAutosave();
    m_settings->addRecentFile(m_filePath);
    m_settings->setLastProject(m_filePath);
    emit recentFilesChanged();
    notifyState();
    return true;
}

bool DocumentController::saveAs(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath();
        path = m_prompter->askSavePath(
            dir + u'/' +
            (m_filePath.isEmpty() ? m_untitledName + u".hookmail" : QFileInfo(m_filePath).fileName()));
        if (path.isEmpty())
            return false;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += u".hookmail";
    const QString previous = m_filePath;
    m_filePath = QFileInfo(path).absoluteFilePath();
    if (!save()) {
        m_filePath = previous;
        return false;
    }
    return true;
}

bool DocumentController::maybeClose()
{
    if (!isDirty())
        return true;
    switch (m_prompter->askSaveChanges(displayName())) {
    case DocumentPrompter::SaveChoice::Save:
        return save();
    case DocumentPrompter::SaveChoice::Discard:
        m_project = m_saved; // nothing left to autosave or recover
        removeAutosave();
        notifyState();
        return true;
    case DocumentPrompter::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool DocumentController::ensureLock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(autosaveDirectory()))
        return false;
    auto lock = std::make_unique<QLockFile>(lockPathFor(m_autosavePath));
    lock->setStaleLockTime(0); // only a dead process makes a lock stale, never its age
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool DocumentController::autosaveNow()
{
    if (!isDirty() || m_autosavedGeneration == m_editGeneration)
        return !isDirty() || QFile::exists(m_autosavePath);
    if (!ensureLock())
        return false;
    const QJsonObject envelope{
        {QStringLiteral("hookmailAutosave"), 1},
        {QStringLiteral("originalPath"), m_filePath},
        {QStringLiteral("documentName"), displayName()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("project"), projectToJson(m_project)}};
    QSaveFile file(m_autosavePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return false;
    m_autosavedGeneration = m_editGeneration;
    return true;
}

void DocumentController::removeAutosave()
{
    m_autosaveTimer.stop();
    QFile::remove(m_autosavePath);
    m_autosavedGeneration = 0;
}

QList<DocumentController::Orphan> DocumentController::orphanedAutosaves()
{
    QList<Orphan> orphans;
    const QDir dir(autosaveDirectory());
    for (const QFileInfo &info : dir.entryInfoList({u'*' + kAutosaveSuffix}, QDir::Files)) {
        // A live session holds its lock; a crashed or killed one left a stale (or no) lock.
        QLockFile lock(lockPathFor(info.absoluteFilePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        Orphan orphan;
        orphan.autosavePath = info.absoluteFilePath();
        orphan.originalPath = envelope.value(u"originalPath").toString();
        orphan.savedAt = QDateTime::fromString(envelope.value(u"savedAt").toString(), Qt::ISODate);
        if (!orphan.savedAt.isValid())
            orphan.savedAt = info.lastModified();
        orphans.append(orphan);
    }
    std::sort(orphans.begin(), orphans.end(),
              [](const Orphan &a, const Orphan &b) { return a.savedAt > b.savedAt; });
    return orphans;
}

bool DocumentController::offerRecovery()
{
    for (const Orphan &orphan : orphanedAutosaves()) {
        QFile file(orphan.autosavePath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject envelope = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        const Result<Project> project = projectFromJson(envelope.value(u"project").toObject());
        const QString name = envelope.value(u"documentName").toString(tr("Untitled"));
        if (!project) { // unreadable: nothing to offer
            QFile::remove(orphan.autosavePath);
            continue;
        }
        if (!m_prompter->askRecover(name, orphan.savedAt.toLocalTime())) {
            QFile::remove(orphan.autosavePath);
            QFile::remove(lockPathFor(orphan.autosavePath));
            continue;
        }
        // What is on disk now is the "saved" state, so the recovered edits show as unsaved.
        Project saved;
        QString path;
        if (!orphan.originalPath.isEmpty() && QFileInfo::exists(orphan.originalPath)) {
            if (Result<Project> onDisk = ProjectFile::load(orphan.originalPath)) {
                saved = onDisk.value();
                path = orphan.originalPath;
            }
        }
        if (path.isEmpty())
            m_untitledName = name;
        replace(project.value(), saved, path);
        // Keep the edits safe under this session's name before dropping the crashed one's file.
        autosaveNow();
        QFile::remove(orphan.autosavePath);
        QFile::remove(lockPathFor(orphan.autosavePath));
        return true;
    }
    return false;
}

} // namespace hookmail
