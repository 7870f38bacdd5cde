#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace civic {

class SqlConnection;

/// How the kiosk is used, as counters in hourly buckets (usage.db in the screen's state folder;
/// see docs/statistics.md). Nothing stored can tell one visitor from another or say what anybody
/// typed: events are a closed list, every subject must match a strict pattern, and times are
/// rounded down to the hour in UTC.
class UsageStats
{
public:
    enum class Event {
        View,                ///< subject: a page, "home" or "search", or an item, "tip/burglary-lock-twice"
        Language,            ///< subject: the language tag chosen, "de-x-ls"
        Session,             ///< subject: how long a visit lasted, one of sessionBucket()'s
        Search,              ///< no subject: a search was made, never what was searched for
        AttractInterrupted,  ///< no subject: somebody stopped the attract loop
    };
    static constexpr Event kEvents[] = {Event::View, Event::Language, Event::Session, Event::Search,
                                        Event::AttractInterrupted};

    /// The screen writes; civic-kioskctl only reads.
    enum class Mode { ReadOnly, ReadWrite };

    struct Row {
        QDateTime hour;  ///< UTC, the start of the hour
        Event event = Event::View;
        QString subject;
        qint64 count = 0;
    };

    /// Buckets older than this are deleted when the screen opens the file.
    static constexpr int kRetentionDays = 400;

    UsageStats();
    ~UsageStats();
    UsageStats(const UsageStats &) = delete;
    UsageStats &operator=(const UsageStats &) = delete;

    /// Opens `stateDir`/usage.db. For writing, creates it (and the folder) and drops old buckets;
    /// for reading, a file that is not there yet is an empty one. False, with errorString(), when
    /// the file cannot be opened or comes from a newer kiosk.
    bool open(const QString &stateDir, Mode mode);
    QString errorString() const;
    QString filePath() const;

    /// Counts one event in the hour that holds `at`. False, storing nothing, for a subject that
    /// does not fit the event (see isValidSubject), for a read-only or unopened file, or when the
    /// database fails.
    bool record(Event event, const QString &subject, const QDateTime &at = QDateTime::currentDateTimeUtc());

    /// The buckets from the hour that holds `from` on, oldest first; every bucket for an invalid `from`.
    QList<Row> since(const QDateTime &from) const;
    /// Counts per event and subject summed over every bucket before `before` (hour left invalid).
    QList<Row> totals(const QDateTime &before) const;

    /// The coarse length of a visit of `ms` milliseconds: "<30s", "30s-2m", "2-5m" or ">5m".
    static QString sessionBucket(qint64 ms);
    static QStringList sessionBuckets();
    /// Whether `subject` may be stored with `event`: nothing that a visitor could have typed.
    static bool isValidSubject(Event event, const QString &subject);
    /// "view", "language", "session", "search", "attract-interrupted": as stored and exported.
    static QString eventName(Event event);
    static std::optional<Event> eventFromName(const QString &name);
    /// The stored form of the hour that holds `at`: "2025-03-01T14:00Z".
    static QString hourKey(const QDateTime &at);

private:
    bool migrate();
    bool dropOldBuckets();

    QString m_path;
    QString m_error;
    bool m_writable = false;
    std::unique_ptr<SqlConnection> m_connection;  ///< none while reading a file that is not there
};

} // namespace civic
