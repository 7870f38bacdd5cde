// The built-in Stuttgart pack: valid, and as complete as the product promises.
#include "contentstore.h"
#include "packimporter.h"

#include <QDir>
#include <QTest>

using namespace civic;

class TestDefaultPack : public QObject
{
    Q_OBJECT

private:
    ContentStore m_store;

private slots:
    void initTestCase()
    {
        const QString dir = QStringLiteral(CIVIC_DEFAULT_PACK_DIR);
        QVERIFY2(m_store.open(dir + QStringLiteral("/content.db"), dir), qPrintable(m_store.errorString()));
    }

    void sourceIsValidWithoutWarnings()
    {
        const ImportReport report = PackImporter::validate(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE));
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QVERIFY2(report.issues.isEmpty(), qPrintable(report.summary()));
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("de-x-ls")}) {
            const auto coverage = report.coverage.value(language);
            QCOMPARE(coverage.covered, coverage.total);
        }
    }

    void hasTheContentThePackPromises()
    {
        const QString de = QStringLiteral("de");
        QCOMPARE(m_store.sections(de).size(), 10);
        QVERIFY(m_store.tips(de).size() >= 40);
        QVERIFY(m_store.projects(de).size() >= 10);
        QCOMPARE(m_store.districts(de).size(), 23);
        QCOMPARE(m_store.contacts(de, QStringLiteral("district")).size(), 23);
        for (const char *page : {"about", "principles", "efus", "reports", "privacy", "accessibility"})
            QVERIFY2(m_store.page(QString::fromLatin1(page), de), page);
        for (const auto &section : m_store.sections(de))
            QVERIFY2(!m_store.tips(de, section.id).isEmpty(), qPrintable(section.id + QStringLiteral(" has no tips")));
        QStringList phones;
        for (const auto &contact : m_store.contacts(de))
            phones.append(contact.phone);
        for (const char *phone : {"110", "112", "115", "116 006", "116 016", "116 111", "0800 111 0 550", "116 117", "116 116", "0711 8990-1241"})
            QVERIFY2(phones.contains(QString::fromLatin1(phone)), phone);
    }

    void otherLanguagesCoverWhatVisitorsSeeFirst()
    {
        for (const QString &language : {QStringLiteral("tr"), QStringLiteral("ar"), QStringLiteral("uk")}) {
            for (const auto &section : m_store.sections(language)) {
                QVERIFY2(!section.title.fallback && !section.summary.fallback, qPrintable(language + u' ' + section.id));
            }
            for (const auto &contact : m_store.contacts(language))
                QVERIFY2(!contact.name.fallback && !contact.helpsWith.fallback && !contact.hours.fallback,
                         qPrintable(language + u' ' + contact.id));
            for (const auto &page : m_store.pages(language))
                QVERIFY2(!page.title.fallback, qPrintable(language + u' ' + page.id));
            // The most important tips, by priority, are complete in every offered language.
            const auto tips = m_store.tips(language);
            QVERIFY(tips.size() >= 15);
            for (qsizetype i = 0; i < 15; ++i) {
                const auto tip = m_store.tip(tips.at(i).id, language);
                QVERIFY2(!tip->title.fallback && !tip->summary.fallback && !tip->body.fallback && !tip->keyPointsFallback,
                         qPrintable(language + u' ' + tip->id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDefaultPack)
#include "tst_defaultpack.moc"
