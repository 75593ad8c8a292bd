#include "design/DesignPane.h"

#include "design/BlockCatalog.h"
#include "design/ButtonBlockForm.h"
#include "design/CustomHtmlBlockForm.h"
#include "design/DesignCommand.h"
#include "design/DividerBlockForm.h"
#include "design/EnvelopeForm.h"
#include "design/FieldCatalog.h"
#include "design/HeadingBlockForm.h"
#include "design/ImageBlockForm.h"
#include "design/SpacerBlockForm.h"
#include "design/TextBlockForm.h"
#include "design/ThemeForm.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hookmail {

namespace {
QScrollArea *scrolling(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(objectName);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

enum class UndoKey
{
    None,
    Undo,
    Redo
};
UndoKey undoKey(const QKeyEvent *event)
{
    const QKeyCombination keys = event->keyCombination();
    if (keys == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
        keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Y) || event->matches(QKeySequence::Redo))
        return UndoKey::Redo;
    if (event->matches(QKeySequence::Undo))
        return UndoKey::Undo;
    return UndoKey::None;
}
} // namespace

DesignPane::DesignPane(QWidget *parent)
    : QWidget(parent), m_catalog(new FieldCatalog(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("designPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("designTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    m_contentPage = buildContentPage();
    m_tabs->addTab(m_contentPage, tr("C&ontent"));

    m_envelopeForm = new EnvelopeForm(m_catalog);
    m_envelopeForm->setObjectName(QStringLiteral("envelopeForm"));
    m_tabs->addTab(scrolling(m_envelopeForm, u"envelopeScrollArea"_qs, m_tabs), tr("&Envelope"));
    connect(m_envelopeForm, &EnvelopeForm::edited, this,
            [this](const EmailDesign &edited, const QString &field) {
                EmailDesign changed = m_design;
                changed.envelope = edited.envelope;
                changed.language = edited.language;
                changed.plainTextOverride = edited.plainTextOverride;
                pushChange(tr("Edit the envelope"), changed, m_theme, m_selectedId, u"envelope/" + field,
                           Refresh::None);
            });

    m_themeForm = new ThemeForm;
    m_themeForm->setObjectName(QStringLiteral("themeForm"));
    m_tabs->addTab(scrolling(m_themeForm, u"brandScrollArea"_qs, m_tabs), tr("&Brand"));
    m_tabs->setTabToolTip(2, tr("Colours, font and logo of every email of this project"));
    connect(m_themeForm, &ThemeForm::edited, this, [this](const Theme &theme, const QString &field) {
        pushChange(tr("Change the brand"), m_design, theme, m_selectedId, u"theme/" + field, Refresh::None);
        for (BlockForm *form : std::as_const(m_forms))
            form->setTheme(m_theme);
    });

    // One undo history for the design. Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) are taken from every control of the
    // pane before the text fields' own undo or a window-wide Undo shortcut can act on them (two shortcuts
    // for one key would cancel each other out).
    for (QWidget *child : findChildren<QWidget *>())
        child->installEventFilter(this);
    // Typing merges into one undo step per field until the focus moves.
    connect(qApp, &QApplication::focusChanged, this, [this] { ++m_barrier; });

    refresh(Refresh::All);
}

DesignPane::~DesignPane() = default;

QWidget *DesignPane::buildContentPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("contentPage"));
    auto *layout = new QVBoxLayout(page);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(4);
    m_addButton = new QToolButton(page);
    m_addButton->setObjectName(QStringLiteral("addBlockButton"));
    m_addButton->setText(tr("+ Add block"));
    m_addButton->setAccessibleName(tr("Add a block"));
    m_addButton->setToolTip(tr("Add a block after the selected one"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setFocusPolicy(Qt::StrongFocus);
    auto *palette = new QMenu(m_addButton);
    palette->setObjectName(QStringLiteral("blockPaletteMenu"));
    palette->setToolTipsVisible(true);
    const QList<BlockCatalog::Entry> entries = BlockCatalog::palette();
    for (int i = 0; i < entries.size(); ++i) {
        const BlockCatalog::Entry &entry = entries.at(i);
        QAction *action = palette->addAction(tr("%1 — %2").arg(entry.title, entry.description));
        action->setObjectName(u"add" + entry.id + u"Action");
        action->setToolTip(entry.description);
        connect(action, &QAction::triggered, this, [this, i] { addBlock(i); });
    }
    m_addButton->setMenu(palette);

    auto tool = [page](const QString &id, const QString &text, const QString &name,
                       const QKeySequence &keys) {
        auto *button = new QToolButton(page);
        button->setObjectName(id);
        button->setText(text);
        button->setAccessibleName(name);
        button->setToolTip(keys.isEmpty() ? name
                                          : tr("%1 (%2)").arg(name, keys.toString(QKeySequence::NativeText)));
        button->setFocusPolicy(Qt::StrongFocus);
        return button;
    };
    m_upButton = tool(u"moveBlockUpButton"_qs, tr("↑"), tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downButton =
        tool(u"moveBlockDownButton"_qs, tr("↓"), tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down));
    m_duplicateButton = tool(u"duplicateBlockButton"_qs, tr("Duplicate"), tr("Duplicate the block"), {});
    m_deleteButton =
        tool(u"deleteBlockButton"_qs, tr("Delete"), tr("Delete the block"), QKeySequence::Delete);
    tools->addWidget(m_addButton);
    tools->addStretch(1);
    for (QToolButton *b : {m_upButton, m_downButton, m_duplicateButton, m_deleteButton})
        tools->addWidget(b);
    layout->addLayout(tools);
    connect(m_upButton, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_duplicateButton, &QToolButton::clicked, this, &DesignPane::duplicateSelected);
    connect(m_deleteButton, &QToolButton::clicked, this, &DesignPane::deleteSelected);

    m_blockList = new QListWidget(page);
    m_blockList->setObjectName(QStringLiteral("blockList"));
    m_blockList->setAccessibleName(tr("Blocks of the email, top to bottom"));
    m_blockList->setDragDropMode(QAbstractItemView::InternalMove);
    m_blockList->setDefaultDropAction(Qt::MoveAction);
    m_blockList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blockList->setUniformItemSizes(true);
    m_blockList->setTextElideMode(Qt::ElideRight);
    m_blockList->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_blockList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updatingList)
            return;
        const QString id = row >= 0 ? m_blockList->item(row)->data(Qt::UserRole).toString() : QString();
        if (id == m_selectedId)
            return;
        m_selectedId = id;
        showSelectedForm();
        updateButtons();
        emit blockSelected(id);
    });
    auto queueOrder = [this] {
        if (!m_updatingList)
            QMetaObject::invokeMethod(this, &DesignPane::applyListOrder, Qt::QueuedConnection);
    };
    connect(m_blockList->model(), &QAbstractItemModel::rowsMoved, this, queueOrder);
    connect(m_blockList->model(), &QAbstractItemModel::rowsRemoved, this, queueOrder);

    // Keyboard: Alt+Up/Down anywhere on the page, Delete in the list; also in the list's context menu.
    auto listAction = [this](const QString &text, const QKeySequence &keys, Qt::ShortcutContext context,
                             QWidget *owner, auto slot) {
        auto *action = new QAction(text, owner);
        action->setShortcut(keys);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        owner->addAction(action);
        return action;
    };
    listAction(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), Qt::WidgetWithChildrenShortcut, page,
               [this] { moveSelected(-1); });
    listAction(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), Qt::WidgetWithChildrenShortcut, page,
               [this] { moveSelected(1); });
    listAction(tr("Move up"), {}, Qt::WidgetShortcut, m_blockList, [this] { moveSelected(-1); });
    listAction(tr("Move down"), {}, Qt::WidgetShortcut, m_blockList, [this] { moveSelected(1); });
    listAction(tr("Duplicate"), {}, Qt::WidgetShortcut, m_blockList, [this] { duplicateSelected(); });
    listAction(tr("Delete"), QKeySequence::Delete, Qt::WidgetShortcut, m_blockList,
               [this] { deleteSelected(); });

    m_formStack = new QStackedWidget;
    m_formStack->setObjectName(QStringLiteral("blockFormStack"));
    auto *none = new QLabel(tr("Select a block above to change it, or add one with “+ Add block”."));
    none->setObjectName(QStringLiteral("noBlockSelectedLabel"));
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noSelection = none;
    m_formStack->addWidget(none);
    auto addForm = [this](BlockKind kind, BlockForm *form, const QString &objectName) {
        form->setObjectName(objectName);
        m_forms.insert(int(kind), form);
        m_formStack->addWidget(form);
        connect(form, &BlockForm::edited, this, &DesignPane::onBlockEdited);
    };
    addForm(BlockKind::Image, new ImageBlockForm(m_catalog), u"imageBlockForm"_qs);
    addForm(BlockKind::Heading, new HeadingBlockForm(m_catalog), u"headingBlockForm"_qs);
    addForm(BlockKind::Text, new TextBlockForm(BlockKind::Text, m_catalog), u"textBlockForm"_qs);
    addForm(BlockKind::Button, new ButtonBlockForm(m_catalog), u"buttonBlockForm"_qs);
    addForm(BlockKind::Divider, new DividerBlockForm(m_catalog), u"dividerBlockForm"_qs);
    addForm(BlockKind::Spacer, new SpacerBlockForm(m_catalog), u"spacerBlockForm"_qs);
    addForm(BlockKind::Footer, new TextBlockForm(BlockKind::Footer, m_catalog), u"footerBlockForm"_qs);
    addForm(BlockKind::CustomHtml, new CustomHtmlBlockForm(m_catalog), u"customHtmlBlockForm"_qs);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("contentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_blockList);
    splitter->addWidget(scrolling(m_formStack, u"blockFormScrollArea"_qs, splitter));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 400});
    layout->addWidget(splitter, 1);
    return page;
}

