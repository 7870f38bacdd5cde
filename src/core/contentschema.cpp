#include "contentschema.h"

namespace civic {

QStringList contentSchemaStatements()
{
    // Texts live in one table keyed by (kind, id, field, language) so that adding a language or a
    // translated field never changes the schema; lang '' is a language-neutral text.
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE languages (tag TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "required INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE texts (kind TEXT NOT NULL, id TEXT NOT NULL, field TEXT NOT NULL, "
                       "lang TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (kind, id, field, lang)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sections (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "icon TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE tips (id TEXT PRIMARY KEY, priority INTEGER NOT NULL, image TEXT, "
                       "url TEXT, valid_from TEXT, valid_until TEXT, sign_video TEXT)"),
        QStringLiteral("CREATE TABLE tip_sections (tip TEXT NOT NULL, section TEXT NOT NULL, "
                       "PRIMARY KEY (tip, section)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX tip_sections_by_section ON tip_sections (section)"),
        QStringLiteral("CREATE TABLE tip_contacts (tip TEXT NOT NULL, position INTEGER NOT NULL, "
                       "contact TEXT NOT NULL, PRIMARY KEY (tip, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tip_districts (tip TEXT NOT NULL, district TEXT NOT NULL, "
                       "PRIMARY KEY (tip, district)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE tip_audience (tip TEXT NOT NULL, audience TEXT NOT NULL, "
                       "PRIMARY KEY (tip, audience)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE key_points (tip TEXT NOT NULL, lang TEXT NOT NULL, "
                       "position INTEGER NOT NULL, text TEXT NOT NULL, "
                       "PRIMARY KEY (tip, lang, position)) WITHOUT ROWID"),
        // valid_from and valid_until (here and in tips, contacts, pages) are days, both inside
        // the window; NULL is an open end. sign_video (here and in tips, pages) is the media
        // path of a sign-language video, NULL when there is none.
        QStringLiteral("CREATE TABLE projects (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "year INTEGER, district TEXT, video TEXT, url TEXT, valid_from TEXT, valid_until TEXT, "
                       "sign_video TEXT)"),
        QStringLiteral("CREATE TABLE project_sections (project TEXT NOT NULL, section TEXT NOT NULL, "
                       "PRIMARY KEY (project, section)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE project_images (project TEXT NOT NULL, position INTEGER NOT NULL, "
                       "path TEXT NOT NULL, PRIMARY KEY (project, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE contacts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                       "position INTEGER NOT NULL, phone TEXT, email TEXT, address TEXT, url TEXT, "
                       "district TEXT, free INTEGER NOT NULL, anonymous INTEGER NOT NULL, "
                       "verified INTEGER NOT NULL, valid_from TEXT, valid_until TEXT)"),
        QStringLiteral("CREATE TABLE districts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "area TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE pages (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "valid_from TEXT, valid_until TEXT, sign_video TEXT)"),
        // The attract loop in the pack's order. kind 'video' or 'image': path_or_id is a media
        // path and seconds NULL for a video (it plays to its end); kind 'tip': a tip ID.
        QStringLiteral("CREATE TABLE attract (position INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                       "path_or_id TEXT NOT NULL, seconds INTEGER)"),
        // Notices start and end at moments (storedMoment): valid_from inside, valid_until (NULL:
        // no end) outside. Their title and text are in texts, kind 'notice'; they are not searched.
        QStringLiteral("CREATE TABLE notices (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "level TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT)"),
        QStringLiteral("CREATE TABLE notice_contacts (notice TEXT NOT NULL, position INTEGER NOT NULL, "
                       "contact TEXT NOT NULL, PRIMARY KEY (notice, position)) WITHOUT ROWID"),
        // Search: one row per item and distinct text, already resolved through the fallback
        // chain, so a search in Arabic also finds items that exist only in German. The index
        // holds no content (content=''): matching and ranking read only the index, and what a
        // result shows comes from search_items by rowid. `lang` holds a token per visitor
        // language that sees this text (searchLanguageToken); title and body are folded for
        // matching (foldForSearch), label and detail are shown as they are.
        QStringLiteral("CREATE TABLE search_items (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
                       "id TEXT NOT NULL, label TEXT NOT NULL, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(lang, title, body, content = '', "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"),
        // Titles weigh ten times the body: a tip called "Einbruch" outranks one that mentions it.
        QStringLiteral("INSERT INTO search (search, rank) VALUES ('rank', 'bm25(0.0, 10.0, 1.0)')"),
    };
}

QString storedMoment(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace civic
