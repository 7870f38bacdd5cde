#pragma once

#include "minisign.h"
#include "openinghours.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace civic {

/// A kiosk's settings, from /etc/civic-kiosk/kiosk.conf (TOML). See docs/kiosk-config.md.
struct KioskConfig {
    QString kioskId;
    QString district;
    int attractAfterSeconds = 120;  ///< the attract loop starts after this long untouched; 0: never
    QString dataDir = QStringLiteral("/var/lib/civic-kiosk");  ///< the pack store, written by civic-kioskctl
    QString stateDir = QStringLiteral("/var/lib/civic-kiosk-ui");  ///< the screen's own marks and counters
    int maxFailedStarts = 3;  ///< starts on a pack without a finished screen before rolling back
    int keepVersions = 3;

    QUrl channelUrl;  ///< empty: packs arrive only from a USB stick (civic-kioskctl install)
    QString channelName;
    int pollIntervalMinutes = 360;
    QList<minisign::PublicKey> trustedKeys;

    /// Argon2id hash of the admin page's PIN (civic-kioskctl hash-pin); empty: the admin page
    /// cannot be reached from the screen.
    QByteArray adminPinHash;
    /// Where the screen hangs, for the low-reach layout: its top edge above the floor and its
    /// picture's height (0: not given, the layout keeps the top 40 % free).
    int screenTopEdgeCm = 0;
    int screenHeightCm = 0;
    /// How far the picture is turned clockwise (0, 90, 180, 270): a landscape panel hung as a
    /// portrait screen is 90 or 270. The touch panel may be mounted its own way, so it has its own.
    int screenRotation = 0;
    int touchRotation = 0;

    qint64 maxPackBytes = 8LL * 1024 * 1024 * 1024;
    qint64 maxManifestBytes = 8LL * 1024 * 1024;

    OpeningHours schedule;  ///< without [schedule]: always open
    QStringList displayOffCommand;  ///< program and arguments, run without a shell when the kiosk closes
    QStringList displayOnCommand;  ///< the same when it opens
    int wakeMinutes = 5;  ///< how long a touch lights the screen while closed

    /// Reads `path`. On failure returns nothing and says what is wrong as "FILE:LINE: key: what",
    /// every problem on its own line.
    static std::optional<KioskConfig> load(const QString &path, QString *error);
    /// The same for text already read; `fileName` only names it in messages.
    static std::optional<KioskConfig> parse(const QByteArray &text, const QString &fileName, QString *error);
};

} // namespace civic
