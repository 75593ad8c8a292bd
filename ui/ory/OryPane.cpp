#include "ory/OryPane.h"

#include "core/common/Settings.h"
#include "core/ory/FireAnalysis.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/WebHook.h"
#include "core/secrets/KeyProvider.h"
#include "core/secrets/SecretStore.h"
#include "ory/PatchReviewDialog.h"
#include "ui_OryPane.h"

#include <QFile>
#include <QMessageBox>

namespace hookmail {

OryPane::OryPane(SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OryPane>()), m_secrets(secrets),
      m_client(new OryProjectClient(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("oryPane"));
    m_ui->hooksTree->setHeaderHidden(true);
    setBaseUrl(Settings().oryBaseUrl());
    m_ui->pushButton->setToolTip(tr("Shows the change first; nothing is sent until you confirm."));
    connect(m_ui->saveKeyButton, &QPushButton::clicked, this, &OryPane::saveKey);
    connect(m_ui->loadWorkspacesButton, &QPushButton::clicked, this, &OryPane::loadWorkspaces);
    connect(m_ui->workspaceCombo, &QComboBox::activated, this,
            [this](int index) { loadProjects(m_ui->workspaceCombo->itemData(index).toString()); });
    connect(m_ui->fetchProjectButton, &QPushButton::clicked, this, &OryPane::fetchProject);
    connect(m_ui->pushButton, &QPushButton::clicked, this, &OryPane::push);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OryPane::remove);
    connect(m_ui->rollbackButton, &QPushButton::clicked, this, &OryPane::rollback);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &OryPane::applyFix);
    connect(m_ui->findingsList, &QListWidget::currentRowChanged, this, [this](int row) {
        const QListWidgetItem *item = m_ui->findingsList->item(row);
        m_ui->fixButton->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(m_ui->keyLineEdit, &QLineEdit::textChanged, this, [this](const QString &key) {
        const QString warning = oryKeyWarning(key);
        m_ui->keyLineEdit->setToolTip(warning);
        if (!key.isEmpty() && !warning.isEmpty())
            setStatus(warning, true);
        if (KeyProvider *keys = KeyProvider::of(m_secrets)) // typed, maybe not saved: this run's value
            keys->setRunOnlyKey(SecretStore::Slot::OryWorkspaceKey, key);
    });
    if (KeyProvider *keys = KeyProvider::of(m_secrets)) {
        keys->key(SecretStore::Slot::OryWorkspaceKey, this, [this](Result<ResolvedSecret> r) {
            if (r && m_ui->keyLineEdit->text().isEmpty())
                m_ui->keyLineEdit->setText(r->value);
        });
    }
}

OryPane::~OryPane() = default;

void OryPane::setAction(const Action &action)
{
    m_action = action;
    m_hasAction = true;
    showFindings();
}

void OryPane::setProject(const Project &project)
{
    m_project = project;
    if (!project.oryProjectId.isEmpty() && m_ui->projectCombo->currentText().isEmpty())
        m_ui->projectCombo->setEditText(project.oryProjectId);
}

void OryPane::setBaseUrl(const QString &url)
{
    m_client->setBaseUrl(url);
    m_ui->baseUrlLabel->setText(url);
    const QString problem = checkApiBaseUrl(url);
    if (!problem.isEmpty())
        setStatus(problem, true);
}

QString OryPane::statusText() const
{
    return m_ui->statusLabel->text();
}

void OryPane::setStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void OryPane::setBusy(bool busy)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->pushButton), static_cast<QWidget *>(m_ui->removeButton),
          static_cast<QWidget *>(m_ui->rollbackButton), static_cast<QWidget *>(m_ui->fetchProjectButton),
          static_cast<QWidget *>(m_ui->loadWorkspacesButton)})
        w->setEnabled(!busy);
    emit busyChanged(busy);
}

QString OryPane::currentProjectId() const
{
    const int index = m_ui->projectCombo->currentIndex();
    const QString text = m_ui->projectCombo->currentText().trimmed();
    if (index >= 0 && m_ui->projectCombo->itemText(index) == text &&
        !m_ui->projectCombo->itemData(index).isNull())
        return m_ui->projectCombo->itemData(index).toString();
    return text;
}

void OryPane::saveKey()
{
    if (!m_secrets)
        return;
    m_secrets->write(SecretStore::Slot::OryWorkspaceKey, m_ui->keyLineEdit->text().trimmed(),
                     [this](Status s) {
                         setStatus(s ? tr("The workspace key is stored in %1.").arg(m_secrets->backendName())
                                     : s.error().message,
                                   !s);
                     });
}

// Takes the workspace key from the key field (the calls pass it) and asks the KeyProvider for the Mandrill
// key (needed in pushed bodies), then runs `next`.
void OryPane::withKeys(std::function<void()> next)
{
    m_oryKey = m_ui->keyLineEdit->text().trimmed();
    KeyProvider *keys = KeyProvider::of(m_secrets);
    if (!keys) {
        next();
        return;
    }
    keys->key(SecretStore::Slot::MandrillKey, this, [this, next](Result<ResolvedSecret> r) {
        m_mandrillKey = r ? r->value : QString();
        next();
    });
}

