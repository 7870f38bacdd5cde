#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace civic {

/// What a pack store remembers between runs (state.json): the highest version it ever accepted
/// per pack, so nothing older can come back, and what happened lately.
struct StoreState {
    struct Accepted {
        QString version;
        QString manifestSha256;
    };
    struct Event {
        QDateTime at;
        QString what;
    };
    static constexpr qsizetype kMaxRefusals = 20;

    QMap<QString, Accepted> accepted;  ///< by pack ID
    QDateTime lastCheck;
    QString lastResult;
    bool lastCheckFailed = false;  ///< refused or unreachable: the next look is due sooner
    QString latestEtag;         ///< of the channel's latest.json, for conditional requests
    QDateTime latestExpires;    ///< when that latest.json stops holding: a 304 does not extend it
    QDateTime newestPublished;  ///< the newest latest.json ever accepted: nothing published earlier is
                                ///< believed again, and a clock behind it is not trusted
    QList<Event> refusals;  ///< newest last

    void refused(const QString &reason);

    QByteArray toJson() const;
    static StoreState fromJson(const QByteArray &json);
    /// Nothing when `json` is not a state file at all (damaged).
    static std::optional<StoreState> parse(const QByteArray &json);
};

} // namespace civic
