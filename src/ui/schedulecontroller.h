#pragma once

#include "openinghours.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

#include <functional>

class VisitorActivity;

/// Opening hours on the screen: outside them the kiosk dims to a "closed" screen and turns the
/// display off with the configured command; a touch wakes it for a while; at opening time the
/// display comes back on. Commands run without a shell and never block the screen.
class ScheduleController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the schedule")
    Q_PROPERTY(bool closed READ isClosed NOTIFY changed)
    Q_PROPERTY(QString reopens READ reopens NOTIFY changed)

public:
    struct Setup {
        civic::OpeningHours hours;
        QStringList displayOffCommand;  ///< argv; empty: the display stays on
        QStringList displayOnCommand;
        int wakeMs = 5 * 60 * 1000;
        std::function<QDateTime()> clock;  ///< tests pass their own; default the system clock
    };

    ScheduleController(Setup setup, VisitorActivity *activity, QObject *parent = nullptr);

    /// Whether the closed screen shows: outside the hours, and not woken by a touch.
    bool isClosed() const { return m_closed; }
    /// When it opens again, in the visitor's words ("Mon 07:00"), empty when not closed.
    QString reopens() const;

    /// Looks at the clock again now (the timer does this by itself at every change).
    void update();
    /// The commands run so far, oldest first, for tests and the admin page ("off", "on").
    QStringList commandLog() const { return m_log; }

signals:
    void changed();

private:
    void woken();
    void runDisplayCommand(bool on);
    QDateTime now() const;

    Setup m_setup;
    QTimer m_next;
    QTimer m_wake;
    bool m_closed = false;
    bool m_displayOn = true;
    QStringList m_log;
};
