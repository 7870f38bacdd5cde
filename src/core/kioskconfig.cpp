#include "kioskconfig.h"

#include "pinhash.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <toml++/toml.h>

namespace civic {

namespace {

/// Collects every problem of a config file, each with its line, and knows which keys exist.
class ConfigReader
{
public:
    ConfigReader(const toml::table &root, QString fileName) : m_root(root), m_file(std::move(fileName)) {}

    void problem(const toml::source_region &where, const QString &key, const QString &what)
    {
        m_problems.append(QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(where.begin.line).arg(key, what));
    }

    void missing(const QString &key, const QString &what)
    {
        m_problems.append(QStringLiteral("%1: %2: required, missing (%3)").arg(m_file, key, what));
    }

    const toml::node *node(const char *table, const char *key)
    {
        m_known.append(QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(key)));
        const toml::table *section = m_root[table].as_table();
        return section ? section->get(key) : nullptr;
    }

    std::optional<QString> string(const char *table, const char *key, bool required)
    {
        const QString name = QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(key));
        const toml::node *value = node(table, key);
        if (!value) {
            if (required)
                missing(name, QStringLiteral("a string in quotes"));
            return std::nullopt;
        }
        if (!value->is_string()) {
            problem(value->source(), name, QStringLiteral("expected a string in quotes"));
            return std::nullopt;
        }
        return QString::fromStdString(std::string(*value->value<std::string_view>()));
    }

    std::optional<qint64> integer(const char *table, const char *key, qint64 min, qint64 max)
    {
        const QString name = QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(key));
        const toml::node *value = node(table, key);
        if (!value)
            return std::nullopt;
        // Only a TOML integer: value<int64_t>() would also convert a float such as 1E75, which
        // does not fit (undefined behaviour, found by fuzz_kiosk_config).
        const toml::value<int64_t> *integerNode = value->as_integer();
        if (!integerNode) {
            problem(value->source(), name, QStringLiteral("expected a whole number"));
            return std::nullopt;
        }
        const int64_t number = integerNode->get();
        if (number < min || number > max) {
            problem(value->source(), name, QStringLiteral("%1 is outside %2 to %3").arg(number).arg(min).arg(max));
            return std::nullopt;
        }
        return number;
    }

    const toml::array *array(const char *table, const char *key)
    {
        const toml::node *value = node(table, key);
        if (value && !value->is_array()) {
            problem(value->source(), QStringLiteral("%1.%2").arg(QLatin1String(table), QLatin1String(key)),
                    QStringLiteral("expected a list in [ ]"));
            return nullptr;
        }
        return value ? value->as_array() : nullptr;
    }

    /// Reports tables and keys that no reader asked for: typos would otherwise pass unnoticed.
    void reportUnknown()
    {
        for (const auto &[tableName, tableNode] : m_root) {
            const QString table = QString::fromStdString(std::string(tableName.str()));
            const toml::table *section = tableNode.as_table();
            if (!section) {
                problem(tableNode.source(), table, QStringLiteral("unknown key (settings go under [kiosk], [store], [channel], [limits], [schedule], [admin] or [screen])"));
                continue;
            }
            for (const auto &[keyName, value] : *section) {
                const QString key = table + u'.' + QString::fromStdString(std::string(keyName.str()));
                if (!m_known.contains(key))
                    problem(value.source(), key, QStringLiteral("unknown key (a typo?)"));
            }
        }
    }

    QStringList problems() const { return m_problems; }

private:
    const toml::table &m_root;
    QString m_file;
    QStringList m_problems;
    QStringList m_known;
};

