#include "contentdbwriter.h"

#include "contentschema.h"
#include "searchtext.h"
#include "sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
#include <stdexcept>

namespace civic {

namespace {

class SqlError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// Runs prepared statements and turns any failure into an exception, so one check covers them all.
class Statements
{
public:
    explicit Statements(const QSqlDatabase &db) : m_db(db) {}

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery &query = prepared(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(static_cast<int>(i), values.at(i));
        if (!query.exec())
            throw SqlError((query.lastError().text() + QStringLiteral(" in: ") + sql).toStdString());
        // Statements that return rows (PRAGMA) stay active and would block the commit.
        query.finish();
    }

private:
    QSqlQuery &prepared(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            it = m_queries.try_emplace(sql, m_db).first;
            if (!it->second.prepare(sql))
                throw SqlError((it->second.lastError().text() + QStringLiteral(" in: ") + sql).toStdString());
        }
        return it->second;
    }

    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_queries;  // QSqlQuery is move-only in spirit: no implicit copies
};

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

/// A day of a validity window; NULL is an open end.
QVariant day(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

class Writer
{
public:
    Writer(const PackContent &pack, Statements &sql) : m_pack(pack), m_sql(sql) {}

    void run()
    {
        writeMeta();
        writeSections();
        writeTips();
        writeProjects();
        writeContacts();
        writeDistricts();
        writePages();
        writeNotices();
        writeAttract();
    }

private:
    void texts(const char *kind, const QString &id, const QString &field, const TextMap &map)
    {
        // A null QString binds as SQL NULL; the language-neutral key must be stored as ''.
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            m_sql.exec(QStringLiteral("INSERT INTO texts VALUES (?, ?, ?, ?, ?)"),
                       {QLatin1String(kind), id, field, it.key().isEmpty() ? QStringLiteral("") : it.key(),
                        it.value()});
    }

    void searchable(const char *kind, const QString &id, const TextMap &title,
                    const QList<TextMap> &bodyParts)
    {
        // Languages that fall back to the same texts share one row: a pack translated into two of
        // six languages indexes each item twice, not six times.
        const PackMeta &meta = m_pack.meta;
        std::map<QStringList, QStringList> languagesByTexts;
        for (const QString &language : meta.languages) {
            QStringList texts{pickText(title, language, meta.defaultLanguage).text};
            for (const TextMap &part : bodyParts)
                texts.append(pickText(part, language, meta.defaultLanguage).text);
            languagesByTexts[texts].append(searchLanguageToken(language));
        }
        for (const auto &[texts, languages] : languagesByTexts) {
            const QString label = texts.first();
            const QString detail = texts.value(1);
            m_sql.exec(QStringLiteral("INSERT INTO search_items (kind, id, label, detail) VALUES (?, ?, ?, ?)"),
                       {QLatin1String(kind), id, label, detail.isNull() ? QStringLiteral("") : detail});
            m_sql.exec(QStringLiteral("INSERT INTO search (rowid, lang, title, body) "
                                      "VALUES (last_insert_rowid(), ?, ?, ?)"),
                       {languages.join(u' '), foldForSearch(label), foldForSearch(texts.mid(1).join(u'\n'))});
        }
    }

    void meta(const QString &key, const QString &value)
    {
        // An unset value is stored as '' (a null QString would bind as SQL NULL).
        m_sql.exec(QStringLiteral("INSERT INTO meta VALUES (?, ?)"), {key, value.isNull() ? QStringLiteral("") : value});
    }

    void writeMeta()
    {
        const PackMeta &m = m_pack.meta;
        meta(QStringLiteral("schema"), QString::number(m.schema));
        meta(QStringLiteral("id"), m.id);
        meta(QStringLiteral("version"), m.version);
        meta(QStringLiteral("created"), m.created.toUTC().toString(Qt::ISODate));
        meta(QStringLiteral("defaultLanguage"), m.defaultLanguage);
        meta(QStringLiteral("emergency"), m.emergency.join(u','));
        QString featured = m.featuredTip;
        if (featured.isEmpty() && !m_pack.tips.isEmpty())
            featured = std::min_element(m_pack.tips.cbegin(), m_pack.tips.cend(),
                                        [](const Tip &a, const Tip &b) { return a.priority < b.priority; })
                           ->id;
        meta(QStringLiteral("featuredTip"), featured);
        meta(QStringLiteral("emblem"), m.emblem);
        for (qsizetype i = 0; i < m.languages.size(); ++i)
            m_sql.exec(QStringLiteral("INSERT INTO languages VALUES (?, ?, ?)"),
                       {m.languages.at(i), i, m.requiredLanguages.contains(m.languages.at(i))});
        texts("pack", m.id, QStringLiteral("title"), m.title);
        texts("pack", m.id, QStringLiteral("subtitle"), m.subtitle);
    }

    void writeSections()
    {
        for (qsizetype i = 0; i < m_pack.sections.size(); ++i) {
            const Section &s = m_pack.sections.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO sections VALUES (?, ?, ?)"), {s.id, i, s.icon});
            texts("section", s.id, QStringLiteral("title"), s.title);
            texts("section", s.id, QStringLiteral("summary"), s.summary);
            searchable("section", s.id, s.title, {s.summary});
        }
    }

    void writeTips()
    {
        for (const Tip &t : m_pack.tips) {
            m_sql.exec(QStringLiteral("INSERT INTO tips VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {t.id, t.priority, nullIfEmpty(t.image), nullIfEmpty(t.url), day(t.validFrom),
                        day(t.validUntil), nullIfEmpty(t.signVideo)});
            for (const QString &section : t.sections)
                m_sql.exec(QStringLiteral("INSERT INTO tip_sections VALUES (?, ?)"), {t.id, section});
            for (qsizetype i = 0; i < t.contacts.size(); ++i)
                m_sql.exec(QStringLiteral("INSERT INTO tip_contacts VALUES (?, ?, ?)"), {t.id, i, t.contacts.at(i)});
            for (const QString &district : t.districts)
                m_sql.exec(QStringLiteral("INSERT INTO tip_districts VALUES (?, ?)"), {t.id, district});
            for (const QString &audience : t.audience)
                m_sql.exec(QStringLiteral("INSERT INTO tip_audience VALUES (?, ?)"), {t.id, audience});
            TextMap allPoints;
            for (auto it = t.keyPoints.constBegin(); it != t.keyPoints.constEnd(); ++it) {
                for (qsizetype i = 0; i < it->size(); ++i)
                    m_sql.exec(QStringLiteral("INSERT INTO key_points VALUES (?, ?, ?, ?)"),
                               {t.id, it.key(), i, it->at(i)});
                allPoints.insert(it.key(), it->join(u'\n'));
            }
            texts("tip", t.id, QStringLiteral("title"), t.title);
            texts("tip", t.id, QStringLiteral("summary"), t.summary);
            texts("tip", t.id, QStringLiteral("body"), t.body);
            searchable("tip", t.id, t.title, {t.summary, allPoints, t.body});
        }
    }

    void writeProjects()
    {
        for (qsizetype i = 0; i < m_pack.projects.size(); ++i) {
            const Project &p = m_pack.projects.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {p.id, i, p.year > 0 ? QVariant(p.year) : QVariant(), nullIfEmpty(p.district),
                        nullIfEmpty(p.video), nullIfEmpty(p.url), day(p.validFrom), day(p.validUntil),
                        nullIfEmpty(p.signVideo)});
            for (const QString &section : p.sections)
                m_sql.exec(QStringLiteral("INSERT INTO project_sections VALUES (?, ?)"), {p.id, section});
            for (qsizetype j = 0; j < p.images.size(); ++j)
                m_sql.exec(QStringLiteral("INSERT INTO project_images VALUES (?, ?, ?)"), {p.id, j, p.images.at(j)});
            texts("project", p.id, QStringLiteral("title"), p.title);
            texts("project", p.id, QStringLiteral("summary"), p.summary);
            texts("project", p.id, QStringLiteral("body"), p.body);
            for (qsizetype j = 0; j < p.partners.size(); ++j)
                texts("project", p.id, QStringLiteral("partner.%1").arg(j), p.partners.at(j));
            searchable("project", p.id, p.title, {p.summary, p.body});
        }
    }

    void writeContacts()
    {
        for (qsizetype i = 0; i < m_pack.contacts.size(); ++i) {
            const Contact &c = m_pack.contacts.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO contacts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {c.id, c.kind, i, nullIfEmpty(c.phone), nullIfEmpty(c.email), nullIfEmpty(c.address),
                        nullIfEmpty(c.url), nullIfEmpty(c.district), c.free, c.anonymous, c.verified,
                        day(c.validFrom), day(c.validUntil)});
            texts("contact", c.id, QStringLiteral("name"), c.name);
            texts("contact", c.id, QStringLiteral("helpsWith"), c.helpsWith);
            texts("contact", c.id, QStringLiteral("hours"), c.hours);
            TextMap phone;
            phone.insert(QString(), c.phone);
            searchable("contact", c.id, c.name, {c.helpsWith, phone});
        }
    }

