#include "packreader.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace civic {

namespace {

// Limits of the kiosk's slots (docs/pack-format.md, "Length limits").
constexpr int kNameLength = 80;
constexpr int kTitleLength = 90;
constexpr int kSummaryLength = 240;
constexpr int kKeyPointLength = 160;
constexpr int kMaxKeyPoints = 7;
constexpr int kBodyLength = 8000;
// A notice is read standing in front of the screen, not studied like a tip.
constexpr int kNoticeTextLength = 1000;
// An urgent notice blocks the home screen; longer than this is more likely a typo in the year.
constexpr qint64 kLongestUrgentDays = 14;
constexpr qint64 kMsecsPerDay = 24 * 60 * 60 * 1000;
// A pack source file is text written by hand; anything larger is a mistake or an attack.
constexpr qint64 kMaxJsonBytes = 4 * 1024 * 1024;
// Long enough to read a tip's title and points from a few steps away, short enough that a
// passer-by sees more than one step of the attract loop.
constexpr int kAttractShortest = 4;
constexpr int kAttractLongest = 60;
constexpr int kAttractImageSeconds = 8;
constexpr int kAttractTipSeconds = 10;

const QStringList kAudiences{QStringLiteral("everyone"),  QStringLiteral("seniors"),
                             QStringLiteral("children"),  QStringLiteral("young-people"),
                             QStringLiteral("parents"),   QStringLiteral("women"),
                             QStringLiteral("victims"),   QStringLiteral("residents"),
                             QStringLiteral("cyclists"),  QStringLiteral("travellers"),
                             QStringLiteral("businesses")};
const QStringList kNoticeLevels{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("urgent")};
const QStringList kContactKinds{QStringLiteral("emergency"), QStringLiteral("helpline"),
                                QStringLiteral("office"), QStringLiteral("district")};

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return pattern.match(tag).hasMatch();
}

} // namespace

PackReader::PackReader(const QString &packDir)
{
    m_context.packDir = packDir;
}

std::optional<QJsonValue> PackReader::loadJson(const QString &file, bool required)
{
    const QFileInfo info(QDir(m_context.packDir).filePath(file));
    auto refuse = [&](const QString &message) {
        m_context.error(file, {}, message);
        m_context.unreadable.insert(file);
        return std::nullopt;
    };
    if (!info.exists() && !info.isSymLink()) {
        if (!required)
            return std::nullopt;
        return refuse(QStringLiteral("file is missing"));
    }
    // A link or a device could make the reader take any file of the machine, or read forever.
    if (info.isSymLink() || !info.isFile())
        return refuse(QStringLiteral("is a link or not a plain file: a pack holds only its own files"));
    QFile in(info.filePath());
    if (!in.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot be read: %1").arg(in.errorString()));
    // The size first: reading up to the limit would reserve 4 MB for every small file.
    if (in.size() > kMaxJsonBytes)
        return refuse(QStringLiteral("file is larger than %1 bytes, the most a pack file may be").arg(kMaxJsonBytes));
    const QByteArray bytes = in.read(kMaxJsonBytes + 1);
    if (bytes.size() > kMaxJsonBytes)
        return refuse(QStringLiteral("file is larger than %1 bytes, the most a pack file may be").arg(kMaxJsonBytes));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(QStringLiteral("broken JSON at %1: %2").arg(lineAndColumn(bytes, error.offset), error.errorString()));
    if (!document.isObject())
        return refuse(QStringLiteral("expected a JSON object"));
    return QJsonValue(document.object());
}

QList<QJsonObject> PackReader::loadItems(const QString &file, bool required)
{
    const auto value = loadJson(file, required);
    if (!value)
        return {};
    ObjectReader reader(m_context, value->toObject(), file);
    const QList<QJsonObject> items = reader.objects(QStringLiteral("items"), ObjectReader::Required);
    reader.finish();
    return items;
}

QList<std::pair<QString, QJsonObject>> PackReader::loadFolder(const QString &folder)
{
    QList<std::pair<QString, QJsonObject>> result;
    const QDir dir(QDir(m_context.packDir).filePath(folder));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::System, QDir::Name);
    for (const QString &name : names) {
        const QString file = folder + u'/' + name;
        if (const auto value = loadJson(file, true))
            result.append({file, value->toObject()});
    }
    return result;
}

