#include "openinghours.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace civic {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kSecondsPerDay = 24 * 60 * 60;
constexpr qint64 kJulianDayOfUnixEpoch = 2440588;
// Longer than any closure a schedule means (a year of holidays), short enough to answer at once.
constexpr int kLookAheadDays = 400;

OpeningHours::Day allDay()
{
    return {{0, kMinutesPerDay}};
}

qint64 offsetAt(const QTimeZone &zone, qint64 secs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

/// When the clocks in `zone` show `minute` after the midnight of `day`, in seconds since the epoch.
/// Computed from offsets rather than with QDateTime(date, time, zone), whose choice for skipped
/// and repeated times differs between Qt versions.
qint64 instantOf(const QTimeZone &zone, QDate day, int minute)
{
    const qint64 wall = (day.toJulianDay() - kJulianDayOfUnixEpoch) * kSecondsPerDay + static_cast<qint64>(minute) * 60;
    // A day either side lies outside any one transition near this time, with the offsets on both sides of it.
    const qint64 before = offsetAt(zone, wall - kSecondsPerDay);
    const qint64 after = offsetAt(zone, wall + kSecondsPerDay);
    const qint64 earlier = wall - std::max(before, after);
    const qint64 later = wall - std::min(before, after);
    if (offsetAt(zone, earlier) == wall - earlier)
        return earlier;  // also the first of a time shown twice
    if (offsetAt(zone, later) == wall - later)
        return later;
    // The clocks skip this time: the answer is the transition, which lies between the two.
    const qint64 newOffset = offsetAt(zone, later);
    qint64 low = earlier;
    qint64 high = later;
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (offsetAt(zone, middle) == newOffset)
            high = middle;
        else
            low = middle;
    }
    return high;
}

/// Calls `visit(start, end, endKnown)` with each stretch of open time, in seconds since the epoch,
/// that begins on one of `days` days from `first` on, in order. Openings that overlap or touch,
/// also across midnight, make one stretch, so that each start and end is a real change. The last
/// stretch may go on into the days after; then `endKnown` is false. `visit` returns false to stop.
template<typename Visit>
void forEachStretch(const OpeningHours &hours, QDate first, int days, Visit visit)
{
    const QTimeZone zone = hours.timeZone();
    std::optional<std::pair<qint64, qint64>> open;
    for (int i = 0; i < days; ++i) {
        const QDate day = first.addDays(i);
        for (const OpeningHours::Interval &opening : hours.openingsOn(day)) {
            const qint64 start = instantOf(zone, day, opening.start);
            const qint64 end = instantOf(zone, day, opening.end);
            if (end <= start)
                continue;  // wholly inside the hour the clocks skip
            if (open && start <= open->second) {
                open->second = std::max(open->second, end);
                continue;
            }
            if (open && !visit(open->first, open->second, true))
                return;
            open = {start, end};
        }
    }
    // Openings of later days start at their midnight or after: only one right at it could continue this stretch.
    if (open)
        visit(open->first, open->second, open->second < instantOf(zone, first.addDays(days), 0));
}

} // namespace

OpeningHours::OpeningHours() : m_zone(QTimeZone::systemTimeZone())
{
    m_weekly.fill(allDay());
}

OpeningHours::OpeningHours(const QTimeZone &zone, const std::array<Day, 7> &weekly, const QMap<QDate, Day> &exceptions)
    : m_zone(zone), m_weekly(weekly), m_exceptions(exceptions)
{
    // Stretches are merged in the order openings start.
    const auto byStart = [](const Interval &a, const Interval &b) { return a.start < b.start; };
    for (Day &day : m_weekly)
        std::sort(day.begin(), day.end(), byStart);
    for (Day &day : m_exceptions)
        std::sort(day.begin(), day.end(), byStart);
    m_alwaysOpen = m_exceptions.isEmpty()
                   && std::all_of(m_weekly.cbegin(), m_weekly.cend(), [](const Day &day) { return day == allDay(); });
}

std::optional<OpeningHours::Interval> OpeningHours::parseInterval(const QString &text, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]{1,2}):([0-9]{2})\\s*-\\s*([0-9]{1,2}):([0-9]{2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *why = QStringLiteral("'%1' is not opening hours like 07:00-19:00").arg(text);
        return std::nullopt;
    }
    const int startHour = match.captured(1).toInt();
    const int startMinute = match.captured(2).toInt();
    const int endMinute = match.captured(4).toInt();
    const int start = startHour * 60 + startMinute;
    const int end = match.captured(3).toInt() * 60 + endMinute;
    if (startHour > 23 || startMinute > 59 || endMinute > 59 || end > kMinutesPerDay) {
        *why = QStringLiteral("'%1': times go from 00:00 to 23:59, and 24:00 may end a day").arg(text);
        return std::nullopt;
    }
    if (start == end) {
        *why = QStringLiteral("'%1' opens and closes at the same time (a whole day is 00:00-24:00)").arg(text);
        return std::nullopt;
    }
    return Interval{start, end < start ? end + kMinutesPerDay : end};
}

std::optional<OpeningHours::Day> OpeningHours::makeDay(Day openings, QString *why)
{
    std::sort(openings.begin(), openings.end(), [](const Interval &a, const Interval &b) { return a.start < b.start; });
    // Sorted and free of overlaps so far, the previous opening ends last.
    for (qsizetype i = 1; i < openings.size(); ++i) {
        if (openings.at(i).start < openings.at(i - 1).end) {
            *why = QStringLiteral("'%1' and '%2' overlap").arg(toText(openings.at(i - 1)), toText(openings.at(i)));
            return std::nullopt;
        }
    }
    return openings;
}

QString OpeningHours::toText(const Interval &interval)
{
    const auto clock = [](int minute) {
        return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
    };
    return clock(interval.start) + u'-' + clock(interval.end > kMinutesPerDay ? interval.end - kMinutesPerDay : interval.end);
}

bool OpeningHours::isOpen(const QDateTime &at) const
{
    if (m_alwaysOpen)
        return true;
    if (!at.isValid())
        return false;
    const qint64 now = at.toSecsSinceEpoch();
    bool open = false;
    // An opening lasts less than a day, so one that runs now started today or yesterday.
    forEachStretch(*this, at.toTimeZone(m_zone).date().addDays(-1), 2, [&](qint64 start, qint64 end, bool) {
        open = start <= now && now < end;
        return !open && start <= now;
    });
    return open;
}

QDateTime OpeningHours::nextChange(const QDateTime &after) const
{
    if (m_alwaysOpen || !after.isValid())
        return {};
    const qint64 now = after.toSecsSinceEpoch();
    std::optional<qint64> change;
    forEachStretch(*this, after.toTimeZone(m_zone).date().addDays(-1), kLookAheadDays + 2,
                   [&](qint64 start, qint64 end, bool endKnown) {
                       if (start > now)
                           change = start;
                       else if (now < end && endKnown)
                           change = end;
                       return !change && end <= now;
                   });
    return change ? QDateTime::fromSecsSinceEpoch(*change, m_zone) : QDateTime();
}

OpeningHours::Day OpeningHours::openingsOn(QDate date) const
{
    if (!date.isValid())
        return {};
    const auto exception = m_exceptions.constFind(date);
    return exception != m_exceptions.cend() ? *exception : m_weekly.at(static_cast<size_t>(date.dayOfWeek() - 1));
}

} // namespace civic
