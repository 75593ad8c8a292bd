#include "project/ActionListPane.h"

#include "session/DocumentPrompter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace hookmail {

ActionListPane::ActionListPane(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_points(new QTreeWidget(this)),
      m_pointDescription(new QLabel(this)), m_addButton(new QToolButton(this)),
      m_duplicateButton(new QToolButton(this)), m_renameButton(new QToolButton(this)),
      m_deleteButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("actionListPane"));
    m_factory = [](const QString &name) {
        Action a;
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.hookId = u"hookmail-" + a.id;
        a.name = name;
        a.mode = EditMode::Design;
        return a;
    };

    m_list->setObjectName(QStringLiteral("actionList"));
    m_list->setAccessibleName(tr("Emails in this project"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_points->setObjectName(QStringLiteral("hookPointList"));
    m_points->setAccessibleName(tr("When this email is sent"));
    m_points->setHeaderHidden(true);
    m_points->setRootIsDecorated(true);
    m_points->setWordWrap(true);
    m_points->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pointDescription->setObjectName(QStringLiteral("hookPointDescription"));
    m_pointDescription->setWordWrap(true);
    m_pointDescription->setTextFormat(Qt::PlainText);

    auto setupButton = [this](QToolButton *b, const QString &name, const QString &text, const QString &tip,
                              QStyle::StandardPixmap icon) {
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setIcon(style()->standardIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
    };
    setupButton(m_addButton, QStringLiteral("addActionButton"), tr("Add"), tr("Add an email"),
                QStyle::SP_FileIcon);
    setupButton(m_duplicateButton, QStringLiteral("duplicateActionButton"), tr("Duplicate"),
                tr("Duplicate the selected email"), QStyle::SP_FileDialogNewFolder);
    setupButton(m_renameButton, QStringLiteral("renameActionButton"), tr("Rename"),
                tr("Rename the selected email (F2)"), QStyle::SP_FileDialogDetailedView);
    setupButton(m_deleteButton, QStringLiteral("deleteActionButton"), tr("Delete"),
                tr("Delete the selected email"), QStyle::SP_TrashIcon);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_renameButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);

    auto *pointsTitle = new QLabel(tr("<b>When is it sent?</b>"), this);
    pointsTitle->setToolTip(tr("Tick the moments at which Ory sends this email"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addSpacing(6);
    layout->addWidget(pointsTitle);
    layout->addWidget(m_points, 3);
    layout->addWidget(m_pointDescription);

    // Keyboard: F2 renames, Delete deletes (list focused), Ctrl+D duplicates.
    auto shortcut = [this](const QKeySequence &keys, QWidget *scope, auto slot, const QString &name,
                           const QString &text) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(a);
        connect(a, &QAction::triggered, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F2), m_list, &ActionListPane::renameCurrent,
             QStringLiteral("renameEmailAction"), tr("Rename email"));
    shortcut(QKeySequence::Delete, m_list, &ActionListPane::deleteCurrent,
             QStringLiteral("deleteEmailAction"), tr("Delete email"));
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, &ActionListPane::duplicateCurrent,
             QStringLiteral("duplicateEmailAction"), tr("Duplicate email"));
    m_duplicateButton->setToolTip(tr("Duplicate the selected email (Ctrl+D)"));
    m_deleteButton->setToolTip(tr("Delete the selected email (Delete)"));
    connect(m_addButton, &QToolButton::clicked, this, &ActionListPane::addAction);
    connect(m_duplicateButton, &QToolButton::clicked, this, &ActionListPane::duplicateCurrent);
    connect(m_renameButton, &QToolButton::clicked, this, &ActionListPane::renameCurrent);
    connect(m_deleteButton, &QToolButton::clicked, this, &ActionListPane::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        rebuildHookPoints();
        updateButtons();
        if (!m_updating)
            emit currentActionChanged(currentActionId());
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        const int row = m_list->row(item);
        const QString name = item->text().trimmed();
        if (row < 0 || row >= m_actions.size())
            return;
        if (name.isEmpty() || name == m_actions[row].name) {
            m_updating = true;
            item->setText(m_actions[row].name);
            m_updating = false;
            return;
        }
        m_actions[row].name = name;
        emit actionsChanged(m_actions);
    });
    connect(m_points, &QTreeWidget::itemChanged, this, [this] { hookPointsEdited(); });
    connect(m_points, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { describeHookPoint(item); });
    updateButtons();
}

