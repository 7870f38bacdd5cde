#include "contentschema.h"
#include "contentstore.h"
#include "testpack.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using civic::ContentStore;

class TestContentStore : public QObject
{
    Q_OBJECT

private:
    TestPack m_pack;
    QString m_database;
    ContentStore m_store;

private slots:
    void initTestCase()
    {
        m_database = m_pack.compile();
        QVERIFY2(m_store.open(m_database, QFileInfo(m_database).absolutePath()), qPrintable(m_store.errorString()));
        m_store.setToday(QDate(2026, 6, 1));
    }

    void readsPackInfo()
    {
        const civic::PackInfo &info = m_store.info();
        QCOMPARE(info.id, QStringLiteral("minimal"));
        QCOMPARE(info.version, QStringLiteral("1.2.3"));
        QCOMPARE(info.languages, (QStringList{"de", "en", "tr"}));
        QCOMPARE(info.defaultLanguage, QStringLiteral("de"));
        QCOMPARE(info.emergency, (QStringList{"police", "fire"}));
        // Without featuredTip in pack.json, the most important tip is featured.
        QCOMPARE(info.featuredTip, QStringLiteral("lock-door"));
        QCOMPARE(info.created, QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    }

    void textsFallBackToTheDefaultLanguage()
    {
        const auto sections = m_store.sections(QStringLiteral("tr"));
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(0).title.text, QStringLiteral("Evde"));
        QVERIFY(!sections.at(0).title.fallback);
        QCOMPARE(sections.at(0).summary.text, QStringLiteral("Sicher wohnen."));
        QVERIFY(sections.at(0).summary.fallback);
        QCOMPARE(sections.at(1).title.text, QStringLiteral("Straße"));
    }

    void tipsAreOrderedAndFilteredByValidity()
    {
        QStringList ids;
        for (const auto &tip : m_store.tips(QStringLiteral("en")))
            ids.append(tip.id);
        QCOMPARE(ids, (QStringList{"lock-door", "street-lights"}));

        m_store.setToday(QDate(2026, 1, 10));
        ids.clear();
        for (const auto &tip : m_store.tips(QStringLiteral("en"), QStringLiteral("homes")))
            ids.append(tip.id);
        QCOMPARE(ids, (QStringList{"lock-door", "winter-campaign", "street-lights"}));
        QVERIFY(m_store.contains(QStringLiteral("tip"), QStringLiteral("winter-campaign")));
        m_store.setToday(QDate(2026, 6, 1));
        QVERIFY(!m_store.contains(QStringLiteral("tip"), QStringLiteral("winter-campaign")));
        QVERIFY(!m_store.tip(QStringLiteral("winter-campaign"), QStringLiteral("en")));
    }

    void tipDetail()
    {
        const auto tip = m_store.tip(QStringLiteral("lock-door"), QStringLiteral("en"));
        QVERIFY(tip);
        QCOMPARE(tip->title.text, QStringLiteral("Lock the door"));
        QCOMPARE(tip->keyPoints, (QStringList{"Lock twice", "Close windows"}));
        QVERIFY(!tip->keyPointsFallback);
        QCOMPARE(tip->contacts, (QStringList{"fire", "police"}));
        QCOMPARE(tip->sections, (QStringList{"homes"}));
        QCOMPARE(tip->image, QStringLiteral("media/picture.svg"));

        // Key points come whole from one language, never mixed.
        const auto lights = m_store.tip(QStringLiteral("street-lights"), QStringLiteral("tr"));
        QVERIFY(lights);
        QCOMPARE(lights->keyPoints, (QStringList{"Helle Wege wählen"}));
        QVERIFY(lights->keyPointsFallback);
        QVERIFY(lights->title.fallback);
    }

    void projects()
    {
        QCOMPARE(m_store.projects(QStringLiteral("en")).size(), 1);
        QCOMPARE(m_store.projects(QStringLiteral("en"), QStringLiteral("homes")).size(), 0);
        QCOMPARE(m_store.projects(QStringLiteral("en"), {}, QStringLiteral("muenster")).size(), 1);
        const auto project = m_store.project(QStringLiteral("youth-house"), QStringLiteral("en"));
        QVERIFY(project);
        QCOMPARE(project->year, 1999);
        QCOMPARE(project->partners, (QStringList{"Polizei", "Youth services"}));
        QCOMPARE(project->images, QStringList{"media/picture.svg"});
        QCOMPARE(project->district, QStringLiteral("muenster"));
    }

    void contacts()
    {
        QCOMPARE(m_store.contacts(QStringLiteral("en"), QStringLiteral("emergency")).size(), 2);
        const auto district = m_store.contacts(QStringLiteral("en"), {}, QStringLiteral("muenster"));
        QCOMPARE(district.size(), 1);
        QCOMPARE(district.first().phone, QStringLiteral("115"));
        const auto byId = m_store.contactsById({QStringLiteral("fire"), QStringLiteral("police")}, QStringLiteral("en"));
        QCOMPARE(byId.size(), 2);
        QCOMPARE(byId.at(0).id, QStringLiteral("fire"));
        QVERIFY(byId.at(0).free);
        QVERIFY(byId.at(0).verified);
        const auto advice = m_store.contactsById({QStringLiteral("advice")}, QStringLiteral("tr"));
        QCOMPARE(advice.first().name.text, QStringLiteral("Beratungsstelle"));
        QVERIFY(!advice.first().name.fallback);
        QVERIFY(!advice.first().verified);
    }

    void pagesInTheStandardOrder()
    {
        const auto pages = m_store.pages(QStringLiteral("en"));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).id, QStringLiteral("about"));
        QCOMPARE(pages.at(1).id, QStringLiteral("privacy"));
        const auto about = m_store.page(QStringLiteral("about"), QStringLiteral("tr"));
        QVERIFY(about);
        QCOMPARE(about->title.text, QStringLiteral("Hakkımızda"));
        QVERIFY(about->body.fallback);
        QVERIFY(!m_store.page(QStringLiteral("missing"), QStringLiteral("en")));
    }

    void districts()
    {
        const auto districts = m_store.districts(QStringLiteral("en"));
        QCOMPARE(districts.size(), 2);
        QCOMPARE(districts.at(0).name.text, QStringLiteral("Münster"));
    }

    void opensReadOnly()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("content.db"));
        QVERIFY(QFile::copy(m_database, copy));
        ContentStore store;
        QVERIFY(store.open(copy, dir.path()));
        // A write through the stores' own connections must fail: the kiosk never changes a pack.
        int stores = 0;
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (!name.startsWith(QLatin1String("civic-")))
                continue;
            ++stores;
            QSqlQuery query(QSqlDatabase::database(name));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM tips")));
        }
        QCOMPARE(stores, 2);
    }

    void refusesMissingAndNewerDatabases()
    {
        ContentStore store;
        QVERIFY(!store.open(QStringLiteral("/nonexistent/content.db"), QStringLiteral("/nonexistent")));
        QVERIFY(store.errorString().contains(QStringLiteral("content database is missing")));

        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("content.db"));
        QVERIFY(QFile::copy(m_database, newer));
        QFile::setPermissions(newer, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        QVERIFY(!store.open(newer, dir.path()));
        QVERIFY2(store.errorString().contains(QStringLiteral("content database version 99, this program reads version %1").arg(civic::kContentDbVersion)),
                 qPrintable(store.errorString()));

        const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY(!store.open(garbage, dir.path()));
        QVERIFY(!store.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestContentStore)
#include "tst_contentstore.moc"
