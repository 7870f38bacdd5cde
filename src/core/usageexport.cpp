#include "usageexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace civic::usageexport {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QList<UsageStats::Row> suppressSmallCounts(const QList<UsageStats::Row> &unsorted)
{
    QList<UsageStats::Row> rows = unsorted;
    std::stable_sort(rows.begin(), rows.end(), [](const UsageStats::Row &a, const UsageStats::Row &b) {
        return std::pair(a.hour, UsageStats::eventName(a.event)) < std::pair(b.hour, UsageStats::eventName(b.event));
    });
    // Why fold rather than blank the count: an empty cell beside "tip/x" still says that somebody
    // looked at tip x in that hour, and a language or a rare page at a known hour can point at one
    // person. "(other)" keeps the hour's total honest where it is large enough, and since each
    // folded count is below the minimum, an "(other)" row that is shown always sums at least two
    // subjects, so no single small count can be worked out from it.
    QList<UsageStats::Row> shown;
    qsizetype begin = 0;
    while (begin < rows.size()) {
        qsizetype end = begin;
        qint64 small = 0;
        while (end < rows.size() && rows.at(end).hour == rows.at(begin).hour && rows.at(end).event == rows.at(begin).event) {
            if (rows.at(end).count >= kMinimumCount)
                shown.append(rows.at(end));
            else
                small += rows.at(end).count;
            ++end;
        }
        if (small >= kMinimumCount)
            shown.append({rows.at(begin).hour, rows.at(begin).event, QStringLiteral("(other)"), small});
        begin = end;
    }
    return shown;
}

QByteArray toCsv(const QList<UsageStats::Row> &rows)
{
    QString csv = QStringLiteral("hour,event,subject,count\r\n");
    for (const UsageStats::Row &row : suppressSmallCounts(rows)) {
        csv += UsageStats::hourKey(row.hour) + u',' + UsageStats::eventName(row.event) + u',' + csvField(row.subject) + u','
               + QString::number(row.count) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

QByteArray toJson(const QList<UsageStats::Row> &rows)
{
    QJsonArray array;
    for (const UsageStats::Row &row : suppressSmallCounts(rows)) {
        array.append(QJsonObject{{QStringLiteral("hour"), UsageStats::hourKey(row.hour)},
                                 {QStringLiteral("event"), UsageStats::eventName(row.event)},
                                 {QStringLiteral("subject"), row.subject},
                                 {QStringLiteral("count"), row.count}});
    }
    return QJsonDocument(array).toJson();
}

void addMetrics(PrometheusText &metrics, const QList<UsageStats::Row> &totals)
{
    QList<PrometheusText::Sample> events;
    for (const UsageStats::Event event : UsageStats::kEvents) {
        qint64 sum = 0;
        for (const UsageStats::Row &row : totals)
            sum += row.event == event ? row.count : 0;
        events.append({{{QStringLiteral("event"), UsageStats::eventName(event)}}, double(sum)});
    }
    metrics.add(QStringLiteral("civic_kiosk_usage_events_total"), PrometheusText::Type::Counter,
                QStringLiteral("Visitor events counted by the screen, in completed hours."), events);
    QList<PrometheusText::Sample> sessions;
    for (const QString &length : UsageStats::sessionBuckets()) {
        qint64 sum = 0;
        for (const UsageStats::Row &row : totals)
            sum += row.event == UsageStats::Event::Session && row.subject == length ? row.count : 0;
        sessions.append({{{QStringLiteral("length"), length}}, double(sum)});
    }
    metrics.add(QStringLiteral("civic_kiosk_usage_sessions_total"), PrometheusText::Type::Counter,
                QStringLiteral("Visits to the screen by coarse length, in completed hours."), sessions);
}

} // namespace civic::usageexport
