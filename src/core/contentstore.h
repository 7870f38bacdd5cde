#pragma once

#include "localizedtext.h"
#include "sqlconnection.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace civic {

struct PackInfo {
    QString id;
    QString version;
    QDateTime created;
    QString defaultLanguage;
    QStringList languages;
    QString featuredTip;
    QString emblem;
    QStringList emergency;
};

struct SectionRow {
    QString id;
    QString icon;
    LocalizedText title;
    LocalizedText summary;
};

struct TipRow {
    QString id;
    QString image;
    int priority = 0;
    LocalizedText title;
    LocalizedText summary;
};

struct TipDetail : TipRow {
    LocalizedText body;
    QStringList keyPoints;
    bool keyPointsFallback = false;
    QStringList sections;
    QStringList contacts;
    QString url;
};

struct ProjectRow {
    QString id;
    QString image;
    QString district;
    int year = 0;
    LocalizedText title;
    LocalizedText summary;
};

struct ProjectDetail : ProjectRow {
    LocalizedText body;
    QStringList partners;
    QStringList images;
    QStringList sections;
    QString video;
    QString url;
};

struct ContactRow {
    QString id;
    QString kind;
    QString phone;
    QString email;
    QString address;
    QString url;
    QString district;
    bool free = false;
    bool anonymous = false;
    bool verified = false;
    LocalizedText name;
    LocalizedText helpsWith;
    LocalizedText hours;
};

struct DistrictRow {
    QString id;
    QString area;
    LocalizedText name;
};

struct PageRow {
    QString id;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText body;
};

/// One search result: what it is and what its card shows, in the searched language.
struct SearchHit {
    QString kind;
    QString id;
    QString title;
    QString detail;
    double rank = 0; ///< lower is better (FTS5 bm25)
};

/// Read-only access to one pack's content database, with every text chosen for the visitor's
/// language through the fallback chain. Tips outside their validity window are left out.
class ContentStore
{
public:
    ContentStore();
    ~ContentStore();
    ContentStore(ContentStore &&) noexcept;
    ContentStore &operator=(ContentStore &&) noexcept;

    /// Opens `databasePath`; media paths resolve against `mediaRoot`. On failure returns false and
    /// errorString() says why.
    bool open(const QString &databasePath, const QString &mediaRoot);
    bool isOpen() const;
    QString errorString() const { return m_error; }

    const PackInfo &info() const { return m_info; }
    QString mediaRoot() const { return m_mediaRoot; }

    /// The day validity windows are checked against (today unless set, for tests and previews).
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    LocalizedText packText(const QString &field, const QString &language) const;

    QList<SectionRow> sections(const QString &language) const;
    QList<TipRow> tips(const QString &language, const QString &sectionId = {}) const;
    std::optional<TipDetail> tip(const QString &id, const QString &language) const;
    QList<ProjectRow> projects(const QString &language, const QString &sectionId = {},
                               const QString &districtId = {}) const;
    std::optional<ProjectDetail> project(const QString &id, const QString &language) const;
    QList<ContactRow> contacts(const QString &language, const QString &kind = {},
                               const QString &districtId = {}) const;
    QList<ContactRow> contactsById(const QStringList &ids, const QString &language) const;
    QList<DistrictRow> districts(const QString &language) const;
    QList<PageRow> pages(const QString &language) const;
    std::optional<PageRow> page(const QString &id, const QString &language) const;

    /// Items of the kinds a visitor searches (tip, project, contact, district, page) whose
    /// texts in `language` hold every word of `input` as a prefix, best first; tips outside
    /// their validity window are left out.
    QList<SearchHit> search(const QString &input, const QString &language, int limit = 60) const;

    /// Whether an item of `kind` ("section", "tip", "project", "contact", "district", "page")
    /// with this ID exists (and, for tips, is valid today).
    bool contains(const QString &kind, const QString &id) const;

private:
    using TextsById = QHash<QString, TextMap>;
    TextsById texts(const QString &kind, const QString &field, const QString &id = {}) const;
    LocalizedText pick(const TextsById &texts, const QString &id, const QString &language) const;
    QList<SearchHit> runSearch(const QString &match, bool ranked, int limit) const;
    QList<ContactRow> readContacts(const QString &where, const QVariantList &values,
                                   const QString &language) const;

    std::unique_ptr<SqlConnection> m_connection;
    PackInfo m_info;
    QString m_mediaRoot;
    QString m_error;
    QDate m_today;
};

} // namespace civic
