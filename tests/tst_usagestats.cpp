// The usage counters: what is counted, in which hour, and that nothing a visitor typed gets in.
#include "prometheusformat.h"
#include "prometheustext.h"
#include "usageexport.h"
#include "usagestats.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using civic::UsageStats;
using Event = civic::UsageStats::Event;

namespace {

/// Midnight UTC a few days ago: well inside the retention, and never the hour that is running.
QDateTime someDay()
{
    return QDateTime(QDate::currentDate().addDays(-3), QTime(0, 0), Qt::UTC);
}

UsageStats::Row row(const QDateTime &hour, Event event, const QString &subject, qint64 count)
{
    return {hour, event, subject, count};
}

/// Every TEXT (and BLOB) value of every row of every table of the file, as SQLite stores it, read
/// around UsageStats.
QStringList allTextValues(const QString &path)
{
    QStringList values;
    const QString name = QStringLiteral("raw-scan");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        if (names.isEmpty())
            qFatal("no tables in %s", qPrintable(path));
        for (const QString &table : names) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            while (columns.next()) {
                QSqlQuery cells(db);
                cells.exec(QStringLiteral("SELECT \"%1\", typeof(\"%1\") FROM \"%2\"").arg(columns.value(0).toString(), table));
                while (cells.next()) {
                    const QString type = cells.value(1).toString();
                    if (type == QLatin1String("text"))
                        values.append(cells.value(0).toString());
                    else if (type == QLatin1String("blob"))
                        values.append(QString::fromUtf8(cells.value(0).toByteArray()));
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace

class TestUsageStats : public QObject
{
    Q_OBJECT

private slots:
    void countsInHourlyBuckets()
    {
        QTemporaryDir dir;
        UsageStats stats;
        QVERIFY2(stats.open(dir.path(), UsageStats::Mode::ReadWrite), qPrintable(stats.errorString()));
        const QDateTime day = someDay();
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/burglary-lock-twice"), day.addSecs(10 * 3600 + 5 * 60)));
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/burglary-lock-twice"), day.addSecs(10 * 3600 + 59 * 60 + 59)));
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/burglary-lock-twice"), day.addSecs(11 * 3600)));
        QVERIFY(stats.record(Event::View, QStringLiteral("search"), day.addSecs(10 * 3600 + 30 * 60)));
        QVERIFY(stats.record(Event::Search, QString(), day.addSecs(10 * 3600 + 30 * 60)));
        // A local time lands in its UTC hour.
        QVERIFY(stats.record(Event::Language, QStringLiteral("de-x-ls"),
                             day.addSecs(11 * 3600 + 20 * 60).toOffsetFromUtc(2 * 3600)));

        const QList<UsageStats::Row> rows = stats.since(day.addSecs(10 * 3600 + 45 * 60));
        QCOMPARE(rows.size(), 5);
        const QDateTime ten = day.addSecs(10 * 3600);
        const QDateTime eleven = day.addSecs(11 * 3600);
        QCOMPARE(rows.at(0).hour, ten);
        QCOMPARE(rows.at(0).event, Event::Search);
        QCOMPARE(rows.at(0).subject, QString());
        QCOMPARE(rows.at(0).count, qint64(1));
        QCOMPARE(rows.at(1).subject, QStringLiteral("search"));
        QCOMPARE(rows.at(2).subject, QStringLiteral("tip/burglary-lock-twice"));
        QCOMPARE(rows.at(2).count, qint64(2));
        QCOMPARE(rows.at(3).hour, eleven);
        QCOMPARE(rows.at(3).event, Event::Language);
        QCOMPARE(rows.at(3).subject, QStringLiteral("de-x-ls"));
        QCOMPARE(rows.at(4).hour, eleven);
        QCOMPARE(rows.at(4).count, qint64(1));
        QCOMPARE(UsageStats::hourKey(rows.at(4).hour), day.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T11:00Z"));

        QCOMPARE(stats.since(eleven).size(), 2);
        QCOMPARE(stats.since(QDateTime()).size(), 5);
    }

    void refusesWhatCouldBeTyped_data()
    {
        QTest::addColumn<Event>("event");
        QTest::addColumn<QString>("subject");
        QTest::newRow("search words") << Event::View << QStringLiteral("search/einbruch");
        QTest::newRow("search words, item-shaped") << Event::View << QStringLiteral("search/einbruch-schutz");
        QTest::newRow("upper case and space") << Event::View << QStringLiteral("tip/Einbruch schutz");
        QTest::newRow("space") << Event::View << QStringLiteral("tip/einbruch schutz");
        QTest::newRow("sentence") << Event::View << QStringLiteral("wie schütze ich mich");
        QTest::newRow("umlaut") << Event::View << QStringLiteral("schütze");
        QTest::newRow("long") << Event::View << QString(500, u'a');
        QTest::newRow("long item") << Event::View << QStringLiteral("tip/") + QString(60, u'a');
        QTest::newRow("line feed") << Event::View << QStringLiteral("home\n");
        QTest::newRow("unknown kind") << Event::View << QStringLiteral("query/einbruch");
        QTest::newRow("a word alone") << Event::View << QStringLiteral("einbruch");
        QTest::newRow("two parts") << Event::View << QStringLiteral("tip/a/b");
        QTest::newRow("no id") << Event::View << QStringLiteral("tip/");
        QTest::newRow("empty view") << Event::View << QString();
        QTest::newRow("language name") << Event::Language << QStringLiteral("Deutsch");
        QTest::newRow("language with space") << Event::Language << QStringLiteral("de DE");
        QTest::newRow("no language") << Event::Language << QString();
        QTest::newRow("exact length") << Event::Session << QStringLiteral("45s");
        QTest::newRow("search with words") << Event::Search << QStringLiteral("einbruch");
        QTest::newRow("attract with text") << Event::AttractInterrupted << QStringLiteral("x");
    }

    void refusesWhatCouldBeTyped()
    {
        QFETCH(Event, event);
        QFETCH(QString, subject);
        QTemporaryDir dir;
        UsageStats stats;
        QVERIFY(stats.open(dir.path(), UsageStats::Mode::ReadWrite));
        QVERIFY(!UsageStats::isValidSubject(event, subject));
        QVERIFY(!stats.record(event, subject));
        QVERIFY(stats.since(QDateTime()).isEmpty());
        QVERIFY(allTextValues(stats.filePath()).isEmpty());
    }

    void containsNoFreeText()
    {
        QTemporaryDir dir;
        UsageStats stats;
        QVERIFY(stats.open(dir.path(), UsageStats::Mode::ReadWrite));
        const QDateTime day = someDay();
        const QStringList views{QStringLiteral("home"), QStringLiteral("search"), QStringLiteral("contacts"),
                                QStringLiteral("tip/burglary-lock-twice"), QStringLiteral("section/safety"),
                                QStringLiteral("contact/police-1"), QStringLiteral("district/mitte")};
        const QStringList languages{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("de-x-ls"), QStringLiteral("ar")};
        const QStringList typed{QStringLiteral("einbruch"), QStringLiteral("Mein Name ist Erika"), QStringLiteral("0711 1234567")};
        for (int i = 0; i < 300; ++i) {
            const QDateTime at = day.addSecs(i * 337);
            QVERIFY(stats.record(Event::View, views.at(i % views.size()), at));
            QVERIFY(stats.record(Event::Language, languages.at(i % languages.size()), at));
            QVERIFY(stats.record(Event::Session, UsageStats::sessionBucket(qint64(i) * 7919), at));
            QVERIFY(stats.record(Event::Search, QString(), at));
            QVERIFY(stats.record(Event::AttractInterrupted, QString(), at));
            // What a visitor might type, offered everywhere it could go.
            for (const Event event : UsageStats::kEvents) {
                const QString words = typed.at(i % typed.size());
                QVERIFY(!stats.record(event, words, at));
                QVERIFY(!stats.record(event, QStringLiteral("search/") + words, at));
            }
        }

        // Patterns written out here, not taken from UsageStats: a second opinion.
        const QList<QRegularExpression> closed{
            QRegularExpression(QStringLiteral(R"(\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:00Z\z)")),
            QRegularExpression(QStringLiteral(R"(\A(view|language|session|search|attract-interrupted)\z)")),
            QRegularExpression(QStringLiteral(R"(\A(section|tip|project|district|page|contact)/[a-z0-9][a-z0-9-]{0,47}\z)")),
            QRegularExpression(QStringLiteral(R"(\A(home|search|contacts|projects|about)\z)")),
            QRegularExpression(QStringLiteral(R"(\A[a-z]{2,3}(-[a-z0-9]{1,8})*\z)")),
            QRegularExpression(QStringLiteral(R"(\A(<30s|30s-2m|2-5m|>5m)\z)")),
            QRegularExpression(QStringLiteral(R"(\A\z)")),
        };
        const QStringList values = allTextValues(stats.filePath());
        QVERIFY(values.size() > 100);
        for (const QString &value : values) {
            const bool known = std::any_of(closed.cbegin(), closed.cend(),
                                           [&](const QRegularExpression &pattern) { return pattern.match(value).hasMatch(); });
            QVERIFY2(known, qPrintable(QStringLiteral("free text in usage.db: '%1'").arg(value)));
            QVERIFY2(!value.contains(QStringLiteral("einbruch")), qPrintable(value));
        }
        // Nothing else sits in the file either: one table, four columns, and CHECKs that refuse
        // text which did not come through UsageStats.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            db.setDatabaseName(stats.filePath());
            QVERIFY(db.open());
            QCOMPARE(db.tables(), QStringList{QStringLiteral("counters")});
            const QSqlRecord columns = db.record(QStringLiteral("counters"));
            QCOMPARE(columns.count(), 4);
            QCOMPARE(columns.fieldName(0), QStringLiteral("hour"));
            QCOMPARE(columns.fieldName(3), QStringLiteral("count"));
            QSqlQuery insert(db);
            QVERIFY(!insert.exec(QStringLiteral("INSERT INTO counters VALUES ('2025-03-01T10:00Z', 'view', 'tip/Einbruch Schutz', 1)")));
            QVERIFY(!insert.exec(QStringLiteral("INSERT INTO counters VALUES ('2025-03-01T10:17Z', 'view', 'home', 1)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    }

    void readerSeesNoFileAsEmpty()
    {
        QTemporaryDir dir;
        const QString stateDir = dir.filePath(QStringLiteral("not-yet"));
        UsageStats stats;
        QVERIFY2(stats.open(stateDir, UsageStats::Mode::ReadOnly), qPrintable(stats.errorString()));
        QVERIFY(stats.since(QDateTime()).isEmpty());
        QVERIFY(stats.totals(QDateTime()).isEmpty());
        QVERIFY(!stats.record(Event::Search, QString()));
        QVERIFY(!QFileInfo::exists(stateDir));
    }

    void readerSeesTheWritersCounts()
    {
        QTemporaryDir dir;
        UsageStats writer;
        QVERIFY(writer.open(dir.path(), UsageStats::Mode::ReadWrite));
        QVERIFY(writer.record(Event::Search, QString(), someDay()));
        UsageStats reader;
        QVERIFY2(reader.open(dir.path(), UsageStats::Mode::ReadOnly), qPrintable(reader.errorString()));
        QVERIFY(!reader.record(Event::Search, QString(), someDay()));
        QVERIFY(writer.record(Event::Search, QString(), someDay()));
        const QList<UsageStats::Row> rows = reader.since(QDateTime());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).count, qint64(2));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(dir.filePath(QStringLiteral("usage.db")));
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        for (const auto mode : {UsageStats::Mode::ReadOnly, UsageStats::Mode::ReadWrite}) {
            UsageStats stats;
            QVERIFY(!stats.open(dir.path(), mode));
            QVERIFY2(stats.errorString().contains(QStringLiteral("newer kiosk")), qPrintable(stats.errorString()));
        }
    }

    void dropsBucketsPastRetention()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            UsageStats stats;
            QVERIFY(stats.open(dir.path(), UsageStats::Mode::ReadWrite));
            QVERIFY(stats.record(Event::Search, QString(), now.addDays(-UsageStats::kRetentionDays - 1)));
            QVERIFY(stats.record(Event::Search, QString(), now.addDays(-UsageStats::kRetentionDays + 1)));
            QCOMPARE(stats.since(QDateTime()).size(), 2);
        }
        UsageStats stats;
        QVERIFY(stats.open(dir.path(), UsageStats::Mode::ReadWrite));
        const QList<UsageStats::Row> rows = stats.since(QDateTime());
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.at(0).hour > now.addDays(-UsageStats::kRetentionDays));
    }

    void sessionBuckets_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("bucket");
        QTest::newRow("0") << qint64(0) << QStringLiteral("<30s");
        QTest::newRow("29.999 s") << qint64(29999) << QStringLiteral("<30s");
        QTest::newRow("30 s") << qint64(30000) << QStringLiteral("30s-2m");
        QTest::newRow("1:59.999") << qint64(119999) << QStringLiteral("30s-2m");
        QTest::newRow("2 min") << qint64(120000) << QStringLiteral("2-5m");
        QTest::newRow("4:59.999") << qint64(299999) << QStringLiteral("2-5m");
        QTest::newRow("5 min") << qint64(300000) << QStringLiteral(">5m");
        QTest::newRow("a day") << qint64(86400000) << QStringLiteral(">5m");
    }

    void sessionBuckets()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, bucket);
        QCOMPARE(UsageStats::sessionBucket(ms), bucket);
        QVERIFY(UsageStats::isValidSubject(Event::Session, bucket));
    }

    void csvAndJsonSuppressSmallCounts()
    {
        const QDateTime ten = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        const QDateTime eleven = ten.addSecs(3600);
        const QList<UsageStats::Row> rows{
            row(ten, Event::Language, QStringLiteral("de"), 4),  // alone below 5: gone
            row(ten, Event::Search, QString(), 5),
            row(ten, Event::View, QStringLiteral("page/a"), 2),
            row(ten, Event::View, QStringLiteral("tip/a"), 7),
            row(ten, Event::View, QStringLiteral("tip/b"), 3),
            row(eleven, Event::AttractInterrupted, QString(), 4),
            row(eleven, Event::Session, QStringLiteral("30s-2m"), 1),
            row(eleven, Event::Session, QStringLiteral("<30s"), 3),
        };
        QCOMPARE(civic::usageexport::toCsv(rows),
                 QByteArray("hour,event,subject,count\r\n"
                            "2025-03-01T10:00Z,search,,5\r\n"
                            "2025-03-01T10:00Z,view,tip/a,7\r\n"
                            "2025-03-01T10:00Z,view,(other),5\r\n"));

        const QJsonArray json = QJsonDocument::fromJson(civic::usageexport::toJson(rows)).array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(2).toObject(), (QJsonObject{{QStringLiteral("hour"), QStringLiteral("2025-03-01T10:00Z")},
                                                     {QStringLiteral("event"), QStringLiteral("view")},
                                                     {QStringLiteral("subject"), QStringLiteral("(other)")},
                                                     {QStringLiteral("count"), 5}}));
        for (const QJsonValue &value : json)
            QVERIFY(value.toObject().value(QStringLiteral("count")).toInteger() >= civic::usageexport::kMinimumCount);

        // Nothing counted: a header and no rows, an empty array.
        QCOMPARE(civic::usageexport::toCsv({}), QByteArray("hour,event,subject,count\r\n"));
        QCOMPARE(QJsonDocument::fromJson(civic::usageexport::toJson({})).array().size(), 0);
    }

