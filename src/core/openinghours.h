#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

namespace civic {

/// When the kiosk is open: openings per weekday, and dates with openings of their own or none
/// (public holidays), as wall-clock times in one time zone. See docs/kiosk-config.md, [schedule].
///
/// An opening belongs to the day it starts on: "fri 18:00-02:00" keeps the kiosk open until 02:00
/// on Saturday even if that Saturday is a holiday. An opening that starts in the hour the clocks
/// skip starts when they resume; a time that the clocks show twice means its first occurrence.
class OpeningHours
{
public:
    /// Minutes after the midnight of the day the opening starts on; an `end` past 1440 is on the next day.
    struct Interval {
        int start = 0;
        int end = 0;
        friend bool operator==(const Interval &, const Interval &) = default;
    };
    using Day = QList<Interval>;  ///< openings of one day, by start time; empty: closed

    /// Open all the time, in the system's time zone.
    OpeningHours();
    /// `weekly[0]` is Monday's openings; a date in `exceptions` has its openings instead.
    OpeningHours(const QTimeZone &zone, const std::array<Day, 7> &weekly, const QMap<QDate, Day> &exceptions);

    /// Reads "07:00-19:00"; "18:00-02:00" runs past midnight and "24:00" is the end of the day.
    static std::optional<Interval> parseInterval(const QString &text, QString *why);
    /// A day's openings sorted by start; refused if two of them overlap.
    static std::optional<Day> makeDay(Day openings, QString *why);
    /// "18:00-02:00", as parseInterval reads it.
    static QString toText(const Interval &interval);

    /// Open every day from 00:00 to 24:00 without exceptions: what a config without [schedule] means.
    bool isAlwaysOpen() const { return m_alwaysOpen; }
    bool isOpen(const QDateTime &at) const;
    /// The first instant after `after` at which the kiosk opens or closes, in the schedule's time
    /// zone; invalid if that does not happen within about 400 days.
    QDateTime nextChange(const QDateTime &after) const;

    /// The openings that start on `date`, a day in the schedule's time zone.
    Day openingsOn(QDate date) const;
    QTimeZone timeZone() const { return m_zone; }

private:
    QTimeZone m_zone;
    std::array<Day, 7> m_weekly;
    QMap<QDate, Day> m_exceptions;
    bool m_alwaysOpen = true;
};

} // namespace civic
