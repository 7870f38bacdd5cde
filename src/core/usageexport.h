#pragma once

#include "prometheustext.h"
#include "usagestats.h"

#include <QByteArray>
#include <QList>

namespace civic {

/// Usage counters ready to leave the kiosk (civic-kioskctl stats; docs/statistics.md).
namespace usageexport {

/// Counts below this are never shown on their own.
constexpr qint64 kMinimumCount = 5;

/// Within each hour and event, folds every subject counted fewer than kMinimumCount times into one
/// row with the subject "(other)" and their sum, and drops that row too when the sum is still
/// below kMinimumCount. Sorted by hour and event, subjects in the order given, the "(other)" row
/// last in its hour and event.
QList<UsageStats::Row> suppressSmallCounts(const QList<UsageStats::Row> &rows);

/// "hour,event,subject,count" and one line per row after suppressSmallCounts(), RFC 4180 (CRLF,
/// fields quoted where they need it).
QByteArray toCsv(const QList<UsageStats::Row> &rows);
/// A JSON array of {"hour", "event", "subject", "count"} after suppressSmallCounts().
QByteArray toJson(const QList<UsageStats::Row> &rows);

/// Adds civic_kiosk_usage_events_total{event} and civic_kiosk_usage_sessions_total{length} from
/// UsageStats::totals(): every event and length, zero where nothing was counted, so the series
/// exist from the start. Summed over items and languages: no label says what was looked at.
void addMetrics(PrometheusText &metrics, const QList<UsageStats::Row> &totals);

} // namespace usageexport
} // namespace civic
