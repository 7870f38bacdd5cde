#include "contentstore.h"

#include "contentschema.h"
#include "searchtext.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace civic {

namespace {

/// The SQL condition that the row of table `alias` is inside its validity window on the day
/// bound as `day` (a named placeholder, or "?" bound twice). NULL is an open end.
QString validOn(const char *alias, const char *day = ":today")
{
    return QStringLiteral("(%1.valid_from IS NULL OR %1.valid_from <= %2) AND "
                          "(%1.valid_until IS NULL OR %1.valid_until >= %2)")
        .arg(QLatin1String(alias), QLatin1String(day));
}

} // namespace

ContentStore::ContentStore() = default;
ContentStore::~ContentStore() = default;
ContentStore::ContentStore(ContentStore &&) noexcept = default;
ContentStore &ContentStore::operator=(ContentStore &&) noexcept = default;

bool ContentStore::open(const QString &databasePath, const QString &mediaRoot)
{
    m_connection.reset();
    m_info = {};
    m_mediaRoot = mediaRoot;
    if (!QFileInfo(databasePath).isFile()) {
        m_error = QStringLiteral("%1: content database is missing").arg(databasePath);
        return false;
    }
    auto connection = std::make_unique<SqlConnection>(databasePath, SqlConnection::Mode::ReadOnly);
    if (!connection->isOpen()) {
        m_error = QStringLiteral("%1: cannot open: %2").arg(databasePath, connection->errorString());
        return false;
    }
    QSqlQuery query(connection->database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = QStringLiteral("%1: not a content database: %2").arg(databasePath, query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    if (version != kContentDbVersion) {
        m_error = QStringLiteral("%1: content database version %2, this program reads version %3")
                      .arg(databasePath)
                      .arg(version)
                      .arg(kContentDbVersion);
        return false;
    }
    QHash<QString, QString> meta;
    query.exec(QStringLiteral("SELECT key, value FROM meta"));
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());
    m_info.id = meta.value(QStringLiteral("id"));
    m_info.version = meta.value(QStringLiteral("version"));
    m_info.created = QDateTime::fromString(meta.value(QStringLiteral("created")), Qt::ISODate);
    m_info.defaultLanguage = meta.value(QStringLiteral("defaultLanguage"));
    m_info.featuredTip = meta.value(QStringLiteral("featuredTip"));
    m_info.emblem = meta.value(QStringLiteral("emblem"));
    m_info.emergency = meta.value(QStringLiteral("emergency")).split(u',', Qt::SkipEmptyParts);
    query.exec(QStringLiteral("SELECT tag FROM languages ORDER BY position"));
    while (query.next())
        m_info.languages.append(query.value(0).toString());
    if (m_info.id.isEmpty() || m_info.languages.isEmpty() || m_info.defaultLanguage.isEmpty()) {
        m_error = QStringLiteral("%1: content database has no pack metadata").arg(databasePath);
        m_info = {};
        return false;
    }
    m_connection = std::move(connection);
    m_error.clear();
    return true;
}

bool ContentStore::isOpen() const
{
    return m_connection != nullptr;
}

QString ContentStore::absoluteMediaPath(const QString &path) const
{
    return path.isEmpty() ? QString() : QFileInfo(QDir(m_mediaRoot).filePath(path)).absoluteFilePath();
}

QDateTime ContentStore::systemNow() const
{
    return m_systemNow.isValid() ? m_systemNow : QDateTime::currentDateTimeUtc();
}

bool ContentStore::clockTrusted() const
{
    return !m_info.created.isValid() || systemNow() >= m_info.created;
}

QDateTime ContentStore::now() const
{
    // One reading of the clock, so that now() and the trust it implies cannot disagree.
    const QDateTime system = systemNow();
    return m_info.created.isValid() && system < m_info.created ? m_info.created : system;
}

QDate ContentStore::today() const
{
    return m_today.isValid() ? m_today : now().toLocalTime().date();
}

void ContentStore::setNow(const QDateTime &systemNow)
{
    m_systemNow = systemNow;
    m_today = {};
}

ContentStore::TextsById ContentStore::texts(const QString &kind, const QString &field,
                                            const QString &id) const
{
    TextsById result;
    if (!m_connection)
        return result;
    QSqlQuery query(m_connection->database());
    query.prepare(id.isEmpty()
                      ? QStringLiteral("SELECT id, lang, text FROM texts WHERE kind = ? AND field = ?")
                      : QStringLiteral("SELECT id, lang, text FROM texts WHERE kind = ? AND field = ? AND id = ?"));
    query.addBindValue(kind);
    query.addBindValue(field);
    if (!id.isEmpty())
        query.addBindValue(id);
    query.exec();
    while (query.next())
        result[query.value(0).toString()].insert(query.value(1).toString(), query.value(2).toString());
    return result;
}

LocalizedText ContentStore::pick(const TextsById &texts, const QString &id, const QString &language) const
{
    return pickText(texts.value(id), language, m_info.defaultLanguage);
}

LocalizedText ContentStore::packText(const QString &field, const QString &language) const
{
    return pick(texts(QStringLiteral("pack"), field, m_info.id), m_info.id, language);
}

QList<SectionRow> ContentStore::sections(const QString &language) const
{
    QList<SectionRow> rows;
    if (!m_connection)
        return rows;
    const TextsById titles = texts(QStringLiteral("section"), QStringLiteral("title"));
    const TextsById summaries = texts(QStringLiteral("section"), QStringLiteral("summary"));
    QSqlQuery query(QStringLiteral("SELECT id, icon FROM sections ORDER BY position"), m_connection->database());
    while (query.next()) {
        SectionRow row;
        row.id = query.value(0).toString();
        row.icon = query.value(1).toString();
        row.title = pick(titles, row.id, language);
        row.summary = pick(summaries, row.id, language);
        rows.append(row);
    }
    return rows;
}

QList<TipRow> ContentStore::tips(const QString &language, const QString &sectionId) const
{
    QList<TipRow> rows;
    if (!m_connection)
        return rows;
    const TextsById titles = texts(QStringLiteral("tip"), QStringLiteral("title"));
    const TextsById summaries = texts(QStringLiteral("tip"), QStringLiteral("summary"));
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT t.id, t.image, t.priority FROM tips t WHERE ") + validOn("t")
                  + (sectionId.isEmpty() ? QString()
                                         : QStringLiteral(" AND t.id IN (SELECT tip FROM tip_sections "
                                                          "WHERE section = :section)"))
                  + QStringLiteral(" ORDER BY t.priority, t.id"));
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    if (!sectionId.isEmpty())
        query.bindValue(QStringLiteral(":section"), sectionId);
    query.exec();
    while (query.next()) {
        TipRow row;
        row.id = query.value(0).toString();
        row.image = query.value(1).toString();
        row.priority = query.value(2).toInt();
        row.title = pick(titles, row.id, language);
        row.summary = pick(summaries, row.id, language);
        rows.append(row);
    }
    return rows;
}