void PackReader::checkFileName(const QString &file, const QString &id)
{
    // Staff find an item by its file: tips/ID.json must hold the tip called ID.
    if (!id.isEmpty() && QFileInfo(file).completeBaseName() != id)
        m_context.error(file, QStringLiteral("id"), QStringLiteral("'%1' does not match the file name").arg(id));
}

std::optional<PackContent> PackReader::read()
{
    PackContent pack;
    readMeta(pack);
    readSections(pack);
    readDistricts(pack);
    readContacts(pack);
    readTips(pack);
    readProjects(pack);
    readPages(pack);
    readNotices(pack);
    checkReferences(pack);
    if (hasErrors(m_context.issues))
        return std::nullopt;
    return pack;
}

void PackReader::readMeta(PackContent &pack)
{
    const QString file = QStringLiteral("pack.json");
    const auto value = loadJson(file, true);
    if (!value)
        return;
    ObjectReader reader(m_context, value->toObject(), file);
    PackMeta &meta = pack.meta;
    meta.schema = reader.integer(QStringLiteral("schema"), ObjectReader::Required, 1, 1000000, 0);
    if (meta.schema > kPackSchemaVersion)
        m_context.error(file, QStringLiteral("schema"),
                        QStringLiteral("schema %1 is newer than this program understands (%2): "
                                       "update the program first")
                            .arg(meta.schema)
                            .arg(kPackSchemaVersion));
    meta.id = reader.id(QStringLiteral("id"));
    meta.version = reader.string(QStringLiteral("version"), ObjectReader::Required, 40);
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{1,9}(\\.\\d{1,9}){0,3}$"));
    if (!meta.version.isEmpty() && !versionPattern.match(meta.version).hasMatch())
        m_context.error(file, QStringLiteral("version"),
                        QStringLiteral("'%1' is not a version of dotted numbers like 2026.11.1")
                            .arg(meta.version));
    meta.created = reader.dateTime(QStringLiteral("created"), ObjectReader::Required);
    meta.languages = reader.strings(QStringLiteral("languages"), ObjectReader::Required, 1);
    if (QSet<QString>(meta.languages.cbegin(), meta.languages.cend()).size() != meta.languages.size())
        m_context.error(file, QStringLiteral("languages"), QStringLiteral("lists a language twice"));
    for (const QString &tag : std::as_const(meta.languages)) {
        if (!isLanguageTag(tag))
            m_context.error(file, QStringLiteral("languages"),
                            QStringLiteral("'%1' is not a language tag like de or de-x-ls").arg(tag));
    }
    meta.requiredLanguages = reader.strings(QStringLiteral("requiredLanguages"), ObjectReader::Optional);
    if (meta.requiredLanguages.isEmpty())
        meta.requiredLanguages = meta.languages;
    for (const QString &tag : std::as_const(meta.requiredLanguages)) {
        if (!meta.languages.contains(tag))
            m_context.error(file, QStringLiteral("requiredLanguages"),
                            QStringLiteral("'%1' is not in languages").arg(tag));
    }
    meta.defaultLanguage = reader.string(QStringLiteral("defaultLanguage"), ObjectReader::Required, 20);
    if (!meta.defaultLanguage.isEmpty() && !meta.requiredLanguages.contains(meta.defaultLanguage))
        m_context.error(file, QStringLiteral("defaultLanguage"),
                        QStringLiteral("'%1' must be one of the required languages").arg(meta.defaultLanguage));
    // From here on, texts are checked against the declared languages.
    m_context.languages = meta.languages;
    m_context.requiredLanguages = meta.requiredLanguages;
    meta.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kNameLength);
    meta.subtitle = reader.text(QStringLiteral("subtitle"), ObjectReader::Optional, kSummaryLength);
    meta.featuredTip = reader.string(QStringLiteral("featuredTip"), ObjectReader::Optional, 48);
    meta.emblem = reader.mediaPath(QStringLiteral("emblem"), ObjectReader::Optional);
    meta.emergency = reader.ids(QStringLiteral("emergency"), ObjectReader::Required, 1);
    if (meta.emergency.size() > 3)
        m_context.error(file, QStringLiteral("emergency"),
                        QStringLiteral("at most 3 numbers fit the emergency strip"));
    readAttract(reader, value->toObject(), pack);
    reader.finish();
}

