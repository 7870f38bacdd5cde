#include "packarchive.h"

#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace civic {

namespace {

struct ArchiveDeleter {
    void operator()(archive *a) const
    {
        if (archive_read_free(a) != ARCHIVE_OK)
            archive_write_free(a);
    }
};

struct WriterDeleter {
    void operator()(archive *a) const { archive_write_free(a); }
};

struct EntryDeleter {
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

QString archiveError(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QStringLiteral("unknown archive error");
}

// Pictures and videos are compressed already: deflating them again costs time on both sides
// and saves nothing. Text (JSON, SVG, Markdown) shrinks several-fold.
bool isCompressedMedia(const QString &name)
{
    static const QStringList suffixes{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                      QStringLiteral("webp"), QStringLiteral("mp4"), QStringLiteral("webm")};
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

bool writeEntry(archive *zip, const QString &name, qint64 size, QIODevice &data, QByteArray &buffer,
                const std::function<void(qint64)> &advanced, QString *error)
{
    if (isCompressedMedia(name))
        archive_write_zip_set_compression_store(zip);
    else
        archive_write_zip_set_compression_deflate(zip);
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    const QByteArray utf8 = name.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), utf8.constData());
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    if (archive_write_header(zip, entry.get()) != ARCHIVE_OK) {
        *error = QStringLiteral("%1: %2").arg(name, archiveError(zip));
        return false;
    }
    qint64 written = 0;
    for (qint64 read; (read = data.read(buffer.data(), buffer.size())) > 0;) {
        if (archive_write_data(zip, buffer.constData(), static_cast<size_t>(read)) != read) {
            *error = QStringLiteral("%1: %2").arg(name, archiveError(zip));
            return false;
        }
        written += read;
        if (advanced)
            advanced(read);
    }
    if (written != size) {
        *error = QStringLiteral("%1: changed while it was being packed").arg(name);
        return false;
    }
    return true;
}

} // namespace

QString PackArchive::write(const QString &sourceDir, const PackManifest &manifest, const QString &path,
                           const PackManifest::Progress &progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, out.errorString());
    std::unique_ptr<archive, WriterDeleter> zip(archive_write_new());
    archive_write_set_format_zip(zip.get());
    auto writeToFile = [](archive *, void *device, const void *data, size_t size) -> la_ssize_t {
        return static_cast<QIODevice *>(device)->write(static_cast<const char *>(data), static_cast<qint64>(size));
    };
    if (archive_write_open(zip.get(), &out, nullptr, writeToFile, nullptr) != ARCHIVE_OK)
        return QStringLiteral("%1: %2").arg(path, archiveError(zip.get()));

    QString error;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    QByteArray manifestJson = manifest.toJson();
    QBuffer manifestData(&manifestJson);
    manifestData.open(QIODevice::ReadOnly);
    if (!writeEntry(zip.get(), QLatin1String(kManifestName), manifestJson.size(), manifestData, buffer, {}, &error))
        return error;
    const qint64 total = manifest.totalSize();
    qint64 done = 0;
    auto advanced = [&](qint64 bytes) {
        done += bytes;
        if (progress)
            progress(done, total);
    };
    for (const ManifestFile &file : manifest.files) {
        QFile in(QDir(sourceDir).filePath(file.path));
        if (!in.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(file.path, in.errorString());
        if (!writeEntry(zip.get(), file.path, file.size, in, buffer, advanced, &error))
            return error;
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK)
        return QStringLiteral("%1: %2").arg(path, archiveError(zip.get()));
    if (!out.commit())
        return QStringLiteral("%1: %2").arg(path, out.errorString());
    return {};
}

std::optional<PackManifest> PackArchive::extract(const QString &path, const QString &targetDir, QString *error,
                                                 const ArchiveLimits &limits)
{
    return extract(path, targetDir, error, limits, {});
}

namespace {

/// Feeds libarchive from a file front to back, showing every byte to the observer. Without a
/// seek callback libarchive reads a ZIP as a stream: the same way for every archive.
struct RawReader {
    QFile file;
    QByteArray buffer = QByteArray(256 * 1024, Qt::Uninitialized);
    PackArchive::RawObserver observer;

    static la_ssize_t read(archive *, void *self, const void **data)
    {
        auto *reader = static_cast<RawReader *>(self);
        const qint64 got = reader->file.read(reader->buffer.data(), reader->buffer.size());
        if (got > 0 && reader->observer)
            reader->observer(reader->buffer.constData(), got);
        *data = reader->buffer.constData();
        return got;
    }

    /// What libarchive left unread after the last entry (the ZIP's central directory).
    bool drain()
    {
        for (qint64 got; (got = file.read(buffer.data(), buffer.size())) > 0;) {
            if (observer)
                observer(buffer.constData(), got);
        }
        return file.error() == QFileDevice::NoError;
    }
};

} // namespace

