#include "schedulecontroller.h"

#include "visitoractivity.h"

#include <QLocale>
#include <QProcess>

#include <algorithm>

ScheduleController::ScheduleController(Setup setup, VisitorActivity *activity, QObject *parent)
    : QObject(parent), m_setup(std::move(setup))
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ScheduleController::update);
    m_wake.setSingleShot(true);
    m_wake.setInterval(std::max(100, m_setup.wakeMs));
    connect(&m_wake, &QTimer::timeout, this, &ScheduleController::update);
    // Queued: the waking touch reaches the closed screen first, which swallows it, and only then
    // does the page beneath appear; it must not act on that touch.
    connect(activity, &VisitorActivity::touched, this, &ScheduleController::woken, Qt::QueuedConnection);
    update();
}

QDateTime ScheduleController::now() const
{
    return m_setup.clock ? m_setup.clock() : QDateTime::currentDateTime();
}

void ScheduleController::update()
{
    const QDateTime at = now();
    const bool open = m_setup.hours.isOpen(at);
    const bool closed = !open && !m_wake.isActive();
    if (closed != m_closed) {
        m_closed = closed;
        emit changed();
    }
    runDisplayCommand(!closed);
    // A timer cannot wait for weeks, and the clock may be set meanwhile (NTP after boot): look
    // again at the next change, at least every ten minutes.
    constexpr qint64 kMostMs = 10 * 60 * 1000;
    const QDateTime next = m_setup.hours.nextChange(at);
    const qint64 ms = next.isValid() ? std::clamp<qint64>(at.msecsTo(next) + 500, 500, kMostMs) : kMostMs;
    m_next.start(static_cast<int>(ms));
}

void ScheduleController::woken()
{
    if (m_setup.hours.isOpen(now()))
        return;
    m_wake.start();  // a touch while woken keeps it awake
    update();
}

QString ScheduleController::reopens() const
{
    if (!m_closed)
        return {};
    const QDateTime next = m_setup.hours.nextChange(now());
    if (!next.isValid())
        return {};
    const QLocale locale;
    return locale.toString(next.toTimeZone(m_setup.hours.timeZone()), QStringLiteral("ddd HH:mm"));
}

void ScheduleController::runDisplayCommand(bool on)
{
    if (on == m_displayOn)
        return;
    m_displayOn = on;
    m_log.append(on ? QStringLiteral("on") : QStringLiteral("off"));
    const QStringList &command = on ? m_setup.displayOnCommand : m_setup.displayOffCommand;
    if (command.isEmpty())
        return;
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, process, [process, command](int exitCode, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || exitCode != 0)
            qWarning("display command %s failed (exit %d): %s", qPrintable(command.join(u' ')), exitCode,
                     process->readAllStandardError().trimmed().constData());
        process->deleteLater();
    });
    connect(process, &QProcess::errorOccurred, process, [process, command](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qWarning("display command %s cannot start: %s", qPrintable(command.join(u' ')),
                     qPrintable(process->errorString()));
            process->deleteLater();
        }
    });
    process->start(command.first(), command.mid(1));
}
