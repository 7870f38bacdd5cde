#include "objectreader.h"

#include "isotime.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace civic {

void ReadContext::error(const QString &file, const QString &field, const QString &message)
{
    issues.append({file, field, message, PackIssue::Severity::Error});
}

void ReadContext::warning(const QString &file, const QString &field, const QString &message)
{
    issues.append({file, field, message, PackIssue::Severity::Warning});
}

ObjectReader::ObjectReader(ReadContext &context, const QJsonObject &object, QString file,
                           QString path)
    : m_context(context), m_object(object), m_file(std::move(file)), m_path(std::move(path))
{
}

QString ObjectReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

bool ObjectReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,47}$"));
    return pattern.match(id).hasMatch();
}

QJsonValue ObjectReader::take(const QString &key, Need need, const char *expected)
{
    m_taken.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Required)
            m_context.error(m_file, fieldPath(key),
                            QStringLiteral("required field is missing (expected %1)")
                                .arg(QLatin1String(expected)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

void ObjectReader::wrongType(const QString &key, const char *expected)
{
    m_context.error(m_file, fieldPath(key),
                    QStringLiteral("expected %1").arg(QLatin1String(expected)));
}

QString ObjectReader::id(const QString &key)
{
    const QString value = string(key, Required, 48);
    if (!value.isEmpty() && !isValidId(value))
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("'%1' is not a valid ID (lower-case letters, digits and '-', "
                                       "at most 48 characters)")
                            .arg(value));
    return value;
}

QString ObjectReader::string(const QString &key, Need need, int maxLength)
{
    const QJsonValue value = take(key, need, "a string");
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        wrongType(key, "a string");
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty() && need == Required)
        m_context.error(m_file, fieldPath(key), QStringLiteral("must not be empty"));
    if (text.size() > maxLength)
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("is %1 characters long, at most %2 fit")
                            .arg(text.size())
                            .arg(maxLength));
    return text;
}

QString ObjectReader::oneOf(const QString &key, Need need, const QStringList &allowed)
{
    const QString value = string(key, need);
    if (!value.isEmpty() && !allowed.contains(value))
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("'%1' is not one of: %2").arg(value, allowed.join(u", ")));
    return value;
}

void ObjectReader::checkMarkdown(const QString &text, const QString &field)
{
    // The kiosk loads nothing a pack names by URL: a Markdown picture or raw HTML would make the
    // text engine fetch files or addresses.
    static const QRegularExpression picture(QStringLiteral("!\\["));
    static const QRegularExpression html(QStringLiteral("<\\s*[A-Za-z!?/]"));
    if (picture.match(text).hasMatch())
        m_context.error(m_file, field, QStringLiteral("Markdown pictures (![...](...)) are not allowed: use the image field"));
    if (html.match(text).hasMatch())
        m_context.error(m_file, field, QStringLiteral("HTML is not allowed in Markdown"));
}

TextMap ObjectReader::textFromValue(const QJsonValue &value, const QString &field, int maxLength,
                                    TextKind kind)
{
    TextMap result;
    auto checkLength = [&](const QString &text, const QString &where) {
        if (text.size() > maxLength)
            m_context.error(m_file, where,
                            QStringLiteral("text is %1 characters long, at most %2 fit its place")
                                .arg(text.size())
                                .arg(maxLength));
    };
    if (value.isString()) {
        // A plain string is language-neutral: a name, the same in every language. Anything else
        // written once would hide its missing translations.
        if (kind != TextKind::Name) {
            m_context.error(m_file, field,
                            QStringLiteral("expected an object from language tag to text (a plain string "
                                           "is only for names that read the same in every language)"));
            return result;
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            m_context.error(m_file, field, QStringLiteral("must not be empty"));
        checkLength(text, field);
        result.insert(QString(), text);
        return result;
    }
    if (!value.isObject()) {
        m_context.error(m_file, field,
                        QStringLiteral("expected a text: an object from language tag to text, or "
                                       "a plain string for a language-neutral name"));
        return result;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString where = field + u'.' + it.key();
        if (!m_context.languages.isEmpty() && !m_context.languages.contains(it.key())) {
            m_context.error(m_file, where,
                            QStringLiteral("language '%1' is not declared in pack.json (%2)")
                                .arg(it.key(), m_context.languages.join(u", ")));
            continue;
        }
        if (!it.value().isString()) {
            m_context.error(m_file, where, QStringLiteral("expected a string"));
            continue;
        }
        const QString text = it.value().toString().trimmed();
        if (text.isEmpty()) {
            m_context.error(m_file, where, QStringLiteral("must not be empty (leave the language "
                                                          "out to fall back)"));
            continue;
        }
        checkLength(text, where);
        if (kind == TextKind::Markdown)
            checkMarkdown(text, where);
        result.insert(it.key(), text);
    }
    for (const QString &language : std::as_const(m_context.languages)) {
        auto &coverage = m_context.coverage[language];
        ++coverage.total;
        if (result.contains(language))
            ++coverage.covered;
        else if (m_context.requiredLanguages.contains(language))
            m_context.error(m_file, field, QStringLiteral("missing translation for '%1'").arg(language));
    }
    return result;
}

TextMap ObjectReader::text(const QString &key, Need need, int maxLength, TextKind kind)
{
    const QJsonValue value = take(key, need, "a text");
    if (value.isUndefined())
        return {};
    return textFromValue(value, fieldPath(key), maxLength, kind);
}

QList<TextMap> ObjectReader::texts(const QString &key, Need need, int maxLength)
{
    const QJsonValue value = take(key, need, "an array of texts");
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key, "an array of texts");
        return {};
    }
    QList<TextMap> result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i);
        result.append(textFromValue(array.at(i), where, maxLength, TextKind::Name));
    }
    return result;
}

