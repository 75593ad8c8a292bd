#include "ory/OryPane.h"

#include "core/common/Settings.h"
#include "core/ory/HookPlan.h"
#include "core/ory/OryProjectClient.h"
#include "core/ory/PushSnapshots.h"
#include "core/ory/WebHook.h"
#include "core/secrets/KeyProvider.h"
#include "core/secrets/SecretStore.h"
#include "session/DocumentPrompter.h"
#include "ui_OryPane.h"

#include <QLocale>
#include <utility>

namespace hookmail {

OryPane::OryPane(SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OryPane>()), m_secrets(secrets),
      m_client(new OryProjectClient(this))
{
    m_ui->setupUi(this);
    m_change = std::make_unique<OryChange>(
        oryChangeIo(m_client, [this] { return m_oryKey; }),
        [this](const OryChangeReview &r, std::function<void(OryReviewAnswer)> answer) {
            review(r, std::move(answer));
        });
    connect(m_change.get(), &OryChange::projectRead, this, &OryPane::showProject);
    connect(m_change.get(), &OryChange::busyChanged, this, &OryPane::setBusy);
    connect(m_change.get(), &OryChange::finished, this, &OryPane::changeFinished);
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
    connect(m_ui->nextButton, &QPushButton::clicked, this, &OryPane::next);
    connect(m_ui->backButton, &QPushButton::clicked, this, &OryPane::back);
    m_ui->nextButton->setObjectName(QStringLiteral("oryNextButton"));
    m_ui->backButton->setObjectName(QStringLiteral("oryBackButton"));
    updateSteps();
    connect(m_ui->findingsList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->fixButton->setEnabled(row >= 0 && row < m_findings.size() && !m_findings[row].fix.isNone());
    });
    connect(m_ui->keyLineEdit, &QLineEdit::textChanged, this, [this](const QString &key) {
        const QString warning = oryKeyWarning(key);
        m_ui->keyLineEdit->setToolTip(warning);
        if (!key.isEmpty() && !warning.isEmpty())
            setStatus(warning, true);
        else if (m_keyWarningShown)
            setStatus({}); // the warning no longer applies
        m_keyWarningShown = !key.isEmpty() && !warning.isEmpty();
        if (KeyProvider *keys = KeyProvider::of(m_secrets)) // typed, maybe not saved: this run's value
            keys->setRunOnlyKey(SecretStore::Slot::OryWorkspaceKey, key);
    });
    showMandrillKeyRow(false);
    if (KeyProvider *keys = KeyProvider::of(m_secrets)) {
        keys->key(SecretStore::Slot::OryWorkspaceKey, this, [this](Result<ResolvedSecret> r) {
            if (r && m_ui->keyLineEdit->text().isEmpty())
                m_ui->keyLineEdit->setText(r->value);
        });
        // The Mandrill key is asked for here only when Hookmail has none yet (the pushed hook needs it).
        keys->key(SecretStore::Slot::MandrillKey, this, [this](Result<ResolvedSecret> r) {
            showMandrillKeyRow(!r && r.error().is(ErrorCode::NoKey));
        });
    }
}

OryPane::~OryPane() = default;

int OryPane::step() const
{
    return m_ui->steps->currentIndex();
}

void OryPane::goToStep(int step)
{
    m_ui->steps->setCurrentIndex(qBound(0, step, int(PublishStep)));
    updateSteps();
}

