// Issue 14 end to end, offscreen, with real widgets and the real worker: starting from the built-in project,
// a person who knows no HTML changes the default email's heading, the brand colour and the button link, adds
// an Image block and a placeholder with a fallback (from the "Insert field" menu, never typed), undoes the
// last step with Ctrl+Z, saves and reopens. The preview (the rendered message.html, in the page and as
// written to it) and `hookmail render FILE` (the built CLI) show exactly that design: byte for byte what the
// generator makes of the expected design, and, read back from the page, the heading, colour, link and image.
// Everything is driven through widgets found by their object names; no model setter is called.
#include "ScriptedPrompter.h"
#include "TestEnv.h"
#include "core/common/Settings.h"
#include "core/design/DesignGenerator.h"
#include "core/design/DesignText.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "design/DesignPane.h"
#include "editor/ActionEditorPane.h"
#include "preview/EmailHtmlView.h"
#include "preview/EmailPreviewView.h"
#include "preview/PreviewPage.h"
#include "session/DocumentController.h"
#include "session/PreviewController.h"
#include "session/ProjectSession.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace hookmail;

namespace {
constexpr int kTimeoutMs = 20000;
const QString kHeading = QStringLiteral("Your account is ready");
const QString kBrand = QStringLiteral("#c2185b");
const QString kButtonLink = QStringLiteral("https://app.example.org/start?from=welcome");
const QString kImageUrl = QStringLiteral("https://cdn.example.org/team.png");
const QString kImageAlt = QStringLiteral("The Example team waving");

struct Harness
{
    explicit Harness(const QString &settingsPath)
        : settings(settingsPath), evaluator(1), renderer(&evaluator),
          window(AppServices{&settings, &evaluator, &renderer, &secrets}, &prompter)
    {
        window.resize(1366, 768);
        QObject::connect(window.previewView(), &EmailPreviewView::htmlLoadFinished, &window, [this](bool ok) {
            if (ok)
                loadedHtml = window.previewView()->currentHtml();
        });
    }
    Settings settings;
    TemplateEvaluator evaluator;
    RenderService renderer;
    MemorySecretStore secrets;
    test::ScriptedPrompter prompter;
    MainWindow window;
    QString loadedHtml; // the HTML the page last confirmed

    DesignPane *design() const { return window.editorPane()->designPane(); }
    template <typename T> T *find(const QString &name) const { return window.findChild<T *>(name); }
    const Action *email() const { return window.session()->currentAction(); }
};

// Waits until the preview shows the current design, written into the page: the newest render's HTML is what
// the generator makes of the design for the sample person.
bool previewCaughtUp(Harness &h)
{
    return QTest::qWaitFor(
        [&] {
            const Action *a = h.email();
            if (!a || h.window.previewController()->isBusy() ||
                h.window.previewView()->state() != EmailPreviewView::State::Normal)
                return false;
            const QString html = DesignGenerator::html(
                a->design, h.window.session()->theme(),
                DesignGenerator::valuesFor(a->design, h.window.session()->project().sampleIdentity));
            return h.window.previewView()->currentHtml() == html && h.loadedHtml == html;
        },
        kTimeoutMs);
}

QVariant evalInPage(Harness &h, const QString &script)
{
    QVariant value;
    bool done = false;
    h.window.previewView()->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                                                  [&](const QVariant &v) {
                                                      value = v;
                                                      done = true;
                                                  });
    if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
        return QStringLiteral("<no answer from the page>");
    return value;
}

// Clicks the row of the block list whose text starts with `kind` (e.g. "Heading").
bool selectBlockRow(Harness &h, const QString &kind)
{
    auto *list = h.design()->findChild<QListWidget *>(QStringLiteral("blockList"));
    if (!list)
        return false;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(kind)) {
            list->scrollToItem(list->item(i));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(i)).center());
            return list->currentRow() == i;
        }
    }
    return false;
}

bool showTab(Harness &h, int index)
{
    auto *tabs = h.design()->findChild<QTabWidget *>(QStringLiteral("designTabs"));
    if (!tabs)
        return false;
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    return tabs->currentIndex() == index;
}

// Replaces the text of a one-line design field as a person does: select all, type.
void retype(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

// The message the CLI renders for the project file.
QJsonObject renderWithCli(const QString &file, QString *error)
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/hookmail"), {QStringLiteral("render"), file});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        *error = QStringLiteral("hookmail render timed out");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(u"message").toObject();
}
} // namespace

