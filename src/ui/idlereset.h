#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

class Catalog;
class DisplayModes;
class Router;
class VisitorActivity;

/// Forgets each visitor: after a while without a touch it asks "Still there?" with a countdown,
/// then goes home in the default language, as the next visitor should find the kiosk. A touch
/// at any time puts the reset off. Nothing happens while the kiosk already looks untouched.
class IdleReset : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the idle reset")
    Q_PROPERTY(bool countingDown READ isCountingDown NOTIFY countdownChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY countdownChanged)

public:
    IdleReset(VisitorActivity *activity, Router *router, Catalog *catalog, int idleMs, int countdownMs,
              QObject *parent = nullptr);

    bool isCountingDown() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }
    /// Whether the kiosk looks as a new visitor should find it (home, default language, no
    /// display mode on).
    bool isPristine() const;

    /// The modes the reset also turns off (large text, high contrast, low reach).
    void setDisplayModes(DisplayModes *modes);

    /// What the timers do when they run out, at once: a fake clock for tests, which step through
    /// the reset instead of waiting for it.
    void idleNow() { idle(); }
    void countdownEndsNow();

    /// The visitor answered "yes, still here".
    Q_INVOKABLE void stillHere();

signals:
    void countdownChanged();
    /// The kiosk is about to be set back for the next visitor.
    void aboutToReset();
    /// The kiosk has just been set back for the next visitor: pages close what they opened.
    void reset();

private:
    void idle();
    void tick();
    void restart();
    void setBack();

    Router *m_router;
    Catalog *m_catalog;
    DisplayModes *m_modes = nullptr;
    QTimer m_idle;
    QTimer m_tick;
    int m_countdownMs;
    int m_secondsLeft = 0;
    bool m_touchedSinceReset = false;  ///< a visit happened since the kiosk was last set back
};
