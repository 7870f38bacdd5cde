#pragma once

#include "packmanifest.h"

#include <QString>

#include <optional>

namespace civic {

/// Limits a kiosk applies to an archive from outside.
struct ArchiveLimits {
    qint64 maxTotalBytes = 8LL * 1024 * 1024 * 1024;
    /// Unpacked bytes per byte of archive: text compresses ten-fold, a ZIP bomb a thousand-fold.
    qint64 maxExpansion = 100;
};

/// The .ckpack file: one ZIP holding `manifest.json` first, then every file the manifest lists.
/// Written and read with libarchive, streaming, so a pack of gigabytes never sits in memory.
class PackArchive
{
public:
    static constexpr const char *kManifestName = "manifest.json";

    /// Writes the files of `manifest` from `sourceDir` into a new archive at `path` (replaced only
    /// once complete). Returns an empty string on success, otherwise what went wrong.
    static QString write(const QString &sourceDir, const PackManifest &manifest, const QString &path,
                         const PackManifest::Progress &progress = {});

    /// Reads the archive at `path`, checking every entry against the manifest inside it, and,
    /// with a `targetDir`, writes the files there (a folder that must not exist yet). Refuses
    /// unsafe or duplicate names, links, files the manifest does not list or that differ from
    /// it, and archives over the limits; the reason names the entry.
    static std::optional<PackManifest> extract(const QString &path, const QString &targetDir, QString *error,
                                               const ArchiveLimits &limits = {});

    /// Sees every byte of the archive file once, in order, as it is read (for the signature's
    /// hash: one pass over a large pack instead of two).
    using RawObserver = std::function<void(const char *data, qsizetype size)>;
    static std::optional<PackManifest> extract(const QString &path, const QString &targetDir, QString *error,
                                               const ArchiveLimits &limits, const RawObserver &observer);
};

} // namespace civic
