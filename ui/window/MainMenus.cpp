#include "window/MainMenus.h"

#include "core/secrets/SecretStore.h"
#include "editor/ActionEditorPane.h"
#include "preview/EmailPreviewView.h"
#include "project/ActionListPane.h"
#include "project/SampleContextPane.h"
#include "session/DocumentController.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace hookmail {

namespace {
// The menus' strings were written in MainWindow and are translated under its context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hookmail::MainWindow)
};
} // namespace

MainMenus::MainMenus(MainWindow *window, const AppServices &services)
    : QObject(window), m_window(window), m_services(services)
{
    QMenuBar *bar = window->menuBar();
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &keys, const QString &name,
                      auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(name);
        a->setShortcut(keys);
        QString plain = text;
        a->setToolTip(plain.remove(u'&').remove(QStringLiteral("…")));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *file = bar->addMenu(Tr::tr("&File"));
    add(file, Tr::tr("&New"), QKeySequence::New, QStringLiteral("newAction"),
        [window] { window->document()->newDocument(); });
    add(file, Tr::tr("&Open…"), QKeySequence::Open, QStringLiteral("openAction"),
        [window] { window->document()->open(); });
    add(file, Tr::tr("New &Email"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        QStringLiteral("newEmailAction"), [window] { window->actionList()->addAction(); });
    m_recentMenu = file->addMenu(Tr::tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    add(file, Tr::tr("&Save"), QKeySequence::Save, QStringLiteral("saveAction"),
        [window] { window->document()->save(); });
    add(file, Tr::tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("saveAsAction"),
        [window] { window->document()->saveAs(); });
    file->addSeparator();
    QAction *publish = add(file, Tr::tr("&Publish to Ory…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           QStringLiteral("publishAction"), [window] { window->publishToOry(); });
    publish->setToolTip(Tr::tr("Put this email into your Ory Network project, step by step, with a review "
                               "before anything changes"));
    QAction *exportAction = add(file, Tr::tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                                QStringLiteral("exportAction"), [window] { window->exportAction(); });
    exportAction->setToolTip(Tr::tr("Save the action for the ory CLI, a self-hosted Kratos or curl"));
    file->addSeparator();
    add(file, Tr::tr("&Quit"), QKeySequence::Quit, QStringLiteral("quitAction"),
        [window] { window->close(); });

    QMenu *edit = bar->addMenu(Tr::tr("&Edit"));
    add(edit, Tr::tr("&Undo"), QKeySequence::Undo, QStringLiteral("undoAction"), [window] {
        if (QUndoStack *design = designUndoFor(window))
            design->undo();
        else
            forwardToFocus("undo");
    });
    add(edit, Tr::tr("&Redo"), QKeySequence::Redo, QStringLiteral("redoAction"), [window] {
        if (QUndoStack *design = designUndoFor(window))
            design->redo();
        else
            forwardToFocus("redo");
    });
    edit->addSeparator();
    add(edit, Tr::tr("&Find…"), QKeySequence::Find, QStringLiteral("findAction"), [window] {
        if (JsonnetEditor *editor = window->editorPane()->activeEditor())
            editor->showFind();
    });
    add(edit, Tr::tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), QStringLiteral("replaceAction"),
        [window] {
            if (JsonnetEditor *editor = window->editorPane()->activeEditor())
                editor->showReplace();
        });
    add(edit, Tr::tr("F&ormat Jsonnet"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        QStringLiteral("formatAction"), [window] { window->editorPane()->codeEditor()->formatDocument(); });
    edit->addSeparator();
    add(edit, Tr::tr("&Mandrill Key…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        QStringLiteral("mandrillKeyAction"), [window] { window->showMandrillKeyDialog(); });
    QAction *sendTest = add(edit, Tr::tr("Send &Test Email"), QKeySequence(Qt::CTRL | Qt::Key_T),
                            QStringLiteral("sendTestAction"), [window] { window->sendTest(); });
    sendTest->setToolTip(Tr::tr("Send this email, as previewed, to your test addresses through Mandrill"));
    add(edit, Tr::tr("Test &Addresses and History…"), QKeySequence(), QStringLiteral("testSendsAction"),
        [window] { window->showTestSends(); });

    m_viewMenu = bar->addMenu(Tr::tr("&View"));
    add(m_viewMenu, Tr::tr("&Design"), QKeySequence(Qt::CTRL | Qt::Key_1), QStringLiteral("designModeAction"),
        [window] { window->editorPane()->switchToDesign(); });
    add(m_viewMenu, Tr::tr("&Code"), QKeySequence(Qt::CTRL | Qt::Key_2), QStringLiteral("codeModeAction"),
        [window] { window->editorPane()->switchToCode(); });
    QAction *narrow = add(m_viewMenu, Tr::tr("&Narrow (mobile) preview"), QKeySequence(Qt::CTRL | Qt::Key_M),
                          QStringLiteral("narrowPreviewAction"),
                          [window](bool on) { window->previewView()->setNarrow(on); });
    narrow->setCheckable(true);
    add(m_viewMenu, Tr::tr("Sample &Person…"), QKeySequence(Qt::CTRL | Qt::Key_P),
        QStringLiteral("samplePersonAction"), [window] { window->showSampleEditor(); });
    add(m_viewMenu, Tr::tr("Check &all hook points"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        QStringLiteral("checkAllAction"), [window] { emit window->samplePane()->checkAllRequested(); });

    QMenu *help = bar->addMenu(Tr::tr("&Help"));
    add(help, Tr::tr("Where are my &keys?"), QKeySequence(), QStringLiteral("keysHelpAction"), [this] {
        QMessageBox::information(
            m_window, Tr::tr("Where are my keys?"),
            Tr::tr(
                "Your Mandrill key is kept in the system keychain (%1), never in project files, settings or "
                "exports — unless you explicitly include it in an export.\n\nPreviews show it masked. When "
                "the hook "
                "is pushed to Ory, the key goes inside the template, which Ory stores unencrypted: use a "
                "Mandrill key "
                "that may only send messages.")
                .arg(m_services.secrets ? m_services.secrets->backendName() : Tr::tr("unavailable")));
    });
    add(help, Tr::tr("&About Hookmail"), QKeySequence::HelpContents, QStringLiteral("aboutAction"), [this] {
        QMessageBox::about(
            m_window, Tr::tr("About Hookmail"),
            Tr::tr("<b>Hookmail %1</b><p>Write, preview, test and ship the emails your Ory project sends "
                   "through Mailchimp Transactional (Mandrill).</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    // The three jobs besides writing, always in sight.
    m_toolBar = window->addToolBar(Tr::tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->toggleViewAction()->setVisible(false);
    const QStyle *style = window->style();
    sendTest->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    sendTest->setText(Tr::tr("Send test"));
    publish->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    publish->setText(Tr::tr("Publish to Ory…"));
    exportAction->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    m_sendTest = sendTest;
    m_toolBar->addAction(sendTest);
    m_toolBar->addAction(publish);
    m_toolBar->addAction(exportAction);
    for (QAction *a : {sendTest, publish, exportAction})
        if (QWidget *button = m_toolBar->widgetForAction(a))
            button->setObjectName(QString(a->objectName() + u"Button"));
    connect(window->document(), &DocumentController::recentFilesChanged, this, &MainMenus::updateRecentMenu);
    updateRecentMenu();
}

void MainMenus::setSending(bool sending)
{
    m_sendTest->setEnabled(!sending);
    m_sendTest->setText(sending ? Tr::tr("Sending…") : Tr::tr("Send test"));
}

void MainMenus::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_window->document()->recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { m_window->document()->open(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// In Design mode, Undo and Redo go through the designer's one history, unless the focus is in another pane
// with its own (the sample's JSON, the test addresses): e.g. after a click in the preview they still undo the
// last design edit.
QUndoStack *MainMenus::designUndoFor(MainWindow *window)
{
    QUndoStack *stack = window->editorPane()->designUndoStack();
    if (!stack)
        return nullptr;
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || window->editorPane()->isAncestorOf(focus) || window->previewView()->isAncestorOf(focus))
        return stack;
    return nullptr;
}

void MainMenus::forwardToFocus(const char *method)
{
    // QLineEdit and QPlainTextEdit both have undo()/redo() slots with their own history.
    if (QWidget *w = QApplication::focusWidget())
        QMetaObject::invokeMethod(w, method);
}

} // namespace hookmail
