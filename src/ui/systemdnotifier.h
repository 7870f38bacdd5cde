#pragma once

#include <QObject>
#include <QTimer>

#include <cstdint>

class QQuickWindow;

/// Tells systemd (Type=notify) that the screen is up once its first frame is on the glass, and
/// feeds the service watchdog from the screen's own thread: a frozen UI stops the pings and
/// systemd restarts it. Does nothing when not started by systemd (no NOTIFY_SOCKET).
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject *parent = nullptr);

    /// READY=1 after `window`'s next frame; the watchdog (WATCHDOG_USEC) from then on.
    void readyAfterFirstFrame(QQuickWindow *window);
    /// A line for `systemctl status`.
    static void status(const QString &text);

    /// The watchdog interval systemd asks for, also when the kiosk runs as a child of cage (whose
    /// PID is the service's main PID); 0 without a watchdog.
    static uint64_t watchdogUsec();

private:
    void ready();

    QTimer m_watchdog;
};
