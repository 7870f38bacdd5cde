#include "systemdnotifier.h"

#include <QQuickWindow>

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject *parent) : QObject(parent)
{
    connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
}

void SystemdNotifier::readyAfterFirstFrame(QQuickWindow *window)
{
    if (!window) {
        ready();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(window, &QQuickWindow::frameSwapped, this, [this, connection] {
        QObject::disconnect(*connection);
        ready();
    });
    window->update();
}

void SystemdNotifier::status(const QString &text)
{
    sd_notify(0, QByteArray("STATUS=" + text.toUtf8()).constData());
}

uint64_t SystemdNotifier::watchdogUsec()
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0)
        return usec;
    // Under cage the service's main process is cage, whose PID systemd puts in WATCHDOG_PID, so
    // sd_watchdog_enabled() says "not for you". The screen is what must be watched: with
    // NotifyAccess=all in the unit, its pings count all the same.
    if (qEnvironmentVariableIsEmpty("NOTIFY_SOCKET"))
        return 0;
    bool ok = false;
    const qulonglong interval = qEnvironmentVariable("WATCHDOG_USEC").toULongLong(&ok);
    return ok ? interval : 0;
}

void SystemdNotifier::ready()
{
    sd_notify(0, "READY=1");
    const uint64_t usec = watchdogUsec();
    // Pinged at half the interval from the event loop: only a loop that still runs keeps it fed.
    if (usec > 0) {
        m_watchdog.start(static_cast<int>(std::max<uint64_t>(usec / 2000, 50)));
        sd_notify(0, "WATCHDOG=1");
    }
}