QMap<QString, QStringList> ObjectReader::textLists(const QString &key, Need need, int maxItems,
                                                   int maxLength)
{
    QMap<QString, QStringList> result;
    const QJsonValue value = take(key, need, "an object from language tag to a list of texts");
    if (value.isUndefined())
        return result;
    if (!value.isObject()) {
        wrongType(key, "an object from language tag to a list of texts");
        return result;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString where = fieldPath(key) + u'.' + it.key();
        if (!m_context.languages.isEmpty() && !m_context.languages.contains(it.key())) {
            m_context.error(m_file, where,
                            QStringLiteral("language '%1' is not declared in pack.json").arg(it.key()));
            continue;
        }
        if (!it.value().isArray() || it.value().toArray().isEmpty()) {
            m_context.error(m_file, where, QStringLiteral("expected a non-empty list of texts"));
            continue;
        }
        const QJsonArray items = it.value().toArray();
        if (items.size() > maxItems)
            m_context.error(m_file, where,
                            QStringLiteral("has %1 entries, at most %2 fit").arg(items.size()).arg(maxItems));
        QStringList list;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemWhere = QStringLiteral("%1[%2]").arg(where).arg(i);
            const QString text = items.at(i).toString().trimmed();
            if (!items.at(i).isString() || text.isEmpty())
                m_context.error(m_file, itemWhere, QStringLiteral("expected a non-empty string"));
            else if (text.size() > maxLength)
                m_context.error(m_file, itemWhere,
                                QStringLiteral("text is %1 characters long, at most %2 fit its place")
                                    .arg(text.size())
                                    .arg(maxLength));
            list.append(text);
        }
        result.insert(it.key(), list);
    }
    if (result.isEmpty() && need == Required && map.isEmpty())
        m_context.error(m_file, fieldPath(key), QStringLiteral("needs the points in at least one language"));
    // Points are shown side by side with their translations: a language with a different count
    // has lost or gained a point in translation.
    qsizetype expected = -1;
    QString expectedLanguage;
    for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
        if (expected < 0) {
            expected = it->size();
            expectedLanguage = it.key();
        } else if (it->size() != expected) {
            m_context.error(m_file, fieldPath(key) + u'.' + it.key(),
                            QStringLiteral("has %1 entries but '%2' has %3")
                                .arg(it->size())
                                .arg(expectedLanguage)
                                .arg(expected));
        }
    }
    for (const QString &language : std::as_const(m_context.languages)) {
        auto &coverage = m_context.coverage[language];
        ++coverage.total;
        if (result.contains(language))
            ++coverage.covered;
        else if (!result.isEmpty() && m_context.requiredLanguages.contains(language))
            m_context.error(m_file, fieldPath(key),
                            QStringLiteral("missing translation for '%1'").arg(language));
    }
    return result;
}

QStringList ObjectReader::strings(const QString &key, Need need, int minItems)
{
    const QJsonValue value = take(key, need, "an array of strings");
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key, "an array of strings");
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
            m_context.error(m_file, QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i),
                            QStringLiteral("expected a non-empty string"));
            continue;
        }
        result.append(array.at(i).toString().trimmed());
    }
    if (result.size() < minItems)
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("needs at least %1 entries").arg(minItems));
    return result;
}

QStringList ObjectReader::ids(const QString &key, Need need, int minItems)
{
    const QStringList result = strings(key, need, minItems);
    QSet<QString> seen;
    for (qsizetype i = 0; i < result.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i);
        if (!isValidId(result.at(i)))
            m_context.error(m_file, where, QStringLiteral("'%1' is not a valid ID").arg(result.at(i)));
        else if (seen.contains(result.at(i)))
            m_context.error(m_file, where, QStringLiteral("'%1' is listed twice").arg(result.at(i)));
        seen.insert(result.at(i));
    }
    return result;
}

int ObjectReader::integer(const QString &key, Need need, int min, int max, int fallback)
{
    const QJsonValue value = take(key, need, "a whole number");
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble();
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number) {
        wrongType(key, "a whole number");
        return fallback;
    }
    if (number < min || number > max) {
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("%1 is outside %2 to %3").arg(number).arg(min).arg(max));
        return fallback;
    }
    return static_cast<int>(number);
}