void OryPane::loadWorkspaces()
{
    withKeys([this] {
        setBusy(true);
        m_client->listWorkspaces(m_oryKey, [this](Result<QList<OryWorkspace>> r) {
            setBusy(false);
            if (!r)
                return setStatus(r.error().message, true);
            m_ui->workspaceCombo->clear();
            for (const OryWorkspace &w : r.value())
                m_ui->workspaceCombo->addItem(w.name.isEmpty() ? w.id : w.name, w.id);
            setStatus(tr("%n workspace(s).", nullptr, int(r->size())));
            if (!r->isEmpty())
                loadProjects(r->first().id);
        });
    });
}

void OryPane::loadProjects(const QString &workspaceId)
{
    setBusy(true);
    m_client->listWorkspaceProjects(m_oryKey, workspaceId, [this](Result<QList<OryProjectSummary>> r) {
        setBusy(false);
        if (!r)
            return setStatus(r.error().message, true);
        const QString typed = m_ui->projectCombo->currentText();
        m_ui->projectCombo->clear();
        for (const OryProjectSummary &p : r.value())
            m_ui->projectCombo->addItem(p.name + u" (" + p.slug + u')', p.id);
        if (r->isEmpty())
            m_ui->projectCombo->setEditText(typed);
    });
}

void OryPane::fetchProject()
{
    const QString id = currentProjectId();
    withKeys([this, id] {
        setBusy(true);
        setStatus(tr("Reading the project…"));
        m_client->getProject(m_oryKey, id, [this](Result<OryProject> r) {
            setBusy(false);
            if (!r)
                return setStatus(r.error().message, true);
            showProject(r.value());
            setStatus(tr("Read “%1”, revision %2.").arg(r->name, r->revisionId));
            emit projectFetched(r->id);
        });
    });
}

void OryPane::showProject(const OryProject &project)
{
    m_oryProject = project;
    m_ui->hooksTree->clear();
    QStringList secrets;
    if (!m_mandrillKey.isEmpty())
        secrets.append(m_mandrillKey);
    for (const HookOverviewEntry &e : hookOverview(project.identityConfig, secrets)) {
        auto *list = new QTreeWidgetItem(m_ui->hooksTree, {e.label + u" — " + e.plainName});
        if (!e.effective) {
            list->setText(0, list->text(0) + u" [" + e.note + u']');
            list->setForeground(0, QBrush(Qt::gray));
        }
        for (qsizetype i = 0; i < e.hooks.size(); ++i) {
            auto *hook = new QTreeWidgetItem(list, {e.hooks[i]});
            if (!e.bodies.value(i).isEmpty()) {
                hook->setToolTip(0, e.bodies[i]);
                new QTreeWidgetItem(hook, {e.bodies[i]});
            }
        }
        list->setExpanded(true);
    }
    showFindings();
}

void OryPane::showFindings()
{
    m_ui->findingsList->clear();
    if (!m_oryProject || !m_hasAction)
        return;
    for (const FireFinding &f : analyseFiring(m_oryProject->identityConfig, m_action)) {
        auto *item =
            new QListWidgetItem(u'[' + severityName(f.severity) + u"] " + f.message, m_ui->findingsList);
        item->setData(Qt::UserRole, f.fix);
        if (f.severity == FireFinding::Severity::Error)
            item->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
    }
}

void OryPane::applyFix()
{
    const QListWidgetItem *item = m_ui->findingsList->currentItem();
    if (!item || !m_oryProject)
        return;
    const QString fix = item->data(Qt::UserRole).toString();
    QStringList points;
    for (const HookPoint &p : m_action.hookPoints)
        points.append(p.toString());
    if (fix.startsWith(u"add-method:")) {
        points.append(fix.mid(11));
    } else if (fix.startsWith(u"move-to-method-lists:")) {
        const QString flow = fix.mid(21);
        points.removeAll(flow + u"/after");
        for (const HookList &l :
             methodListsOf(m_oryProject->identityConfig, HookPoint::parse(flow + u"/after")->flow))
            if (!l.hooks.isEmpty() && !points.contains(l.label))
                points.append(l.label);
    } else if (fix == u"set-ignore") {
        setStatus(tr("Turn on “ignore the response” in the action's settings."));
        return;
    }
    emit hookPointsChangeRequested(points);
}

