#pragma once

#include <QObject>
#include <QTimer>

class AttractPlaylist;
class IdleReset;
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

signals:
    /// A visitor's touch ended the loop (counted in the usage statistics).
    void interrupted();

private:
    void idle();
    void touched();

    AttractPlaylist *m_playlist;
    IdleReset *m_idleReset;
    Router *m_router;
    QTimer m_idle;
};
