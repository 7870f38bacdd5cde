#pragma once

#include "localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace civic {

/// Where an item was written: its file and, in list files, its place ("items[3]"), so later
/// checks can name it.
struct Origin {
    QString file;
    QString path;

    /// The dotted path of one of the item's fields.
    QString field(const QString &name) const { return path.isEmpty() ? name : path + u'.' + name; }
};

/// One step of the attract loop that runs full screen while nobody is at the kiosk.
struct AttractItem {
    enum class Kind { Video, Image, Tip };

    Kind kind = Kind::Image;
    /// The video or picture: a media path in a pack source, an absolute path from ContentStore.
    QString path;
    QString tipId;
    /// How long a picture or a tip stays; 0 for a video, which plays to its end.
    int seconds = 0;

    friend bool operator==(const AttractItem &, const AttractItem &) = default;
};

/// The content of a pack source after parsing: plain data, no I/O.
struct PackMeta {
    int schema = 0;
    QString id;
    QString version;
    QDateTime created;
    TextMap title;
    TextMap subtitle;
    QStringList languages;
    QStringList requiredLanguages;
    QString defaultLanguage;
    QString featuredTip;
    QString emblem;
    QStringList emergency;
};

struct Section {
    Origin origin;
    QString id;
    QString icon;
    TextMap title;
    TextMap summary;
};

struct Tip {
    Origin origin;
    QString id;
    QStringList sections;
    QStringList audience;
    QStringList contacts;
    QStringList districts;
    int priority = 1000;
    TextMap title;
    TextMap summary;
    TextMap body;
    QMap<QString, QStringList> keyPoints;
    QString image;
    QString url;
    QString signVideo;  ///< the tip in sign language (media path); empty when there is none
    QDate validFrom;
    QDate validUntil;
};

struct Project {
    Origin origin;
    QString id;
    TextMap title;
    TextMap summary;
    TextMap body;
    int year = 0;
    QList<TextMap> partners;
    QString district;
    QStringList sections;
    QStringList images;
    QString video;
    QString signVideo;
    QString url;
    QDate validFrom;
    QDate validUntil;
};

struct Contact {
    Origin origin;
    QString id;
    QString kind;
    TextMap name;
    TextMap helpsWith;
    TextMap hours;
    QString phone;
    QString email;
    QString address;
    QString url;
    QString district;
    bool free = false;
    bool anonymous = false;
    bool verified = false;
    QDate validFrom;
    QDate validUntil;
};

struct District {
    Origin origin;
    QString id;
    TextMap name;
    QString area;
};

struct Page {
    Origin origin;
    QString id;
    TextMap title;
    TextMap summary;
    TextMap body;
    QString signVideo;
    QDate validFrom;
    QDate validUntil;
};

/// A short-lived message such as a current wave of fake police calls. Unlike the whole days of
/// the other validity windows it starts and ends at a moment: from inclusive, until exclusive.
struct Notice {
    Origin origin;
    QString id;
    QString level;  ///< "info", "warning" or "urgent" (takes over the home screen)
    TextMap title;
    TextMap text;   ///< Markdown
    QDateTime validFrom;
    QDateTime validUntil;  ///< invalid: no end (never for "urgent")
    QStringList contacts;
};

struct PackContent {
    PackMeta meta;
    QList<Section> sections;
    QList<Tip> tips;
    QList<Project> projects;
    QList<Contact> contacts;
    QList<District> districts;
    QList<Page> pages;
    QList<Notice> notices;
    /// In pack.json's order; entry i is attract[i] of the file.
    QList<AttractItem> attract;
};

/// The schema version of pack sources and content databases this program understands.
inline constexpr int kPackSchemaVersion = 1;

} // namespace civic
