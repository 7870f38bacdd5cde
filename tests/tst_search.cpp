// Search as a visitor types it: prefixes, case, diacritics, ß/ss, Arabic and Cyrillic, the
// fallback to the default language, validity windows, and the grouping the results page shows.
#include "contentstore.h"
#include "searchmodel.h"
#include "searchtext.h"
#include "testpack.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearch : public QObject
{
    Q_OBJECT

    TestPack m_pack;
    civic::ContentStore m_store;

    QStringList ids(const QString &input, const QString &language) const
    {
        QStringList found;
        for (const civic::SearchHit &hit : m_store.search(input, language))
            found.append(hit.kind + u'/' + hit.id);
        return found;
    }

private slots:
    void initTestCase()
    {
        // The minimal pack, plus Arabic and Ukrainian and a tip about crossing the street.
        QJsonObject meta = m_pack.readObject(u"pack.json"_s);
        meta.insert(u"languages"_s, QJsonArray{u"de"_s, u"en"_s, u"tr"_s, u"ar"_s, u"uk"_s});
        m_pack.writeObject(u"pack.json"_s, meta);
        m_pack.writeText(u"tips/street.json"_s, R"({
  "id": "street", "sections": ["homes"], "audience": ["everyone"], "priority": 2,
  "title": {"de": "Sicher über die Straße", "en": "Crossing the street safely",
            "ar": "عبور الشارع بأمان", "uk": "Безпечно через вулицю"},
  "summary": {"de": "Schauen Sie nach links und rechts.", "en": "Look left and right."},
  "keyPoints": {"de": ["Schauen"], "en": ["Look"]},
  "body": {"de": "Nachts helle Kleidung tragen.", "en": "Wear bright clothes at night."}
})");
        m_pack.writeText(u"tips/expired.json"_s, R"({
  "id": "expired", "sections": ["homes"], "audience": ["everyone"], "priority": 3,
  "validUntil": "2026-01-31",
  "title": {"de": "Einbruchschutz im Winter", "en": "Burglary in winter"},
  "summary": {"de": "Alt.", "en": "Old."}, "keyPoints": {"de": ["Alt"], "en": ["Old"]}, "body": {"de": "Alt.", "en": "Old."}
})");
        const QString database = m_pack.compile();
        QVERIFY2(m_store.open(database, QFileInfo(database).absolutePath()), qPrintable(m_store.errorString()));
        m_store.setToday(QDate(2026, 6, 1));
    }

    void matchExpressionQuotesEveryWord()
    {
        QCOMPARE(civic::searchMatchExpression(u"  Einbr  Tür "_s), u"\"Einbr\"* \"Tür\"*"_s);
        // FTS5 syntax a visitor types is text, never an operator.
        QCOMPARE(civic::searchMatchExpression(u"a OR b\"*) NEAR("_s), u"\"a\"* \"OR\"* \"b\"* \"NEAR\"*"_s);
        QCOMPARE(civic::searchMatchExpression(u"!?…"_s), QString());
        QCOMPARE(civic::foldForSearch(u"Straße STRAẞE"_s), u"Strasse STRAssE"_s);
    }

    void finds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");

        QTest::newRow("whole word") << u"Einbruch"_s << u"de"_s << u"tip/lock-door"_s;
        QTest::newRow("prefix, lower case") << u"einbr"_s << u"de"_s << u"tip/lock-door"_s;
        QTest::newRow("upper case") << u"EINBRECHER"_s << u"de"_s << u"tip/lock-door"_s;
        QTest::newRow("umlaut typed plain") << u"tur abschl"_s << u"de"_s << u"tip/lock-door"_s;
        QTest::newRow("umlaut typed") << u"Tür"_s << u"de"_s << u"tip/lock-door"_s;
        QTest::newRow("ß typed as ss") << u"Strasse"_s << u"de"_s << u"tip/street"_s;
        QTest::newRow("ß typed") << u"straße"_s << u"de"_s << u"tip/street"_s;
        QTest::newRow("ß prefix as ss") << u"stras"_s << u"de"_s << u"tip/street"_s;
        QTest::newRow("district with umlaut") << u"munster"_s << u"de"_s << u"district/muenster"_s;
        QTest::newRow("contact by phone") << u"110"_s << u"de"_s << u"contact/police"_s;
        QTest::newRow("page") << u"datenschutz"_s << u"de"_s << u"page/privacy"_s;
        QTest::newRow("Arabic") << u"الشارع"_s << u"ar"_s << u"tip/street"_s;
        QTest::newRow("Arabic prefix") << u"الشا"_s << u"ar"_s << u"tip/street"_s;
        QTest::newRow("Cyrillic, any case") << u"ВУЛИЦ"_s << u"uk"_s << u"tip/street"_s;
        QTest::newRow("Cyrillic prefix") << u"безп"_s << u"uk"_s << u"tip/street"_s;
        // Ukrainian has no text of this tip: the visitor searches what the page would show.
        QTest::newRow("fallback to the default language") << u"einbr"_s << u"uk"_s << u"tip/lock-door"_s;
        QTest::newRow("English") << u"burgl"_s << u"en"_s << u"tip/lock-door"_s;
    }

    void finds()
    {
        QFETCH(QString, input);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QStringList found = ids(input, language);
        QVERIFY2(found.contains(expected), qPrintable(found.join(u", ")));
    }

    void everyWordMustMatch()
    {
        QCOMPARE(ids(u"Einbruch Straße"_s, u"de"_s), QStringList());
        QCOMPARE(ids(u"zzzz"_s, u"de"_s), QStringList());
        QCOMPARE(ids(QString(), u"de"_s), QStringList());
    }

    void searchesOnlyTheVisitorsLanguage()
    {
        // "burglar" is English; the German texts do not hold it.
        QCOMPARE(ids(u"burglar"_s, u"de"_s), QStringList());
    }

    void leavesOutTipsOutsideTheirWindow()
    {
        QVERIFY(!ids(u"winter"_s, u"de"_s).contains(u"tip/expired"_s));
        m_store.setToday(QDate(2026, 1, 10));
        QVERIFY(ids(u"winter"_s, u"de"_s).contains(u"tip/expired"_s));
        m_store.setToday(QDate(2026, 6, 1));
    }

    void titleOutranksBody()
    {
        // "Einbrecher" is in lock-door's body; "Einbruch…" leads the expired tip's title.
        m_store.setToday(QDate(2026, 1, 10));
        const QStringList found = ids(u"einbr"_s, u"de"_s);
        m_store.setToday(QDate(2026, 6, 1));
        QCOMPARE(found.value(0), u"tip/expired"_s);
    }

    void resultsShowUnfoldedTexts()
    {
        const QList<civic::SearchHit> hits = m_store.search(u"strasse"_s, u"de"_s);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().title, u"Sicher über die Straße"_s);
        QCOMPARE(hits.first().detail, u"Schauen Sie nach links und rechts."_s);
    }

    void manyMatchesListTitleHitsFirst()
    {
        // More matches than are worth ranking: title hits come first, then the rest.
        TestPack pack;
        for (int i = 0; i < 1100; ++i)
            pack.writeText(u"tips/many-%1.json"_s.arg(i, 4, 10, QChar(u'0')), QStringLiteral(R"({
  "id": "many-%1", "sections": ["homes"], "priority": %2,
  "title": {"de": "Tipp %1", "en": "Tip %1"}, "summary": {"de": "Gemeinsam", "en": "Together"},
  "keyPoints": {"de": ["Punkt"], "en": ["Point"]}, "body": {"de": "Text", "en": "Text"}
})").arg(i, 4, 10, QChar(u'0')).arg(10 + i % 900).toUtf8());
        pack.writeText(u"tips/zz-title.json"_s, R"({
  "id": "zz-title", "sections": ["homes"], "priority": 1000,
  "title": {"de": "Gemeinsam sicher", "en": "Safe together"}, "summary": {"de": "Titel", "en": "Title"},
  "keyPoints": {"de": ["Punkt"], "en": ["Point"]}, "body": {"de": "Text", "en": "Text"}
})");
        const QString database = pack.compile();
        civic::ContentStore store;
        QVERIFY(store.open(database, QFileInfo(database).absolutePath()));
        const QList<civic::SearchHit> hits = store.search(u"gemein"_s, u"de"_s, 20);
        QCOMPARE(hits.size(), 20);
        QCOMPARE(hits.first().id, u"zz-title"_s);
        QCOMPARE(hits.at(1).kind, u"tip"_s);
        QVERIFY(hits.at(1).id.startsWith(u"many-"_s));
    }

    void keyboardLayoutForEachLanguage()
    {
        // Qt Virtual Keyboard's layout names; Leichte Sprache types on the German keyboard.
        QCOMPARE(Catalog::keyboardLocaleFor(u"de"_s), u"de_DE"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"de-x-ls"_s), u"de_DE"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"ar"_s), u"ar_AR"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"uk"_s), u"uk_UA"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"tr"_s), u"tr_TR"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"en"_s), u"en_GB"_s);
        QCOMPARE(Catalog::keyboardLocaleFor(u"x-unknown"_s), u"en_GB"_s);
    }

    void modelGroupsByKind()
    {
        Catalog catalog(&m_store);
        SearchModel model;
        QAbstractItemModelTester tester(&model);
        model.setCatalog(&catalog);
        QCOMPARE(model.count(), 0);
        // One letter matches tips, contacts, the district and pages alike.
        model.setQuery(u"m"_s);
        QVERIFY(model.count() > 2);
        const QHash<int, QByteArray> roles = model.roleNames();
        const int kindRole = roles.key("kind");
        const int firstRole = roles.key("firstOfGroup");
        QStringList seenGroups;
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString kind = model.data(model.index(row), kindRole).toString();
            const bool first = model.data(model.index(row), firstRole).toBool();
            QCOMPARE(first, kind != previous);
            if (first) {
                QVERIFY2(!seenGroups.contains(kind), "a kind's hits must come together");
                seenGroups.append(kind);
            }
            previous = kind;
        }
        QVERIFY(seenGroups.size() >= 2);
        QCOMPARE(model.data(model.index(0), roles.key("route")).toString().section(u'/', 0, 0),
                 model.data(model.index(0), kindRole).toString());

        // A new language searches again, in that language.
        model.setQuery(u"burgl"_s);
        QCOMPARE(model.count(), 0);
        catalog.setLanguage(u"en"_s);
        QCOMPARE(model.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
