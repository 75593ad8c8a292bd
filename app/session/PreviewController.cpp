#include "session/PreviewController.h"

namespace hookmail {

PreviewController::PreviewController(RenderService *renderer, QObject *parent)
    : QObject(parent), m_renderer(renderer)
{
    m_debounce.setSingleShot(true);
    m_debounce.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % (7 ms) late
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewController::start);
    connect(m_renderer, &RenderService::rendered, this, &PreviewController::onRendered);
}

void PreviewController::schedule(const RenderRequest &request)
{
    m_request = request;
    ++m_generation;
    m_debounce.start();
}

void PreviewController::renderNow(const RenderRequest &request)
{
    m_request = request;
    ++m_generation;
    m_debounce.stop();
    start();
}

void PreviewController::start()
{
    if (m_ticket != 0 && m_inFlight == m_request) {
        // The same render is already on its way (a document opening shows its action twice, an edit
        // undone within the debounce): keep it rather than kill its worker and evaluate again.
        m_ticketGeneration = m_generation;
        return;
    }
    if (m_ticket != 0)
        m_renderer->cancel(m_ticket); // superseded: its result would be dropped anyway
    m_ticketGeneration = m_generation;
    m_inFlight = m_request;
    m_ticket = m_renderer->render(m_request);
}

void PreviewController::onRendered(quint64 ticket, const RenderOutcome &outcome)
{
    if (auto it = m_matrixTickets.find(ticket); it != m_matrixTickets.end()) {
        m_matrixOutcomes[it.value()] = outcome;
        m_matrixTickets.erase(it);
        if (--m_matrixRemaining == 0) {
            QList<HookPointCheck> rows;
            for (const RenderOutcome &o : std::as_const(m_matrixOutcomes))
                rows.append(checkRow(o));
            emit matrixReady(rows, ActionChecker::checkOutcomes(m_matrixAction, m_matrixOutcomes));
        }
        return;
    }
    if (ticket != m_ticket)
        return; // an older generation (or someone else's ticket)
    m_ticket = 0;
    if (m_ticketGeneration != m_generation)
        return; // the user typed on while this was rendering; the newer render is queued
    // The email first (the window hands its HTML to Chromium at once), then the checks.
    emit outcomeReady(outcome);
    emit findingsReady(ActionChecker::checkOutcomes(m_request.action, {outcome}), outcome.evaluation);
}

void PreviewController::checkAll(const RenderRequest &base, const QList<HookPoint> &points)
{
    for (auto it = m_matrixTickets.cbegin(); it != m_matrixTickets.cend(); ++it)
        m_renderer->cancel(it.key());
    m_matrixTickets.clear();
    m_matrixAction = base.action;
    m_matrixOutcomes = QList<RenderOutcome>(points.size());
    m_matrixRemaining = int(points.size());
    for (int i = 0; i < points.size(); ++i) {
        RenderRequest request = base;
        request.point = points.at(i);
        m_matrixOutcomes[i].point = points.at(i);
        m_matrixTickets.insert(m_renderer->render(request), i);
    }
    if (points.isEmpty())
        emit matrixReady({}, {});
}

HookPointCheck PreviewController::checkRow(const RenderOutcome &outcome)
{
    HookPointCheck row;
    row.point = outcome.point;
    const EvaluationResult &r = outcome.evaluation;
    if (r.cancelled()) {
        row.ok = true;
        row.message = tr("Skipped on purpose: no address, so Ory sends nothing");
    } else if (!r.ok) {
        row.ok = false;
        row.message =
            r.error.line > 0 ? tr("Line %1: %2").arg(r.error.line).arg(r.error.message) : r.error.message;
    } else if (outcome.inputOverLimit) {
        row.ok = false;
        row.message = tr("Too large for Ory (over 64 KiB with the sample)");
    } else if (outcome.email.to.isEmpty()) {
        row.ok = false;
        row.message = tr("No recipient: Mandrill would send nothing");
    }
    return row;
}

} // namespace hookmail