void DesignPane::setDesign(const EmailDesign &design, const Theme &theme)
{
    if (design == m_design && theme == m_theme)
        return;
    m_design = design;
    m_theme = theme;
    if (selectedIndex() < 0)
        m_selectedId.clear();
    m_undo->clear();
    ++m_barrier;
    refresh(Refresh::All);
}

void DesignPane::setIdentityFields(const QStringList &paths)
{
    m_catalog->setFields(paths);
}

void DesignPane::selectBlock(const QString &blockId)
{
    if (!blockId.isEmpty()) {
        const auto it = std::find_if(m_design.blocks.cbegin(), m_design.blocks.cend(),
                                     [&](const Block &b) { return b.id == blockId; });
        if (it == m_design.blocks.cend())
            return;
        m_tabs->setCurrentWidget(m_contentPage);
    }
    if (blockId == m_selectedId)
        return;
    m_selectedId = blockId;
    refreshList();
    showSelectedForm();
    updateButtons();
}

int DesignPane::selectedIndex() const
{
    if (m_selectedId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_design.blocks.size(); ++i)
        if (m_design.blocks.at(i).id == m_selectedId)
            return int(i);
    return -1;
}

void DesignPane::addBlock(int paletteIndex)
{
    const QList<BlockCatalog::Entry> entries = BlockCatalog::palette();
    if (paletteIndex < 0 || paletteIndex >= entries.size())
        return;
    const BlockCatalog::Entry &entry = entries.at(paletteIndex);
    EmailDesign changed = m_design;
    const Block block = BlockCatalog::create(entry, m_design);
    const int at = selectedIndex() < 0 ? int(changed.blocks.size()) : selectedIndex() + 1;
    changed.blocks.insert(at, block);
    pushChange(tr("Add a %1 block").arg(entry.title), changed, m_theme, block.id, {}, Refresh::All);
    focusFirstField();
}

