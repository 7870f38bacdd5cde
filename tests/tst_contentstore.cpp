#include "contentschema.h"
#include "contentstore.h"
#include "testpack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using civic::ContentStore;

namespace {

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QStringList noticeIds(const ContentStore &store, const QDateTime &now, const QString &language = QStringLiteral("en"))
{
    QStringList ids;
    for (const auto &notice : store.notices(language, now))
        ids.append(notice.id);
    return ids;
}

QStringList searchIds(const ContentStore &store, const QString &input)
{
    QStringList found;
    for (const civic::SearchHit &hit : store.search(input, QStringLiteral("de")))
        found.append(hit.kind + u'/' + hit.id);
    return found;
}

/// The test pack plus a project, a contact and a page that are shown only for a while.
struct WindowedPack {
    WindowedPack()
    {
        pack.writeText(QStringLiteral("projects/summer-camp.json"), R"({
  "id": "summer-camp", "sections": ["streets"], "validFrom": "2026-07-01", "validUntil": "2026-08-31",
  "title": {"de": "Sommercamp", "en": "Summer camp"}, "summary": {"de": "Ferien.", "en": "Holidays."},
  "body": {"de": "Text.", "en": "Text."}
})");
        pack.writeText(QStringLiteral("pages/election.json"), R"({
  "id": "election", "validFrom": "2026-09-01", "validUntil": "2026-09-30",
  "title": {"de": "Wahlinformation", "en": "Election information"},
  "body": {"de": "Text.", "en": "Text."}
})");
        QJsonObject contacts = pack.readObject(QStringLiteral("contacts.json"));
        QJsonArray items = contacts.value(QStringLiteral("items")).toArray();
        items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("winter-help")},
                                 {QStringLiteral("kind"), QStringLiteral("helpline")},
                                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Winterhilfe")},
                                                                      {QStringLiteral("en"), QStringLiteral("Winter help")}}},
                                 {QStringLiteral("helpsWith"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Kälte")},
                                                                           {QStringLiteral("en"), QStringLiteral("Cold")}}},
                                 {QStringLiteral("email"), QStringLiteral("winter@example.org")},
                                 {QStringLiteral("verified"), true},
                                 {QStringLiteral("validUntil"), QStringLiteral("2026-02-28")}});
        contacts.insert(QStringLiteral("items"), items);
        pack.writeObject(QStringLiteral("contacts.json"), contacts);
        const QString database = pack.compile();
        opened = store.open(database, QFileInfo(database).absolutePath());
    }

    TestPack pack;  // first, so that it outlives the store that has its database open
    ContentStore store;
    bool opened = false;
};

} // namespace

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

    void noticesInsideTheirWindow()
    {
        // "welcome" (info) starts 2026-01-10T00:00Z without end; "fake-police-calls" (urgent)
        // runs from 2026-02-02T06:00+01:00 until 2026-02-09T06:00+01:00. From is inside, until
        // is not: a notice ending at 06:00 is gone at 06:00.
        QCOMPARE(noticeIds(m_store, utc(2026, 1, 9, 23, 59, 59, 999)), QStringList());
        QCOMPARE(noticeIds(m_store, utc(2026, 1, 10)), QStringList{"welcome"});
        QCOMPARE(noticeIds(m_store, utc(2026, 2, 2, 4, 59, 59, 999)), QStringList{"welcome"});
        QCOMPARE(noticeIds(m_store, utc(2026, 2, 2, 5)), (QStringList{"fake-police-calls", "welcome"}));
        // The same moment in another zone is the same moment.
        const QDateTime berlin(QDate(2026, 2, 2), QTime(6, 0), QTimeZone(3600));
        QCOMPARE(noticeIds(m_store, berlin), (QStringList{"fake-police-calls", "welcome"}));
        QCOMPARE(noticeIds(m_store, utc(2026, 2, 9, 4, 59, 59, 999)), (QStringList{"fake-police-calls", "welcome"}));
        QCOMPARE(noticeIds(m_store, utc(2026, 2, 9, 5)), QStringList{"welcome"});
        QCOMPARE(noticeIds(m_store, utc(2036, 1, 1)), QStringList{"welcome"});
        QCOMPARE(noticeIds(m_store, QDateTime()), QStringList());

        const auto notices = m_store.notices(QStringLiteral("en"), utc(2026, 2, 5));
        QCOMPARE(notices.size(), 2);
        const civic::NoticeRow &urgent = notices.at(0);
        QCOMPARE(urgent.level, QStringLiteral("urgent"));
        QCOMPARE(urgent.title.text, QStringLiteral("Fake police on the phone"));
        QVERIFY(urgent.text.text.contains(QStringLiteral("dial 110 yourself")));
        QCOMPARE(urgent.validFrom, utc(2026, 2, 2, 5));
        QCOMPARE(urgent.validUntil, utc(2026, 2, 9, 5));
        QCOMPARE(urgent.contacts, QStringList{"police"});
        const civic::NoticeRow &info = notices.at(1);
        QCOMPARE(info.level, QStringLiteral("info"));
        QCOMPARE(info.validFrom, utc(2026, 1, 10));
        QVERIFY(!info.validUntil.isValid());
        QVERIFY(info.contacts.isEmpty());
    }

    void noticesFallBackToTheDefaultLanguage()
    {
        const auto notices = m_store.notices(QStringLiteral("tr"), utc(2026, 2, 5));
        QCOMPARE(notices.size(), 2);
        QCOMPARE(notices.at(0).title.text, QStringLiteral("Falsche Polizei am Telefon"));
        QVERIFY(notices.at(0).title.fallback);
        QCOMPARE(notices.at(1).title.text, QStringLiteral("Hoş geldiniz"));
        QVERIFY(!notices.at(1).title.fallback);
        QCOMPARE(notices.at(1).text.text, QStringLiteral("Hier finden Sie Tipps für Ihre **Sicherheit**."));
        QVERIFY(notices.at(1).text.fallback);
    }

    void noticesUrgentFirstThenNewest()
    {
        TestPack pack;
        QJsonObject notices = pack.readObject(QStringLiteral("notices.json"));
        QJsonArray items = notices.value(QStringLiteral("items")).toArray();
        auto warning = [](const char *id, const char *from) {
            const QJsonObject text{{QStringLiteral("de"), QStringLiteral("Achtung")}, {QStringLiteral("en"), QStringLiteral("Attention")}};
            return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                               {QStringLiteral("level"), QStringLiteral("warning")},
                               {QStringLiteral("title"), text},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("validFrom"), QString::fromLatin1(from)}};
        };
        items.append(warning("older-warning", "2026-01-20T08:00:00Z"));
        items.append(warning("newer-warning", "2026-01-25T08:00:00Z"));
        items.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("newest-info")},
                                 {QStringLiteral("level"), QStringLiteral("info")},
                                 {QStringLiteral("title"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Neu")}, {QStringLiteral("en"), QStringLiteral("New")}}},
                                 {QStringLiteral("text"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Neu")}, {QStringLiteral("en"), QStringLiteral("New")}}},
                                 {QStringLiteral("validFrom"), QStringLiteral("2026-02-03T08:00:00Z")}});
        notices.insert(QStringLiteral("items"), items);
        pack.writeObject(QStringLiteral("notices.json"), notices);
        const QString database = pack.compile();
        ContentStore store;
        QVERIFY2(store.open(database, QFileInfo(database).absolutePath()), qPrintable(store.errorString()));
        // Urgent, then warnings, then information; within each, the newest start first.
        QCOMPARE(noticeIds(store, utc(2026, 2, 5)),
                 (QStringList{"fake-police-calls", "newer-warning", "older-warning", "newest-info", "welcome"}));

        // When the banner must change next: a notice starts or ends.
        QCOMPARE(store.nextNoticeChange(utc(2026, 1, 1)), utc(2026, 1, 10));
        QCOMPARE(store.nextNoticeChange(utc(2026, 2, 2, 5)), utc(2026, 2, 3, 8));
        QCOMPARE(store.nextNoticeChange(utc(2026, 2, 5)), utc(2026, 2, 9, 5));
        QVERIFY(!store.nextNoticeChange(utc(2026, 2, 9, 5)).isValid());
    }

    void clockBeforeThePackIsNotTrusted()
    {
        const QDateTime created = m_store.info().created;
        QCOMPARE(created, utc(2026, 1, 15, 10));

        // A clock that lost its time counts from the pack's creation: what was valid then shows.
        m_store.setNow(utc(2020, 1, 1));
        QVERIFY(!m_store.clockTrusted());
        QCOMPARE(m_store.systemNow(), utc(2020, 1, 1));
        QCOMPARE(m_store.now(), created);
        QCOMPARE(m_store.today(), created.toLocalTime().date());
        QCOMPARE(noticeIds(m_store, m_store.now()), QStringList{"welcome"});
        QVERIFY(m_store.contains(QStringLiteral("tip"), QStringLiteral("winter-campaign")));
        QStringList tips;
        for (const auto &tip : m_store.tips(QStringLiteral("en")))
            tips.append(tip.id);
        QCOMPARE(tips, (QStringList{"lock-door", "winter-campaign", "street-lights"}));

        // The very moment of creation is already trustworthy.
        m_store.setNow(created);
        QVERIFY(m_store.clockTrusted());
        QCOMPARE(m_store.now(), created);

        // A plausible clock is believed: winter-campaign ended on 2026-02-28.
        m_store.setNow(utc(2026, 3, 1, 12));
        QVERIFY(m_store.clockTrusted());
        QCOMPARE(m_store.now(), utc(2026, 3, 1, 12));
        QCOMPARE(m_store.today(), utc(2026, 3, 1, 12).toLocalTime().date());
        QVERIFY(!m_store.contains(QStringLiteral("tip"), QStringLiteral("winter-campaign")));

        // setToday() still fixes the day alone, until setNow() is called again.
        m_store.setToday(QDate(2026, 1, 20));
        QCOMPARE(m_store.today(), QDate(2026, 1, 20));
        QCOMPARE(m_store.now(), utc(2026, 3, 1, 12));
        m_store.setNow(utc(2020, 1, 1));
        QCOMPARE(m_store.today(), created.toLocalTime().date());

        // Back to the real clock, and the fixed day the other tests use.
        m_store.setNow({});
        QVERIFY(m_store.clockTrusted());  // the machine running the tests is past 2026-01-15
        QVERIFY(qAbs(m_store.now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
        m_store.setToday(QDate(2026, 6, 1));
    }

    void projectsContactsAndPagesOutsideTheirWindowAreHidden()
    {
        WindowedPack windowed;
        QVERIFY2(windowed.opened, qPrintable(windowed.store.errorString()));
        ContentStore &store = windowed.store;
        const QString en = QStringLiteral("en");
        auto projectIds = [&] {
            QStringList ids;
            for (const auto &project : store.projects(en))
                ids.append(project.id);
            ids.sort();  // which, not in which order
            return ids;
        };
        auto pageIds = [&] {
            QStringList ids;
            for (const auto &page : store.pages(en))
                ids.append(page.id);
            return ids;
        };
        auto contactIds = [&] {
            QStringList ids;
            for (const auto &contact : store.contacts(en))
                ids.append(contact.id);
            return ids;
        };

        // 2026-06-01: none of the three.
        store.setToday(QDate(2026, 6, 1));
        QCOMPARE(projectIds(), QStringList{"youth-house"});
        QCOMPARE(store.projects(en, QStringLiteral("streets")).size(), 1);
        QVERIFY(!store.project(QStringLiteral("summer-camp"), en));
        QVERIFY(!store.contains(QStringLiteral("project"), QStringLiteral("summer-camp")));
        QCOMPARE(pageIds(), (QStringList{"about", "privacy"}));
        QVERIFY(!store.page(QStringLiteral("election"), en));
        QVERIFY(!store.contains(QStringLiteral("page"), QStringLiteral("election")));
        QCOMPARE(contactIds(), (QStringList{"police", "fire", "advice", "district-muenster"}));
        QVERIFY(store.contacts(en, QStringLiteral("helpline")).isEmpty());
        QCOMPARE(store.contactsById({QStringLiteral("winter-help"), QStringLiteral("police")}, en).size(), 1);
        QVERIFY(!store.contains(QStringLiteral("contact"), QStringLiteral("winter-help")));
        QVERIFY(store.contains(QStringLiteral("project"), QStringLiteral("youth-house")));
        QVERIFY(store.contains(QStringLiteral("page"), QStringLiteral("about")));
        QVERIFY(store.contains(QStringLiteral("contact"), QStringLiteral("police")));
        QVERIFY(store.contains(QStringLiteral("district"), QStringLiteral("mitte")));
        QCOMPARE(searchIds(store, QStringLiteral("sommerc")), QStringList());
        QCOMPARE(searchIds(store, QStringLiteral("wahlinf")), QStringList());
        QCOMPARE(searchIds(store, QStringLiteral("winterh")), QStringList());

        // Both ends of a window are inside it.
        for (const QDate day : {QDate(2026, 7, 1), QDate(2026, 8, 31)}) {
            store.setToday(day);
            QCOMPARE(projectIds(), (QStringList{"summer-camp", "youth-house"}));
            QVERIFY(store.project(QStringLiteral("summer-camp"), en));
            QVERIFY(store.contains(QStringLiteral("project"), QStringLiteral("summer-camp")));
            QCOMPARE(searchIds(store, QStringLiteral("sommerc")), QStringList{"project/summer-camp"});
        }
        store.setToday(QDate(2026, 9, 1));
        QCOMPARE(projectIds(), QStringList{"youth-house"});
        QCOMPARE(pageIds(), (QStringList{"about", "privacy", "election"}));
        const auto election = store.page(QStringLiteral("election"), en);
        QVERIFY(election);
        QCOMPARE(election->title.text, QStringLiteral("Election information"));
        QCOMPARE(searchIds(store, QStringLiteral("wahlinf")), QStringList{"page/election"});
        store.setToday(QDate(2026, 10, 1));
        QCOMPARE(pageIds(), (QStringList{"about", "privacy"}));

        store.setToday(QDate(2026, 2, 28));
        QCOMPARE(contactIds(), (QStringList{"police", "fire", "advice", "district-muenster", "winter-help"}));
        QCOMPARE(store.contactsById({QStringLiteral("winter-help")}, en).size(), 1);
        QVERIFY(store.contains(QStringLiteral("contact"), QStringLiteral("winter-help")));
        QCOMPARE(searchIds(store, QStringLiteral("winterh")), QStringList{"contact/winter-help"});
        store.setToday(QDate(2026, 3, 1));
        QVERIFY(!store.contains(QStringLiteral("contact"), QStringLiteral("winter-help")));

        // A clock behind the pack's creation (2026-01-15) hides nothing valid at that time.
        store.setNow(utc(2025, 6, 1));
        QVERIFY(!store.clockTrusted());
        QVERIFY(store.contains(QStringLiteral("contact"), QStringLiteral("winter-help")));
        QVERIFY(!store.contains(QStringLiteral("project"), QStringLiteral("summer-camp")));
    }

    void attractPlaylistInThePacksOrder()
    {
        TestPack pack;
        pack.copyFile(QStringLiteral(CIVIC_TEST_DATA_DIR "/media/clip-h264.mp4"), QStringLiteral("media/attract.mp4"));
        QJsonObject meta = pack.readObject(QStringLiteral("pack.json"));
        meta.insert(QStringLiteral("attract"),
                    QJsonArray{QJsonObject{{QStringLiteral("video"), QStringLiteral("media/attract.mp4")}},
                               QJsonObject{{QStringLiteral("tip"), QStringLiteral("winter-campaign")}},
                               QJsonObject{{QStringLiteral("image"), QStringLiteral("media/picture.svg")}, {QStringLiteral("seconds"), 5}},
                               QJsonObject{{QStringLiteral("tip"), QStringLiteral("lock-door")}, {QStringLiteral("seconds"), 20}}});
        pack.writeObject(QStringLiteral("pack.json"), meta);
        const QString database = pack.compile();
        const QString root = QFileInfo(database).absolutePath();
        ContentStore store;
        QVERIFY2(store.open(database, root), qPrintable(store.errorString()));
        using Kind = civic::AttractItem::Kind;
        const QList<civic::AttractItem> winter{
            {Kind::Video, root + QStringLiteral("/media/attract.mp4"), {}, 0},
            {Kind::Tip, {}, QStringLiteral("winter-campaign"), 10},
            {Kind::Image, root + QStringLiteral("/media/picture.svg"), {}, 5},
            {Kind::Tip, {}, QStringLiteral("lock-door"), 20},
        };
        store.setToday(QDate(2026, 2, 28));
        QCOMPARE(store.attractPlaylist(), winter);
        QVERIFY(QFileInfo::exists(store.attractPlaylist().first().path));
        // A tip outside its window is left out; the loop goes on with the rest.
        store.setToday(QDate(2026, 3, 1));
        QCOMPARE(store.attractPlaylist(), (QList<civic::AttractItem>{winter.at(0), winter.at(2), winter.at(3)}));

        // The test pack itself has no attract loop.
        QVERIFY(m_store.attractPlaylist().isEmpty());
    }

    void signLanguageVideos()
    {
        TestPack pack;
        pack.copyFile(QStringLiteral(CIVIC_TEST_DATA_DIR "/media/clip-vp9.webm"), QStringLiteral("media/sign/dgs.webm"));
        for (const char *file : {"tips/lock-door.json", "projects/youth-house.json", "pages/about.json"}) {
            QJsonObject object = pack.readObject(QString::fromLatin1(file));
            object.insert(QStringLiteral("signLanguageVideo"), QStringLiteral("media/sign/dgs.webm"));
            pack.writeObject(QString::fromLatin1(file), object);
        }
        const QString database = pack.compile();
        const QString root = QFileInfo(database).absolutePath();
        ContentStore store;
        QVERIFY2(store.open(database, root), qPrintable(store.errorString()));
        store.setToday(QDate(2026, 6, 1));
        const QString video = root + QStringLiteral("/media/sign/dgs.webm");
        QVERIFY(QFileInfo::exists(video));
        const QString en = QStringLiteral("en");
        QCOMPARE(store.tip(QStringLiteral("lock-door"), en)->signVideo, video);
        QCOMPARE(store.project(QStringLiteral("youth-house"), en)->signVideo, video);
        QCOMPARE(store.page(QStringLiteral("about"), en)->signVideo, video);
        QCOMPARE(store.pages(en).at(0).signVideo, video);
        // Without a video there is no path, so the screen shows no button.
        QVERIFY(store.tip(QStringLiteral("street-lights"), en)->signVideo.isEmpty());
        QVERIFY(store.page(QStringLiteral("privacy"), en)->signVideo.isEmpty());
        QVERIFY(store.pages(en).at(1).signVideo.isEmpty());
        QVERIFY(m_store.tip(QStringLiteral("lock-door"), en)->signVideo.isEmpty());
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
