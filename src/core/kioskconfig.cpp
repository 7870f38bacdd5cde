#include "kioskconfig.h"

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
        const auto number = value->value<int64_t>();
        if (!value->is_integer() || !number) {
            problem(value->source(), name, QStringLiteral("expected a whole number"));
            return std::nullopt;
        }
        if (*number < min || *number > max) {
            problem(value->source(), name, QStringLiteral("%1 is outside %2 to %3").arg(*number).arg(min).arg(max));
            return std::nullopt;
        }
        return *number;
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
                problem(tableNode.source(), table, QStringLiteral("unknown key (settings go under [kiosk], [store], [channel] or [limits])"));
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
    reader.reportUnknown();

    if (!reader.problems().isEmpty()) {
        *error = reader.problems().join(u'\n');
        return std::nullopt;
    }
    return config;
}

} // namespace civic