void DesignPane::moveSelected(int delta)
{
    const int from = selectedIndex();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_design.blocks.size())
        return;
    EmailDesign changed = m_design;
    changed.blocks.move(from, to);
    pushChange(delta < 0 ? tr("Move a block up") : tr("Move a block down"), changed, m_theme, m_selectedId,
               {}, Refresh::List);
}

void DesignPane::duplicateSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    EmailDesign changed = m_design;
    const Block copy = BlockCatalog::duplicate(m_design.blocks.at(index), m_design);
    changed.blocks.insert(index + 1, copy);
    pushChange(tr("Duplicate a block"), changed, m_theme, copy.id, {}, Refresh::All);
}

void DesignPane::deleteSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    EmailDesign changed = m_design;
    changed.blocks.removeAt(index);
    QString next;
    if (!changed.blocks.isEmpty())
        next = changed.blocks.at(std::min<qsizetype>(index, changed.blocks.size() - 1)).id;
    pushChange(tr("Delete a %1 block").arg(BlockCatalog::kindTitle(m_design.blocks.at(index))), changed,
               m_theme, next, {}, Refresh::All);
    m_blockList->setFocus(Qt::OtherFocusReason);
}

void DesignPane::applyListOrder()
{
    QStringList order;
    for (int row = 0; row < m_blockList->count(); ++row)
        order.append(m_blockList->item(row)->data(Qt::UserRole).toString());
    QList<Block> blocks;
    for (const QString &id : std::as_const(order)) {
        for (const Block &b : std::as_const(m_design.blocks))
            if (b.id == id)
                blocks.append(b);
    }
    // Anything but a reordering of the same blocks (an aborted drop) just shows the design again.
    if (blocks.size() != m_design.blocks.size() || order.size() != m_design.blocks.size() ||
        blocks == m_design.blocks) {
        refreshList();
        return;
    }
    EmailDesign changed = m_design;
    changed.blocks = blocks;
    pushChange(tr("Move a block"), changed, m_theme, m_selectedId, {}, Refresh::List);
}

