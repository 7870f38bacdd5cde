#include "contentschema.h"
#include "packimporter.h"
#include "testpack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using civic::ImportReport;
using civic::PackImporter;

namespace {

struct BadPack {
    const char *name;
    std::function<void(TestPack &)> breakIt;
    QString expected;  ///< the whole "file: field: message" line, or its start
};

QJsonObject withItem(QJsonObject top, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray items = top.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    top.insert(QStringLiteral("items"), items);
    return top;
}

void editTip(TestPack &pack, const QString &key, const QJsonValue &value)
{
    QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
    if (value.isUndefined())
        tip.remove(key);
    else
        tip.insert(key, value);
    pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
}

void editFile(TestPack &pack, const QString &file, const QString &key, const QJsonValue &value)
{
    QJsonObject object = pack.readObject(file);
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    pack.writeObject(file, object);
}

void editItem(TestPack &pack, const QString &file, int index, const QString &key, const QJsonValue &value)
{
    pack.writeObject(file, withItem(pack.readObject(file), index, key, value));
}

// A real clip of tests/data/media in the pack's media/ folder (the importer checks only its type and
// that it is there).
void addClip(TestPack &pack, const QString &relative, const char *clip = "clip-h264.mp4")
{
    pack.copyFile(QStringLiteral(CIVIC_TEST_DATA_DIR "/media/") + QLatin1String(clip), relative);
}

void setAttract(TestPack &pack, const QJsonValue &attract)
{
    editFile(pack, QStringLiteral("pack.json"), QStringLiteral("attract"), attract);
}

QJsonObject entry(const char *key, const QJsonValue &value)
{
    return QJsonObject{{QLatin1String(key), value}};
}

QJsonObject entry(const char *key, const QJsonValue &value, int seconds)
{
    return QJsonObject{{QLatin1String(key), value}, {QStringLiteral("seconds"), seconds}};
}

// notices.json of the test pack: items[0] is an info notice without end, items[1] an urgent one.
void editNotice(TestPack &pack, int index, const QString &key, const QJsonValue &value)
{
    editItem(pack, QStringLiteral("notices.json"), index, key, value);
}

const QList<BadPack> &badPacks()
{
    static const QList<BadPack> packs{
        {"broken JSON",
         [](TestPack &p) { p.writeText(QStringLiteral("sections.json"), "{\n  \"items\": [\n    {\"id\": \"x\",}\n  ]\n}\n"); },
         QStringLiteral("sections.json: broken JSON at line 3, column 17")},
        {"missing pack.json", [](TestPack &p) { QFile::remove(p.path(QStringLiteral("pack.json"))); },
         QStringLiteral("pack.json: file is missing")},
        {"missing required field", [](TestPack &p) { editTip(p, QStringLiteral("summary"), QJsonValue::Undefined); },
         QStringLiteral("tips/lock-door.json: summary: required field is missing")},
        {"wrong type", [](TestPack &p) { editTip(p, QStringLiteral("priority"), QStringLiteral("high")); },
         QStringLiteral("tips/lock-door.json: priority: expected a whole number")},
        {"unknown field", [](TestPack &p) { editTip(p, QStringLiteral("titel"), QStringLiteral("x")); },
         QStringLiteral("tips/lock-door.json: titel: unknown field (a typo?)")},
        {"unknown section reference",
         [](TestPack &p) { editTip(p, QStringLiteral("sections"), QJsonArray{QStringLiteral("gardens")}); },
         QStringLiteral("tips/lock-door.json: sections: unknown section 'gardens'")},
        {"unknown contact reference",
         [](TestPack &p) { editTip(p, QStringLiteral("contacts"), QJsonArray{QStringLiteral("nobody")}); },
         QStringLiteral("tips/lock-door.json: contacts: unknown contact 'nobody'")},
        {"missing media file",
         [](TestPack &p) { QFile::remove(p.path(QStringLiteral("media/picture.svg"))); },
         QStringLiteral("tips/lock-door.json: image: media file 'media/picture.svg' does not exist")},
        {"media path outside media/",
         [](TestPack &p) { editTip(p, QStringLiteral("image"), QStringLiteral("media/../pack.json")); },
         QStringLiteral("tips/lock-door.json: image: 'media/../pack.json' must be a relative path inside media/")},
        {"text too long for its slot",
         [](TestPack &p) {
             editTip(p, QStringLiteral("title"),
                     QJsonObject{{QStringLiteral("de"), QString(91, u'x')}, {QStringLiteral("en"), QStringLiteral("ok")}});
         },
         QStringLiteral("tips/lock-door.json: title.de: text is 91 characters long, at most 90 fit its place")},
        {"required language not covered",
         [](TestPack &p) { editTip(p, QStringLiteral("body"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Nur deutsch")}}); },
         QStringLiteral("tips/lock-door.json: body: missing translation for 'en'")},
        {"declared language without any text",
         [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("languages"), QJsonArray{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("tr"), QStringLiteral("uk")});
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: languages: 'uk' is declared but no text is written in it")},
        {"undeclared language",
         [](TestPack &p) {
             editTip(p, QStringLiteral("title"), QJsonObject{{QStringLiteral("de"), QStringLiteral("a")}, {QStringLiteral("en"), QStringLiteral("b")}, {QStringLiteral("fr"), QStringLiteral("c")}});
         },
         QStringLiteral("tips/lock-door.json: title.fr: language 'fr' is not declared in pack.json")},
        {"key points differ between languages",
         [](TestPack &p) {
             editTip(p, QStringLiteral("keyPoints"),
                     QJsonObject{{QStringLiteral("de"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
                                 {QStringLiteral("en"), QJsonArray{QStringLiteral("a")}}});
         },
         QStringLiteral("tips/lock-door.json: keyPoints.en: has 1 entries but 'de' has 2")},
        {"schema newer than the program",
         [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("schema"), 2);
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: schema: schema 2 is newer than this program understands (1)")},
        {"duplicate ID",
         [](TestPack &p) {
             p.writeObject(QStringLiteral("sections.json"),
                           withItem(p.readObject(QStringLiteral("sections.json")), 1, QStringLiteral("id"), QStringLiteral("homes")));
         },
         QStringLiteral("sections.json: items[1].id: 'homes' is used twice (first in sections.json items[0])")},
        {"ID used by two files",
         [](TestPack &p) {
             QJsonObject tip = p.readObject(QStringLiteral("tips/lock-door.json"));
             p.writeObject(QStringLiteral("tips/copy.json"), tip);
         },
         QStringLiteral("tips/lock-door.json: id: 'lock-door' is used twice (first in tips/copy.json)")},
        {"JSON file that is a link",
         [](TestPack &p) {
             QFile::remove(p.path(QStringLiteral("tips/lock-door.json")));
             QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), p.path(QStringLiteral("tips/lock-door.json"))));
         },
         QStringLiteral("tips/lock-door.json: is a link or not a plain file")},
        {"media file that is a link",
         [](TestPack &p) {
             QFile::remove(p.path(QStringLiteral("media/picture.svg")));
             QVERIFY(QFile::link(p.path(QStringLiteral("media/icon.svg")), p.path(QStringLiteral("media/picture.svg"))));
         },
         QStringLiteral("tips/lock-door.json: image: 'media/picture.svg' is a link")},
        {"media folder that is a link",
         [](TestPack &p) {
             QVERIFY(QDir().rename(p.path(QStringLiteral("media")), p.path(QStringLiteral("elsewhere"))));
             QVERIFY(QFile::link(p.path(QStringLiteral("elsewhere")), p.path(QStringLiteral("media"))));
         },
         QStringLiteral("tips/lock-door.json: image: 'media/picture.svg' leads out of the pack's media/ folder")},
        {"picture of an unknown type",
         [](TestPack &p) {
             p.writeText(QStringLiteral("media/picture.gif"), "GIF89a");
             editTip(p, QStringLiteral("image"), QStringLiteral("media/picture.gif"));
         },
         QStringLiteral("tips/lock-door.json: image: 'media/picture.gif' is not one of the file types svg, png, jpg, jpeg, webp")},
        {"video that is no video",
         [](TestPack &p) {
             QJsonObject project = p.readObject(QStringLiteral("projects/youth-house.json"));
             project.insert(QStringLiteral("video"), QStringLiteral("media/picture.svg"));
             p.writeObject(QStringLiteral("projects/youth-house.json"), project);
         },
         QStringLiteral("projects/youth-house.json: video: 'media/picture.svg' is not one of the file types mp4, webm")},
        {"Markdown picture",
         [](TestPack &p) {
             editTip(p, QStringLiteral("body"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Siehe ![Foto](https://example.org/x.png)")},
                                                            {QStringLiteral("en"), QStringLiteral("ok")}});
         },
         QStringLiteral("tips/lock-door.json: body.de: Markdown pictures (![...](...)) are not allowed")},
        {"HTML in Markdown",
         [](TestPack &p) {
             editTip(p, QStringLiteral("body"), QJsonObject{{QStringLiteral("de"), QStringLiteral("ok")},
                                                            {QStringLiteral("en"), QStringLiteral("<img src=\"file:///etc/passwd\">")}});
         },
         QStringLiteral("tips/lock-door.json: body.en: HTML is not allowed in Markdown")},
        {"plain string where a text is written per language",
         [](TestPack &p) { editTip(p, QStringLiteral("title"), QStringLiteral("Tür abschließen")); },
         QStringLiteral("tips/lock-door.json: title: expected an object from language tag to text")},
        {"JSON file too large",
         [](TestPack &p) { p.writeText(QStringLiteral("pages/huge.json"), QByteArray(5 * 1024 * 1024, ' ')); },
         QStringLiteral("pages/huge.json: file is larger than 4194304 bytes")},
        {"pack.json that is no object",
         [](TestPack &p) { p.writeText(QStringLiteral("pack.json"), "[1, 2, 3]"); },
         QStringLiteral("pack.json: expected a JSON object")},
        {"ID does not match the file name",
         [](TestPack &p) { editTip(p, QStringLiteral("id"), QStringLiteral("lock-window")); },
         QStringLiteral("tips/lock-door.json: id: 'lock-window' does not match the file name")},
        {"malformed ID", [](TestPack &p) { editTip(p, QStringLiteral("id"), QStringLiteral("Lock Door")); },
         QStringLiteral("tips/lock-door.json: id: 'Lock Door' is not a valid ID")},
        {"emergency number that is not an emergency contact",
         [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("emergency"), QJsonArray{QStringLiteral("advice")});
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: emergency: 'advice' must be a contact of kind emergency with a phone number")},
        {"district contact without district",
         [](TestPack &p) {
             p.writeObject(QStringLiteral("contacts.json"),
                           withItem(p.readObject(QStringLiteral("contacts.json")), 3, QStringLiteral("district"), QJsonValue::Undefined));
         },
         QStringLiteral("contacts.json: items[3].district: required field is missing")},
        {"validity window reversed",
         [](TestPack &p) { editTip(p, QStringLiteral("validFrom"), QStringLiteral("2026-03-01")); editTip(p, QStringLiteral("validUntil"), QStringLiteral("2026-02-01")); },
         QStringLiteral("tips/lock-door.json: validUntil: is before validFrom")},
        {"key points in no language",
         [](TestPack &p) { editTip(p, QStringLiteral("keyPoints"), QJsonObject{}); },
         QStringLiteral("tips/lock-door.json: keyPoints: needs the points in at least one language")},
        {"language listed twice",
         [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("languages"), QJsonArray{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("de")});
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: languages: lists a language twice")},
        {"creation time without a zone",
         [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("created"), QStringLiteral("2026-01-15T10:00"));
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: created: '2026-01-15T10:00' is not a date and time with a zone")},
        {"project validity window reversed",
         [](TestPack &p) {
             editFile(p, QStringLiteral("projects/youth-house.json"), QStringLiteral("validFrom"), QStringLiteral("2026-03-01"));
             editFile(p, QStringLiteral("projects/youth-house.json"), QStringLiteral("validUntil"), QStringLiteral("2026-02-01"));
         },
         QStringLiteral("projects/youth-house.json: validUntil: is before validFrom")},
        {"contact validity window reversed",
         [](TestPack &p) {
             editItem(p, QStringLiteral("contacts.json"), 2, QStringLiteral("validFrom"), QStringLiteral("2026-03-01"));
             editItem(p, QStringLiteral("contacts.json"), 2, QStringLiteral("validUntil"), QStringLiteral("2026-02-01"));
         },
         QStringLiteral("contacts.json: items[2].validUntil: is before validFrom")},
        {"page validity window reversed",
         [](TestPack &p) {
             editFile(p, QStringLiteral("pages/about.json"), QStringLiteral("validFrom"), QStringLiteral("2026-03-01"));
             editFile(p, QStringLiteral("pages/about.json"), QStringLiteral("validUntil"), QStringLiteral("2026-02-01"));
         },
         QStringLiteral("pages/about.json: validUntil: is before validFrom")},
        {"validity window that is no date",
         [](TestPack &p) { editFile(p, QStringLiteral("pages/about.json"), QStringLiteral("validUntil"), QStringLiteral("31.12.2026")); },
         QStringLiteral("pages/about.json: validUntil: '31.12.2026' is not a date like 2026-11-26")},
        {"emergency number with a validity window",
         [](TestPack &p) { editItem(p, QStringLiteral("contacts.json"), 0, QStringLiteral("validUntil"), QStringLiteral("2026-12-31")); },
         QStringLiteral("contacts.json: items[0].validUntil: 'police' is an emergency number of pack.json, which is always "
                        "shown: it takes no validity window")},
        {"notice of an unknown level",
         [](TestPack &p) { editNotice(p, 0, QStringLiteral("level"), QStringLiteral("alarm")); },
         QStringLiteral("notices.json: items[0].level: 'alarm' is not one of: info, warning, urgent")},
        {"urgent notice without an end",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("validUntil"), QJsonValue::Undefined); },
         QStringLiteral("notices.json: items[1].validUntil: an urgent notice takes over the home screen, so it needs an end")},
        {"urgent notice with an empty end",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("validUntil"), QStringLiteral("")); },
         QStringLiteral("notices.json: items[1].validUntil: an urgent notice takes over the home screen, so it needs an end")},
        {"info notice that became urgent",
         [](TestPack &p) { editNotice(p, 0, QStringLiteral("level"), QStringLiteral("urgent")); },
         QStringLiteral("notices.json: items[0].validUntil: an urgent notice takes over the home screen, so it needs an end")},
        {"notice ending before it starts",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("validUntil"), QStringLiteral("2026-02-01T06:00:00+01:00")); },
         QStringLiteral("notices.json: items[1].validUntil: is before validFrom")},
        {"notice ending when it starts",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("validUntil"), QStringLiteral("2026-02-02T05:00:00Z")); },
         QStringLiteral("notices.json: items[1].validUntil: is the same moment as validFrom: the notice would never show")},
        {"notice naming an unknown contact",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("contacts"), QJsonArray{QStringLiteral("nobody")}); },
         QStringLiteral("notices.json: items[1].contacts: unknown contact 'nobody'")},
        {"notice time without a zone",
         [](TestPack &p) { editNotice(p, 0, QStringLiteral("validFrom"), QStringLiteral("2026-01-10T00:00")); },
         QStringLiteral("notices.json: items[0].validFrom: '2026-01-10T00:00' is not a date and time with a zone")},
        {"notice with a day where a moment belongs",
         [](TestPack &p) { editNotice(p, 0, QStringLiteral("validFrom"), QStringLiteral("2026-01-10")); },
         QStringLiteral("notices.json: items[0].validFrom: '2026-01-10' is not a date and time with a zone")},
        {"notice without a start",
         [](TestPack &p) { editNotice(p, 0, QStringLiteral("validFrom"), QJsonValue::Undefined); },
         QStringLiteral("notices.json: items[0].validFrom: required field is missing")},
        {"notice text not translated",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("text"), QJsonObject{{QStringLiteral("de"), QStringLiteral("Nur deutsch")}}); },
         QStringLiteral("notices.json: items[1].text: missing translation for 'en'")},
        {"HTML in a notice",
         [](TestPack &p) {
             editNotice(p, 1, QStringLiteral("text"), QJsonObject{{QStringLiteral("de"), QStringLiteral("<b>110</b>")},
                                                                  {QStringLiteral("en"), QStringLiteral("ok")}});
         },
         QStringLiteral("notices.json: items[1].text.de: HTML is not allowed in Markdown")},
        {"notice ID used twice",
         [](TestPack &p) { editNotice(p, 1, QStringLiteral("id"), QStringLiteral("welcome")); },
         QStringLiteral("notices.json: items[1].id: 'welcome' is used twice (first in notices.json items[0])")},
        {"notices.json without items",
         [](TestPack &p) { p.writeText(QStringLiteral("notices.json"), "{\"notices\": []}"); },
         QStringLiteral("notices.json: items: required field is missing")},
        {"attract entry with two things to show",
         [](TestPack &p) {
             addClip(p, QStringLiteral("media/clip.mp4"));
             setAttract(p, QJsonArray{entry("video", QStringLiteral("media/clip.mp4")),
                                      QJsonObject{{QStringLiteral("video"), QStringLiteral("media/clip.mp4")},
                                                  {QStringLiteral("tip"), QStringLiteral("lock-door")}}});
         },
         QStringLiteral("pack.json: attract[1]: give exactly one of video, image, tip")},
        {"attract entry with nothing to show",
         [](TestPack &p) { setAttract(p, QJsonArray{QJsonObject{{QStringLiteral("seconds"), 5}, {QStringLiteral("image"), QStringLiteral("")}}}); },
         QStringLiteral("pack.json: attract[0]: give exactly one of video, image, tip")},
        {"attract tip that does not exist",
         [](TestPack &p) {
             addClip(p, QStringLiteral("media/clip.mp4"));
             setAttract(p, QJsonArray{entry("video", QStringLiteral("media/clip.mp4")), entry("image", QStringLiteral("media/picture.svg")),
                                      entry("tip", QStringLiteral("x"))});
         },
         QStringLiteral("pack.json: attract[2].tip: unknown tip 'x'")},
        {"attract video of another type",
         [](TestPack &p) { setAttract(p, QJsonArray{entry("video", QStringLiteral("media/picture.svg"))}); },
         QStringLiteral("pack.json: attract[0].video: 'media/picture.svg' is not one of the file types mp4, webm")},
        {"attract picture that is a video",
         [](TestPack &p) {
             addClip(p, QStringLiteral("media/clip.mp4"));
             setAttract(p, QJsonArray{entry("image", QStringLiteral("media/clip.mp4"))});
         },
         QStringLiteral("pack.json: attract[0].image: 'media/clip.mp4' is not one of the file types svg, png, jpg, jpeg, webp")},
        {"attract video that is missing",
         [](TestPack &p) { setAttract(p, QJsonArray{entry("video", QStringLiteral("media/attract.webm"))}); },
         QStringLiteral("pack.json: attract[0].video: media file 'media/attract.webm' does not exist")},
        {"attract video outside media/",
         [](TestPack &p) { setAttract(p, QJsonArray{entry("video", QStringLiteral("/srv/attract.mp4"))}); },
         QStringLiteral("pack.json: attract[0].video: '/srv/attract.mp4' must be a relative path inside media/")},
        {"attract picture too short",
         [](TestPack &p) { setAttract(p, QJsonArray{entry("image", QStringLiteral("media/picture.svg"), 3)}); },
         QStringLiteral("pack.json: attract[0].seconds: 3 is outside 4 to 60")},
        {"attract tip too long",
         [](TestPack &p) { setAttract(p, QJsonArray{entry("tip", QStringLiteral("lock-door"), 61)}); },
         QStringLiteral("pack.json: attract[0].seconds: 61 is outside 4 to 60")},
        {"attract video with seconds",
         [](TestPack &p) {
             addClip(p, QStringLiteral("media/clip.mp4"));
             setAttract(p, QJsonArray{entry("video", QStringLiteral("media/clip.mp4"), 10)});
         },
         QStringLiteral("pack.json: attract[0].seconds: a video plays to its end: seconds is only for an image or a tip")},
        {"attract that is no list",
         [](TestPack &p) { setAttract(p, entry("tip", QStringLiteral("lock-door"))); },
         QStringLiteral("pack.json: attract: expected an array of objects")},
        {"attract entry that is no object",
         [](TestPack &p) { setAttract(p, QJsonArray{QStringLiteral("media/picture.svg")}); },
         QStringLiteral("pack.json: attract[0]: expected an object")},
        {"attract entry with a misspelt field",
         [](TestPack &p) { setAttract(p, QJsonArray{QJsonObject{{QStringLiteral("tip"), QStringLiteral("lock-door")}, {QStringLiteral("duration"), 5}}}); },
         QStringLiteral("pack.json: attract[0].duration: unknown field (a typo?)")},
        {"sign-language video of a tip that is missing",
         [](TestPack &p) { editTip(p, QStringLiteral("signLanguageVideo"), QStringLiteral("media/sign/lock-door.mp4")); },
         QStringLiteral("tips/lock-door.json: signLanguageVideo: media file 'media/sign/lock-door.mp4' does not exist")},
        {"sign-language video of a page that is a picture",
         [](TestPack &p) { editFile(p, QStringLiteral("pages/about.json"), QStringLiteral("signLanguageVideo"), QStringLiteral("media/picture.svg")); },
         QStringLiteral("pages/about.json: signLanguageVideo: 'media/picture.svg' is not one of the file types mp4, webm")},
        {"sign-language video of a project outside media/",
         [](TestPack &p) {
             editFile(p, QStringLiteral("projects/youth-house.json"), QStringLiteral("signLanguageVideo"), QStringLiteral("media/../sign.mp4"));
         },
         QStringLiteral("projects/youth-house.json: signLanguageVideo: 'media/../sign.mp4' must be a relative path inside media/")},
        {"bad version", [](TestPack &p) {
             QJsonObject meta = p.readObject(QStringLiteral("pack.json"));
             meta.insert(QStringLiteral("version"), QStringLiteral("v2"));
             p.writeObject(QStringLiteral("pack.json"), meta);
         },
         QStringLiteral("pack.json: version: 'v2' is not a version of dotted numbers like 2026.11.1")},
    };
    return packs;
}