void OryPane::updateSteps()
{
    const QStringList names{tr("1 Key"), tr("2 Project"), tr("3 Will it fire?"), tr("4 Review and publish")};
    QStringList shown;
    for (int i = 0; i < names.size(); ++i)
        shown << (i == step() ? QString(u"<b>" + names[i].toHtmlEscaped() + u"</b>")
                              : names[i].toHtmlEscaped());
    m_ui->stepsLabel->setText(shown.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    m_ui->backButton->setEnabled(step() > KeyStep);
    if (step() == PublishStep && m_hasAction) {
        QStringList moments;
        for (const HookPoint &p : std::as_const(m_action.hookPoints)) {
            QString name =
                p.plainName(); // "After sign-up with Google/GitHub" → "after sign-up with Google/GitHub"
            if (!name.isEmpty())
                name[0] = name[0].toLower();
            moments << name;
        }
        const QString project = m_oryProject ? m_oryProject->name : currentProjectId();
        m_ui->publishSummary->setText(
            moments.isEmpty()
                ? tr("“%1” is not attached to any moment yet: choose when it is sent under the email list.")
                      .arg(m_action.name)
                : tr("“%1” goes into the project “%2”, sent %3.")
                      .arg(m_action.name, project, QLocale().createSeparatedList(moments)));
    }
    m_ui->nextButton->setVisible(step() < PublishStep);
}

void OryPane::back()
{
    m_advanceOnFetch = false;
    goToStep(step() - 1);
}

void OryPane::showMandrillKeyRow(bool show)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->mandrillKeyCaption), static_cast<QWidget *>(m_ui->mandrillKeyLineEdit),
          static_cast<QWidget *>(m_ui->mandrillKeyNote)})
        w->setVisible(show);
}

void OryPane::next()
{
    switch (step()) {
    case KeyStep:
        if (m_ui->keyLineEdit->text().trimmed().isEmpty())
            return setStatus(tr("Enter the workspace API key first."), true);
        if (!m_ui->mandrillKeyLineEdit->isHidden()) {
            const QString mandrillKey = m_ui->mandrillKeyLineEdit->text().trimmed();
            if (mandrillKey.isEmpty())
                return setStatus(tr("Enter the Mandrill key too: the published hook sends with it."), true);
            if (KeyProvider *keys = KeyProvider::of(m_secrets)) // used at once, whatever the keychain says
                keys->setRunOnlyKey(SecretStore::Slot::MandrillKey, mandrillKey);
            if (m_secrets)
                m_secrets->write(SecretStore::Slot::MandrillKey, mandrillKey, [this](Status s) {
                    if (!s)
                        setStatus(s.error().message, true);
                });
        }
        saveKey();
        loadWorkspaces();
        return goToStep(ProjectStep);
    case ProjectStep:
        if (currentProjectId().isEmpty())
            return setStatus(tr("Choose a project first."), true);
        m_advanceOnFetch = true;
        return fetchProject();
    case FireStep:
        return goToStep(PublishStep);
    default:
        return;
    }
}

void OryPane::setAction(const Action &action)
{
    m_action = action;
    m_hasAction = true;
    showFindings();
    updateSteps();
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
          static_cast<QWidget *>(m_ui->loadWorkspacesButton), static_cast<QWidget *>(m_ui->nextButton)})
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
            const bool advance = std::exchange(m_advanceOnFetch, false);
            if (!r)
                return setStatus(r.error().message, true);
            showProject(r.value());
            setStatus(tr("Read “%1”, revision %2.").arg(r->name, r->revisionId));
            if (advance)
                goToStep(FireStep);
            emit projectFetched(r->id);
        });
    });
}

void OryPane::showProject(const OryProject &project)
{
    m_oryProject = project;
    emit projectConfigRead(project.name, project.identityConfig);
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
    m_findings.clear();
    if (!m_oryProject || !m_hasAction)
        return;
    m_findings = analyseFiring(m_oryProject->identityConfig, m_action);
    for (const FireFinding &f : std::as_const(m_findings)) {
        auto *item =
            new QListWidgetItem(u'[' + severityName(f.severity) + u"] " + f.message, m_ui->findingsList);
        if (f.severity == FireFinding::Severity::Error)
            item->setForeground(QBrush(QColor(0xb0, 0x00, 0x20)));
    }
}

void OryPane::applyFix()
{
    const int row = m_ui->findingsList->currentRow();
    if (row < 0 || row >= m_findings.size() || !m_oryProject)
        return;
    const FireFix fix = m_findings[row].fix;
    if (fix.kind == FireFix::Kind::SetIgnore)
        return setStatus(tr("Turn on “ignore the response” in the action's settings."));
    if (const auto points = hookPointsAfterFix(fix, m_action.hookPoints, m_oryProject->identityConfig))
        emit hookPointsChangeRequested(*points);
}

