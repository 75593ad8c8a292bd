#pragma once

#include "core/render/Checks.h"
#include "core/render/RenderService.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace hookmail {

// Live preview scheduling: edits are debounced (~150 ms), each render gets a generation number and
// only the newest generation's result is shown — an older one still in flight is cancelled or, if it
// arrives anyway, dropped; asking again for the render already in flight keeps it. Also runs "check against
// all hook points". Rendering itself happens in the worker process through RenderService, never on the GUI
// thread.
class PreviewController : public QObject
{
    Q_OBJECT
public:
    explicit PreviewController(RenderService *renderer, QObject *parent = nullptr);

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }
    void schedule(const RenderRequest &request); // debounced
    void renderNow(const RenderRequest &request);
    quint64 generation() const { return m_generation; }
    bool isBusy() const { return m_ticket != 0 || m_debounce.isActive(); }

    // Renders the action at each point and reports which work.
    void checkAll(const RenderRequest &base, const QList<HookPoint> &points);
    static HookPointCheck checkRow(const RenderOutcome &outcome);

signals:
    void outcomeReady(const hookmail::RenderOutcome &outcome);
    // Right after outcomeReady, for the same render.
    void findingsReady(const QList<hookmail::Finding> &findings,
                       const hookmail::EvaluationResult &evaluation);
    void matrixReady(const QList<hookmail::HookPointCheck> &rows, const QList<hookmail::Finding> &findings);

private:
    void start();
    void onRendered(quint64 ticket, const RenderOutcome &outcome);

    RenderService *m_renderer;
    QTimer m_debounce;
    RenderRequest m_request;
    RenderRequest m_inFlight; // what m_ticket renders
    quint64 m_generation = 0;
    quint64 m_ticket = 0;
    quint64 m_ticketGeneration = 0;

    Action m_matrixAction;
    QHash<quint64, int> m_matrixTickets; // ticket → row
    QList<RenderOutcome> m_matrixOutcomes;
    int m_matrixRemaining = 0;
};

} // namespace hookmail
