#pragma once

#include "core/design/EmailDesign.h"

#include <QMap>
#include <QWidget>

class QAction;
class QListWidget;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QUndoStack;

namespace hookmail {

class BlockForm;
class EnvelopeForm;
class FieldCatalog;
class ThemeForm;
struct DesignSnapshot;

// Design mode (issue 14): the email as blocks in the project's brand, for people who write no HTML. Tabs
// Content (block list + the selected block's form), Envelope (from, subject, preheader, recipient) and Brand
// (the project's theme). Placeholders are chips inserted from the person's fields. Every design and theme
// edit is one step on undoStack() (Ctrl+Z / Ctrl+Shift+Z while the focus is in the pane; typing merges per
// field until the focus moves or a pause), and each edit or undo emits designEdited/themeEdited.
class DesignPane : public QWidget
{
    Q_OBJECT
public:
    explicit DesignPane(QWidget *parent = nullptr);
    ~DesignPane() override;

    // Shows `design` with `theme`; emits nothing. Equal to what is shown (an echo of the pane's own edit) →
    // nothing happens; different (another email, a change from outside) → the undo history is cleared. The
    // selection is kept if its block still exists.
    void setDesign(const EmailDesign &design, const Theme &theme);
    EmailDesign design() const { return m_design; }
    Theme theme() const { return m_theme; }

    // Paths of the sample person's fields ("traits.name.first", "address", "id", "metadata_public.plan").
    void setIdentityFields(const QStringList &paths);

    // Selects a block (the preview link) and shows its form; emits nothing. "" clears the selection, an
    // unknown id is ignored.
    void selectBlock(const QString &blockId);
    QString selectedBlockId() const { return m_selectedId; }

    QUndoStack *undoStack() const { return m_undo; }

signals:
    void designEdited(const hookmail::EmailDesign &design);
    void themeEdited(const hookmail::Theme &theme);
    void blockSelected(const QString &blockId); // the person selected a block in the pane ("" = none)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Refresh
    {
        None,
        Row,
        List,
        All
    };

    QWidget *buildContentPage();
    void addBlock(int paletteIndex);
    void moveSelected(int delta);
    void duplicateSelected();
    void deleteSelected();
    void applyListOrder();
    void onBlockEdited(const Block &block, const QString &field);

    void pushChange(const QString &text, const EmailDesign &design, const Theme &theme,
                    const QString &selection, const QString &mergeKey, Refresh refresh);
    void restore(const DesignSnapshot &snapshot);
    void refresh(Refresh level);
    void refreshList();
    void refreshRow(const QString &blockId);
    void showSelectedForm();
    void updateButtons();
    int selectedIndex() const;
    void focusFirstField();

    EmailDesign m_design;
    Theme m_theme;
    QString m_selectedId;
    int m_barrier = 0;
    bool m_updatingList = false;

    FieldCatalog *m_catalog;
    QUndoStack *m_undo;
    QTabWidget *m_tabs;
    QWidget *m_contentPage;
    QListWidget *m_blockList;
    QStackedWidget *m_formStack;
    QWidget *m_noSelection;
    QMap<int, BlockForm *> m_forms; // BlockKind → form
    EnvelopeForm *m_envelopeForm;
    ThemeForm *m_themeForm;
    QToolButton *m_addButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QToolButton *m_duplicateButton;
    QToolButton *m_deleteButton;
};

} // namespace hookmail
