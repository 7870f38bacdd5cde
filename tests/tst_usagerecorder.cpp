// What the screen counts of a visit: one view per page, the search page once however often its
// text changes, one search per search, the visit's length when it is over, and never a word.
#include "idlereset.h"
#include "router.h"
#include "testcatalog.h"
#include "usagerecorder.h"
#include "visitoractivity.h"

#include <QTemporaryDir>

#include <functional>
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

    /// What a recorder counted of `visit`, read back from its usage.db once it is closed.
    QList<civic::UsageStats::Row> counted(const std::function<void(Router &, VisitorActivity &, IdleReset &)> &visit)
    {
        QTemporaryDir state;
        Catalog *catalog = m_fixture.catalog.get();
        Router router(catalog);
        VisitorActivity activity;
        IdleReset idle(&activity, &router, catalog, 600000, 1000);
        {
            UsageRecorder recorder(&router, catalog, &idle);
            if (!recorder.open(state.path()))
                qFatal("cannot open usage.db: %s", qPrintable(recorder.errorString()));
            visit(router, activity, idle);
        }
        civic::UsageStats stats;
        if (!stats.open(state.path(), civic::UsageStats::Mode::ReadOnly))
            qFatal("cannot read usage.db back: %s", qPrintable(stats.errorString()));
        return stats.since(QDateTime::currentDateTimeUtc().addDays(-1));
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.open()); }

    void countsAVisit()
    {
        const auto rows = counted([this](Router &router, VisitorActivity &, IdleReset &idle) {
            QVERIFY(router.go(QStringLiteral("search")));
            for (const char *typed : {"search/e", "search/ei", "search", "search/tür"})
                QVERIFY(router.replace(QString::fromUtf8(typed)));
            QVERIFY(router.go(QStringLiteral("tip/lock-door")));
            m_fixture.catalog->setLanguage(QStringLiteral("en"));
            idle.idleNow();
            idle.countdownEndsNow();  // the visit is over
        });
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
        const auto rows = counted([](Router &router, VisitorActivity &activity, IdleReset &idle) {
            QVERIFY(router.go(QStringLiteral("contacts")));
            router.home();
            // A touch at home, then nobody: set back without asking, and the visit ends.
            emit activity.touched();
            idle.idleNow();
        });
        QCOMPARE(count(rows, Event::Session), 1);
    }
};

QTEST_GUILESS_MAIN(TestUsageRecorder)
#include "tst_usagerecorder.moc"