void PackReader::readAttract(ObjectReader &meta, const QJsonObject &source, PackContent &pack)
{
    const QString file = QStringLiteral("pack.json");
    const QList<QJsonObject> items = meta.objects(QStringLiteral("attract"), ObjectReader::Optional);
    const QJsonArray written = source.value(QStringLiteral("attract")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("attract[%1]").arg(i);
        QJsonObject fields = items.at(i);
        // "Empty values" count as left out, as everywhere in a pack.
        auto given = [&](const QString &key) {
            const QJsonValue value = fields.value(key);
            return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().trimmed().isEmpty());
        };
        const bool video = given(QStringLiteral("video"));
        const bool image = given(QStringLiteral("image"));
        const bool tip = given(QStringLiteral("tip"));
        for (const QString &key : {QStringLiteral("video"), QStringLiteral("image"), QStringLiteral("tip")}) {
            if (!given(key))
                fields.remove(key);
        }
        const bool onlyVideo = video && !image && !tip;
        // An entry that is no object has its error already; "give exactly one" would only repeat it.
        if (written.at(i).isObject() && static_cast<int>(video) + static_cast<int>(image) + static_cast<int>(tip) != 1)
            m_context.error(file, path, QStringLiteral("give exactly one of video, image, tip"));
        if (onlyVideo && given(QStringLiteral("seconds"))) {
            m_context.error(file, path + QStringLiteral(".seconds"),
                            QStringLiteral("a video plays to its end: seconds is only for an image or a tip"));
            fields.remove(QStringLiteral("seconds"));
        }
        ObjectReader reader(m_context, fields, file, path);
        AttractItem item;
        // Each given field is still checked, so that staff see all of its problems at once.
        if (video) {
            item.kind = AttractItem::Kind::Video;
            item.path = reader.mediaPath(QStringLiteral("video"), ObjectReader::Required, ObjectReader::Media::Video);
        }
        if (image) {
            item.kind = AttractItem::Kind::Image;
            item.path = reader.mediaPath(QStringLiteral("image"), ObjectReader::Required);
        }
        if (tip) {
            item.kind = AttractItem::Kind::Tip;
            item.tipId = reader.string(QStringLiteral("tip"), ObjectReader::Required, 48);
        }
        const int seconds = reader.integer(QStringLiteral("seconds"), ObjectReader::Optional, kAttractShortest,
                                           kAttractLongest, tip ? kAttractTipSeconds : kAttractImageSeconds);
        item.seconds = onlyVideo ? 0 : seconds;
        reader.finish();
        // Kept even when broken, so that entry i is still attract[i] for the reference checks.
        pack.attract.append(item);
    }
}

QString PackReader::readSignVideo(ObjectReader &reader)
{
    return reader.mediaPath(QStringLiteral("signLanguageVideo"), ObjectReader::Optional, ObjectReader::Media::Video);
}

