#pragma once

#include "minisign.h"
#include "packstore.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace civic {

struct ChannelIndex;

/// Fetches updates from a channel (see `civic-pack publish`) into the pack store: latest.json,
/// its manifest, then only the blobs the store lacks, each checked before it is kept. Treats
/// everything from the network as hostile: signatures, channel names, versions, expiry, sizes
/// and hashes are checked, and slow or endless answers are cut off.
class ChannelClient
{
public:
    struct Settings {
        QUrl base;  ///< the channel's folder, e.g. https://packs.example.org/stuttgart/
        QString channel;
        QList<minisign::PublicKey> trusted;
        qint64 maxPackBytes = 8LL * 1024 * 1024 * 1024;
        qint64 maxManifestBytes = 8LL * 1024 * 1024;
        int stallTimeoutMs = 30000;        ///< no byte for this long: give up
        qint64 minBytesPerSecond = 4096;   ///< slower than this, measured over slowWindowMs: give up
        int slowWindowMs = 20000;
    };

    struct Outcome {
        enum class Kind { UpToDate, Installed, Refused, Unreachable };
        Kind kind = Kind::Unreachable;
        QString message;
        qint64 bytesDownloaded = 0;
    };

    ChannelClient(Settings settings, PackStore &store);

    /// One look at the channel, and the update if there is one. Blocks until done; runs an
    /// event loop meanwhile.
    Outcome checkOnce();

private:
    struct Fetched {
        int status = 0;
        QByteArray body;
        QString etag;
        QString error;     ///< set when the answer is unusable
        bool hostile = false;  ///< the answer broke a rule (too large, a web page): a refusal
    };

    Fetched fetch(const QString &relative, qint64 maxBytes, const QString &ifNoneMatch = {});
    /// Downloads into `file`, resuming what an earlier run left there. Returns an error or "".
    QString download(const QString &relative, const QString &file, qint64 expectedSize, bool *hostile);
    /// Records the outcome; `index` only when the channel's latest.json was taken as it is.
    Outcome finish(Outcome outcome, const ChannelIndex *index = nullptr, const QString &etag = {});

    Settings m_settings;
    PackStore &m_store;
    QNetworkAccessManager m_network;
    qint64 m_downloaded = 0;
};

} // namespace civic