    void csvQuotesAsRfc4180()
    {
        // UsageStats never stores such a subject; the writer must still not break on one.
        const QDateTime ten = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(civic::usageexport::toCsv({row(ten, Event::View, QStringLiteral("a,\"b\""), 9)}),
                 QByteArray("hour,event,subject,count\r\n2025-03-01T10:00Z,view,\"a,\"\"b\"\"\",9\r\n"));
    }

    void prometheusText()
    {
        QTemporaryDir dir;
        UsageStats stats;
        QVERIFY(stats.open(dir.path(), UsageStats::Mode::ReadWrite));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime earlier = now.addSecs(-3 * 3600);
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/a"), earlier));
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/b"), earlier));
        QVERIFY(stats.record(Event::View, QStringLiteral("home"), earlier.addSecs(3600)));
        QVERIFY(stats.record(Event::Session, QStringLiteral(">5m"), earlier));
        // The hour that is running is left out: it would say to the minute when somebody came.
        QVERIFY(stats.record(Event::View, QStringLiteral("tip/a"), now));
        QVERIFY(stats.record(Event::Search, QString(), now));

        civic::PrometheusText metrics;
        metrics.add(QStringLiteral("civic_kiosk_pack_info"), civic::PrometheusText::Type::Gauge, QStringLiteral("Help with \\ and\nnewline."),
                    {{{{QStringLiteral("pack"), QStringLiteral("quote\" back\\slash\nline")}, {QStringLiteral("version"), QStringLiteral("1.2.3")}}, 1}});
        civic::usageexport::addMetrics(metrics, stats.totals(now));
        const QString text = QString::fromUtf8(metrics.text());
        QVERIFY2(prometheusFormatProblem(text).isEmpty(), qPrintable(prometheusFormatProblem(text) + u'\n' + text));
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.contains(QStringLiteral("# HELP civic_kiosk_pack_info Help with \\\\ and\\nnewline.")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_pack_info{pack=\"quote\\\" back\\\\slash\\nline\",version=\"1.2.3\"} 1")));
        QVERIFY(lines.contains(QStringLiteral("# TYPE civic_kiosk_usage_events_total counter")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_usage_events_total{event=\"view\"} 3")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_usage_events_total{event=\"search\"} 0")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_usage_events_total{event=\"attract-interrupted\"} 0")));
        QVERIFY(lines.contains(QStringLiteral("# TYPE civic_kiosk_usage_sessions_total counter")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_usage_sessions_total{length=\">5m\"} 1")));
        QVERIFY(lines.contains(QStringLiteral("civic_kiosk_usage_sessions_total{length=\"<30s\"} 0")));
        // No label names an item: the cardinality stays fixed, whatever the pack holds.
        QVERIFY(!text.contains(QStringLiteral("tip/")));

        QCOMPARE(civic::PrometheusText::formatValue(1768471200.0), QStringLiteral("1768471200"));
        QCOMPARE(civic::PrometheusText::formatValue(0.25), QStringLiteral("0.25"));
        QCOMPARE(civic::PrometheusText::formatValue(qQNaN()), QStringLiteral("NaN"));
        QCOMPARE(civic::PrometheusText::formatValue(-qInf()), QStringLiteral("-Inf"));
        // The checker itself catches what the collector would refuse.
        QVERIFY(!prometheusFormatProblem(QStringLiteral("civic_x 1\n")).isEmpty());
        QVERIFY(!prometheusFormatProblem(QStringLiteral("# TYPE civic_x gauge\ncivic_x{a=\"b\"} 1 1700000000\n")).isEmpty());
        QVERIFY(!prometheusFormatProblem(QStringLiteral("# TYPE civic_x gauge\ncivic_x{a=\"b\nc\"} 1\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUsageStats)
#include "tst_usagestats.moc"