int ActionListPane::currentIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_actions.size() ? row : -1;
}

QString ActionListPane::currentActionId() const
{
    const int row = currentIndex();
    return row >= 0 ? m_actions.at(row).id : QString();
}

void ActionListPane::setActions(const QList<Action> &actions)
{
    const QString current = currentActionId();
    m_actions = actions;
    rebuildList();
    selectAction(current);
    if (currentIndex() < 0 && !m_actions.isEmpty()) {
        m_updating = true;
        m_list->setCurrentRow(0);
        m_updating = false;
    }
    rebuildHookPoints();
    updateButtons();
}

void ActionListPane::updateAction(const Action &action)
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].id == action.id) {
            const bool pointsChanged = m_actions[i].hookPoints != action.hookPoints;
            const bool nameChanged = m_actions[i].name != action.name;
            m_actions[i] = action;
            if (nameChanged) {
                m_updating = true;
                m_list->item(i)->setText(action.name);
                m_updating = false;
            }
            if (pointsChanged && i == currentIndex())
                rebuildHookPoints();
            return;
        }
    }
}

void ActionListPane::selectAction(const QString &id)
{
    for (int i = 0; i < m_actions.size(); ++i) {
        if (m_actions[i].id == id) {
            m_updating = true;
            m_list->setCurrentRow(i);
            m_updating = false;
            rebuildHookPoints();
            return;
        }
    }
}

