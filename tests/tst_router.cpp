#include "catalog.h"
#include "contentstore.h"
#include "router.h"
#include "testcatalog.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

class TestRouter : public QObject
{
    Q_OBJECT

private:
    TestCatalog m_fixture;
    Catalog *m_catalog = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        m_catalog = m_fixture.catalog.get();
    }

    void validRoutes_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<bool>("valid");
        QTest::newRow("home") << "home" << true;
        QTest::newRow("contacts") << "contacts" << true;
        QTest::newRow("projects") << "projects" << true;
        QTest::newRow("about") << "about" << true;
        QTest::newRow("section") << "section/homes" << true;
        QTest::newRow("tip") << "tip/lock-door" << true;
        QTest::newRow("project") << "project/youth-house" << true;
        QTest::newRow("district") << "district/muenster" << true;
        QTest::newRow("page") << "page/privacy" << true;
        QTest::newRow("unknown page") << "settings" << false;
        QTest::newRow("unknown tip") << "tip/nothing" << false;
        QTest::newRow("expired tip") << "tip/winter-campaign" << false;
        QTest::newRow("id of another kind") << "tip/homes" << false;
        QTest::newRow("missing id") << "tip/" << false;
        QTest::newRow("id on a plain page") << "contacts/x" << false;
        QTest::newRow("nested") << "tip/lock-door/x" << false;
        QTest::newRow("empty") << "" << false;
    }

    void validRoutes()
    {
        QFETCH(QString, route);
        QFETCH(bool, valid);
        Router router(m_catalog);
        QCOMPARE(router.isValid(route), valid);
        QCOMPARE(router.go(route), valid);
        QCOMPARE(router.route(), valid ? route : QStringLiteral("home"));
    }

    void backAndHome()
    {
        Router router(m_catalog);
        QSignalSpy changed(&router, &Router::routeChanged);
        QCOMPARE(router.page(), QStringLiteral("home"));
        QVERIFY(!router.canGoBack());
        router.back();
        QCOMPARE(changed.count(), 0);

        QVERIFY(router.go(QStringLiteral("section/homes")));
        QVERIFY(router.go(QStringLiteral("tip/lock-door")));
        QCOMPARE(router.page(), QStringLiteral("tip"));
        QCOMPARE(router.argument(), QStringLiteral("lock-door"));
        QVERIFY(router.go(QStringLiteral("tip/lock-door")));  // same route: no new step
        QCOMPARE(changed.count(), 2);
        router.back();
        QCOMPARE(router.route(), QStringLiteral("section/homes"));
        QVERIFY(router.canGoBack());
        router.home();
        QCOMPARE(router.route(), QStringLiteral("home"));
        QVERIFY(!router.canGoBack());
    }

    void historyIsBounded()
    {
        Router router(m_catalog);
        for (int i = 0; i < 100; ++i)
            router.go(i % 2 ? QStringLiteral("contacts") : QStringLiteral("about"));
        int steps = 0;
        while (router.canGoBack()) {
            router.back();
            ++steps;
        }
        QVERIFY(steps < 40);
        QCOMPARE(router.route(), QStringLiteral("home"));
    }

    void pageNamesForMessages()
    {
        const QStringList names = Router::pageNames();
        QVERIFY(names.contains(QStringLiteral("tip/ID")));
        QVERIFY(names.contains(QStringLiteral("home")));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