void DesignPane::onBlockEdited(const Block &block, const QString &field)
{
    EmailDesign changed = m_design;
    for (Block &b : changed.blocks) {
        if (b.id == block.id) {
            b = block;
            pushChange(tr("Edit %1").arg(BlockCatalog::kindTitle(block)), changed, m_theme, m_selectedId,
                       block.id + u'/' + field, Refresh::Row);
            refreshRow(block.id);
            return;
        }
    }
}

void DesignPane::pushChange(const QString &text, const EmailDesign &design, const Theme &theme,
                            const QString &selection, const QString &mergeKey, Refresh level)
{
    const bool designChanged = design != m_design;
    const bool themeChanged = theme != m_theme;
    if (!designChanged && !themeChanged)
        return;
    DesignSnapshot before{m_design, m_theme, m_selectedId};
    DesignSnapshot after{design, theme, selection};
    const bool selectionChanged = selection != m_selectedId;
    m_design = design;
    m_theme = theme;
    m_selectedId = selection;
    refresh(level);
    m_undo->push(new DesignCommand(text, std::move(before), std::move(after), mergeKey, m_barrier,
                                   [this](const DesignSnapshot &s) { restore(s); }));
    if (designChanged)
        emit designEdited(m_design);
    if (themeChanged)
        emit themeEdited(m_theme);
    if (selectionChanged)
        emit blockSelected(m_selectedId);
}

