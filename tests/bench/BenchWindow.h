#pragma once

#include "BenchSupport.h"
#include "core/common/Settings.h"
#include "core/mandrill/MandrillClient.h"
#include "core/render/RenderService.h"
#include "core/render/TemplateEvaluator.h"
#include "core/secrets/SecretStore.h"
#include "session/DocumentPrompter.h"
#include "window/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class QPlainTextEdit;
class QWidget;

namespace hookmail::bench {

// The real window with the services app/main.cpp creates (pool of 2 workers), a prompter that never
// asks, and a watch on the preview: when the render result arrived, when its HTML was written into the
// page (and confirmed), and when the web view painted after the write.
class BenchWindow : public QObject
{
public:
    BenchWindow();
    ~BenchWindow() override;

    // Shows the window and waits for the first preview. False (with `error`) when it never came.
    // `beforeStart` runs once the window is shown, before the first document (and the web engine) starts.
    // The built-in email opens in Design mode; unless `design` is set, start() switches it to Code, where the
    // figures of issue 7 type into the Jsonnet.
    bool start(QString *error, const std::function<void()> &beforeStart = {}, bool design = false);
    MainWindow *window() const { return m_window.get(); }
    QPlainTextEdit *codeEdit() const;
    int debounceMs() const;
    TemplateEvaluator &evaluator() { return m_evaluator; }
    RenderService &renderer() { return m_renderer; }

    // Replaces the template as a paste would, and waits until its preview is painted.
    bool replaceTemplate(const QString &source, int timeoutMs = 20000);
    // One keystroke at `position` (insert 'x' or Backspace), as typed; returns the time just before it.
    qint64 typeAt(int position, bool backspace);
    // One keystroke into `editor` at its end (insert 'x' or Backspace), as typed; returns the time just
    // before.
    qint64 typeInto(QWidget *editor, bool backspace);

    struct Milestones
    {
        qint64 outcomeNs = 0; // PreviewController delivered the new result to the window
        qint64 writeNs = 0;   // EmailPreviewView::htmlWriteStarted: the HTML handed to Chromium
        qint64 loadedNs = 0;  // EmailPreviewView::htmlLoadFinished: the page confirmed the write
        qint64 paintedNs = 0; // first paint of the web view after the write (0 → none came)
    };
    // Waits for the first preview milestones after `sinceNs` (a write, its confirmation, a paint after it).
    // With `needHtml` false, an outcome alone completes the wait (e.g. an error banner).
    bool waitForPreview(qint64 sinceNs, Milestones *m, int timeoutMs = 20000, bool needHtml = true);
    void settle(int ms); // lets Chromium finish and the machine quieten down

    // GUI-thread cost of each keystroke (key event handled, including the synchronous edit → model →
    // schedule chain) and of each result delivery (RenderService::finish … EmailPreviewView::showOutcome).
    QList<double> keystrokeMs, deliveryMs;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Connected to the evaluator before the RenderService is, so it runs first: marks the start of the
    // synchronous handling of a result on the GUI thread (parse, preview update, checks).
    struct DeliveryStart
    {
        explicit DeliveryStart(TemplateEvaluator *evaluator);
        qint64 startNs = 0;
    };

    QTemporaryDir m_dir;
    Settings m_settings;
    TemplateEvaluator m_evaluator;
    DeliveryStart m_deliveryStart;
    RenderService m_renderer;
    MemorySecretStore m_secrets;
    MandrillClient m_mandrill; // as in app/main.cpp (the Test send pane exists); never sends here
    std::unique_ptr<DocumentPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QList<qint64> m_outcomes, m_writes, m_loads, m_paints;
};

} // namespace hookmail::bench
