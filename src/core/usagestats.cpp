#include "usagestats.h"

#include "sqlconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace civic {

namespace {

constexpr int kSchemaVersion = 1;

// The CHECKs repeat, coarsely, what isValidSubject() enforces, so that no other writer of the file
// can put text in it either. WITHOUT ROWID: the key is the row, and nothing numbers visitors.
const QString kCreateCounters = QStringLiteral(
    "CREATE TABLE counters ("
    " hour TEXT NOT NULL CHECK (hour GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:00Z'),"
    " event TEXT NOT NULL CHECK (length(event) <= 32 AND event NOT GLOB '*[^a-z-]*'),"
    " subject TEXT NOT NULL CHECK (length(subject) <= 80 AND subject NOT GLOB '*[^-a-z0-9/<>]*'),"
    " count INTEGER NOT NULL CHECK (count > 0),"
    " PRIMARY KEY (hour, event, subject)"
    ") WITHOUT ROWID");

// The router's pages (src/ui/router.cpp), listed rather than matched: a pattern such as [a-z]+
// would also let a typed word through. A new page is counted once it is added here.
const QStringList kPages{QStringLiteral("home"), QStringLiteral("search"), QStringLiteral("contacts"),
                         QStringLiteral("projects"), QStringLiteral("about")};
// Pages that show one item of the pack: only these carry a second part, and only a pack ID, so
// "search/what somebody typed" has no way in.
const QStringList kItemKinds{QStringLiteral("section"), QStringLiteral("tip"), QStringLiteral("project"),
                             QStringLiteral("district"), QStringLiteral("page"), QStringLiteral("contact")};

struct EventName {
    UsageStats::Event event;
    const char16_t *name;
};
constexpr EventName kEventNames[] = {
    {UsageStats::Event::View, u"view"},
    {UsageStats::Event::Language, u"language"},
    {UsageStats::Event::Session, u"session"},
    {UsageStats::Event::Search, u"search"},
    {UsageStats::Event::AttractInterrupted, u"attract-interrupted"},
};

} // namespace

UsageStats::UsageStats() = default;
UsageStats::~UsageStats() = default;

QString UsageStats::eventName(Event event)
{
    for (const EventName &entry : kEventNames) {
        if (entry.event == event)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<UsageStats::Event> UsageStats::eventFromName(const QString &name)
{
    for (const EventName &entry : kEventNames) {
        if (name == QStringView(entry.name))
            return entry.event;
    }
    return std::nullopt;
}

QString UsageStats::hourKey(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH':00Z'"));
}

QStringList UsageStats::sessionBuckets()
{
    return {QStringLiteral("<30s"), QStringLiteral("30s-2m"), QStringLiteral("2-5m"), QStringLiteral(">5m")};
}

QString UsageStats::sessionBucket(qint64 ms)
{
    // Coarse on purpose: a length to the second would help to pick one visitor out of a camera's
    // recording; four bands still tell a quick glance from real use.
    const QStringList buckets = sessionBuckets();
    if (ms < 30 * 1000)
        return buckets.at(0);
    if (ms < 2 * 60 * 1000)
        return buckets.at(1);
    if (ms < 5 * 60 * 1000)
        return buckets.at(2);
    return buckets.at(3);
}

bool UsageStats::isValidSubject(Event event, const QString &subject)
{
    // Anchored at the very end: "$" would let a trailing line feed through.
    static const QRegularExpression item(
        QRegularExpression::anchoredPattern(QStringLiteral("([a-z]{1,20})/[a-z0-9][a-z0-9-]{0,47}")));
    static const QRegularExpression language(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}(-[a-z0-9]{1,8}){0,4}")));
    switch (event) {
    case Event::View: {
        if (kPages.contains(subject))
            return true;
        const QRegularExpressionMatch match = item.match(subject);
        return match.hasMatch() && kItemKinds.contains(match.captured(1));
    }
    case Event::Language:
        return language.match(subject).hasMatch();
    case Event::Session:
        return sessionBuckets().contains(subject);
    case Event::Search:
    case Event::AttractInterrupted:
        return subject.isEmpty();
    }
    return false;
}

QString UsageStats::filePath() const
{
    return m_path;
}

QString UsageStats::errorString() const
{
    return m_error;
}

bool UsageStats::open(const QString &stateDir, Mode mode)
{
    m_connection.reset();
    m_error.clear();
    m_path = QDir(stateDir).filePath(QStringLiteral("usage.db"));
    m_writable = mode == Mode::ReadWrite;
    if (!m_writable && !QFileInfo::exists(m_path))
        return true;  // the screen has counted nothing yet
    if (m_writable && !QDir().mkpath(stateDir)) {
        m_error = QStringLiteral("%1: cannot be made").arg(stateDir);
        return false;
    }
    m_connection = std::make_unique<SqlConnection>(
        m_path, m_writable ? SqlConnection::Mode::ReadWrite : SqlConnection::Mode::ReadOnly);
    if (!m_connection->isOpen()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, m_connection->errorString());
        m_connection.reset();
        return false;
    }
    QSqlQuery sql(m_connection->database());
    // The screen and civic-kioskctl may meet in the file: wait a little rather than fail.
    sql.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_writable) {
        // WAL: civic-kioskctl reads while the screen writes. NORMAL: a commit is not flushed on its
        // own, but the kernel writes it out within about half a minute, so a power cut loses at most
        // the last one and a crash of the screen loses nothing; one fsync per touch would wear the SD card.
        sql.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        sql.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        if (!migrate() || !dropOldBuckets()) {
            m_connection.reset();
            return false;
        }
        return true;
    }
    if (!sql.exec(QStringLiteral("PRAGMA user_version")) || !sql.next()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, sql.lastError().text());
        m_connection.reset();
        return false;
    }
    const int version = sql.value(0).toInt();
    if (version > kSchemaVersion) {
        m_error = QStringLiteral("%1: written by a newer kiosk (schema %2, this one knows %3)").arg(m_path).arg(version).arg(kSchemaVersion);
        m_connection.reset();
        return false;
    }
    if (version == 0)
        m_connection.reset();  // made, but nothing in it yet
    return true;
}

