#include "attractcontroller.h"

#include "attractplaylist.h"
#include "idlereset.h"
#include "router.h"
#include "schedulecontroller.h"
#include "visitoractivity.h"

AttractController::AttractController(AttractPlaylist *playlist, VisitorActivity *activity, IdleReset *idleReset,
                                     Router *router, int idleMs, QObject *parent)
    : QObject(parent), m_playlist(playlist), m_idleReset(idleReset), m_router(router)
{
    if (idleMs <= 0)
        return;
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &AttractController::idle);
    // Queued: the waking touch is delivered to the loop's view (which swallows it) before the
    // view goes away, so the page beneath never sees it.
    connect(activity, &VisitorActivity::touched, this, &AttractController::touched, Qt::QueuedConnection);
    m_idle.start();
}

void AttractController::setSchedule(ScheduleController *schedule)
{
    m_schedule = schedule;
    connect(schedule, &ScheduleController::changed, this, [this] {
        if (m_schedule->isClosed())
            m_playlist->stop();
    });
}

void AttractController::idle()
{
    // Someone's visit is still being counted down, or the kiosk is closed: the loop waits.
    if (!m_idleReset->isPristine() || (m_schedule && m_schedule->isClosed())) {
        m_idle.start();
        return;
    }
    if (m_items)
        m_playlist->setItems(m_items());
    m_playlist->start();
}

void AttractController::touched()
{
    if (m_playlist->isRunning()) {
        m_playlist->stop();
        m_router->home();
        emit interrupted();
    }
    m_idle.start();
}