    void writeDistricts()
    {
        for (qsizetype i = 0; i < m_pack.districts.size(); ++i) {
            const District &d = m_pack.districts.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO districts VALUES (?, ?, ?)"), {d.id, i, d.area});
            texts("district", d.id, QStringLiteral("name"), d.name);
            searchable("district", d.id, d.name, {});
        }
    }

    void writePages()
    {
        for (qsizetype i = 0; i < m_pack.pages.size(); ++i) {
            const Page &p = m_pack.pages.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO pages VALUES (?, ?, ?, ?, ?)"),
                       {p.id, i, day(p.validFrom), day(p.validUntil), nullIfEmpty(p.signVideo)});
            texts("page", p.id, QStringLiteral("title"), p.title);
            texts("page", p.id, QStringLiteral("summary"), p.summary);
            texts("page", p.id, QStringLiteral("body"), p.body);
            searchable("page", p.id, p.title, {p.summary, p.body});
        }
    }

    void writeNotices()
    {
        for (qsizetype i = 0; i < m_pack.notices.size(); ++i) {
            const Notice &n = m_pack.notices.at(i);
            m_sql.exec(QStringLiteral("INSERT INTO notices VALUES (?, ?, ?, ?, ?)"),
                       {n.id, i, n.level, storedMoment(n.validFrom),
                        n.validUntil.isValid() ? QVariant(storedMoment(n.validUntil)) : QVariant()});
            for (qsizetype j = 0; j < n.contacts.size(); ++j)
                m_sql.exec(QStringLiteral("INSERT INTO notice_contacts VALUES (?, ?, ?)"), {n.id, j, n.contacts.at(j)});
            texts("notice", n.id, QStringLiteral("title"), n.title);
            texts("notice", n.id, QStringLiteral("text"), n.text);
        }
    }

    void writeAttract()
    {
        for (qsizetype i = 0; i < m_pack.attract.size(); ++i) {
            const AttractItem &a = m_pack.attract.at(i);
            switch (a.kind) {
            case AttractItem::Kind::Video:
                m_sql.exec(QStringLiteral("INSERT INTO attract VALUES (?, 'video', ?, NULL)"), {i, a.path});
                break;
            case AttractItem::Kind::Image:
                m_sql.exec(QStringLiteral("INSERT INTO attract VALUES (?, 'image', ?, ?)"), {i, a.path, a.seconds});
                break;
            case AttractItem::Kind::Tip:
                m_sql.exec(QStringLiteral("INSERT INTO attract VALUES (?, 'tip', ?, ?)"), {i, a.tipId, a.seconds});
                break;
            }
        }
    }

    const PackContent &m_pack;
    Statements &m_sql;
};

} // namespace

QString ContentDbWriter::write(const PackContent &pack, const QString &path)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    if (!connection.isOpen())
        return QStringLiteral("cannot create %1: %2").arg(path, connection.errorString());
    QSqlDatabase db = connection.database();
    try {
        Statements sql(db);
        // Written once, then only read: no journal needed while building, one fsync at the end.
        sql.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        if (!db.transaction())
            return db.lastError().text();
        for (const QString &statement : contentSchemaStatements())
            sql.exec(statement);
        Writer(pack, sql).run();
        sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(kContentDbVersion));
        if (!db.commit())
            return db.lastError().text();
        sql.exec(QStringLiteral("INSERT INTO search(search) VALUES ('optimize')"));
    } catch (const SqlError &error) {
        db.rollback();
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace civic
