#include "catalog.h"
#include "contentstore.h"
#include "displaymodes.h"
#include "idlereset.h"
#include "router.h"
#include "testcatalog.h"
#include "visitoractivity.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

class TestIdleReset : public QObject
{
    Q_OBJECT

private:
    TestCatalog m_fixture;
    Catalog *m_catalog = nullptr;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<VisitorActivity> m_activity;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_catalog = m_fixture.catalog.get();
    }

    void init()
    {
        m_router = std::make_unique<Router>(m_catalog);
        m_activity = std::make_unique<VisitorActivity>();
        m_catalog->resetLanguage();
    }

    void forgetsTheVisitorAfterTheCountdown()
    {
        IdleReset idle(m_activity.get(), m_router.get(), m_catalog, 200, 2000);
        QSignalSpy reset(&idle, &IdleReset::reset);
        QVERIFY(m_router->go(QStringLiteral("tip/lock-door")));
        m_catalog->setLanguage(QStringLiteral("tr"));
        QTRY_VERIFY_WITH_TIMEOUT(idle.isCountingDown(), 2000);
        QCOMPARE(idle.secondsLeft(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 4000);
        QCOMPARE(m_router->route(), QStringLiteral("home"));
        QCOMPARE(m_catalog->language(), QStringLiteral("de"));
        QVERIFY(!idle.isCountingDown());
    }

    void turnsTheDisplayModesOff()
    {
        IdleReset idle(m_activity.get(), m_router.get(), m_catalog, 200, 1000);
        DisplayModes modes;
        idle.setDisplayModes(&modes);
        QSignalSpy reset(&idle, &IdleReset::reset);
        // At home in German, a mode left on is still something to forget.
        modes.setHighContrast(true);
        modes.setLowReach(true);
        QVERIFY(!idle.isPristine());
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 3000);
        QVERIFY(modes.isDefault());
    }

    void lowReachFollowsTheMountingHeight()
    {
        // Top edge 175 cm, picture 48 cm high: 55 cm out of reach, more than the 60 % cap.
        QCOMPARE(DisplayModes::unreachableTop(175, 48, 120), 0.6);
        QCOMPARE(DisplayModes::unreachableTop(150, 60, 120), 0.5);
        QCOMPARE(DisplayModes::unreachableTop(110, 60, 120), 0.0);
        QCOMPARE(DisplayModes::unreachableTop(150, 0, 120), 0.4);
    }

    void aTouchPutsItOff()
    {
        IdleReset idle(m_activity.get(), m_router.get(), m_catalog, 300, 2000);
        QSignalSpy reset(&idle, &IdleReset::reset);
        QVERIFY(m_router->go(QStringLiteral("contacts")));
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(100);
            emit m_activity->touched();
        }
        QVERIFY(!idle.isCountingDown());
        QTRY_VERIFY_WITH_TIMEOUT(idle.isCountingDown(), 2000);
        idle.stillHere();  // the visitor answers
        QVERIFY(!idle.isCountingDown());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_router->route(), QStringLiteral("contacts"));
    }

    void anUntouchedKioskIsLeftAlone()
    {
        IdleReset idle(m_activity.get(), m_router.get(), m_catalog, 100, 1000);
        QVERIFY(idle.isPristine());
        QTest::qWait(400);
        QVERIFY(!idle.isCountingDown());
    }
};

QTEST_GUILESS_MAIN(TestIdleReset)
#include "tst_idlereset.moc"