std::optional<PackManifest> PackArchive::extract(const QString &path, const QString &targetDir, QString *error,
                                                 const ArchiveLimits &limits, const RawObserver &observer)
{
    RawReader reader;
    reader.file.setFileName(path);
    reader.observer = observer;
    if (!reader.file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, reader.file.errorString());
        return std::nullopt;
    }
    std::unique_ptr<archive, ArchiveDeleter> zip(archive_read_new());
    archive_read_support_format_zip(zip.get());
    if (archive_read_open(zip.get(), &reader, nullptr, &RawReader::read, nullptr) != ARCHIVE_OK) {
        *error = QStringLiteral("%1: not a pack archive: %2").arg(path, archiveError(zip.get()));
        return std::nullopt;
    }
    bool madeTarget = false;  // only a folder made here may be removed again
    auto refuse = [&](const QString &entry, const QString &what) {
        *error = entry.isEmpty() ? QStringLiteral("%1: %2").arg(path, what) : QStringLiteral("%1: %2: %3").arg(path, entry, what);
        if (madeTarget)
            QDir(targetDir).removeRecursively();
        return std::nullopt;
    };
    if (!targetDir.isEmpty()) {
        if (QFileInfo::exists(targetDir) || !QDir().mkpath(targetDir))
            return refuse({}, QStringLiteral("cannot unpack into %1: it exists or cannot be made").arg(targetDir));
        madeTarget = true;
    }

    std::optional<PackManifest> manifest;
    QHash<QString, ManifestFile> expected;
    QSet<QString> seen;
    qint64 unpacked = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    archive_entry *entry = nullptr;
    for (int index = 0;; ++index) {
        const int status = archive_read_next_header(zip.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status != ARCHIVE_OK)
            return refuse({}, QStringLiteral("broken archive: %1").arg(archiveError(zip.get())));
        const char *rawName = archive_entry_pathname_utf8(entry);
        const QString name = rawName ? QString::fromUtf8(rawName) : QString();
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) || archive_entry_symlink(entry))
            return refuse(name, QStringLiteral("is a link or not a plain file"));
        if (!PackManifest::isSafePath(name))
            return refuse(name, QStringLiteral("is not a safe relative path"));
        if (seen.contains(name.toCaseFolded()))
            return refuse(name, QStringLiteral("is in the archive twice (or differs from another only in case)"));
        seen.insert(name.toCaseFolded());
        if (index == 0 && name != QLatin1String(kManifestName))
            return refuse(name, QStringLiteral("the archive must start with %1").arg(QLatin1String(kManifestName)));

        const bool isManifest = index == 0;
        qint64 allowed = PackManifest::kMaxManifestBytes;
        ManifestFile listed;
        if (!isManifest) {
            if (!expected.contains(name))
                return refuse(name, QStringLiteral("is not listed in the manifest"));
            listed = expected.take(name);
            allowed = listed.size;
        }
        std::unique_ptr<QFile> out;
        if (!isManifest && !targetDir.isEmpty()) {
            const QString target = QDir(targetDir).filePath(name);
            QDir().mkpath(QFileInfo(target).absolutePath());
            out = std::make_unique<QFile>(target);
            if (!out->open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return refuse(name, QStringLiteral("cannot be written: %1").arg(out->errorString()));
        }
        QByteArray manifestJson;
        Sha256 hash;
        qint64 size = 0;
        for (;;) {
            const la_ssize_t read = archive_read_data(zip.get(), buffer.data(), static_cast<size_t>(buffer.size()));
            if (read < 0)
                return refuse(name, QStringLiteral("broken entry: %1").arg(archiveError(zip.get())));
            if (read == 0)
                break;
            size += read;
            unpacked += read;
            // Stop at the first byte too many: a lying or endless entry is never written out whole.
            if (size > allowed)
                return refuse(name, isManifest ? QStringLiteral("manifest larger than %1 bytes").arg(allowed)
                                               : QStringLiteral("larger than the %1 bytes the manifest lists").arg(allowed));
            const qint64 consumed = std::max<qint64>(archive_filter_bytes(zip.get(), -1), 64 * 1024);
            if (unpacked > limits.maxTotalBytes || unpacked > limits.maxExpansion * consumed)
                return refuse(name, QStringLiteral("unpacks to far more than the archive holds (a ZIP bomb?)"));
            if (isManifest) {
                manifestJson.append(buffer.constData(), read);
            } else {
                hash.addData(QByteArrayView(buffer.constData(), read));
                if (out && out->write(buffer.constData(), read) != read)
                    return refuse(name, QStringLiteral("cannot be written: %1").arg(out->errorString()));
            }
        }
        if (isManifest) {
            manifest = PackManifest::fromJson(manifestJson, error);
            if (!manifest)
                return refuse(QLatin1String(kManifestName), *error);
            if (manifest->totalSize() > limits.maxTotalBytes)
                return refuse(QLatin1String(kManifestName), QStringLiteral("lists %1 bytes, more than the %2 allowed")
                                                                .arg(manifest->totalSize())
                                                                .arg(limits.maxTotalBytes));
            for (const ManifestFile &file : std::as_const(manifest->files))
                expected.insert(file.path, file);
            continue;
        }
        if (size != listed.size)
            return refuse(name, QStringLiteral("is %1 bytes, the manifest lists %2").arg(size).arg(listed.size));
        if (hash.hexResult() != listed.sha256)
            return refuse(name, QStringLiteral("differs from the manifest (SHA-256)"));
        if (out && !out->flush())
            return refuse(name, QStringLiteral("cannot be written: %1").arg(out->errorString()));
    }
    if (!manifest)
        return refuse({}, QStringLiteral("holds no %1").arg(QLatin1String(kManifestName)));
    if (!expected.isEmpty())
        return refuse(expected.cbegin().key(), QStringLiteral("is listed in the manifest but missing from the archive"));
    if (!reader.drain())
        return refuse({}, QStringLiteral("cannot be read to its end"));
    return manifest;
}

} // namespace civic
