#pragma once

#include "localizedtext.h"
#include "packcontent.h"
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
    QString signVideo;  ///< absolute path of the tip in sign language; empty when there is none
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
    QString signVideo;  ///< absolute path of a sign-language video; empty when there is none
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
    LocalizedText body;  ///< only from page(), not in the list of pages()
    QString signVideo;   ///< absolute path of a sign-language video; empty when there is none
};

/// A notice valid at the moment it was asked for, its texts in the visitor's language.
struct NoticeRow {
    QString id;
    QString level;  ///< "info", "warning" or "urgent" (takes over the home screen)
    LocalizedText title;
    LocalizedText text;  ///< Markdown
    QDateTime validFrom;
    QDateTime validUntil;  ///< invalid: no end (never for "urgent")
    QStringList contacts;  ///< IDs, for contactsById()
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
/// language through the fallback chain. Tips, projects, contacts and pages outside their
/// validity window (whole days, both ends inside, checked against today()) are left out
/// everywhere: lists, lookups by ID, contains() and search.
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
    /// The absolute path of a media path of the pack ("media/x.mp4"); empty for an empty one.
    QString absoluteMediaPath(const QString &path) const;

    // Time. A kiosk may start with a clock that lost its time: a Raspberry Pi has no battery-
    // backed clock of its own, and an offline kiosk never learns the time. A wrong clock cannot
    // be told from a right one in general, but it can be caught being earlier than the pack's
    // creation time, which is certainly past. The store then counts from the creation time
    // instead: everything that was valid when the pack was made is shown, and nothing is hidden
    // because the clock lags. A clock that runs ahead cannot be caught and is believed.

    /// The current moment: the system clock, but never earlier than the pack's creation time.
    QDateTime now() const;
    /// False when the system clock is earlier than the pack's creation time, so now() counts
    /// from the creation time instead (the admin page says so).
    bool clockTrusted() const;
    /// The system clock as the store reads it (the one setNow() replaces).
    QDateTime systemNow() const;
    /// The day validity windows are checked against: now() as a local date, or the day given
    /// to setToday().
    QDate today() const;
    /// Replaces the system clock (tests, previews); it then drives now(), clockTrusted() and
    /// today(), and a day set with setToday() is forgotten. An invalid value restores the clock.
    void setNow(const QDateTime &systemNow);
    /// Fixes the day for validity windows only (tests, previews); an invalid date undoes it.
    void setToday(QDate today) { m_today = today; }

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

    /// The notices valid at `now` (validFrom <= now < validUntil), urgent first, then warnings,
    /// then information, each newest validFrom first. Pass now() unless testing; the first row
    /// is the home screen's takeover when its level is "urgent", otherwise the banner's.
    QList<NoticeRow> notices(const QString &language, const QDateTime &now) const;
    /// The first moment after `now` at which a notice starts or ends (invalid when none will):
    /// when the banner or the takeover must be looked at again.
    QDateTime nextNoticeChange(const QDateTime &now) const;

    /// The steps of the attract loop in the pack's order, with absolute paths for videos and
    /// pictures; tips outside their validity window today() are left out. Empty: the pack has no
    /// attract loop.
    QList<AttractItem> attractPlaylist() const;

    /// Items of the kinds a visitor searches (tip, project, contact, district, page) whose
    /// texts in `language` hold every word of `input` as a prefix, best first; items outside
    /// their validity window are left out.
    QList<SearchHit> search(const QString &input, const QString &language, int limit = 60) const;

    /// Whether an item of `kind` ("section", "tip", "project", "contact", "district", "page")
    /// with this ID exists (and, for tips, projects, contacts and pages, is valid today).
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
    QDateTime m_systemNow;
};

} // namespace civic
