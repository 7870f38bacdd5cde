#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

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
    QList<Event> refusals;  ///< newest last

    void refused(const QString &reason);

    QByteArray toJson() const;
    static StoreState fromJson(const QByteArray &json);
};

} // namespace civic