void DesignPane::restore(const DesignSnapshot &snapshot)
{
    const bool designChanged = snapshot.design != m_design;
    const bool themeChanged = snapshot.theme != m_theme;
    const bool selectionChanged = snapshot.selectedBlockId != m_selectedId;
    m_design = snapshot.design;
    m_theme = snapshot.theme;
    m_selectedId = snapshot.selectedBlockId;
    if (selectedIndex() < 0)
        m_selectedId.clear();
    ++m_barrier; // the next edit after an undo is a step of its own
    refresh(Refresh::All);
    if (designChanged)
        emit designEdited(m_design);
    if (themeChanged)
        emit themeEdited(m_theme);
    if (selectionChanged)
        emit blockSelected(m_selectedId);
}

void DesignPane::refresh(Refresh level)
{
    switch (level) {
    case Refresh::None:
    case Refresh::Row:
        break;
    case Refresh::List:
        refreshList();
        break;
    case Refresh::All:
        refreshList();
        showSelectedForm();
        m_envelopeForm->setDesign(m_design);
        m_themeForm->setTheme(m_theme);
        for (BlockForm *form : std::as_const(m_forms))
            form->setTheme(m_theme);
        break;
    }
    updateButtons();
}

void DesignPane::refreshList()
{
    m_updatingList = true;
    bool sameIds = m_blockList->count() == m_design.blocks.size();
    for (int row = 0; sameIds && row < m_blockList->count(); ++row)
        sameIds = m_blockList->item(row)->data(Qt::UserRole).toString() == m_design.blocks.at(row).id;
    if (!sameIds) {
        m_blockList->clear();
        for (const Block &block : std::as_const(m_design.blocks)) {
            auto *item = new QListWidgetItem(m_blockList);
            item->setData(Qt::UserRole, block.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    for (int row = 0; row < m_blockList->count(); ++row) {
        const QString label = BlockCatalog::label(m_design.blocks.at(row));
        QListWidgetItem *item = m_blockList->item(row);
        if (item->text() != label) {
            item->setText(label);
            item->setToolTip(label);
        }
    }
    const int index = selectedIndex();
    m_blockList->setCurrentRow(index);
    if (index < 0)
        m_blockList->clearSelection();
    else
        m_blockList->scrollToItem(m_blockList->item(index));
    m_updatingList = false;
}

void DesignPane::refreshRow(const QString &blockId)
{
    for (int row = 0; row < m_blockList->count() && row < m_design.blocks.size(); ++row) {
        if (m_design.blocks.at(row).id != blockId)
            continue;
        const QString label = BlockCatalog::label(m_design.blocks.at(row));
        m_blockList->item(row)->setText(label);
        m_blockList->item(row)->setToolTip(label);
    }
}

void DesignPane::showSelectedForm()
{
    const int index = selectedIndex();
    if (index < 0) {
        m_formStack->setCurrentWidget(m_noSelection);
        return;
    }
    const Block &block = m_design.blocks.at(index);
    BlockForm *form = m_forms.value(int(block.kind));
    if (!form) {
        m_formStack->setCurrentWidget(m_noSelection);
        return;
    }
    if (!(form->block() == block))
        form->setBlock(block);
    m_formStack->setCurrentWidget(form);
}

void DesignPane::updateButtons()
{
    const int index = selectedIndex();
    m_upButton->setEnabled(index > 0);
    m_downButton->setEnabled(index >= 0 && index + 1 < m_design.blocks.size());
    m_duplicateButton->setEnabled(index >= 0);
    m_deleteButton->setEnabled(index >= 0);
}

void DesignPane::focusFirstField()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    BlockForm *form = m_forms.value(int(m_design.blocks.at(index).kind));
    if (QWidget *first = form ? form->firstField() : nullptr)
        first->setFocus(Qt::OtherFocusReason);
    else
        m_blockList->setFocus(Qt::OtherFocusReason);
}

bool DesignPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const UndoKey key = undoKey(static_cast<QKeyEvent *>(event));
    if (key == UndoKey::None)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the key comes to the focused control (and to this filter) as a key press
        return true;
    }
    if (key == UndoKey::Undo)
        m_undo->undo();
    else
        m_undo->redo();
    return true;
}

} // namespace hookmail
