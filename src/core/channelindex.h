#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace civic {

/// latest.json of a channel: which pack version is current there, which manifest lists it (by
/// path, size and SHA-256), and until when this statement holds. Signed beside it.
struct ChannelIndex {
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxBytes = 64 * 1024;

    QString channel;
    QString id;
    QString version;
    QString manifestPath;  ///< relative to the channel, e.g. manifests/stuttgart-2026.11.2.json
    qint64 manifestSize = 0;
    QByteArray manifestSha256;
    QDateTime published;
    QDateTime expires;

    QByteArray toJson() const;
    /// Reads and checks latest.json; on failure names the field.
    static std::optional<ChannelIndex> fromJson(const QByteArray &json, QString *error);
};

} // namespace civic