QString fromToml(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// "2026-12-24"; invalid for anything else.
QDate isoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

/// [screen] rotation / touch_rotation: a quarter turn clockwise, in degrees.
std::optional<int> readRotation(ConfigReader &reader, const char *key)
{
    const auto degrees = reader.integer("screen", key, 0, 270);
    if (degrees && *degrees % 90 != 0) {
        reader.problem(reader.node("screen", key)->source(), QStringLiteral("screen.%1").arg(QLatin1String(key)),
                       QStringLiteral("%1 is not 0, 90, 180 or 270").arg(*degrees));
        return std::nullopt;
    }
    return degrees ? std::optional<int>(static_cast<int>(*degrees)) : std::nullopt;
}

/// One day's openings, a list like ["07:00-12:00", "13:00-19:00"] named `name` in messages.
OpeningHours::Day readDay(ConfigReader &reader, const toml::array &list, const QString &name)
{
    OpeningHours::Day openings;
    for (size_t i = 0; i < list.size(); ++i) {
        const toml::node &entry = *list.get(i);
        const auto text = entry.value<std::string_view>();
        QString why;
        const auto opening = text ? OpeningHours::parseInterval(fromToml(*text), &why) : std::nullopt;
        if (!opening)
            reader.problem(entry.source(), QStringLiteral("%1[%2]").arg(name).arg(i),
                           text ? why : QStringLiteral("expected opening hours in quotes, like \"07:00-19:00\""));
        else
            openings.append(*opening);
    }
    QString why;
    const auto day = OpeningHours::makeDay(openings, &why);
    if (!day)
        reader.problem(list.source(), name, why);
    return day.value_or(OpeningHours::Day());
}

/// A program and its arguments, run without a shell: so the program needs its full path.
QStringList readCommand(ConfigReader &reader, const char *key)
{
    const QString name = QStringLiteral("schedule.") + QLatin1String(key);
    const toml::array *list = reader.array("schedule", key);
    if (!list)
        return {};
    if (list->empty())
        reader.problem(list->source(), name,
                       QStringLiteral("expected the program and its arguments, like [\"/usr/bin/wlr-randr\", \"--output\", \"HDMI-A-1\", \"--off\"]"));
    QStringList command;
    for (size_t i = 0; i < list->size(); ++i) {
        const toml::node &entry = *list->get(i);
        const auto text = entry.value<std::string_view>();
        if (!text)
            reader.problem(entry.source(), QStringLiteral("%1[%2]").arg(name).arg(i), QStringLiteral("expected a string in quotes"));
        else if (i == 0 && !text->starts_with('/'))
            reader.problem(entry.source(), QStringLiteral("%1[0]").arg(name),
                           QStringLiteral("'%1' is not a full path like /usr/bin/%1 (commands run without a shell)").arg(fromToml(*text)));
        else
            command.append(fromToml(*text));
    }
    return command;
}

/// schedule.closed: dates without openings, added to `exceptions`.
void readClosedDates(ConfigReader &reader, QMap<QDate, OpeningHours::Day> &exceptions)
{
    const toml::array *closed = reader.array("schedule", "closed");
    if (!closed)
        return;
    for (size_t i = 0; i < closed->size(); ++i) {
        const toml::node &entry = *closed->get(i);
        // An unquoted TOML date is as good as a string.
        const auto tomlDate = entry.value<toml::date>();
        const auto text = entry.value<std::string_view>();
        const QDate date = tomlDate ? QDate(tomlDate->year, tomlDate->month, tomlDate->day) : text ? isoDate(fromToml(*text)) : QDate();
        if (!date.isValid())
            reader.problem(entry.source(), QStringLiteral("schedule.closed[%1]").arg(i),
                           text ? QStringLiteral("'%1' is not a date like 2026-12-24").arg(fromToml(*text))
                                : QStringLiteral("expected a date like \"2026-12-24\""));
        else
            exceptions.insert(date, {});
    }
}

/// [schedule.special]: dates with openings of their own, added to `exceptions`.
void readSpecialDates(ConfigReader &reader, QMap<QDate, OpeningHours::Day> &exceptions)
{
    const toml::node *special = reader.node("schedule", "special");
    if (!special)
        return;
    const toml::table *dates = special->as_table();
    if (!dates) {
        reader.problem(special->source(), QStringLiteral("schedule.special"),
                       QStringLiteral("expected a section [schedule.special] with lines like \"2026-12-31\" = [\"08:00-12:00\"]"));
        return;
    }
    for (const auto &[key, value] : *dates) {
        const QString text = fromToml(key.str());
        const QString name = QStringLiteral("schedule.special.") + text;
        const QDate date = isoDate(text);
        const toml::array *list = value.as_array();
        if (!date.isValid())
            reader.problem(value.source(), name,
                           QStringLiteral("'%1' is not a date like 2026-12-31 (other settings go above [schedule.special])").arg(text));
        else if (exceptions.contains(date))
            reader.problem(value.source(), name, QStringLiteral("this date is in schedule.closed as well"));
        else if (!list)
            reader.problem(value.source(), name, QStringLiteral("expected a list in [ ], like [\"08:00-12:00\"]"));
        else
            exceptions.insert(date, readDay(reader, *list, name));
    }
}

/// [schedule]: the opening hours and what the screen does outside them.
void readSchedule(ConfigReader &reader, KioskConfig &config)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (const auto id = reader.string("schedule", "time_zone", false)) {
        if (QTimeZone named(id->toUtf8()); named.isValid())
            zone = named;
        else
            reader.problem(reader.node("schedule", "time_zone")->source(), QStringLiteral("schedule.time_zone"),
                           QStringLiteral("'%1' is not a known time zone (a name like Europe/Berlin)").arg(*id));
    }

    static const char *const weekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    std::array<OpeningHours::Day, 7> weekly;
    bool anyWeekday = false;
    for (size_t i = 0; i < weekly.size(); ++i) {
        anyWeekday = anyWeekday || reader.node("schedule", weekdays[i]);
        if (const toml::array *list = reader.array("schedule", weekdays[i]))
            weekly[i] = readDay(reader, *list, QStringLiteral("schedule.") + QLatin1String(weekdays[i]));
    }
    // Without any weekday the kiosk is open around the clock, except on the dates below.
    if (!anyWeekday)
        weekly.fill({OpeningHours::Interval{0, 24 * 60}});

    QMap<QDate, OpeningHours::Day> exceptions;
    readClosedDates(reader, exceptions);
    readSpecialDates(reader, exceptions);
    config.schedule = OpeningHours(zone, weekly, exceptions);

    config.displayOffCommand = readCommand(reader, "display_off_command");
    config.displayOnCommand = readCommand(reader, "display_on_command");
    if (reader.node("schedule", "display_off_command") && !reader.node("schedule", "display_on_command"))
        reader.missing(QStringLiteral("schedule.display_on_command"),
                       QStringLiteral("with display_off_command, the command that turns the display on again"));
    config.wakeMinutes = static_cast<int>(reader.integer("schedule", "wake_minutes", 1, 60).value_or(config.wakeMinutes));
}

} // namespace

