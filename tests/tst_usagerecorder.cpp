// What the screen counts of a visit: one view per page, the search page once however often its
// text changes, one search per search, the visit's length when it is over, and never a word.
#include "idlereset.h"
#include "router.h"
#include "testcatalog.h"
#include "usagerecorder.h"
#include "visitoractivity.h"

#include <QTemporaryDir>
#include <QTest>

using Event = civic::UsageStats::Event;

class TestUsageRecorder : public QObject
{
    Q_OBJECT

    TestCatalog m_fixture;

    static qint64 count(const QList<civic::UsageStats::Row> &rows, Event event, const QString &subject = {})
    {
        qint64 total = 0;
        for (const auto &row : rows) {
            if (row.event == event && (subject.isNull() || row.subject == subject))
                total += row.count;
        }
        return total;
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.open()); }

    void countsAVisit()
    {
        QTemporaryDir state;
        Catalog *catalog = m_fixture.catalog.get();
        Router router(catalog);
        VisitorActivity activity;
        IdleReset idle(&activity, &router, catalog, 600000, 1000);
        {
            UsageRecorder recorder(&router, catalog, &idle);
            QVERIFY(recorder.open(state.path()));
            QVERIFY(router.go(QStringLiteral("search")));
            for (const char *typed : {"search/e", "search/ei", "search", "search/tür"})
                QVERIFY(router.replace(QString::fromUtf8(typed)));
            QVERIFY(router.go(QStringLiteral("tip/lock-door")));
            catalog->setLanguage(QStringLiteral("en"));
            idle.idleNow();
            idle.countdownEndsNow();  // the visit is over
        }
        civic::UsageStats stats;
        QVERIFY(stats.open(state.path(), civic::UsageStats::Mode::ReadOnly));
        const auto rows = stats.since(QDateTime::currentDateTimeUtc().addDays(-1));
        QCOMPARE(count(rows, Event::View, QStringLiteral("search")), 1);
        QCOMPARE(count(rows, Event::Search), 1);
        QCOMPARE(count(rows, Event::View, QStringLiteral("tip/lock-door")), 1);
        QCOMPARE(count(rows, Event::Language, QStringLiteral("en")), 1);
        QCOMPARE(count(rows, Event::Language, QStringLiteral("de")), 0);  // the reset is no choice
        QCOMPARE(count(rows, Event::View, QStringLiteral("home")), 0);    // nor is its way home
        QCOMPARE(count(rows, Event::Session, QStringLiteral("<30s")), 1);
        for (const auto &row : rows)
            QVERIFY2(!row.subject.contains(QStringLiteral("ei")) && !row.subject.contains(QStringLiteral("tür")),
                     qPrintable(row.subject));
    }

    void aVisitThatEndsAtHomeIsCountedToo()
    {
        QTemporaryDir state;
        Catalog *catalog = m_fixture.catalog.get();
        Router router(catalog);
        VisitorActivity activity;
        IdleReset idle(&activity, &router, catalog, 600000, 1000);
        {
            UsageRecorder recorder(&router, catalog, &idle);
            QVERIFY(recorder.open(state.path()));
            QVERIFY(router.go(QStringLiteral("contacts")));
            router.home();
            // A touch at home, then nobody: set back without asking, and the visit ends.
            emit activity.touched();
            idle.idleNow();
        }
        civic::UsageStats stats;
        QVERIFY(stats.open(state.path(), civic::UsageStats::Mode::ReadOnly));
        QCOMPARE(count(stats.since(QDateTime::currentDateTimeUtc().addDays(-1)), Event::Session), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageRecorder)
#include "tst_usagerecorder.moc"