void PackReader::readSections(PackContent &pack)
{
    const QString file = QStringLiteral("sections.json");
    const QList<QJsonObject> items = loadItems(file);
    for (qsizetype i = 0; i < items.size(); ++i) {
        ObjectReader reader(m_context, items.at(i), file, QStringLiteral("items[%1]").arg(i));
        Section section;
        section.origin = {file, QStringLiteral("items[%1]").arg(i)};
        section.id = reader.id(QStringLiteral("id"));
        section.icon = reader.mediaPath(QStringLiteral("icon"), ObjectReader::Required);
        section.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kNameLength);
        section.summary = reader.text(QStringLiteral("summary"), ObjectReader::Required, kSummaryLength);
        reader.finish();
        pack.sections.append(section);
    }
    if (items.isEmpty() && !m_context.unreadable.contains(file))
        m_context.error(file, QStringLiteral("items"), QStringLiteral("needs at least one section"));
}

void PackReader::readDistricts(PackContent &pack)
{
    const QString file = QStringLiteral("districts.json");
    const QList<QJsonObject> items = loadItems(file);
    for (qsizetype i = 0; i < items.size(); ++i) {
        ObjectReader reader(m_context, items.at(i), file, QStringLiteral("items[%1]").arg(i));
        District district;
        district.origin = {file, QStringLiteral("items[%1]").arg(i)};
        district.id = reader.id(QStringLiteral("id"));
        district.name = reader.text(QStringLiteral("name"), ObjectReader::Required, kNameLength, ObjectReader::TextKind::Name);
        district.area = reader.oneOf(QStringLiteral("area"), ObjectReader::Required,
                                     {QStringLiteral("inner"), QStringLiteral("outer")});
        reader.finish();
        pack.districts.append(district);
    }
}

void PackReader::readContacts(PackContent &pack)
{
    const QString file = QStringLiteral("contacts.json");
    const QList<QJsonObject> items = loadItems(file);
    for (qsizetype i = 0; i < items.size(); ++i) {
        ObjectReader reader(m_context, items.at(i), file, QStringLiteral("items[%1]").arg(i));
        Contact contact;
        contact.origin = {file, QStringLiteral("items[%1]").arg(i)};
        contact.id = reader.id(QStringLiteral("id"));
        contact.kind = reader.oneOf(QStringLiteral("kind"), ObjectReader::Required, kContactKinds);
        contact.name = reader.text(QStringLiteral("name"), ObjectReader::Required, kNameLength, ObjectReader::TextKind::Name);
        contact.helpsWith = reader.text(QStringLiteral("helpsWith"), ObjectReader::Required, kSummaryLength);
        contact.hours = reader.text(QStringLiteral("hours"), ObjectReader::Optional, kSummaryLength);
        contact.phone = reader.string(QStringLiteral("phone"), ObjectReader::Optional, 60);
        contact.email = reader.string(QStringLiteral("email"), ObjectReader::Optional, 120);
        contact.address = reader.string(QStringLiteral("address"), ObjectReader::Optional, 160);
        contact.url = reader.httpsUrl(QStringLiteral("url"), ObjectReader::Optional);
        contact.district = reader.string(QStringLiteral("district"),
                                         contact.kind == QLatin1String("district") ? ObjectReader::Required
                                                                                   : ObjectReader::Optional,
                                         48);
        contact.free = reader.boolean(QStringLiteral("free"), ObjectReader::Optional);
        contact.anonymous = reader.boolean(QStringLiteral("anonymous"), ObjectReader::Optional);
        contact.verified = reader.boolean(QStringLiteral("verified"), ObjectReader::Required);
        readValidity(reader, file, contact.validFrom, contact.validUntil);
        static const QRegularExpression phonePattern(QStringLiteral("^[0-9 ·/+-]+$"));
        if (!contact.phone.isEmpty() && !phonePattern.match(contact.phone).hasMatch())
            m_context.error(file, reader.fieldPath(QStringLiteral("phone")),
                            QStringLiteral("'%1' may hold only digits, spaces and - / + ·").arg(contact.phone));
        if (!contact.verified)
            m_context.warning(file, reader.fieldPath(QStringLiteral("verified")),
                              QStringLiteral("'%1' is not verified; the kiosk marks it as such").arg(contact.id));
        if (contact.phone.isEmpty() && contact.email.isEmpty() && contact.address.isEmpty())
            m_context.error(file, reader.fieldPath(QStringLiteral("phone")),
                            QStringLiteral("a contact needs a phone number, an e-mail or an address"));
        reader.finish();
        pack.contacts.append(contact);
    }
}