std::optional<KioskConfig> KioskConfig::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.read(1024 * 1024), path, error);
}

std::optional<KioskConfig> KioskConfig::parse(const QByteArray &text, const QString &fileName, QString *error)
{
    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), static_cast<size_t>(text.size())), fileName.toStdString());
    } catch (const toml::parse_error &failure) {
        *error = QStringLiteral("%1:%2: %3")
                     .arg(fileName)
                     .arg(failure.source().begin.line)
                     .arg(QString::fromStdString(std::string(failure.description())));
        return std::nullopt;
    }
    ConfigReader reader(root, fileName);
    KioskConfig config;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,47}$"));

    if (const auto id = reader.string("kiosk", "id", true)) {
        if (!idPattern.match(*id).hasMatch())
            reader.problem(reader.node("kiosk", "id")->source(), QStringLiteral("kiosk.id"),
                           QStringLiteral("'%1' is not an ID (lower-case letters, digits and '-')").arg(*id));
        config.kioskId = *id;
    }
    config.district = reader.string("kiosk", "district", false).value_or(QString());
    config.attractAfterSeconds = static_cast<int>(
        reader.integer("kiosk", "attract_after_seconds", 0, 24 * 3600).value_or(config.attractAfterSeconds));
    config.dataDir = reader.string("store", "data_dir", false).value_or(config.dataDir);
    config.keepVersions = static_cast<int>(reader.integer("store", "keep_versions", 1, 20).value_or(config.keepVersions));
    config.stateDir = reader.string("store", "state_dir", false).value_or(config.stateDir);
    config.maxFailedStarts = static_cast<int>(reader.integer("store", "max_failed_starts", 1, 100).value_or(config.maxFailedStarts));

    if (const auto url = reader.string("channel", "url", false)) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
            || parsed.host().isEmpty())
            reader.problem(reader.node("channel", "url")->source(), QStringLiteral("channel.url"),
                           QStringLiteral("'%1' is not an http(s) address").arg(*url));
        config.channelUrl = parsed;
    }
    config.channelName = reader.string("channel", "name", !config.channelUrl.isEmpty()).value_or(QString());
    config.pollIntervalMinutes =
        static_cast<int>(reader.integer("channel", "poll_interval_minutes", 5, 7 * 24 * 60).value_or(config.pollIntervalMinutes));
    if (const toml::array *keys = reader.array("channel", "trusted_keys")) {
        for (size_t i = 0; i < keys->size(); ++i) {
            const toml::node &entry = *keys->get(i);
            const QString name = QStringLiteral("channel.trusted_keys[%1]").arg(i);
            const auto keyText = entry.value<std::string_view>();
            QString why;
            const auto key = keyText ? minisign::PublicKey::parse(QByteArray(keyText->data(), static_cast<qsizetype>(keyText->size())), &why)
                                     : std::nullopt;
            if (!key)
                reader.problem(entry.source(), name, keyText ? why : QStringLiteral("expected a public key in quotes"));
            else
                config.trustedKeys.append(*key);
        }
    }
    if (config.trustedKeys.isEmpty() && !reader.node("channel", "trusted_keys"))
        reader.missing(QStringLiteral("channel.trusted_keys"), QStringLiteral("the public keys whose packs this kiosk accepts"));
    if (const auto mb = reader.integer("limits", "max_pack_mb", 1, 1024 * 1024))
        config.maxPackBytes = *mb * 1024 * 1024;
    if (const auto kb = reader.integer("limits", "max_manifest_kb", 16, 1024 * 1024))
        config.maxManifestBytes = *kb * 1024;
    readSchedule(reader, config);
    if (const auto pinHash = reader.string("admin", "pin_hash", false)) {
        if (isPinHash(pinHash->toUtf8()))
            config.adminPinHash = pinHash->toUtf8();
        else
            reader.problem(reader.node("admin", "pin_hash")->source(), QStringLiteral("admin.pin_hash"),
                           QStringLiteral("is not an Argon2id hash made by civic-kioskctl hash-pin"));
    }
    config.screenTopEdgeCm = static_cast<int>(reader.integer("screen", "top_edge_cm", 50, 300).value_or(0));
    config.screenHeightCm = static_cast<int>(reader.integer("screen", "height_cm", 10, 200).value_or(0));
    if ((config.screenTopEdgeCm > 0) != (config.screenHeightCm > 0)) {
        const char *given = config.screenTopEdgeCm > 0 ? "top_edge_cm" : "height_cm";
        reader.problem(reader.node("screen", given)->source(), QStringLiteral("screen.%1").arg(QLatin1String(given)),
                       QStringLiteral("top_edge_cm and height_cm go together: the low-reach layout needs both"));
    }
    config.screenRotation = readRotation(reader, "rotation").value_or(0);
    config.touchRotation = readRotation(reader, "touch_rotation").value_or(config.screenRotation);
    reader.reportUnknown();

    if (!reader.problems().isEmpty()) {
        *error = reader.problems().join(u'\n');
        return std::nullopt;
    }
    return config;
}

} // namespace civic
