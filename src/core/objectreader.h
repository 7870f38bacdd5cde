#pragma once

#include "localizedtext.h"
#include "packissue.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace civic {

/// The largest picture and video a pack may hold: a 4K photo fits, a camera's raw file does not.
inline constexpr qint64 kMaxImageBytes = 20LL * 1024 * 1024;
inline constexpr qint64 kMaxVideoBytes = 2048LL * 1024 * 1024;

/// What every field reader of one import shares: where problems go, the pack's languages, and
/// the translation coverage counted along the way.
struct ReadContext {
    struct Coverage {
        int total = 0;
        int covered = 0;
    };

    QString packDir;
    PackIssues issues;
    QStringList languages;
    QStringList requiredLanguages;
    QMap<QString, Coverage> coverage;
    /// Files that could not be read at all: references into them are not reported again.
    QSet<QString> unreadable;

    void error(const QString &file, const QString &field, const QString &message);
    void warning(const QString &file, const QString &field, const QString &message);
};

/// Reads the fields of one JSON object and reports every problem with its file and field path.
/// Fields it is not asked for are reported as unknown by finish(), which catches typos.
class ObjectReader
{
public:
    ObjectReader(ReadContext &context, const QJsonObject &object, QString file, QString path = {});

    enum Need { Optional, Required };

    /// What kind of text a field holds: ordinary text must be written per language; a name may
    /// also be one plain string for every language; Markdown may not pull in pictures or HTML.
    enum class TextKind { Plain, Name, Markdown };
    /// What kind of file a media path names.
    enum class Media { Image, Video };

    QString id(const QString &key);
    QString string(const QString &key, Need need, int maxLength = 500);
    QString oneOf(const QString &key, Need need, const QStringList &allowed);
    TextMap text(const QString &key, Need need, int maxLength, TextKind kind = TextKind::Plain);
    QMap<QString, QStringList> textLists(const QString &key, Need need, int maxItems, int maxLength);
    QList<TextMap> texts(const QString &key, Need need, int maxLength);
    QStringList strings(const QString &key, Need need, int minItems = 0);
    QStringList ids(const QString &key, Need need, int minItems = 0);
    int integer(const QString &key, Need need, int min, int max, int fallback);
    bool boolean(const QString &key, Need need, bool fallback = false);
    QDate date(const QString &key, Need need);
    QDateTime dateTime(const QString &key, Need need);
    QString mediaPath(const QString &key, Need need, Media media = Media::Image);
    QStringList mediaPaths(const QString &key, Need need, Media media = Media::Image);
    QString httpsUrl(const QString &key, Need need);
    QList<QJsonObject> objects(const QString &key, Need need);

    /// Reports every field that no reader asked for.
    void finish();

    /// The dotted path of a field of this object, as shown in messages.
    QString fieldPath(const QString &key) const;

    static bool isValidId(const QString &id);

private:
    QJsonValue take(const QString &key, Need need, const char *expected);
    void wrongType(const QString &key, const char *expected);
    TextMap textFromValue(const QJsonValue &value, const QString &field, int maxLength, TextKind kind);
    void checkMarkdown(const QString &text, const QString &field);
    QString checkedMediaPath(const QString &value, const QString &field, Media media);

    ReadContext &m_context;
    QJsonObject m_object;
    QString m_file;
    QString m_path;
    QSet<QString> m_taken;
};

/// Turns a byte offset in a JSON text into "line L, column C" for parse errors.
QString lineAndColumn(const QByteArray &text, int offset);

} // namespace civic