void PackReader::readValidity(ObjectReader &reader, const QString &file, QDate &validFrom, QDate &validUntil)
{
    validFrom = reader.date(QStringLiteral("validFrom"), ObjectReader::Optional);
    validUntil = reader.date(QStringLiteral("validUntil"), ObjectReader::Optional);
    if (validFrom.isValid() && validUntil.isValid() && validUntil < validFrom)
        m_context.error(file, reader.fieldPath(QStringLiteral("validUntil")), QStringLiteral("is before validFrom"));
}

void PackReader::readTips(PackContent &pack)
{
    for (const auto &[file, object] : loadFolder(QStringLiteral("tips"))) {
        ObjectReader reader(m_context, object, file);
        Tip tip;
        tip.origin = {file, {}};
        tip.id = reader.id(QStringLiteral("id"));
        tip.sections = reader.ids(QStringLiteral("sections"), ObjectReader::Required, 1);
        tip.audience = reader.strings(QStringLiteral("audience"), ObjectReader::Optional);
        for (const QString &audience : std::as_const(tip.audience)) {
            if (!kAudiences.contains(audience))
                m_context.error(file, QStringLiteral("audience"),
                                QStringLiteral("'%1' is not one of: %2").arg(audience, kAudiences.join(u", ")));
        }
        tip.priority = reader.integer(QStringLiteral("priority"), ObjectReader::Optional, 1, 1000, 1000);
        tip.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kTitleLength);
        tip.summary = reader.text(QStringLiteral("summary"), ObjectReader::Required, kSummaryLength);
        tip.keyPoints = reader.textLists(QStringLiteral("keyPoints"), ObjectReader::Required,
                                         kMaxKeyPoints, kKeyPointLength);
        tip.body = reader.text(QStringLiteral("body"), ObjectReader::Required, kBodyLength, ObjectReader::TextKind::Markdown);
        tip.image = reader.mediaPath(QStringLiteral("image"), ObjectReader::Optional);
        tip.contacts = reader.ids(QStringLiteral("contacts"), ObjectReader::Optional);
        tip.districts = reader.ids(QStringLiteral("districts"), ObjectReader::Optional);
        readValidity(reader, file, tip.validFrom, tip.validUntil);
        tip.url = reader.httpsUrl(QStringLiteral("url"), ObjectReader::Optional);
        tip.signVideo = readSignVideo(reader);
        reader.finish();
        checkFileName(file, tip.id);
        pack.tips.append(tip);
    }
}

void PackReader::readProjects(PackContent &pack)
{
    for (const auto &[file, object] : loadFolder(QStringLiteral("projects"))) {
        ObjectReader reader(m_context, object, file);
        Project project;
        project.origin = {file, {}};
        project.id = reader.id(QStringLiteral("id"));
        project.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kTitleLength);
        project.summary = reader.text(QStringLiteral("summary"), ObjectReader::Required, kSummaryLength);
        project.body = reader.text(QStringLiteral("body"), ObjectReader::Required, kBodyLength, ObjectReader::TextKind::Markdown);
        project.year = reader.integer(QStringLiteral("year"), ObjectReader::Optional, 1900, 2200, 0);
        project.partners = reader.texts(QStringLiteral("partners"), ObjectReader::Optional, kNameLength * 2);
        project.district = reader.string(QStringLiteral("district"), ObjectReader::Optional, 48);
        project.sections = reader.ids(QStringLiteral("sections"), ObjectReader::Required, 1);
        project.images = reader.mediaPaths(QStringLiteral("images"), ObjectReader::Optional);
        project.video = reader.mediaPath(QStringLiteral("video"), ObjectReader::Optional, ObjectReader::Media::Video);
        project.url = reader.httpsUrl(QStringLiteral("url"), ObjectReader::Optional);
        project.signVideo = readSignVideo(reader);
        readValidity(reader, file, project.validFrom, project.validUntil);
        reader.finish();
        checkFileName(file, project.id);
        pack.projects.append(project);
    }
}

