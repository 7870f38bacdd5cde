#include "channelindex.h"

#include "isotime.h"
#include "packmanifest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace civic {

QByteArray ChannelIndex::toJson() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), kFormat},
                                     {QStringLiteral("channel"), channel},
                                     {QStringLiteral("id"), id},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("manifest"), manifestPath},
                                     {QStringLiteral("manifestSize"), manifestSize},
                                     {QStringLiteral("manifestSha256"), QString::fromLatin1(manifestSha256)},
                                     {QStringLiteral("published"), published.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate)}})
        .toJson();
}

std::optional<ChannelIndex> ChannelIndex::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (json.size() > kMaxBytes || parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("latest.json: not a channel index (JSON object of at most %1 bytes)").arg(kMaxBytes);
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    auto fail = [&](const char *field, const QString &what) {
        *error = QStringLiteral("latest.json: %1: %2").arg(QLatin1String(field), what);
        return std::nullopt;
    };
    if (object.value(QStringLiteral("format")).toInt() != kFormat)
        return fail("format", QStringLiteral("this program reads format %1").arg(kFormat));
    ChannelIndex index;
    index.channel = object.value(QStringLiteral("channel")).toString();
    index.id = object.value(QStringLiteral("id")).toString();
    index.version = object.value(QStringLiteral("version")).toString();
    index.manifestPath = object.value(QStringLiteral("manifest")).toString();
    // Checked as a double first: a cast of 1e19 to qint64 is undefined.
    const double manifestSize = object.value(QStringLiteral("manifestSize")).toDouble(-1);
    index.manifestSize = manifestSize >= 1 && manifestSize <= double(PackManifest::kMaxManifestBytes)
                             ? static_cast<qint64>(manifestSize)
                             : -1;
    index.manifestSha256 = object.value(QStringLiteral("manifestSha256")).toString().toLatin1();
    index.published = parseIsoDateTime(object.value(QStringLiteral("published")).toString());
    index.expires = parseIsoDateTime(object.value(QStringLiteral("expires")).toString());
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{1,9}(\\.\\d{1,9}){0,3}$"));
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (index.channel.isEmpty())
        return fail("channel", QStringLiteral("missing"));
    if (index.id.isEmpty())
        return fail("id", QStringLiteral("missing"));
    if (!versionPattern.match(index.version).hasMatch())
        return fail("version", QStringLiteral("'%1' is not a version").arg(index.version));
    if (!PackManifest::isSafePath(index.manifestPath) || !index.manifestPath.startsWith(QLatin1String("manifests/")))
        return fail("manifest", QStringLiteral("'%1' is not a path under manifests/").arg(index.manifestPath));
    if (index.manifestSize <= 0 || index.manifestSize > PackManifest::kMaxManifestBytes)
        return fail("manifestSize", QStringLiteral("not a size up to %1 bytes").arg(PackManifest::kMaxManifestBytes));
    if (!hashPattern.match(QString::fromLatin1(index.manifestSha256)).hasMatch())
        return fail("manifestSha256", QStringLiteral("not a SHA-256 in hex"));
    if (!index.published.isValid() || !index.expires.isValid() || index.expires <= index.published)
        return fail("expires", QStringLiteral("needs a publication time and a later expiry time"));
    return index;
}

} // namespace civic
