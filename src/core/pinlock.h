#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace civic {

/// The admin PIN pad's guard: checks PINs against the configured hash and locks the pad for
/// kLockMs after kMaxWrong wrong PINs in a row, so that a passer-by cannot try PIN after PIN.
///
/// The count lives in memory only: restarting the UI clears it. That is accepted: the kiosk
/// restarts rarely, a restart takes far longer than the lock, and nobody at the screen can cause one.
///
/// With no PIN configured (an empty or malformed hash) the pad is locked for good and the admin
/// page cannot be reached from the screen at all.
///
/// attempt() blocks for the Argon2id check (a fraction of a second); not thread-safe.
class PinLock
{
public:
    enum class Result {
        Accepted,  ///< the right PIN; the count of wrong ones starts again
        Wrong,     ///< a wrong PIN; attemptsLeft() more before the pad locks
        Locked,    ///< refused unchecked because the pad is locked, or the wrong PIN that locked it
    };

    static constexpr int kMaxWrong = 5;
    static constexpr qint64 kLockMs = 5 * 60 * 1000;

    /// Milliseconds on a monotonic clock; the wall clock may jump when NTP syncs after boot.
    using Clock = std::function<qint64()>;

    /// Guards `pinHash` (see isPinHash()); `clock` defaults to QDeadlineTimer's monotonic clock.
    explicit PinLock(const QByteArray &pinHash, Clock clock = {});

    /// Checks `pin` unless the pad is locked.
    Result attempt(const QString &pin);
    /// Whether a PIN is configured at all.
    bool hasPin() const;
    /// Whether attempts are refused now (always, without a PIN).
    bool isLocked() const;
    /// How long the pad stays locked: 0 when it is not, -1 for ever (no PIN).
    qint64 msUntilUnlocked() const;
    /// Wrong PINs still allowed before the pad locks; 0 while it is locked.
    int attemptsLeft() const;

private:
    QByteArray m_hash;
    Clock m_now;
    int m_wrong = 0;
    std::optional<qint64> m_lockedUntil;
};

} // namespace civic
