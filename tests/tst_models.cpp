#include "catalog.h"
#include "contentstore.h"
#include "itemdetails.h"
#include "listmodels.h"
#include "testcatalog.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace {

QVariant value(const QAbstractItemModel &model, int row, const QByteArray &role)
{
    return model.data(model.index(row, 0), model.roleNames().key(role));
}

QStringList column(const QAbstractItemModel &model, const QByteArray &role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(value(model, row, role).toString());
    return values;
}

} // namespace

class TestModels : public QObject
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

    void init() { m_catalog->setLanguage(QStringLiteral("de")); }

    void catalog()
    {
        QCOMPARE(m_catalog->language(), QStringLiteral("de"));
        QCOMPARE(m_catalog->title(), QStringLiteral("Testpaket"));
        QSignalSpy changed(m_catalog, &Catalog::languageChanged);
        m_catalog->setLanguage(QStringLiteral("fr"));  // not in the pack: ignored
        QCOMPARE(changed.count(), 0);
        m_catalog->setLanguage(QStringLiteral("en"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_catalog->title(), QStringLiteral("Test pack"));
        QVERIFY(!m_catalog->isRightToLeft());
        const QVariantList numbers = m_catalog->emergencyNumbers();
        QCOMPARE(numbers.size(), 2);
        QCOMPARE(numbers.at(0).toMap().value(QStringLiteral("phone")).toString(), QStringLiteral("110"));
        QCOMPARE(numbers.at(0).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Police"));
        m_catalog->resetLanguage();
        QCOMPARE(m_catalog->language(), QStringLiteral("de"));
        QVERIFY(m_catalog->mediaUrl(QStringLiteral("media/icon.svg")).isLocalFile());
        QVERIFY(QFileInfo::exists(m_catalog->mediaUrl(QStringLiteral("media/icon.svg")).toLocalFile()));
    }

    void languageNames()
    {
        QCOMPARE(Catalog::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(Catalog::nativeName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(Catalog::nativeName(QStringLiteral("de-x-ls")), QStringLiteral("Leichte Sprache"));
        QCOMPARE(Catalog::nativeName(QStringLiteral("tr")), QStringLiteral("Türkçe"));
        QCOMPARE(Catalog::nativeName(QStringLiteral("uk")), QStringLiteral("Українська"));
        QCOMPARE(Catalog::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
        QVERIFY(Catalog::isRightToLeftLanguage(QStringLiteral("ar")));
        QVERIFY(!Catalog::isRightToLeftLanguage(QStringLiteral("uk")));
    }

    void sectionModel()
    {
        SectionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCatalog(m_catalog);
        QCOMPARE(column(model, "sectionId"), (QStringList{"homes", "streets"}));
        QCOMPARE(column(model, "title"), (QStringList{"Zuhause", "Straße"}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_catalog->setLanguage(QStringLiteral("tr"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(model, "title"), (QStringList{"Evde", "Straße"}));
        QCOMPARE(value(model, 0, "fallback").toBool(), true);  // the summary is German
        QVERIFY(value(model, 0, "iconUrl").toUrl().isLocalFile());
    }

    void tipModel()
    {
        TipModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(column(model, "tipId"), (QStringList{"lock-door", "street-lights"}));
        QSignalSpy count(&model, &TipModel::countChanged);
        model.setSectionId(QStringLiteral("streets"));
        QCOMPARE(column(model, "tipId"), QStringList{"street-lights"});
        QCOMPARE(count.count(), 1);
        QCOMPARE(model.property("count").toInt(), 1);
    }

    void projectModel()
    {
        ProjectModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(value(model, 0, "year").toInt(), 1999);
        model.setDistrictId(QStringLiteral("mitte"));
        QCOMPARE(model.rowCount(), 0);
        model.setDistrictId(QStringLiteral("muenster"));
        QCOMPARE(model.rowCount(), 1);
    }

    void contactModel()
    {
        ContactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(model.rowCount(), 4);
        model.setKind(QStringLiteral("emergency"));
        QCOMPARE(column(model, "phone"), (QStringList{"110", "112"}));
        model.setKind({});
        model.setListedOnly(true);
        QCOMPARE(model.rowCount(), 0);  // a tip without contacts lists none, not all
        model.setContactIds({QStringLiteral("advice"), QStringLiteral("police")});
        QCOMPARE(column(model, "contactId"), (QStringList{"advice", "police"}));
        QCOMPARE(value(model, 0, "verified").toBool(), false);
        QCOMPARE(value(model, 0, "email").toString(), QStringLiteral("advice@example.org"));
    }

    void districtModelSortsInTheVisitorsLanguage()
    {
        DistrictModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(column(model, "name"), (QStringList{"Mitte", "Münster"}));
        QCOMPARE(column(model, "initial"), (QStringList{"M", "M"}));
    }

    void pageModel()
    {
        PageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(m_catalog);
        QCOMPARE(column(model, "pageId"), (QStringList{"about", "privacy"}));
    }

    void itemDetails()
    {
        ItemDetails details;
        QSignalSpy changed(&details, &ItemDetails::changed);
        details.setCatalog(m_catalog);
        details.setKind(ItemDetails::Kind::Tip);
        details.setItemId(QStringLiteral("lock-door"));
        QVERIFY(details.found());
        QCOMPARE(details.title(), QStringLiteral("Tür abschließen"));
        QCOMPARE(details.keyPoints(), (QStringList{"Zweimal abschließen", "Fenster schließen"}));
        QCOMPARE(details.contactIds(), (QStringList{"fire", "police"}));
        QCOMPARE(details.webAddress(), QStringLiteral("https://example.org/tips/lock-door"));
        QVERIFY(!details.fallback());
        m_catalog->setLanguage(QStringLiteral("tr"));
        QCOMPARE(details.title(), QStringLiteral("Kapıyı kilitleyin"));
        QVERIFY(changed.count() >= 2);

        details.setItemId(QStringLiteral("street-lights"));
        QVERIFY(details.fallback());
        QCOMPARE(details.webAddress(), QString());  // no address, no code

        details.setKind(ItemDetails::Kind::Project);
        details.setItemId(QStringLiteral("youth-house"));
        QCOMPARE(details.districtName(), QStringLiteral("Münster"));
        QCOMPARE(details.year(), 1999);

        details.setKind(ItemDetails::Kind::District);
        details.setItemId(QStringLiteral("mitte"));
        QCOMPARE(details.title(), QStringLiteral("Mitte"));

        details.setKind(ItemDetails::Kind::Page);
        details.setItemId(QStringLiteral("nothing"));
        QVERIFY(!details.found());
        QVERIFY(details.title().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
