#pragma once

#include <QByteArray>
#include <QString>

/// The admin page's PIN, kept in the config only as an Argon2id hash (libsodium's
/// crypto_pwhash_str format, "$argon2id$v=19$m=...,t=...,p=1$salt$hash"), made by
/// `civic-kioskctl hash-pin`.
namespace civic {

inline constexpr int kMinPinDigits = 4;
inline constexpr int kMaxPinDigits = 12;

/// Why `pin` cannot be a PIN (not kMinPinDigits to kMaxPinDigits digits 0-9), or an empty string
/// when it can. Never repeats the PIN.
QString pinProblem(const QString &pin);

/// The hash of `pin`, with a fresh random salt. Refuses a PIN pinProblem() refuses, and fails
/// without the memory Argon2id needs: then returns an empty array and says why.
QByteArray hashPin(const QString &pin, QString *error);

/// Whether `text` is a hash hashPin() could have made: Argon2id, version 19, one lane, a 16-byte
/// salt, a 32-byte hash, and limits the kiosk can afford to check. Nothing around it, not even a newline.
bool isPinHash(const QByteArray &text);

/// Whether `pin` matches `hash`. False for a malformed PIN or hash, without trying.
bool verifyPin(const QString &pin, const QByteArray &hash);

} // namespace civic