void PackReader::readPages(PackContent &pack)
{
    for (const auto &[file, object] : loadFolder(QStringLiteral("pages"))) {
        ObjectReader reader(m_context, object, file);
        Page page;
        page.origin = {file, {}};
        page.id = reader.id(QStringLiteral("id"));
        page.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kNameLength);
        page.summary = reader.text(QStringLiteral("summary"), ObjectReader::Optional, kSummaryLength);
        page.body = reader.text(QStringLiteral("body"), ObjectReader::Required, kBodyLength, ObjectReader::TextKind::Markdown);
        page.signVideo = readSignVideo(reader);
        readValidity(reader, file, page.validFrom, page.validUntil);
        reader.finish();
        checkFileName(file, page.id);
        pack.pages.append(page);
    }
}

void PackReader::readNotices(PackContent &pack)
{
    // Most of the time there is no current notice, so the file is optional.
    const QString file = QStringLiteral("notices.json");
    const QList<QJsonObject> items = loadItems(file, false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        ObjectReader reader(m_context, items.at(i), file, path);
        Notice notice;
        notice.origin = {file, path};
        notice.id = reader.id(QStringLiteral("id"));
        notice.level = reader.oneOf(QStringLiteral("level"), ObjectReader::Required, kNoticeLevels);
        notice.title = reader.text(QStringLiteral("title"), ObjectReader::Required, kNameLength);
        notice.text = reader.text(QStringLiteral("text"), ObjectReader::Required, kNoticeTextLength,
                                  ObjectReader::TextKind::Markdown);
        notice.contacts = reader.ids(QStringLiteral("contacts"), ObjectReader::Optional);
        notice.validFrom = reader.dateTime(QStringLiteral("validFrom"), ObjectReader::Required);
        notice.validUntil = reader.dateTime(QStringLiteral("validUntil"), ObjectReader::Optional);
        reader.finish();

        const QString untilField = reader.fieldPath(QStringLiteral("validUntil"));
        const QJsonValue until = items.at(i).value(QStringLiteral("validUntil"));
        const bool untilMissing = until.isUndefined() || until.isNull()
                                  || (until.isString() && until.toString().trimmed().isEmpty());
        const bool urgent = notice.level == QLatin1String("urgent");
        // An urgent notice takes the home screen away from every visitor; one that is forgotten
        // in the pack must still end by itself.
        if (urgent && untilMissing)
            m_context.error(file, untilField,
                            QStringLiteral("an urgent notice takes over the home screen, so it needs an end"));
        if (notice.validFrom.isValid() && notice.validUntil.isValid()) {
            const qint64 duration = notice.validFrom.msecsTo(notice.validUntil);
            if (duration < 0)
                m_context.error(file, untilField, QStringLiteral("is before validFrom"));
            else if (duration == 0)
                m_context.error(file, untilField, QStringLiteral("is the same moment as validFrom: the notice would never show"));
            else if (urgent && duration > kLongestUrgentDays * kMsecsPerDay)
                m_context.warning(file, untilField,
                                  QStringLiteral("the urgent notice blocks the home screen for %1 days; "
                                                 "is the end right?")
                                      .arg(duration / kMsecsPerDay));
        }
        // Kiosks never count time from before the pack was made (ContentStore::now()), so such a
        // notice would be shipped and never seen.
        if (notice.validUntil.isValid() && pack.meta.created.isValid() && notice.validUntil <= pack.meta.created)
            m_context.warning(file, untilField,
                              QStringLiteral("ends by the time the pack was created (%1): no kiosk will show it")
                                  .arg(pack.meta.created.toString(Qt::ISODate)));
        pack.notices.append(notice);
    }
}

} // namespace civic