bool UsageStats::migrate()
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery sql(db);
    if (!sql.exec(QStringLiteral("PRAGMA user_version")) || !sql.next()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, sql.lastError().text());
        return false;
    }
    const int version = sql.value(0).toInt();
    sql.finish();
    if (version > kSchemaVersion) {
        // Its buckets may mean what this kiosk cannot know: leave them alone.
        m_error = QStringLiteral("%1: written by a newer kiosk (schema %2, this one knows %3)").arg(m_path).arg(version).arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    // One step per version, each in its own transaction: a power cut leaves the old schema or the new.
    if (!db.transaction() || !sql.exec(kCreateCounters)
        || !sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) || !db.commit()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, sql.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool UsageStats::dropOldBuckets()
{
    QSqlQuery sql(m_connection->database());
    sql.prepare(QStringLiteral("DELETE FROM counters WHERE hour < ?"));
    sql.addBindValue(hourKey(QDateTime::currentDateTimeUtc().addDays(-kRetentionDays)));
    if (!sql.exec()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, sql.lastError().text());
        return false;
    }
    return true;
}

bool UsageStats::record(Event event, const QString &subject, const QDateTime &at)
{
    if (!m_connection || !m_writable || !at.isValid() || !isValidSubject(event, subject))
        return false;
    // One statement is one transaction: a crash never loses more than the event at hand, and a
    // few events a minute cost nothing worth batching.
    QSqlQuery sql(m_connection->database());
    sql.prepare(QStringLiteral("INSERT INTO counters (hour, event, subject, count) VALUES (?, ?, ?, 1) "
                               "ON CONFLICT (hour, event, subject) DO UPDATE SET count = count + 1"));
    sql.addBindValue(hourKey(at));
    sql.addBindValue(eventName(event));
    sql.addBindValue(subject.isNull() ? QStringLiteral("") : subject);
    if (!sql.exec()) {
        m_error = QStringLiteral("%1: %2").arg(m_path, sql.lastError().text());
        return false;
    }
    return true;
}

QList<UsageStats::Row> UsageStats::since(const QDateTime &from) const
{
    QList<Row> rows;
    if (!m_connection)
        return rows;
    QSqlQuery sql(m_connection->database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT hour, event, subject, count FROM counters WHERE hour >= ? ORDER BY hour, event, subject"));
    // A null QString would bind as SQL NULL, and nothing is >= NULL.
    sql.addBindValue(from.isValid() ? hourKey(from) : QStringLiteral(""));
    if (!sql.exec())
        return rows;
    while (sql.next()) {
        const auto event = eventFromName(sql.value(1).toString());
        if (!event)
            continue;  // from a newer kiosk of the same schema: not ours to report
        rows.append({QDateTime::fromString(sql.value(0).toString(), Qt::ISODate), *event, sql.value(2).toString(),
                     sql.value(3).toLongLong()});
    }
    return rows;
}

QList<UsageStats::Row> UsageStats::totals(const QDateTime &before) const
{
    QList<Row> rows;
    if (!m_connection)
        return rows;
    QSqlQuery sql(m_connection->database());
    sql.setForwardOnly(true);
    sql.prepare(QStringLiteral("SELECT event, subject, SUM(count) FROM counters WHERE hour < ? GROUP BY event, subject "
                               "ORDER BY event, subject"));
    // Past every key: all of them.
    sql.addBindValue(before.isValid() ? hourKey(before) : QStringLiteral("a"));
    if (!sql.exec())
        return rows;
    while (sql.next()) {
        if (const auto event = eventFromName(sql.value(0).toString()))
            rows.append({QDateTime(), *event, sql.value(1).toString(), sql.value(2).toLongLong()});
    }
    return rows;
}

} // namespace civic