class TestDesignFlow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(DocumentController::autosaveDirectory()).removeRecursively();
    }

    // The preview link in the window: a block selected in the designer is outlined in the preview; a click on
    // a block in the preview selects it in the designer (and the outline follows).
    void previewAndDesignerPointAtTheSameBlock()
    {
        Harness h(m_dir.filePath(QStringLiteral("settings-link.ini")));
        h.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.window));
        h.window.start();
        QVERIFY(h.email());
        QVERIFY(previewCaughtUp(h));
        EmailHtmlView *html = h.window.previewView()->htmlView();
        QSignalSpy outlined(html, &EmailHtmlView::highlightApplied);

        QVERIFY(selectBlockRow(h, QStringLiteral("Button")));
        const QString button = h.window.editorPane()->selectedBlockId();
        QVERIFY(!button.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!outlined.isEmpty() && outlined.last().at(0).toString() == button &&
                                     outlined.last().at(1).toBool(),
                                 kTimeoutMs);
        QCOMPARE(html->highlightedBlock(), button);

        // A click on the heading in the page.
        const QString heading = h.email()->design.blocks.value(1).id;
        QCOMPARE(h.email()->design.blocks.value(1).kind, BlockKind::Heading);
        const QVariantList r =
            evalInPage(
                h, QStringLiteral("(function () { var r = document.querySelector('[data-hm-block=\"%1\"]')"
                                  ".getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height "
                                  "/ 2]; })()")
                       .arg(heading))
                .toList();
        QCOMPARE(r.size(), 2);
        QTest::mouseClick(h.window.previewView()->webView()->focusProxy(), Qt::LeftButton, {},
                          QPoint(r[0].toInt(), r[1].toInt()));
        QTRY_COMPARE_WITH_TIMEOUT(h.window.editorPane()->selectedBlockId(), heading, kTimeoutMs);
        auto *list = h.design()->findChild<QListWidget *>(QStringLiteral("blockList"));
        QVERIFY(list->currentItem() && list->currentItem()->text().startsWith(u"Heading"));
        QVERIFY(h.find<QTextEdit>(QStringLiteral("headingTextEdit"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(html->highlightedBlock(), heading, kTimeoutMs);

        // Code mode: no outline.
        h.prompter.confirmAnswer = true;
        QVERIFY(h.window.editorPane()->switchToCode());
        QCOMPARE(html->highlightedBlock(), QString());
    }

    void personWithoutHtmlDesignsTheWelcomeEmail()
    {
        const QString file = m_dir.filePath(QStringLiteral("welcome.hookmail"));
        EmailDesign expected;
        Theme expectedTheme;
        {
            Harness h(m_dir.filePath(QStringLiteral("settings.ini")));
            h.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&h.window));
            h.window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&h.window));
            h.window.start();
            QVERIFY(h.email());
            // The built-in Welcome email opens in Design mode with a working preview.
            QVERIFY(h.window.editorPane()->isDesignMode());
            QCOMPARE(h.email()->mode, Action::EditMode::Design);
            QVERIFY(previewCaughtUp(h));
            expected = h.email()->design;
            expectedTheme = h.window.session()->theme();
            QVERIFY(!h.window.document()->isDirty());

            // 1. The heading.
            QVERIFY(showTab(h, 0));
            QVERIFY(selectBlockRow(h, QStringLiteral("Heading")));
            auto *heading = h.find<QTextEdit>(QStringLiteral("headingTextEdit"));
            QVERIFY(heading && heading->isVisible());
            retype(heading, kHeading);
            for (Block &b : expected.blocks) {
                if (b.kind == BlockKind::Heading) {
                    b.line = plainInlineText(kHeading);
                    break;
                }
            }
            QTRY_COMPARE_WITH_TIMEOUT(h.email()->design, expected, kTimeoutMs);
            QVERIFY(previewCaughtUp(h));

            // 2. The brand colour, in the Brand tab's colour dialog.
            QVERIFY(showTab(h, 2));
            auto *brandButton = h.find<QToolButton>(QStringLiteral("brandColorButton"));
            QVERIFY(brandButton && brandButton->isVisible());
            QTest::mouseClick(brandButton, Qt::LeftButton);
            QPointer<QColorDialog> dialog = h.find<QColorDialog>(QStringLiteral("colorDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            dialog->setCurrentColor(QColor(kBrand));
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            QTRY_VERIFY(!dialog || !dialog->isVisible());
            h.window.activateWindow(); // back in the window after the dialog
            QVERIFY(QTest::qWaitForWindowActive(&h.window));
            expectedTheme.brandColor = kBrand;
            QTRY_COMPARE_WITH_TIMEOUT(h.window.session()->theme(), expectedTheme, kTimeoutMs);
            QVERIFY(previewCaughtUp(h));

            // 3. The button link.
            QVERIFY(showTab(h, 0));
            QVERIFY(selectBlockRow(h, QStringLiteral("Button")));
            auto *link = h.find<QTextEdit>(QStringLiteral("buttonLinkEdit"));
            QVERIFY(link && link->isVisible());
            retype(link, kButtonLink);
            for (Block &b : expected.blocks) {
                if (b.kind == BlockKind::Button) {
                    b.buttonUrl = plainInlineText(kButtonLink);
                    break;
                }
            }
            QTRY_COMPARE_WITH_TIMEOUT(h.email()->design, expected, kTimeoutMs);

            // 4. An Image block after the button, from the "+ Add block" palette.
            auto *add = h.find<QToolButton>(QStringLiteral("addBlockButton"));
            QVERIFY(add && add->isVisible());
            auto *addImage = add->menu()->findChild<QAction *>(QStringLiteral("addImageAction"));
            QVERIFY(addImage);
            int buttonIndex = -1;
            for (int i = 0; i < expected.blocks.size(); ++i)
                if (expected.blocks.at(i).kind == BlockKind::Button)
                    buttonIndex = i;
            Block image = newBlock(BlockKind::Image, expected);
            addImage->trigger(); // what choosing it in the open menu does
            image.imageUrl = kImageUrl;
            image.altText = kImageAlt;
            retype(h.find<QLineEdit>(QStringLiteral("imageUrlLineEdit")), kImageUrl);
            retype(h.find<QLineEdit>(QStringLiteral("imageAltLineEdit")), kImageAlt);
            expected.blocks.insert(buttonIndex + 1, image);
            QTRY_COMPARE_WITH_TIMEOUT(h.email()->design, expected, kTimeoutMs);
            QVERIFY(previewCaughtUp(h));
            QCOMPARE(h.window.editorPane()->selectedBlockId(), image.id);

            // 5. A placeholder with a fallback at the end of the heading: "Insert field" ▸ First name, then
            // the
            //    fallback typed into the box that opens.
            QVERIFY(selectBlockRow(h, QStringLiteral("Heading")));
            heading->setFocus();
            QTest::keyClick(heading, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(heading, QStringLiteral(", "));
            const EmailDesign beforePlaceholder = h.email()->design;
            // The design at each step of the history from here on.
            QHash<int, EmailDesign> history;
            QUndoStack *stack = h.design()->undoStack();
            history.insert(stack->index(), h.email()->design);
            const QMetaObject::Connection recording =
                connect(stack, &QUndoStack::indexChanged, this,
                        [&](int index) { history.insert(index, h.design()->design()); });
            auto *insert = h.find<QToolButton>(QStringLiteral("headingTextInsertFieldButton"));
            QVERIFY(insert && insert->isEnabled());
            QAction *firstName = nullptr;
            for (QAction *a : insert->menu()->actions())
                if (a->data().toString() == u"traits.name.first")
                    firstName = a;
            QVERIFY2(firstName, "the sample person's first name is offered");
            QCOMPARE(firstName->text(), QStringLiteral("First name"));
            firstName->trigger();
            auto *fallback = h.find<QLineEdit>(QStringLiteral("promptLineEdit"));
            QVERIFY(fallback);
            QTRY_VERIFY(fallback->isVisible());
            retype(fallback, QStringLiteral("friend"));
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("promptDoneButton")), Qt::LeftButton);
            EmailDesign withPlaceholder = beforePlaceholder;
            for (Block &b : withPlaceholder.blocks) {
                if (b.kind == BlockKind::Heading) {
                    Inline chip;
                    chip.placeholder =
                        Placeholder{QStringLiteral("traits.name.first"), QStringLiteral("friend")};
                    b.line.append(chip);
                    break;
                }
            }
            QTRY_COMPARE_WITH_TIMEOUT(h.email()->design, withPlaceholder, kTimeoutMs);
            QVERIFY(previewCaughtUp(h));
            QCOMPARE(evalInPage(h, QStringLiteral("document.querySelector('h1').textContent")).toString(),
                     kHeading + QStringLiteral(", Jane"));
            // The person's value in the preview, the fallback for someone without a first name.
            QVERIFY(h.window.previewView()->currentHtml().contains(kHeading + QStringLiteral(", Jane")));
            QJsonObject nameless = h.window.session()->project().sampleIdentity;
            QJsonObject traits = nameless.value(u"traits").toObject();
            traits.remove(QStringLiteral("name"));
            nameless.insert(QStringLiteral("traits"), traits);
            QVERIFY(DesignGenerator::html(withPlaceholder, expectedTheme,
                                          DesignGenerator::valuesFor(withPlaceholder, nameless))
                        .contains(kHeading + QStringLiteral(", friend")));

            // 6. Ctrl+Z undoes the last step, and only that: the design is exactly what it was one step of
            // the
            //    designer's history before (the history merges typing into one step per field).
            QCOMPARE(h.email()->design, withPlaceholder);
            QUndoStack *undo = h.window.editorPane()->designUndoStack();
            QVERIFY(undo && undo->canUndo());
            const int steps = undo->index();
            disconnect(recording);
            // The offscreen platform does not hand activation back when a popup closes (a desktop does).
            if (!h.window.isActiveWindow()) {
                h.window.activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(&h.window));
            }
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus && h.window.editorPane()->isAncestorOf(focus));
            QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(undo->index(), steps - 1);
            QCOMPARE(h.email()->design, history.value(steps - 1));
            QVERIFY2(h.email()->design != withPlaceholder, "Ctrl+Z changed nothing");
            expected = h.email()->design;
            QVERIFY(previewCaughtUp(h));
            // The last step was typing the fallback: the chip stays, with the fallback it was inserted with.
            EmailDesign suggested = withPlaceholder;
            for (Block &b : suggested.blocks)
                if (b.kind == BlockKind::Heading)
                    b.line.last().placeholder->fallback = QStringLiteral("there");
            QCOMPARE(expected, suggested);

            // Save.
            h.prompter.savePath = file;
            QAction *save = h.find<QAction>(QStringLiteral("saveAction"));
            QVERIFY(save);
            save->trigger();
            QVERIFY(!h.window.document()->isDirty());
            QVERIFY(QFile::exists(file));
        }

        // Reopen in a new window: the same design, theme and preview.
        Harness h(m_dir.filePath(QStringLiteral("settings2.ini")));
        h.window.show();
        h.window.start(file);
        QVERIFY(h.email());
        QCOMPARE(h.window.document()->filePath(), file);
        QVERIFY(h.window.editorPane()->isDesignMode());
        QCOMPARE(h.email()->design, expected);
        QCOMPARE(h.window.session()->theme(), expectedTheme);
        QVERIFY(previewCaughtUp(h));
        const QJsonObject identity = h.window.session()->project().sampleIdentity;
        const QString html =
            DesignGenerator::html(expected, expectedTheme, DesignGenerator::valuesFor(expected, identity));
        QCOMPARE(h.window.previewView()->currentHtml(), html);

        // What the page shows: read back from the rendered email.
        QVERIFY(evalInPage(h, QStringLiteral("document.querySelector('h1').textContent"))
                    .toString()
                    .startsWith(kHeading));
        QCOMPARE(evalInPage(h, QStringLiteral("document.querySelector('img[src=\"%1\"]').alt").arg(kImageUrl))
                     .toString(),
                 kImageAlt);
        const QString buttonColour =
            evalInPage(h, QStringLiteral("(function () { var a = document.querySelector('a[href=\"%1\"]'); "
                                         "if (!a) return 'no button link'; var c = a.closest('td') || a; "
                                         "return getComputedStyle(c).backgroundColor; })()")
                              .arg(kButtonLink))
                .toString();
        QCOMPARE(buttonColour, QStringLiteral("rgb(194, 24, 91)")); // #c2185b

        // The CLI renders the same message from the saved file.
        QString error;
        const QJsonObject message = renderWithCli(file, &error);
        QVERIFY2(!message.isEmpty(), qPrintable(error));
        QCOMPARE(message.value(u"html").toString(), html);
        QCOMPARE(message.value(u"text").toString(),
                 DesignGenerator::plainText(expected, DesignGenerator::valuesFor(expected, identity)));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDesignFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_designflow.moc"