std::optional<TipDetail> ContentStore::tip(const QString &id, const QString &language) const
{
    if (!m_connection)
        return std::nullopt;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT t.image, t.priority, t.url, t.sign_video FROM tips t WHERE t.id = :id AND ")
                  + validOn("t"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return std::nullopt;
    TipDetail tip;
    tip.id = id;
    tip.image = query.value(0).toString();
    tip.priority = query.value(1).toInt();
    tip.url = query.value(2).toString();
    tip.signVideo = absoluteMediaPath(query.value(3).toString());
    tip.title = pick(texts(QStringLiteral("tip"), QStringLiteral("title"), id), id, language);
    tip.summary = pick(texts(QStringLiteral("tip"), QStringLiteral("summary"), id), id, language);
    tip.body = pick(texts(QStringLiteral("tip"), QStringLiteral("body"), id), id, language);

    // Key points come as a whole list in one language, never mixed point by point.
    QHash<QString, QStringList> points;
    query.prepare(QStringLiteral("SELECT lang, text FROM key_points WHERE tip = ? ORDER BY position"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        points[query.value(0).toString()].append(query.value(1).toString());
    for (const QString &tag : fallbackChain(language, m_info.defaultLanguage)) {
        if (points.contains(tag)) {
            tip.keyPoints = points.value(tag);
            tip.keyPointsFallback = tag != language;
            break;
        }
    }
    query.prepare(QStringLiteral("SELECT section FROM tip_sections WHERE tip = ? ORDER BY section"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        tip.sections.append(query.value(0).toString());
    query.prepare(QStringLiteral("SELECT contact FROM tip_contacts WHERE tip = ? ORDER BY position"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        tip.contacts.append(query.value(0).toString());
    return tip;
}

QList<ProjectRow> ContentStore::projects(const QString &language, const QString &sectionId,
                                         const QString &districtId) const
{
    QList<ProjectRow> rows;
    if (!m_connection)
        return rows;
    const TextsById titles = texts(QStringLiteral("project"), QStringLiteral("title"));
    const TextsById summaries = texts(QStringLiteral("project"), QStringLiteral("summary"));
    QString sql = QStringLiteral("SELECT p.id, p.district, p.year, (SELECT path FROM project_images i "
                                 "WHERE i.project = p.id ORDER BY position LIMIT 1) FROM projects p WHERE ")
                  + validOn("p");
    if (!sectionId.isEmpty())
        sql += QStringLiteral(" AND p.id IN (SELECT project FROM project_sections WHERE section = :section)");
    if (!districtId.isEmpty())
        sql += QStringLiteral(" AND p.district = :district");
    QSqlQuery query(m_connection->database());
    query.prepare(sql + QStringLiteral(" ORDER BY p.position"));
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    if (!sectionId.isEmpty())
        query.bindValue(QStringLiteral(":section"), sectionId);
    if (!districtId.isEmpty())
        query.bindValue(QStringLiteral(":district"), districtId);
    query.exec();
    while (query.next()) {
        ProjectRow row;
        row.id = query.value(0).toString();
        row.district = query.value(1).toString();
        row.year = query.value(2).toInt();
        row.image = query.value(3).toString();
        row.title = pick(titles, row.id, language);
        row.summary = pick(summaries, row.id, language);
        rows.append(row);
    }
    return rows;
}

std::optional<ProjectDetail> ContentStore::project(const QString &id, const QString &language) const
{
    if (!m_connection)
        return std::nullopt;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT p.district, p.year, p.video, p.url, p.sign_video FROM projects p "
                                 "WHERE p.id = :id AND ")
                  + validOn("p"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return std::nullopt;
    ProjectDetail project;
    project.id = id;
    project.district = query.value(0).toString();
    project.year = query.value(1).toInt();
    project.video = query.value(2).toString();
    project.url = query.value(3).toString();
    project.signVideo = absoluteMediaPath(query.value(4).toString());
    project.title = pick(texts(QStringLiteral("project"), QStringLiteral("title"), id), id, language);
    project.summary = pick(texts(QStringLiteral("project"), QStringLiteral("summary"), id), id, language);
    project.body = pick(texts(QStringLiteral("project"), QStringLiteral("body"), id), id, language);
    query.prepare(QStringLiteral("SELECT path FROM project_images WHERE project = ? ORDER BY position"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        project.images.append(query.value(0).toString());
    project.image = project.images.value(0);
    query.prepare(QStringLiteral("SELECT section FROM project_sections WHERE project = ? ORDER BY section"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        project.sections.append(query.value(0).toString());
    for (int i = 0;; ++i) {
        const TextsById partner = texts(QStringLiteral("project"), QStringLiteral("partner.%1").arg(i), id);
        if (partner.isEmpty())
            break;
        project.partners.append(pick(partner, id, language).text);
    }
    return project;
}

QList<ContactRow> ContentStore::readContacts(const QString &where, const QVariantList &values,
                                             const QString &language) const
{
    QList<ContactRow> rows;
    if (!m_connection)
        return rows;
    const TextsById names = texts(QStringLiteral("contact"), QStringLiteral("name"));
    const TextsById helps = texts(QStringLiteral("contact"), QStringLiteral("helpsWith"));
    const TextsById hours = texts(QStringLiteral("contact"), QStringLiteral("hours"));
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT id, kind, phone, email, address, url, district, free, anonymous, "
                                 "verified FROM contacts c WHERE (")
                  + where + QStringLiteral(") AND ") + validOn("c", "?") + QStringLiteral(" ORDER BY position"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    const QString day = today().toString(Qt::ISODate);
    query.addBindValue(day);
    query.addBindValue(day);
    query.exec();
    while (query.next()) {
        ContactRow row;
        row.id = query.value(0).toString();
        row.kind = query.value(1).toString();
        row.phone = query.value(2).toString();
        row.email = query.value(3).toString();
        row.address = query.value(4).toString();
        row.url = query.value(5).toString();
        row.district = query.value(6).toString();
        row.free = query.value(7).toBool();
        row.anonymous = query.value(8).toBool();
        row.verified = query.value(9).toBool();
        row.name = pick(names, row.id, language);
        row.helpsWith = pick(helps, row.id, language);
        row.hours = pick(hours, row.id, language);
        rows.append(row);
    }
    return rows;
}

QList<ContactRow> ContentStore::contacts(const QString &language, const QString &kind,
                                         const QString &districtId) const
{
    QStringList where{QStringLiteral("1")};
    QVariantList values;
    if (!kind.isEmpty()) {
        where.append(QStringLiteral("kind = ?"));
        values.append(kind);
    }
    if (!districtId.isEmpty()) {
        where.append(QStringLiteral("district = ?"));
        values.append(districtId);
    }
    return readContacts(where.join(QLatin1String(" AND ")), values, language);
}

QList<ContactRow> ContentStore::contactsById(const QStringList &ids, const QString &language) const
{
    if (ids.isEmpty())
        return {};
    QStringList marks;
    QVariantList values;
    for (const QString &id : ids) {
        marks.append(QStringLiteral("?"));
        values.append(id);
    }
    QList<ContactRow> rows = readContacts(QStringLiteral("id IN (%1)").arg(marks.join(u',')), values, language);
    // Keep the order the author listed them in.
    std::stable_sort(rows.begin(), rows.end(), [&](const ContactRow &a, const ContactRow &b) {
        return ids.indexOf(a.id) < ids.indexOf(b.id);
    });
    return rows;
}

QList<DistrictRow> ContentStore::districts(const QString &language) const
{
    QList<DistrictRow> rows;
    if (!m_connection)
        return rows;
    const TextsById names = texts(QStringLiteral("district"), QStringLiteral("name"));
    QSqlQuery query(QStringLiteral("SELECT id, area FROM districts ORDER BY position"), m_connection->database());
    while (query.next()) {
        DistrictRow row;
        row.id = query.value(0).toString();
        row.area = query.value(1).toString();
        row.name = pick(names, row.id, language);
        rows.append(row);
    }
    return rows;
}

QList<PageRow> ContentStore::pages(const QString &language) const
{
    QList<PageRow> rows;
    if (!m_connection)
        return rows;
    const TextsById titles = texts(QStringLiteral("page"), QStringLiteral("title"));
    const TextsById summaries = texts(QStringLiteral("page"), QStringLiteral("summary"));
    // The standard pages first, in the order docs/pack-format.md gives, then any others.
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT g.id, g.sign_video FROM pages g WHERE ") + validOn("g")
                  + QStringLiteral(" ORDER BY CASE g.id WHEN 'about' THEN 0 WHEN 'principles' THEN 1 "
                                   "WHEN 'efus' THEN 2 WHEN 'reports' THEN 3 WHEN 'privacy' THEN 4 "
                                   "WHEN 'accessibility' THEN 5 ELSE 6 END, g.id"));
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    query.exec();
    while (query.next()) {
        PageRow row;
        row.id = query.value(0).toString();
        row.signVideo = absoluteMediaPath(query.value(1).toString());
        row.title = pick(titles, row.id, language);
        row.summary = pick(summaries, row.id, language);
        rows.append(row);
    }
    return rows;
}

std::optional<PageRow> ContentStore::page(const QString &id, const QString &language) const
{
    if (!m_connection)
        return std::nullopt;
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT g.sign_video FROM pages g WHERE g.id = :id AND ") + validOn("g"));
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return std::nullopt;
    PageRow row;
    row.id = id;
    row.signVideo = absoluteMediaPath(query.value(0).toString());
    row.title = pick(texts(QStringLiteral("page"), QStringLiteral("title"), id), id, language);
    row.summary = pick(texts(QStringLiteral("page"), QStringLiteral("summary"), id), id, language);
    row.body = pick(texts(QStringLiteral("page"), QStringLiteral("body"), id), id, language);
    return row;
}

QList<AttractItem> ContentStore::attractPlaylist() const
{
    QList<AttractItem> items;
    if (!m_connection)
        return items;
    // A tip that has ended (or not begun) is left out here as everywhere else; the loop goes on
    // with the rest.
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT a.kind, a.path_or_id, a.seconds FROM attract a "
                                 "LEFT JOIN tips t ON a.kind = 'tip' AND t.id = a.path_or_id "
                                 "WHERE a.kind <> 'tip' OR (t.id IS NOT NULL AND ")
                  + validOn("t") + QStringLiteral(") ORDER BY a.position"));
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    query.exec();
    while (query.next()) {
        const QString kind = query.value(0).toString();
        AttractItem item;
        item.seconds = query.value(2).toInt();
        if (kind == QLatin1String("tip")) {
            item.kind = AttractItem::Kind::Tip;
            item.tipId = query.value(1).toString();
        } else {
            item.kind = kind == QLatin1String("video") ? AttractItem::Kind::Video : AttractItem::Kind::Image;
            item.path = absoluteMediaPath(query.value(1).toString());
        }
        items.append(item);
    }
    return items;
}

QList<SearchHit> ContentStore::search(const QString &input, const QString &language, int limit) const
{
    const QString words = searchMatchExpression(input);
    if (!m_connection || words.isEmpty())
        return {};
    const QString inLanguage = QStringLiteral("lang : \"%1\" AND ").arg(searchLanguageToken(language));
    const QString anywhere = inLanguage + QStringLiteral("{title body} : (%1)").arg(words);

    QSqlQuery count(m_connection->database());
    count.prepare(QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?"));
    count.addBindValue(anywhere);
    if (!count.exec() || !count.next())
        return {};
    // Ranking costs about a microsecond per match. A prefix that matches a large part of the
    // pack (the first letter or two) carries little to rank by, so those are listed without
    // ranking: the items that have every word in their title first, then the rest, each in the
    // pack's order. That keeps every keystroke within a frame or two.
    constexpr int kMostRanked = 1000;
    if (count.value(0).toInt() <= kMostRanked)
        return runSearch(anywhere, true, limit);
    const QString inTitle = QStringLiteral("{title} : (%1)").arg(words);
    QList<SearchHit> hits = runSearch(inLanguage + inTitle, false, limit);
    if (hits.size() < limit)
        hits += runSearch(anywhere + QStringLiteral(" NOT ") + inTitle, false, limit - static_cast<int>(hits.size()));
    return hits;
}

QList<SearchHit> ContentStore::runSearch(const QString &match, bool ranked, int limit) const
{
    QList<SearchHit> hits;
    QSqlQuery query(m_connection->database());
    query.setForwardOnly(true);
    // Each hit meets at most one of the item tables by its primary key; the others join as
    // NULLs, which count as an open window.
    query.prepare(QStringLiteral("SELECT i.kind, i.id, i.label, i.detail, %1 FROM search s "
                                 "JOIN search_items i ON i.rowid = s.rowid "
                                 "LEFT JOIN tips t ON i.kind = 'tip' AND t.id = i.id "
                                 "LEFT JOIN projects p ON i.kind = 'project' AND p.id = i.id "
                                 "LEFT JOIN contacts c ON i.kind = 'contact' AND c.id = i.id "
                                 "LEFT JOIN pages g ON i.kind = 'page' AND g.id = i.id "
                                 "WHERE search MATCH :match "
                                 "AND i.kind IN ('tip', 'project', 'contact', 'district', 'page') "
                                 "AND %2 AND %3 AND %4 AND %5 %6 LIMIT :limit")
                      .arg(ranked ? QStringLiteral("s.rank") : QStringLiteral("0"), validOn("t"), validOn("p"),
                           validOn("c"), validOn("g"), ranked ? QStringLiteral("ORDER BY s.rank") : QString()));
    query.bindValue(QStringLiteral(":match"), match);
    query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return hits;
    while (query.next())
        hits.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toDouble()});
    return hits;
}

bool ContentStore::contains(const QString &kind, const QString &id) const
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("section"), QStringLiteral("sections")},
        {QStringLiteral("tip"), QStringLiteral("tips")},
        {QStringLiteral("project"), QStringLiteral("projects")},
        {QStringLiteral("contact"), QStringLiteral("contacts")},
        {QStringLiteral("district"), QStringLiteral("districts")},
        {QStringLiteral("page"), QStringLiteral("pages")},
    };
    if (!m_connection || !tables.contains(kind))
        return false;
    const bool windowed = kind != QLatin1String("section") && kind != QLatin1String("district");
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 x WHERE x.id = :id").arg(tables.value(kind))
                  + (windowed ? QStringLiteral(" AND ") + validOn("x") : QString()));
    query.bindValue(QStringLiteral(":id"), id);
    if (windowed)
        query.bindValue(QStringLiteral(":today"), today().toString(Qt::ISODate));
    return query.exec() && query.next();
}

QList<NoticeRow> ContentStore::notices(const QString &language, const QDateTime &now) const
{
    QList<NoticeRow> rows;
    if (!m_connection || !now.isValid())
        return rows;
    const TextsById titles = texts(QStringLiteral("notice"), QStringLiteral("title"));
    const TextsById bodies = texts(QStringLiteral("notice"), QStringLiteral("text"));
    QHash<QString, QStringList> contacts;
    QSqlQuery query(m_connection->database());
    query.exec(QStringLiteral("SELECT notice, contact FROM notice_contacts ORDER BY notice, position"));
    while (query.next())
        contacts[query.value(0).toString()].append(query.value(1).toString());
    query.prepare(QStringLiteral("SELECT id, level, valid_from, valid_until FROM notices "
                                 "WHERE valid_from <= :now AND (valid_until IS NULL OR valid_until > :now) "
                                 "ORDER BY CASE level WHEN 'urgent' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, "
                                 "valid_from DESC, position"));
    query.bindValue(QStringLiteral(":now"), storedMoment(now));
    query.exec();
    while (query.next()) {
        NoticeRow row;
        row.id = query.value(0).toString();
        row.level = query.value(1).toString();
        row.validFrom = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        if (!query.value(3).isNull())
            row.validUntil = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        row.title = pick(titles, row.id, language);
        row.text = pick(bodies, row.id, language);
        row.contacts = contacts.value(row.id);
        rows.append(row);
    }
    return rows;
}

QDateTime ContentStore::nextNoticeChange(const QDateTime &now) const
{
    if (!m_connection || !now.isValid())
        return {};
    QSqlQuery query(m_connection->database());
    query.prepare(QStringLiteral("SELECT min(moment) FROM (SELECT valid_from AS moment FROM notices "
                                 "UNION ALL SELECT valid_until FROM notices) WHERE moment > :now"));
    query.bindValue(QStringLiteral(":now"), storedMoment(now));
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

} // namespace civic
