#include "localizedtext.h"

#include <QTest>

using namespace civic;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void fallbackChain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default") << "de" << QStringList{"de"};
        QTest::newRow("other") << "en" << QStringList{"en", "de"};
        QTest::newRow("easy German reads German") << "de-x-ls" << QStringList{"de-x-ls", "de"};
        QTest::newRow("regional variant") << "en-GB" << QStringList{"en-GB", "en", "de"};
    }

    void fallbackChain()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(civic::fallbackChain(language, QStringLiteral("de")), expected);
    }

    void picksTheBestText()
    {
        const TextMap texts{{QStringLiteral("de"), QStringLiteral("Tür")}, {QStringLiteral("en"), QStringLiteral("Door")}};
        const LocalizedText en = pickText(texts, QStringLiteral("en"), QStringLiteral("de"));
        QCOMPARE(en.text, QStringLiteral("Door"));
        QVERIFY(!en.fallback);
        const LocalizedText tr = pickText(texts, QStringLiteral("tr"), QStringLiteral("de"));
        QCOMPARE(tr.text, QStringLiteral("Tür"));
        QCOMPARE(tr.language, QStringLiteral("de"));
        QVERIFY(tr.fallback);
    }

    void neutralTextIsNeverAFallback()
    {
        const TextMap texts{{QString(), QStringLiteral("Bad Cannstatt")}};
        const LocalizedText ar = pickText(texts, QStringLiteral("ar"), QStringLiteral("de"));
        QCOMPARE(ar.text, QStringLiteral("Bad Cannstatt"));
        QVERIFY(!ar.fallback);
    }

    void missingTextIsEmpty()
    {
        const LocalizedText none = pickText({{QStringLiteral("fr"), QStringLiteral("porte")}}, QStringLiteral("en"), QStringLiteral("de"));
        QVERIFY(none.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
