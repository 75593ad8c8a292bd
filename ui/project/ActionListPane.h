#pragma once

#include "core/model/Project.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QToolButton;

namespace hookmail {

class DocumentPrompter;

// The project's actions (add, rename in place, duplicate, delete with confirmation) and, for the
// selected one, when it is sent: grouped choices (Sign-up, Sign-in, Account settings, Recovery,
// Verification), each group with its methods and a group box that means "all of them", and one sentence on
// the chosen one. Keeps its own copy of the list and reports every change as the whole new list.
class ActionListPane : public QWidget
{
    Q_OBJECT
public:
    using ActionFactory = std::function<Action(const QString &name)>; // newAction() in the app

    explicit ActionListPane(QWidget *parent = nullptr);

    void setActionFactory(ActionFactory factory) { m_factory = std::move(factory); }
    // Who confirms a deletion (DialogPrompter in the app). Without one nothing is deleted.
    void setPrompter(DocumentPrompter *prompter) { m_prompter = prompter; }

    void setActions(const QList<Action> &actions); // keeps the selection by id when possible; no signal
    QList<Action> actions() const { return m_actions; }
    QString currentActionId() const;
    void selectAction(const QString &id);
    void updateAction(const Action &action); // replaces the action with the same id; no signal

    void addAction();
    void duplicateCurrent();
    bool deleteCurrent();
    void renameCurrent(); // starts in-place editing

signals:
    void actionsChanged(const QList<hookmail::Action> &actions);
    void currentActionChanged(const QString &id);

private:
    void rebuildList();
    void selectAfterChange(int row);
    void rebuildHookPoints();
    void hookPointsEdited();
    void describeHookPoint(QTreeWidgetItem *item);
    void updateButtons();
    int currentIndex() const;
    QString uniqueName(const QString &base) const;

    QList<Action> m_actions;
    ActionFactory m_factory;
    DocumentPrompter *m_prompter = nullptr;
    bool m_updating = false;
    QListWidget *m_list;
    QTreeWidget *m_points;
    QLabel *m_pointDescription;
    QToolButton *m_addButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_renameButton;
    QToolButton *m_deleteButton;
};

} // namespace hookmail
