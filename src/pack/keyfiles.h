#pragma once

#include "minisign.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// Small files civic-pack reads and writes: keys, signatures, indexes.
std::optional<QByteArray> readSmallFile(const QString &path, QString *error);
/// Writes `contents` to `path`, replacing it only once complete.
bool writeFile(const QString &path, const QByteArray &contents, QString *error);
/// Reads a secret key file, asking for its password when it has one. `unreadable` tells a file
/// that cannot be read from a key that cannot be used.
std::optional<civic::minisign::SecretKey> loadSecretKey(const QString &path, QString *error, bool *unreadable = nullptr);
/// Signs the file at `path` with `key`, writing PATH.minisig (or `signaturePath`).
bool signFile(const civic::minisign::SecretKey &key, const QString &path, const QString &trustedComment,
              QString *error, const QString &signaturePath = {});
