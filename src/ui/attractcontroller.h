#pragma once

#include "packcontent.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class AttractPlaylist;
class IdleReset;
class ScheduleController;
class Router;
class VisitorActivity;

/// When the attract loop runs: after a while without a touch, once the kiosk is as a new visitor
/// finds it. The first touch ends the loop and shows home; the loop's view swallows that touch, so
/// it opens nothing else.
class AttractController : public QObject
{
    Q_OBJECT

public:
    /// `idleMs` <= 0: the loop never starts.
    AttractController(AttractPlaylist *playlist, VisitorActivity *activity, IdleReset *idleReset, Router *router,
                      int idleMs, QObject *parent = nullptr);

    /// Where the playlist comes from, read again at every start: a highlight tip that has ended
    /// drops out, one that has begun joins.
    void setItemsSource(std::function<QList<civic::AttractItem>()> source) { m_items = std::move(source); }
    /// Outside the opening hours the loop neither starts nor goes on (the display is off).
    void setSchedule(ScheduleController *schedule);

signals:
    /// A visitor's touch ended the loop (counted in the usage statistics).
    void interrupted();

private:
    void idle();
    void touched();

    AttractPlaylist *m_playlist;
    IdleReset *m_idleReset;
    Router *m_router;
    ScheduleController *m_schedule = nullptr;
    std::function<QList<civic::AttractItem>()> m_items;
    QTimer m_idle;
};
