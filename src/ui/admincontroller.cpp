#include "admincontroller.h"

#include "catalog.h"
#include "contentstore.h"
#include "healthmarks.h"
#include "recentmessages.h"
#include "storestate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace {

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    return days > 0 ? QStringLiteral("%1 d %2 h").arg(days).arg(hours)
                    : QStringLiteral("%1 h %2 min").arg(hours).arg(minutes);
}

QVariantMap fact(const QString &label, const QString &value)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
}

// Seconds since the machine booted, from the kernel; empty where there is no /proc.
QString systemUptime()
{
    QFile file(QStringLiteral("/proc/uptime"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const double seconds = file.readAll().split(' ').value(0).toDouble();
    return formatDuration(static_cast<qint64>(seconds));
}

} // namespace

AdminController::AdminController(const Catalog *catalog, Setup setup, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_setup(std::move(setup)), m_lock(m_setup.pinHash, m_setup.clock)
{
    // The lock ends on the PIN lock's own clock; the pad learns of it within a second.
    m_lockWatch.setInterval(1000);
    connect(&m_lockWatch, &QTimer::timeout, this, [this] {
        if (!m_lock.isLocked())
            m_lockWatch.stop();
        emit padChanged();
    });
}

int AdminController::lockMinutesLeft() const
{
    const qint64 ms = m_lock.msUntilUnlocked();
    return ms <= 0 ? 0 : static_cast<int>((ms + 59999) / 60000);
}

QString AdminController::enterPin(const QString &pin)
{
    const civic::PinLock::Result result = m_lock.attempt(pin);
    if (m_lock.isLocked() && m_lock.hasPin())
        m_lockWatch.start();
    emit padChanged();
    switch (result) {
    case civic::PinLock::Result::Accepted:
        m_unlocked = true;
        m_requestNote.clear();
        emit unlockedChanged();
        emit factsChanged();
        return QStringLiteral("accepted");
    case civic::PinLock::Result::Wrong:
        return QStringLiteral("wrong");
    case civic::PinLock::Result::Locked:
        break;
    }
    return QStringLiteral("locked");
}

void AdminController::openForScreenshot()
{
    m_unlocked = true;
    emit unlockedChanged();
}

void AdminController::close()
{
    if (!m_unlocked)
        return;
    m_unlocked = false;
    emit unlockedChanged();
}

void AdminController::refresh()
{
    emit factsChanged();
}

bool AdminController::isClockTrusted() const
{
    const QDateTime created = m_catalog->store().info().created;
    return !created.isValid() || QDateTime::currentDateTimeUtc() >= created;
}

QVariantList AdminController::facts() const
{
    const civic::PackInfo &pack = m_catalog->store().info();
    const QLocale locale(m_catalog->language());
    QVariantList list;
    list << fact(tr("Kiosk"), m_setup.kioskId.isEmpty() ? tr("(no kiosk.conf)") : m_setup.kioskId);
    list << fact(tr("Program"), QCoreApplication::applicationVersion());
    list << fact(tr("Pack"), pack.id.isEmpty() ? tr("none") : pack.id + u' ' + pack.version);
    list << fact(tr("Pack made"), pack.created.isValid() ? locale.toString(pack.created.toLocalTime(), QLocale::ShortFormat) : QString());
    list << fact(tr("Clock"), locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)
                                  + (isClockTrusted() ? QString() : u' ' + tr("– NOT TRUSTED: earlier than the pack was made")));
    if (!m_setup.dataDir.isEmpty()) {
        QFile stateFile(QDir(m_setup.dataDir).filePath(QStringLiteral("state.json")));
        const auto state = stateFile.open(QIODevice::ReadOnly) ? civic::StoreState::parse(stateFile.readAll())
                                                                 : std::nullopt;
        list << fact(tr("Last update check"),
                     state && state->lastCheck.isValid()
                         ? locale.toString(state->lastCheck.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(": ")
                               + state->lastResult
                         : tr("never"));
        const QStorageInfo disk(m_setup.dataDir);
        list << fact(tr("Free space for packs"),
                     disk.isValid() ? locale.formattedDataSize(disk.bytesAvailable()) + QStringLiteral(" / ")
                                          + locale.formattedDataSize(disk.bytesTotal())
                                    : tr("unknown"));
    }
    list << fact(tr("Running for"), formatDuration(m_started.secsTo(QDateTime::currentDateTimeUtc())));
    if (const QString uptime = systemUptime(); !uptime.isEmpty())
        list << fact(tr("Machine up for"), uptime);
    return list;
}

QString AdminController::recentErrors() const
{
    return RecentMessages::recent().join(u'\n');
}

bool AdminController::writeRequest(const QString &name)
{
    const QString folder = civic::HealthMarks::requestsDir(m_setup.stateDir);
    if (m_setup.stateDir.isEmpty() || !QDir().mkpath(folder)) {
        m_requestNote = tr("Cannot ask: this kiosk has no state folder (run with a kiosk.conf).");
        emit factsChanged();
        return false;
    }
    QSaveFile file(QDir(folder).filePath(name));
    const bool written = file.open(QIODevice::WriteOnly)
                         && file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n') > 0
                         && file.commit();
    if (!written)
        m_requestNote = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    return written;
}

void AdminController::requestUpdateCheck()
{
    if (writeRequest(QStringLiteral("update.request")))
        m_requestNote = tr("Update check requested: civic-kioskctl will check within a minute.");
    emit factsChanged();
}

void AdminController::requestRollback()
{
    if (writeRequest(QStringLiteral("rollback.request")))
        m_requestNote = tr("Rollback requested: civic-kioskctl will go back to the previous version within a minute.");
    emit factsChanged();
}

void AdminController::restartProgram()
{
    QCoreApplication::exit(0);
}
