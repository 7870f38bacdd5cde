#include "pinhash.h"

#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>

namespace civic {

namespace {

// libsodium's "interactive" limits (2 passes over 64 MiB): the screen waits while a PIN is
// checked, and on a Raspberry Pi 4 (libsodium has no ARM-tuned Argon2) that should stay well under
// a second -- an estimate, to be measured on the board. 64 MiB also fits beside the UI on 2 GB.
// The "moderate" ones (256 MiB, 3 passes) would make the technician wait seconds per try, and
// gain nothing: at the screen PinLock limits tries, and whoever can read the config can try all
// 10,000 four-digit PINs against either in hours, so kiosk.conf must stay unreadable to others.
constexpr unsigned long long kOpsLimit = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;

// A hash from the config may ask for more than we make, but not so much that checking one PIN
// pages the kiosk out or keeps the screen frozen for seconds.
constexpr qint64 kMaxMemoryKiB = 256 * 1024;
constexpr qint64 kMaxPasses = 10;

bool initialized()
{
    // A function-local static: initialised once, thread-safe, whichever caller comes first.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

// Only ASCII digits: the pad has no other keys, and QChar::isDigit() would let in Arabic-Indic
// and other digits that no pad can type.
QString pinProblem(const QString &pin)
{
    const bool digitsOnly = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const QString rule = QStringLiteral("the PIN must be %1 to %2 digits (0-9)").arg(kMinPinDigits).arg(kMaxPinDigits);
    if (!digitsOnly)
        return rule + QStringLiteral("; this one has characters other than digits");
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
        return rule + QStringLiteral("; this one has %1").arg(pin.size());
    return {};
}

QByteArray hashPin(const QString &pin, QString *error)
{
    if (const QString problem = pinProblem(pin); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (!initialized()) {
        *error = QStringLiteral("libsodium cannot be initialized");
        return {};
    }
    QByteArray secret = pin.toLatin1();
    char out[crypto_pwhash_STRBYTES];
    const int failed = crypto_pwhash_str_alg(out, secret.constData(), static_cast<unsigned long long>(secret.size()), kOpsLimit,
                                             kMemLimit, crypto_pwhash_ALG_ARGON2ID13);
    // The copy is ours to wipe; the caller's QString is not.
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    if (failed != 0) {
        *error = QStringLiteral("not enough memory to hash the PIN (Argon2id needs %1 MiB)").arg(kMemLimit >> 20);
        return {};
    }
    return QByteArray(out);
}

bool isPinHash(const QByteArray &text)
{
    // anchoredPattern(): a plain '$' would also match before a trailing newline.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("\\$argon2id\\$v=19\\$m=([1-9][0-9]{0,8}),t=([1-9][0-9]{0,2}),p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}")));
    if (text.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    if (!match.hasMatch())
        return false;
    const qint64 memoryKiB = match.captured(1).toLongLong();
    const qint64 passes = match.captured(2).toLongLong();
    // Argon2 needs at least 8 KiB per lane.
    return memoryKiB >= 8 && memoryKiB <= kMaxMemoryKiB && passes <= kMaxPasses;
}

bool verifyPin(const QString &pin, const QByteArray &hash)
{
    if (!pinProblem(pin).isEmpty() || !isPinHash(hash) || !initialized())
        return false;
    QByteArray secret = pin.toLatin1();
    const bool matches =
        crypto_pwhash_str_verify(hash.constData(), secret.constData(), static_cast<unsigned long long>(secret.size())) == 0;
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return matches;
}

} // namespace civic