QStringList OryPane::secretsNow() const
{
    QStringList secrets;
    if (!m_oryKey.isEmpty())
        secrets.append(m_oryKey);
    if (!m_mandrillKey.isEmpty())
        secrets.append(m_mandrillKey);
    return secrets;
}

void OryPane::runChange(OryChangeRequest request)
{
    request.secrets = secretsNow();
    m_change->start(std::move(request)); // refused while one runs (its buttons are disabled then anyway)
}

void OryPane::review(const OryChangeReview &review, std::function<void(OryReviewAnswer)> answer)
{
    if (review.round > 1)
        setStatus(tr("The project changed in the meantime; nothing was overwritten. Here is the change "
                     "against the project as it is now."));
    if (!m_prompter) // nothing is sent unseen
        return answer(OryReviewAnswer::Decline);
    m_prompter->reviewChange(review, std::move(answer));
}

void OryPane::changeFinished(const OryChangeOutcome &outcome)
{
    using Kind = OryChangeOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Sent: {
        QString text = tr("Published. The project is now at revision %1. If something is wrong, Roll back "
                          "restores the project as it was before.")
                           .arg(outcome.update.project.revisionId);
        for (const OryWarning &w : outcome.update.warnings)
            text += u'\n' + tr("Ory warning %1: %2").arg(w.code).arg(w.message);
        for (const QString &notice : outcome.notices)
            text += u'\n' + notice;
        setStatus(text);
        showProject(outcome.update.project);
        emit changeSent(outcome.update.project.revisionId);
        return;
    }
    case Kind::Unchanged: {
        QString text = tr("Nothing to change: the project already has exactly this.");
        for (const PlanFinding &f : outcome.plan->findings)
            text += u'\n' + f.message;
        return setStatus(text);
    }
    case Kind::Declined:
    case Kind::ConflictDeclined:
    case Kind::DryRun:
        return setStatus(tr("Nothing was sent."));
    case Kind::Failed:
        if (outcome.failedAt == OryChangeOutcome::Stage::Verify)
            showProject(outcome.update.project); // what Ory really holds now
        return setStatus(outcome.error.message, true);
    }
}

void OryPane::push()
{
    if (!m_hasAction)
        return setStatus(tr("Open an action first."), true);
    withKeys([this] {
        if (m_mandrillKey.isEmpty())
            return setStatus(tr("Set the Mandrill key first: Hookmail adds it to the pushed hook."), true);
        const Action action = m_action;
        const QJsonObject hook = webHookJson(action, WebHookOptions{m_mandrillKey, true, {}});
        const PushOptions options{m_ui->moveGenericCheck->isChecked()};
        OryChangeRequest request;
        request.title = tr("Push “%1”").arg(action.name);
        request.projectId = currentProjectId();
        request.plan = [hook, options, action](const OryProject &p) {
            return planPush(p.identityConfig, action, hook, options);
        };
        request.snapshotReason = QStringLiteral("push");
        request.hookId = action.hookId;
        request.actionName = action.name;
        runChange(std::move(request));
    });
}

void OryPane::remove()
{
    if (!m_hasAction)
        return setStatus(tr("Open an action first."), true);
    withKeys([this] {
        OryChangeRequest request;
        request.title = tr("Remove “%1”").arg(m_action.name);
        request.projectId = currentProjectId();
        request.plan = [hookId = m_action.hookId](const OryProject &p) {
            return planRemoval(p.identityConfig, hookId);
        };
        request.snapshotReason = QStringLiteral("remove");
        request.hookId = m_action.hookId;
        request.actionName = m_action.name;
        runChange(std::move(request));
    });
}

void OryPane::rollback()
{
    const QString id = currentProjectId();
    auto snapshot = PushSnapshots().latest(id);
    if (!snapshot)
        return setStatus(snapshot.error().message, true);
    withKeys([this, id, snapshot = snapshot.value()] {
        OryChangeRequest request;
        request.title = tr("Roll back to %1").arg(snapshot.takenAt.toLocalTime().toString(Qt::TextDate));
        request.projectId = id;
        request.plan = [snapshot, key = m_mandrillKey](const OryProject &p) {
            return planRollback(p.identityConfig, snapshot, key);
        };
        request.restoring = snapshot;
        runChange(std::move(request));
    });
}

} // namespace hookmail
