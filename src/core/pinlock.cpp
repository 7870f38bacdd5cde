#include "pinlock.h"

#include "pinhash.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <utility>

namespace civic {

PinLock::PinLock(const QByteArray &pinHash, Clock clock)
    // A hash that is not one could never match: treat it as no PIN rather than as five wrong tries.
    : m_hash(isPinHash(pinHash) ? pinHash : QByteArray())
    , m_now(clock ? std::move(clock) : Clock([] { return QDeadlineTimer::current().deadline(); }))
{
}

PinLock::Result PinLock::attempt(const QString &pin)
{
    // Refused before the hash is consulted, so that a locked pad says nothing about the PIN.
    // Tries while locked neither count nor extend the lock: a child tapping the pad must not
    // keep the technician out for ever.
    if (isLocked())
        return Result::Locked;
    if (m_lockedUntil) {
        m_lockedUntil.reset();
        m_wrong = 0;
    }
    if (verifyPin(pin, m_hash)) {
        m_wrong = 0;
        return Result::Accepted;
    }
    if (++m_wrong < kMaxWrong)
        return Result::Wrong;
    m_lockedUntil = m_now() + kLockMs;
    return Result::Locked;
}

bool PinLock::hasPin() const
{
    return !m_hash.isEmpty();
}

bool PinLock::isLocked() const
{
    return !hasPin() || msUntilUnlocked() > 0;
}

qint64 PinLock::msUntilUnlocked() const
{
    if (!hasPin())
        return -1;
    return m_lockedUntil ? std::max<qint64>(*m_lockedUntil - m_now(), 0) : 0;
}

int PinLock::attemptsLeft() const
{
    if (isLocked())
        return 0;
    // A lock that has run out starts a fresh round, as attempt() will.
    return m_lockedUntil ? kMaxWrong : kMaxWrong - m_wrong;
}

} // namespace civic