bool containsIssue(const ImportReport &report, const QString &expected)
{
    for (const civic::PackIssue &issue : report.issues) {
        if (issue.toString().startsWith(expected))
            return true;
    }
    return false;
}

} // namespace

class TestPackImporter : public QObject
{
    Q_OBJECT

private slots:
    void goodPackIsValid()
    {
        TestPack pack;
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.meta->id, QStringLiteral("minimal"));
        QCOMPARE(report.meta->version, QStringLiteral("1.2.3"));
        // The unverified contact is a warning, not an error.
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().toString(),
                 QStringLiteral("contacts.json: items[2].verified: warning: 'advice' is not verified; the kiosk marks it as such"));
        QCOMPARE(report.coverage.value(QStringLiteral("de")).covered, report.coverage.value(QStringLiteral("de")).total);
        QVERIFY(report.coverage.value(QStringLiteral("tr")).covered > 0);
        QVERIFY(report.coverage.value(QStringLiteral("tr")).covered < report.coverage.value(QStringLiteral("tr")).total);
    }

    void badPackIsRefused_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < badPacks().size(); ++i)
            QTest::newRow(badPacks().at(i).name) << i;
    }

    void badPackIsRefused()
    {
        QFETCH(int, index);
        const BadPack &bad = badPacks().at(index);
        TestPack pack;
        bad.breakIt(pack);
        QTemporaryDir out;
        const QString database = out.filePath(QStringLiteral("content.db"));
        const ImportReport report = PackImporter::importDatabase(pack.dir(), database);
        QVERIFY(!report.ok());
        QVERIFY2(containsIssue(report, bad.expected),
                 qPrintable(QStringLiteral("expected '%1' among:\n%2").arg(bad.expected, report.summary())));
        QVERIFY2(!QFile::exists(database), "no database may be written for a bad pack");
    }

    void attractAndSignVideosAreAccepted()
    {
        TestPack pack;
        addClip(pack, QStringLiteral("media/attract.mp4"));
        addClip(pack, QStringLiteral("media/sign/lock-door.webm"), "clip-vp9.webm");
        // Empty values count as left out, here as everywhere.
        setAttract(pack, QJsonArray{QJsonObject{{QStringLiteral("video"), QStringLiteral("media/attract.mp4")}, {QStringLiteral("tip"), QStringLiteral("")}},
                                    entry("tip", QStringLiteral("street-lights")),
                                    entry("image", QStringLiteral("media/picture.svg"), 4),
                                    entry("tip", QStringLiteral("lock-door"), 60),
                                    entry("image", QStringLiteral("media/icon.svg"))});
        editTip(pack, QStringLiteral("signLanguageVideo"), QStringLiteral("media/sign/lock-door.webm"));
        editFile(pack, QStringLiteral("projects/youth-house.json"), QStringLiteral("signLanguageVideo"), QStringLiteral("media/attract.mp4"));
        editFile(pack, QStringLiteral("pages/about.json"), QStringLiteral("signLanguageVideo"), QStringLiteral("media/sign/lock-door.webm"));
        editFile(pack, QStringLiteral("pages/privacy.json"), QStringLiteral("signLanguageVideo"), QStringLiteral(""));
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.issues.size(), 1);  // the unverified contact

        // Stored in the pack's order; a video plays to its end, pictures stay 8 s and tips 10 s
        // unless the pack says otherwise.
        const QString database = pack.compile();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attract"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT position, kind, path_or_id, seconds FROM attract ORDER BY position")));
            QStringList rows;
            while (query.next())
                rows.append(QStringLiteral("%1 %2 %3 %4").arg(query.value(0).toString(), query.value(1).toString(),
                                                              query.value(2).toString(),
                                                              query.value(3).isNull() ? QStringLiteral("-") : query.value(3).toString()));
            QCOMPARE(rows, (QStringList{"0 video media/attract.mp4 -", "1 tip street-lights 10", "2 image media/picture.svg 4",
                                        "3 tip lock-door 60", "4 image media/icon.svg 8"}));
            QVERIFY(query.exec(QStringLiteral("SELECT (SELECT sign_video FROM tips WHERE id = 'lock-door'), "
                                              "(SELECT sign_video FROM projects WHERE id = 'youth-house'), "
                                              "(SELECT sign_video FROM pages WHERE id = 'about'), "
                                              "(SELECT sign_video FROM pages WHERE id = 'privacy'), "
                                              "(SELECT sign_video FROM tips WHERE id = 'street-lights')")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("media/sign/lock-door.webm"));
            QCOMPARE(query.value(1).toString(), QStringLiteral("media/attract.mp4"));
            QCOMPARE(query.value(2).toString(), QStringLiteral("media/sign/lock-door.webm"));
            QVERIFY(query.value(3).isNull());
            QVERIFY(query.value(4).isNull());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attract"));
    }

    void attractProblemsAreReportedAtOnce()
    {
        TestPack pack;
        setAttract(pack, QJsonArray{entry("image", QStringLiteral("media/missing.png"), 2), QJsonObject{},
                                    entry("tip", QStringLiteral("nobody"))});
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY(!report.ok());
        for (const char *expected : {"pack.json: attract[0].image: media file 'media/missing.png' does not exist",
                                     "pack.json: attract[0].seconds: 2 is outside 4 to 60",
                                     "pack.json: attract[1]: give exactly one of video, image, tip",
                                     "pack.json: attract[2].tip: unknown tip 'nobody'"})
            QVERIFY2(containsIssue(report, QString::fromLatin1(expected)), qPrintable(QString::fromLatin1(expected) + u'\n' + report.summary()));
    }

    void noticesAreOptional()
    {
        TestPack pack;
        QVERIFY(QFile::remove(pack.path(QStringLiteral("notices.json"))));
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QCOMPARE(report.issues.size(), 1);  // the unverified contact, as with notices
    }

    void doubtfulNoticesAreWarnedAbout()
    {
        TestPack pack;
        // A month-long takeover of the home screen is more likely a typo than a plan.
        editNotice(pack, 1, QStringLiteral("validUntil"), QStringLiteral("2026-03-04T06:00:00+01:00"));
        // Kiosks never count time from before the pack's creation: this one would never show.
        editNotice(pack, 0, QStringLiteral("validUntil"), QStringLiteral("2026-01-15T10:00:00Z"));
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY2(report.ok(), qPrintable(report.summary()));
        QVERIFY2(containsIssue(report, QStringLiteral("notices.json: items[1].validUntil: warning: the urgent notice blocks "
                                                      "the home screen for 30 days; is the end right?")),
                 qPrintable(report.summary()));
        QVERIFY2(containsIssue(report, QStringLiteral("notices.json: items[0].validUntil: warning: ends by the time the pack "
                                                      "was created (2026-01-15T10:00:00Z): no kiosk will show it")),
                 qPrintable(report.summary()));
    }

    void allProblemsAreReportedAtOnce()
    {
        TestPack pack;
        editTip(pack, QStringLiteral("summary"), QJsonValue::Undefined);
        editTip(pack, QStringLiteral("sections"), QJsonArray{QStringLiteral("gardens")});
        QFile::remove(pack.path(QStringLiteral("media/icon.svg")));
        const ImportReport report = PackImporter::validate(pack.dir());
        QVERIFY(containsIssue(report, QStringLiteral("tips/lock-door.json: summary: required field is missing")));
        QVERIFY(containsIssue(report, QStringLiteral("tips/lock-door.json: sections: unknown section 'gardens'")));
        QVERIFY(containsIssue(report, QStringLiteral("sections.json: items[0].icon: media file 'media/icon.svg' does not exist")));
        QVERIFY(containsIssue(report, QStringLiteral("sections.json: items[1].icon: media file 'media/icon.svg' does not exist")));
    }

    void badPackLeavesTheInstalledDatabaseAlone()
    {
        TestPack good;
        QTemporaryDir out;
        const QString database = out.filePath(QStringLiteral("content.db"));
        QVERIFY(PackImporter::importDatabase(good.dir(), database).ok());
        QFile before(database);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        TestPack bad;
        editTip(bad, QStringLiteral("title"), QJsonValue::Undefined);
        QVERIFY(!PackImporter::importDatabase(bad.dir(), database).ok());
        QFile after(database);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void compileLaysOutAReadyPack()
    {
        TestPack pack;
        QTemporaryDir out;
        const QString target = out.filePath(QStringLiteral("minimal"));
        QVERIFY(PackImporter::compile(pack.dir(), target).ok());
        QVERIFY(QFile::exists(target + QStringLiteral("/content.db")));
        QVERIFY(QFile::exists(target + QStringLiteral("/media/picture.svg")));
        QVERIFY(QFile::exists(target + QStringLiteral("/tips/lock-door.json")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".building")));

        // A second compile replaces the first one whole, and a failed one keeps it.
        QVERIFY(PackImporter::compile(pack.dir(), target).ok());
        editTip(pack, QStringLiteral("title"), QJsonValue::Undefined);
        QVERIFY(!PackImporter::compile(pack.dir(), target).ok());
        QVERIFY(QFile::exists(target + QStringLiteral("/content.db")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".building")));
    }

    void compileRefusesToReplaceAnythingButAPack()
    {
        TestPack pack;
        QTemporaryDir out;
        const QString documents = out.filePath(QStringLiteral("documents"));
        QVERIFY(QDir().mkpath(documents));
        QFile letter(documents + QStringLiteral("/letter.txt"));
        QVERIFY(letter.open(QIODevice::WriteOnly));
        letter.write("keep me");
        letter.close();
        const ImportReport report = PackImporter::compile(pack.dir(), documents);
        QVERIFY(!report.ok());
        QVERIFY2(containsIssue(report, documents + QStringLiteral(": is neither empty nor a compiled pack")), qPrintable(report.summary()));
        QVERIFY(QFile::exists(documents + QStringLiteral("/letter.txt")));
    }

    void databaseHasSchemaVersionAndSearchIndex()
    {
        TestPack pack;
        const QString database = pack.compile();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), civic::kContentDbVersion);
            // Prefix search, insensitive to case and diacritics, in every language of the pack.
            QVERIFY(query.exec(QStringLiteral("SELECT i.id FROM search JOIN search_items i ON i.rowid = search.rowid "
                                              "WHERE search MATCH 'lang:langde AND einbr*'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("lock-door"));
            QVERIFY(query.exec(QStringLiteral("SELECT i.id FROM search JOIN search_items i ON i.rowid = search.rowid "
                                              "WHERE search MATCH 'lang:langtr AND munster' AND i.kind = 'district'")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("muenster"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestPackImporter)
#include "tst_packimporter.moc"