void ActionListPane::rebuildList()
{
    m_updating = true;
    m_list->clear();
    for (const Action &a : std::as_const(m_actions)) {
        auto *item = new QListWidgetItem(a.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(Qt::UserRole, a.id);
    }
    m_updating = false;
}

namespace {
// What each method is called where a person chooses it.
QString methodChoice(const QString &method)
{
    if (method == u"password")
        return ActionListPane::tr("Password");
    if (method == u"oidc")
        return ActionListPane::tr("Social (Google, GitHub…)");
    if (method == u"code")
        return ActionListPane::tr("One-time code by email");
    if (method == u"passkey")
        return ActionListPane::tr("Passkey");
    if (method == u"webauthn")
        return ActionListPane::tr("Security key");
    if (method == u"totp")
        return ActionListPane::tr("Authenticator app");
    if (method == u"lookup_secret")
        return ActionListPane::tr("Backup code");
    if (method == u"profile")
        return ActionListPane::tr("Profile details (name, email…)");
    if (method == u"saml")
        return ActionListPane::tr("SAML (Ory Network)");
    return method;
}

QString groupName(HookPoint::Flow flow)
{
    switch (flow) {
    case HookPoint::Flow::Registration:
        return ActionListPane::tr("Sign-up");
    case HookPoint::Flow::Login:
        return ActionListPane::tr("Sign-in");
    case HookPoint::Flow::Settings:
        return ActionListPane::tr("Account settings");
    case HookPoint::Flow::Recovery:
        return ActionListPane::tr("Recovery");
    case HookPoint::Flow::Verification:
        return ActionListPane::tr("Verification");
    }
    return {};
}

// The method and the group as words inside a sentence (translated on their own, because other languages
// cannot lowercase a label: German nouns keep their capital, and "Google" stays a name).
QString methodInSentence(const QString &method)
{
    if (method == u"password")
        return ActionListPane::tr("a password", "method inside a sentence");
    if (method == u"oidc")
        return ActionListPane::tr("a social account (Google, GitHub…)", "method inside a sentence");
    if (method == u"code")
        return ActionListPane::tr("a one-time code by email", "method inside a sentence");
    if (method == u"passkey")
        return ActionListPane::tr("a passkey", "method inside a sentence");
    if (method == u"webauthn")
        return ActionListPane::tr("a security key", "method inside a sentence");
    if (method == u"totp")
        return ActionListPane::tr("an authenticator app", "method inside a sentence");
    if (method == u"lookup_secret")
        return ActionListPane::tr("a backup code", "method inside a sentence");
    if (method == u"saml")
        return ActionListPane::tr("their organization's SAML single sign-on", "method inside a sentence");
    return method;
}

QString groupInSentence(HookPoint::Flow flow)
{
    switch (flow) {
    case HookPoint::Flow::Registration:
        return ActionListPane::tr("sign-up", "group inside a sentence");
    case HookPoint::Flow::Login:
        return ActionListPane::tr("sign-in", "group inside a sentence");
    case HookPoint::Flow::Settings:
        return ActionListPane::tr("change in the account settings", "group inside a sentence");
    case HookPoint::Flow::Recovery:
        return ActionListPane::tr("recovery", "group inside a sentence");
    case HookPoint::Flow::Verification:
        return ActionListPane::tr("verification", "group inside a sentence");
    }
    return {};
}

// One sentence: what the choice means and when, relative to the step, Ory sends the email.
QString stepSentence(const HookPoint &p)
{
    if (p.isGenericList())
        return ActionListPane::tr(
                   "Ory sends it after any %1 for which no method above is ticked anywhere in the "
                   "project; Ory ignores this list as soon as one method has its own list, so "
                   "prefer the methods.")
            .arg(groupInSentence(p.flow));
    const QString method = methodInSentence(p.method);
    switch (p.flow) {
    case HookPoint::Flow::Registration:
        return ActionListPane::tr("Ory sends it right after someone creates an account with %1 — after the "
                                  "step, so the new account is there.")
            .arg(method);
    case HookPoint::Flow::Login:
        return ActionListPane::tr("Ory sends it right after someone signs in with %1 — after the step.")
            .arg(method);
    case HookPoint::Flow::Settings:
        return p.method == u"profile"
                   ? ActionListPane::tr(
                         "Ory sends it right after someone saves changes to their profile — after "
                         "the step, with the new details.")
                   : ActionListPane::tr(
                         "Ory sends it right after someone changes how they sign in with %1 in the "
                         "account settings — after the step.")
                         .arg(method);
    case HookPoint::Flow::Recovery:
        return ActionListPane::tr("Ory sends it right after someone gets back into their account through "
                                  "recovery — after the step.");
    case HookPoint::Flow::Verification:
        return ActionListPane::tr(
            "Ory sends it right after someone confirms an email address — after the step.");
    }
    return {};
}

// The step, and for a list only Ory Network has, who has it.
QString sentence(const HookPoint &p)
{
    const QString step = stepSentence(p);
    if (!p.isOryNetworkOnly())
        return step;
    return step + u' ' +
           ActionListPane::tr("Only Ory Network projects with SAML single sign-on switched on use this list; "
                              "elsewhere it is never used, and a self-hosted export leaves it out.");
}
} // namespace

void ActionListPane::rebuildHookPoints()
{
    m_updating = true;
    m_points->clear();
    const int row = currentIndex();
    m_points->setEnabled(row >= 0);
    if (row >= 0) {
        const QList<HookPoint> chosen = m_actions.at(row).hookPoints;
        const QList<HookPoint::Flow> flows{HookPoint::Flow::Registration, HookPoint::Flow::Login,
                                           HookPoint::Flow::Settings, HookPoint::Flow::Recovery,
                                           HookPoint::Flow::Verification};
        for (HookPoint::Flow flow : flows) {
            auto *group = new QTreeWidgetItem(m_points, {groupName(flow)});
            group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            bool expand = false;
            // Before-hooks have no identity to send to; they are never useful for an email.
            for (const HookPoint &p : HookPoint::all()) {
                if (p.flow != flow || p.phase == HookPoint::Phase::Before)
                    continue;
                // The general list is a trap (Ory ignores it once any method has a list): offered only
                // where a project already uses it, so it can be unticked.
                if (p.isGenericList() && !chosen.contains(p))
                    continue;
                QString text = p.method.isEmpty()
                                   ? (p.isGenericList() ? tr("Any method (general list)") : p.plainName())
                                   : methodChoice(p.method);
                auto *item = new QTreeWidgetItem(group, {text});
                item->setData(0, Qt::UserRole, p.toString());
                item->setFlags((item->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
                item->setCheckState(0, chosen.contains(p) ? Qt::Checked : Qt::Unchecked);
                item->setToolTip(0, sentence(p));
                expand = expand || chosen.contains(p);
            }
            // Ticking the whole group ticks SAML single sign-on too. A welcome email that silently misses the
            // people who sign up through SAML is the worse failure; an unused SAML list is harmless on Ory
            // Network (and "Will it fire?" says it is off), and a self-hosted export leaves it out.
            group->setToolTip(
                0, tr("Tick “%1” to send it after every method listed under it.").arg(groupName(flow)));
            group->setExpanded(expand);
        }
    }
    m_updating = false;
    describeHookPoint(m_points->currentItem());
}

void ActionListPane::hookPointsEdited()
{
    const int row = currentIndex();
    if (m_updating || row < 0)
        return;
    QList<HookPoint> chosen;
    for (int g = 0; g < m_points->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_points->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->checkState(0) == Qt::Checked) {
                if (auto p = HookPoint::parse(group->child(i)->data(0, Qt::UserRole).toString()))
                    chosen.append(*p);
            }
        }
    }
    if (chosen == m_actions[row].hookPoints)
        return; // a group's box was recomputed from its children: nothing new
    m_actions[row].hookPoints = chosen;
    emit actionsChanged(m_actions);
}

void ActionListPane::describeHookPoint(QTreeWidgetItem *item)
{
    const auto point = item ? HookPoint::parse(item->data(0, Qt::UserRole).toString()) : std::nullopt;
    if (point)
        m_pointDescription->setText(sentence(*point));
    else if (item)
        m_pointDescription->setText(item->toolTip(0));
    else
        m_pointDescription->setText(
            tr("Tick when Ory sends this email; select a line to read what it means."));
}

void ActionListPane::updateButtons()
{
    const bool has = currentIndex() >= 0;
    m_duplicateButton->setEnabled(has);
    m_renameButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
}

QString ActionListPane::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        return std::any_of(m_actions.begin(), m_actions.end(),
                           [&](const Action &a) { return a.name == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 %2"_qs.arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

void ActionListPane::addAction()
{
    m_actions.append(m_factory(uniqueName(tr("New email"))));
    rebuildList();
    selectAfterChange(int(m_actions.size()) - 1);
    m_list->editItem(m_list->currentItem());
}

void ActionListPane::duplicateCurrent()
{
    const int row = currentIndex();
    if (row < 0)
        return;
    const Action &source = m_actions.at(row);
    Action copy = m_factory(uniqueName(tr("%1 (copy)").arg(source.name)));
    const QString id = copy.id;
    const QString hookId = copy.hookId;
    const QString name = copy.name;
    copy = source;
    copy.id = id; // a copy is a separate hook in Ory: new id and hook id
    copy.hookId = hookId;
    copy.name = name;
    m_actions.insert(row + 1, copy);
    rebuildList();
    selectAfterChange(row + 1);
}

bool ActionListPane::deleteCurrent()
{
    const int row = currentIndex();
    if (row < 0)
        return false;
    const QString question =
        tr("Delete \"%1\"? This cannot be undone after you save.").arg(m_actions.at(row).name);
    if (!m_prompter || !m_prompter->confirm(tr("Delete email"), question))
        return false;
    m_actions.removeAt(row);
    rebuildList();
    selectAfterChange(qMin(row, int(m_actions.size()) - 1));
    return true;
}

void ActionListPane::selectAfterChange(int row)
{
    // The list first, then the selection: a listener can then find the selected action in the new list.
    m_updating = true;
    m_list->setCurrentRow(row);
    m_updating = false;
    rebuildHookPoints();
    updateButtons();
    emit actionsChanged(m_actions);
    emit currentActionChanged(currentActionId());
}

void ActionListPane::renameCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

} // namespace hookmail