void OryPane::reviewAndSend(const QString &title, const HookPlan &plan, const QString &reason,
                            std::function<Result<HookPlan>(const OryProject &)> replan,
                            std::function<void()> onSent)
{
    const OryProject project = *m_oryProject;
    QStringList secrets{m_oryKey};
    if (!m_mandrillKey.isEmpty())
        secrets.append(m_mandrillKey);
    if (plan.isEmpty()) {
        QString text = tr("Nothing to change: the project already has exactly this.");
        for (const PlanFinding &f : plan.findings)
            text += u'\n' + f.message;
        return setStatus(text);
    }
    const QString diff = planDiffText(plan, secrets);
    const bool confirmed = m_reviewer ? m_reviewer(title, diff) : [&] {
        PatchReviewDialog dialog(
            title,
            tr("Project “%1”, revision %2. Only these hook lists change; review and confirm.")
                .arg(project.name, project.revisionId),
            diff, this);
        return dialog.exec() == QDialog::Accepted;
    }();
    if (!confirmed)
        return setStatus(tr("Nothing was sent."));
    std::optional<QString> snapshotPath;
    if (!reason.isEmpty()) {
        auto saved = PushSnapshots().save(
            snapshotOf(plan, project.id, project.revisionId, reason, m_action.hookId, m_action.name, secrets),
            secrets);
        if (!saved)
            return setStatus(saved.error().message, true);
        snapshotPath = saved.value();
    }
    setBusy(true);
    m_client->patchProjectWithRevision(
        m_oryKey, project.id, project.revisionId, plan.patch,
        [this, title, snapshotPath, replan, onSent, reason](Result<OryProjectUpdate> r) {
            setBusy(false);
            if (!r) {
                if (snapshotPath)
                    QFile::remove(*snapshotPath);
                setStatus(r.error().message, true);
                if (r.error().code != u"conflict")
                    return;
                // Re-read, show the new difference, let the user decide again.
                m_client->getProject(m_oryKey, m_oryProject->id,
                                     [this, title, replan, onSent, reason](Result<OryProject> fresh) {
                                         if (!fresh)
                                             return setStatus(fresh.error().message, true);
                                         showProject(fresh.value());
                                         auto again = replan(fresh.value());
                                         if (!again)
                                             return setStatus(again.error().message, true);
                                         setStatus(tr("The project changed in the meantime; nothing was "
                                                      "overwritten. Here is the change "
                                                      "against the project as it is now."));
                                         reviewAndSend(title, again.value(), reason, replan, onSent);
                                     });
                return;
            }
            QString text = tr("Sent. The project is now at revision %1.").arg(r->project.revisionId);
            for (const OryWarning &w : r->warnings)
                text += u'\n' + tr("Ory warning %1: %2").arg(w.code).arg(w.message);
            setStatus(text);
            showProject(r->project);
            onSent();
            emit changeSent(r->project.revisionId);
        });
}

void OryPane::push()
{
    if (!m_hasAction)
        return setStatus(tr("Open an action first."), true);
    withKeys([this] {
        if (m_mandrillKey.isEmpty())
            return setStatus(tr("Set the Mandrill key first: Hookmail adds it to the pushed hook."), true);
        const QString id = currentProjectId();
        setBusy(true);
        m_client->getProject(m_oryKey, id, [this](Result<OryProject> r) {
            setBusy(false);
            if (!r)
                return setStatus(r.error().message, true);
            showProject(r.value());
            const QJsonObject hook = webHookJson(m_action, WebHookOptions{m_mandrillKey, true, {}});
            const PushOptions options{m_ui->moveGenericCheck->isChecked()};
            const Action action = m_action;
            auto replan = [hook, options, action](const OryProject &p) {
                return planPush(p.identityConfig, action, hook, options);
            };
            auto plan = replan(r.value());
            if (!plan)
                return setStatus(plan.error().message, true);
            reviewAndSend(tr("Push “%1”").arg(m_action.name), plan.value(), QStringLiteral("push"), replan,
                          [] {});
        });
    });
}

void OryPane::remove()
{
    if (!m_hasAction)
        return setStatus(tr("Open an action first."), true);
    withKeys([this] {
        setBusy(true);
        m_client->getProject(m_oryKey, currentProjectId(), [this](Result<OryProject> r) {
            setBusy(false);
            if (!r)
                return setStatus(r.error().message, true);
            showProject(r.value());
            const QString hookId = m_action.hookId;
            auto replan = [hookId](const OryProject &p) { return planRemoval(p.identityConfig, hookId); };
            auto plan = replan(r.value());
            if (!plan)
                return setStatus(plan.error().message, true);
            reviewAndSend(tr("Remove “%1”").arg(m_action.name), plan.value(), QStringLiteral("remove"),
                          replan, [] {});
        });
    });
}

void OryPane::rollback()
{
    const QString id = currentProjectId();
    PushSnapshots store;
    auto snapshot = store.latest(id);
    if (!snapshot)
        return setStatus(snapshot.error().message, true);
    withKeys([this, id, snapshot = snapshot.value()] {
        setBusy(true);
        m_client->getProject(m_oryKey, id, [this, snapshot](Result<OryProject> r) {
            setBusy(false);
            if (!r)
                return setStatus(r.error().message, true);
            showProject(r.value());
            const QString key = m_mandrillKey;
            auto replan = [snapshot, key](const OryProject &p) {
                return planRollback(p.identityConfig, snapshot, key);
            };
            auto plan = replan(r.value());
            if (!plan)
                return setStatus(plan.error().message, true);
            reviewAndSend(tr("Roll back to %1").arg(snapshot.takenAt.toLocalTime().toString(Qt::TextDate)),
                          plan.value(), QString(), replan,
                          [snapshot] { PushSnapshots().markRolledBack(snapshot); });
        });
    });
}

} // namespace hookmail