bool ObjectReader::boolean(const QString &key, Need need, bool fallback)
{
    const QJsonValue value = take(key, need, "true or false");
    if (value.isUndefined())
        return fallback;
    if (!value.isBool()) {
        wrongType(key, "true or false");
        return fallback;
    }
    return value.toBool();
}

QDate ObjectReader::date(const QString &key, Need need)
{
    const QString value = string(key, need, 10);
    if (value.isEmpty())
        return {};
    const QDate result = QDate::fromString(value, Qt::ISODate);
    if (!result.isValid())
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("'%1' is not a date like 2026-11-26").arg(value));
    return result;
}

QDateTime ObjectReader::dateTime(const QString &key, Need need)
{
    const QString value = string(key, need, 40);
    if (value.isEmpty())
        return {};
    QDateTime result = parseIsoDateTime(value);
    // Without a zone the same file would mean another moment on every machine.
    if (!result.isValid() || value.size() <= 10 || result.timeSpec() == Qt::LocalTime)
        m_context.error(m_file, fieldPath(key),
                        QStringLiteral("'%1' is not a date and time with a zone like 2026-11-26T12:00:00Z").arg(value));
    return result;
}

QString ObjectReader::checkedMediaPath(const QString &value, const QString &field, Media media)
{
    // Media paths come from outside: they must stay inside media/ and name a real file there.
    const bool looksSafe = value.startsWith(QLatin1String("media/")) && !value.contains(u'\\')
                           && !value.contains(QLatin1String("..")) && !value.contains(QLatin1String("//"))
                           && !value.contains(u':');
    if (!looksSafe) {
        m_context.error(m_file, field,
                        QStringLiteral("'%1' must be a relative path inside media/, without '..'").arg(value));
        return {};
    }
    static const QStringList imageTypes{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("jpg"),
                                        QStringLiteral("jpeg"), QStringLiteral("webp")};
    static const QStringList videoTypes{QStringLiteral("mp4"), QStringLiteral("webm")};
    const QStringList &types = media == Media::Image ? imageTypes : videoTypes;
    const QFileInfo info(QDir(m_context.packDir).filePath(value));
    if (!types.contains(info.suffix().toLower())) {
        m_context.error(m_file, field,
                        QStringLiteral("'%1' is not one of the file types %2").arg(value, types.join(u", ")));
        return {};
    }
    if (info.isSymLink() || !info.isFile()) {
        m_context.error(m_file, field,
                        info.isSymLink() ? QStringLiteral("'%1' is a link: a pack holds only its own files").arg(value)
                                         : QStringLiteral("media file '%1' does not exist").arg(value));
        return {};
    }
    // A linked folder on the way would lead out of the pack even when the file itself is no link.
    const QString packRoot = QDir(m_context.packDir).canonicalPath();
    if (packRoot.isEmpty() || !info.canonicalFilePath().startsWith(packRoot + QStringLiteral("/media/"))) {
        m_context.error(m_file, field, QStringLiteral("'%1' leads out of the pack's media/ folder").arg(value));
        return {};
    }
    const qint64 limit = media == Media::Image ? kMaxImageBytes : kMaxVideoBytes;
    if (info.size() > limit) {
        m_context.error(m_file, field, QStringLiteral("'%1' is %2 MiB, at most %3 MiB are allowed")
                                           .arg(value)
                                           .arg(info.size() / (1024 * 1024))
                                           .arg(limit / (1024 * 1024)));
        return {};
    }
    return value;
}

QString ObjectReader::mediaPath(const QString &key, Need need, Media media)
{
    const QString value = string(key, need, 200);
    return value.isEmpty() ? value : checkedMediaPath(value, fieldPath(key), media);
}

QStringList ObjectReader::mediaPaths(const QString &key, Need need, Media media)
{
    QStringList result;
    const QStringList values = strings(key, need);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString checked =
            checkedMediaPath(values.at(i), QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i), media);
        if (!checked.isEmpty())
            result.append(checked);
    }
    return result;
}

QString ObjectReader::httpsUrl(const QString &key, Need need)
{
    const QString value = string(key, need, 300);
    if (value.isEmpty())
        return value;
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        m_context.error(m_file, fieldPath(key), QStringLiteral("'%1' is not an https:// address").arg(value));
        return {};
    }
    return value;
}

QList<QJsonObject> ObjectReader::objects(const QString &key, Need need)
{
    const QJsonValue value = take(key, need, "an array of objects");
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        wrongType(key, "an array of objects");
        return {};
    }
    QList<QJsonObject> result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            m_context.error(m_file, QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i),
                            QStringLiteral("expected an object"));
        result.append(array.at(i).toObject());
    }
    return result;
}

void ObjectReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_taken.contains(it.key()) && it.key() != QLatin1String("$schema"))
            m_context.error(m_file, fieldPath(it.key()),
                            QStringLiteral("unknown field (a typo?)"));
    }
}

QString lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace civic
