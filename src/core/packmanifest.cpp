#include "packmanifest.h"

#include "isotime.h"
#include "packcontent.h"
#include "sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace civic {

qint64 PackManifest::totalSize() const
{
    qint64 total = 0;
    for (const ManifestFile &file : files)
        total += file.size;
    return total;
}

QByteArray PackManifest::toJson() const
{
    QJsonArray list;
    for (const ManifestFile &file : files)
        list.append(QJsonObject{{QStringLiteral("path"), file.path},
                                {QStringLiteral("size"), file.size},
                                {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
    QJsonObject object{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("schema"), schema},
                       {QStringLiteral("files"), list}};
    if (!channel.isEmpty())
        object.insert(QStringLiteral("channel"), channel);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString PackManifest::contentSha256() const
{
    PackManifest content = *this;
    content.channel.clear();
    return QString::fromLatin1(Sha256::hexOf(content.toJson()));
}

bool PackManifest::isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > 400 || path.startsWith(u'/') || path.contains(u'\\') || path.contains(u':'))
        return false;
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(), [](const QString &part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..") || part.size() > 255;
    });
}

std::optional<PackManifest> PackManifest::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxManifestBytes) {
        *error = QStringLiteral("manifest: larger than %1 bytes").arg(kMaxManifestBytes);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("manifest: not a JSON object (%1)").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    auto fail = [&](const QString &field, const QString &what) {
        *error = QStringLiteral("manifest: %1: %2").arg(field, what);
        return std::nullopt;
    };
    if (object.value(QStringLiteral("format")).toInt() != kFormat)
        return fail(QStringLiteral("format"), QStringLiteral("this program reads format %1").arg(kFormat));
    PackManifest manifest;
    manifest.channel = object.value(QStringLiteral("channel")).toString();
    manifest.id = object.value(QStringLiteral("id")).toString();
    manifest.version = object.value(QStringLiteral("version")).toString();
    manifest.created = parseIsoDateTime(object.value(QStringLiteral("created")).toString());
    manifest.schema = object.value(QStringLiteral("schema")).toInt();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,47}$"));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{1,9}(\\.\\d{1,9}){0,3}$"));
    static const QRegularExpression hashPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (!idPattern.match(manifest.id).hasMatch())
        return fail(QStringLiteral("id"), QStringLiteral("'%1' is not a pack ID").arg(manifest.id));
    if (!versionPattern.match(manifest.version).hasMatch())
        return fail(QStringLiteral("version"), QStringLiteral("'%1' is not a version").arg(manifest.version));
    if (!manifest.created.isValid())
        return fail(QStringLiteral("created"), QStringLiteral("not a date and time"));
    if (manifest.schema < 1)
        return fail(QStringLiteral("schema"), QStringLiteral("missing"));
    if (manifest.schema > kPackSchemaVersion)
        return fail(QStringLiteral("schema"), QStringLiteral("schema %1 is newer than this program understands (%2)")
                                                  .arg(manifest.schema)
                                                  .arg(kPackSchemaVersion));
    const QJsonArray files = object.value(QStringLiteral("files")).toArray();
    if (files.isEmpty() || files.size() > kMaxFiles)
        return fail(QStringLiteral("files"), QStringLiteral("needs 1 to %1 files, has %2").arg(kMaxFiles).arg(files.size()));
    QSet<QString> folded;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString field = QStringLiteral("files[%1]").arg(i);
        const QJsonObject entry = files.at(i).toObject();
        ManifestFile file;
        file.path = entry.value(QStringLiteral("path")).toString();
        const double size = entry.value(QStringLiteral("size")).toDouble(-1);
        file.sha256 = entry.value(QStringLiteral("sha256")).toString().toLatin1();
        if (!isSafePath(file.path))
            return fail(field + QStringLiteral(".path"), QStringLiteral("'%1' is not a safe relative path").arg(file.path));
        // A pack carries its source only: a database in it would be opened unchecked, its IDs
        // trusted as file names. Every reader builds content.db from the source itself.
        if (!isPackSourceFile(file.path))
            return fail(field + QStringLiteral(".path"), QStringLiteral("'%1' is not a pack source file").arg(file.path));
        // Two names that differ only in case are one file on Windows and macOS: refuse both.
        if (folded.contains(file.path.toCaseFolded()))
            return fail(field + QStringLiteral(".path"), QStringLiteral("'%1' is listed twice (or differs only in case)").arg(file.path));
        folded.insert(file.path.toCaseFolded());
        // 64 GiB per file at most: 20,000 of them still add up without overflow.
        if (size < 0 || size > 64.0 * 1024 * 1024 * 1024 || size != std::floor(size))
            return fail(field + QStringLiteral(".size"), QStringLiteral("not a size in bytes up to 64 GiB"));
        file.size = static_cast<qint64>(size);
        if (!hashPattern.match(QString::fromLatin1(file.sha256)).hasMatch())
            return fail(field + QStringLiteral(".sha256"), QStringLiteral("not a SHA-256 in hex"));
        manifest.files.append(file);
    }
    return manifest;
}

bool isPackSourceFile(const QString &relativePath)
{
    const QStringList parts = relativePath.split(u'/');
    if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.startsWith(u'.'); }))
        return false;
    return relativePath != QLatin1String("content.db");
}

std::optional<PackManifest> PackManifest::fromSource(const QString &sourceDir, QString *error, const Progress &progress)
{
    struct Found {
        QString relative;
        QString absolute;
        qint64 size;
    };
    QList<Found> found;
    qint64 total = 0;
    const QDir root(QFileInfo(sourceDir).absoluteFilePath());
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QSet<QString> folded;
    while (it.hasNext()) {
        const QString absolute = it.next();
        const QString relative = root.relativeFilePath(absolute);
        if (!isPackSourceFile(relative))
            continue;
        if (it.fileInfo().isSymLink() || !it.fileInfo().isFile()) {
            *error = QStringLiteral("%1: is a link or not a plain file: a pack holds only its own files").arg(relative);
            return std::nullopt;
        }
        if (!isSafePath(relative)) {
            *error = QStringLiteral("%1: this name cannot travel in a pack").arg(relative);
            return std::nullopt;
        }
        if (folded.contains(relative.toCaseFolded())) {
            *error = QStringLiteral("%1: another file has the same name but for case; Windows and macOS "
                                    "would see one file").arg(relative);
            return std::nullopt;
        }
        folded.insert(relative.toCaseFolded());
        found.append({relative, absolute, it.fileInfo().size()});
        total += it.fileInfo().size();
    }
    if (found.size() > kMaxFiles) {
        *error = QStringLiteral("%1 files, at most %2 fit a pack").arg(found.size()).arg(kMaxFiles);
        return std::nullopt;
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.relative < b.relative; });

    PackManifest manifest;
    qint64 done = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (const Found &file : std::as_const(found)) {
        QFile in(file.absolute);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.relative, in.errorString());
            return std::nullopt;
        }
        Sha256 hash;
        qint64 size = 0;
        for (qint64 read; (read = in.read(buffer.data(), buffer.size())) > 0;) {
            hash.addData(QByteArrayView(buffer.constData(), read));
            size += read;
            if (progress)
                progress(done + size, total);
        }
        done += size;
        manifest.files.append({file.relative, size, hash.hexResult()});
    }
    return manifest;
}

} // namespace civic
