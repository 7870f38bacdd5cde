#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace civic {

/// One file of a pack: where it goes, how large it is and its SHA-256 (lower-case hex).
struct ManifestFile {
    QString path;
    qint64 size = 0;
    QByteArray sha256;
};

/// The list of every file of one pack version, as built into archives and published to channels.
/// Everything a kiosk installs is checked against it.
struct PackManifest {
    static constexpr int kFormat = 1;
    /// A pack is text and pictures, perhaps videos: more files than this is an attack or a mistake.
    static constexpr qsizetype kMaxFiles = 20000;
    /// The largest manifest file a kiosk reads.
    static constexpr qint64 kMaxManifestBytes = 8 * 1024 * 1024;

    QString channel;  ///< set in a channel's manifests, empty in an archive's
    QString id;
    QString version;
    QDateTime created;
    int schema = 0;
    QList<ManifestFile> files;

    qint64 totalSize() const;
    QByteArray toJson() const;
    /// SHA-256 (hex) of what the pack holds, whichever channel or stick it came by: two
    /// manifests with the same content hash are the same pack version.
    QString contentSha256() const;

    /// Reads and checks a manifest: every path safe (see isSafePath), no two alike even in case,
    /// sizes and hashes well-formed. On failure says what is wrong, naming the field.
    static std::optional<PackManifest> fromJson(const QByteArray &json, QString *error);

    /// Lists and hashes the files of a checked pack source (see PackImporter). `progress` is told
    /// the bytes hashed so far and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static std::optional<PackManifest> fromSource(const QString &sourceDir, QString *error, const Progress &progress = {});

    /// A path a pack may hold: relative, '/'-separated, no '.', '..' or empty parts, no backslash,
    /// colon or control characters, at most 400 characters.
    static bool isSafePath(const QString &path);
};

/// Files of a pack source that are not part of the pack: hidden files and a compiled database.
bool isPackSourceFile(const QString &relativePath);

} // namespace civic
