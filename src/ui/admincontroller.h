#pragma once

#include "pinlock.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

class Catalog;

/// The technicians' page behind the PIN pad: what the kiosk runs and how it is doing, and the
/// few things they may do from the screen. The screen cannot write the pack store (DESIGN.md),
/// so an update check or a rollback is asked for with a request file in the UI's state dir,
/// which civic-kioskctl carries out.
class AdminController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the admin controller")
    Q_PROPERTY(bool unlocked READ isUnlocked NOTIFY unlockedChanged)
    Q_PROPERTY(bool padLocked READ isPadLocked NOTIFY padChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY padChanged)
    Q_PROPERTY(int lockMinutesLeft READ lockMinutesLeft NOTIFY padChanged)
    Q_PROPERTY(bool hasPin READ hasPin CONSTANT)
    Q_PROPERTY(QVariantList facts READ facts NOTIFY factsChanged)
    Q_PROPERTY(QString recentErrors READ recentErrors NOTIFY factsChanged)
    Q_PROPERTY(bool clockTrusted READ isClockTrusted NOTIFY factsChanged)
    Q_PROPERTY(QString requestNote READ requestNote NOTIFY factsChanged)

public:
    struct Setup {
        QString kioskId;
        QByteArray pinHash;
        QString dataDir;   ///< the pack store, read for the last update check
        QString stateDir;  ///< the UI's own dir, where requests are written
        civic::PinLock::Clock clock;  ///< monotonic ms; tests pass their own
    };

    AdminController(const Catalog *catalog, Setup setup, QObject *parent = nullptr);

    bool isUnlocked() const { return m_unlocked; }
    bool isPadLocked() const { return m_lock.isLocked(); }
    int attemptsLeft() const { return m_lock.attemptsLeft(); }
    int lockMinutesLeft() const;
    bool hasPin() const { return m_lock.hasPin(); }
    /// Label/value pairs in the order the page lists them.
    QVariantList facts() const;
    /// The last warnings, newest first, one per line.
    QString recentErrors() const;
    /// False when the clock is earlier than the shown pack was made: it cannot be right.
    bool isClockTrusted() const;
    QString requestNote() const { return m_requestNote; }

    /// Checks a PIN from the pad: "accepted", "wrong" or "locked". Blocks for the Argon2id check,
    /// a fraction of a second, which a technician's tap can afford.
    Q_INVOKABLE QString enterPin(const QString &pin);
    /// Opens the page without the PIN, for `civic-kiosk --screenshot --route admin`: whoever can
    /// start the program with arguments is on the machine's shell already.
    void openForScreenshot();
    /// Leaves the admin page; the next visit asks for the PIN again.
    Q_INVOKABLE void close();
    /// Reads the facts again (disk space, uptime, the store's last check).
    Q_INVOKABLE void refresh();
    /// Asks civic-kioskctl to check the channel now.
    Q_INVOKABLE void requestUpdateCheck();
    /// Asks civic-kioskctl to go back to the previous pack version.
    Q_INVOKABLE void requestRollback();
    /// Ends the program; systemd starts it again (Restart=always).
    Q_INVOKABLE void restartProgram();

signals:
    void unlockedChanged();
    void padChanged();
    void factsChanged();

private:
    bool writeRequest(const QString &name);

    const Catalog *m_catalog;
    Setup m_setup;
    civic::PinLock m_lock;
    bool m_unlocked = false;
    QString m_requestNote;
    QDateTime m_started = QDateTime::currentDateTimeUtc();
    QTimer m_lockWatch;  ///< while the pad is locked: the minutes left, and the end of the lock
};
