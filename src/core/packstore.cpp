#include "packstore.h"

#include "durablefiles.h"
#include "contentschema.h"
#include "packimporter.h"
#include "packversion.h"
#include "sha256.h"
#include "sqlconnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace civic {

namespace {

const QString kBlobs = QStringLiteral("blobs/sha256");
const QString kPacks = QStringLiteral("packs");
const QString kStaging = QStringLiteral("staging");
const QString kCurrent = QStringLiteral("current");
const QString kLastGood = QStringLiteral("last-good");
const QString kState = QStringLiteral("state.json");
const QString kManifest = QStringLiteral("manifest.json");

/// Hashes for the signature on the second core while the first unpacks and checks SHA-256s:
/// the archive is read once, and neither hash waits for the other.
class BackgroundPrehasher
{
public:
    BackgroundPrehasher() : m_worker([this] { run(); }) {}
    ~BackgroundPrehasher() { result(); }
    BackgroundPrehasher(const BackgroundPrehasher &) = delete;
    BackgroundPrehasher &operator=(const BackgroundPrehasher &) = delete;

    void addData(const char *data, qsizetype size)
    {
        std::unique_lock lock(m_mutex);
        // A bounded queue: memory stays small however large the pack.
        m_space.wait(lock, [this] { return m_queue.size() < 16; });
        m_queue.emplace_back(data, size);
        m_ready.notify_one();
    }

    QByteArray result()
    {
        if (m_worker.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_done = true;
            }
            m_ready.notify_one();
            m_worker.join();
            m_hash = m_hasher.result();
        }
        return m_hash;
    }

private:
    void run()
    {
        for (;;) {
            QByteArray block;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return !m_queue.empty() || m_done; });
                if (m_queue.empty())
                    return;
                block = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            m_hasher.addData(block.constData(), block.size());
        }
    }

    minisign::Prehasher m_hasher;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<QByteArray> m_queue;
    bool m_done = false;
    QByteArray m_hash;
    std::thread m_worker;
};

QByteArray readAll(const QString &path, qint64 limit)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(limit) : QByteArray();
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 hash;
    if (!hash.addData(file))
        return {};
    return hash.hexResult();
}

} // namespace

PackStore::PackStore(const QString &root) : m_root(QDir(root).absolutePath()) {}

PackStore::~PackStore()
{
    if (m_lock >= 0)
        ::close(m_lock);
}

QString PackStore::path(const QString &relative) const
{
    return QDir(m_root).filePath(relative);
}

QString PackStore::open(Access access)
{
    if (!QDir().mkpath(m_root))
        return QStringLiteral("%1: cannot be made").arg(m_root);
    if (m_lock < 0)
        m_lock = durable::lock(path(QStringLiteral(".lock")), access != Access::Look, access == Access::ChangeWhenFree);
    if (m_lock < 0)
        return QStringLiteral("%1: another civic-kioskctl is changing the store; try again when it is done").arg(m_root);
    for (const QString &folder : {kBlobs, kPacks, kStaging}) {
        if (!QDir().mkpath(path(folder)))
            return QStringLiteral("%1: cannot be made").arg(path(folder));
    }
    if (access == Access::Look)
        return {};
    // What an interrupted run left: half-unpacked archives and half-built pack folders. Neither
    // is referenced by current or last-good, which only ever point at finished folders.
    QDir(path(kStaging)).removeRecursively();
    QDir().mkpath(path(kStaging));
    const QStringList unfinished = QDir(path(kPacks)).entryList({QStringLiteral("*.tmp")}, QDir::Dirs | QDir::Hidden);
    for (const QString &folder : unfinished)
        QDir(path(kPacks + u'/' + folder)).removeRecursively();
    QFile::remove(path(kCurrent + QStringLiteral(".new")));
    QFile::remove(path(kLastGood + QStringLiteral(".new")));
    return {};
}

std::optional<StoreState> PackStore::readState() const
{
    // The backup is the previous good state: damage to one file costs at most one step of memory.
    for (const QString &name : {kState, kState + QStringLiteral(".bak")}) {
        if (!QFileInfo::exists(path(name)))
            continue;
        if (auto state = StoreState::parse(readAll(path(name), 1024 * 1024)))
            return state;
    }
    if (QFileInfo::exists(path(kState)) || QFileInfo::exists(path(kState + QStringLiteral(".bak"))))
        return std::nullopt;
    return StoreState();
}

StoreState PackStore::state() const
{
    return readState().value_or(StoreState());
}

bool PackStore::saveState(const StoreState &state) const
{
    const QByteArray json = state.toJson();
    for (const QString &name : {kState + QStringLiteral(".bak"), kState}) {
        QSaveFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return false;
    }
    return durable::sync(m_root);
}

PackStore::Result PackStore::refuse(const QString &reason)
{
    StoreState current = state();
    current.refused(reason);
    saveState(current);
    return {false, reason};
}

QString PackStore::linkedVersion(const QString &link) const
{
    const QFileInfo info(path(link));
    if (!info.isSymLink())
        return {};
    return QFileInfo(info.symLinkTarget()).fileName();
}

QString PackStore::currentVersion() const
{
    return linkedVersion(kCurrent);
}

QString PackStore::lastGoodVersion() const
{
    return linkedVersion(kLastGood);
}

QString PackStore::currentDir() const
{
    const QString version = currentVersion();
    return version.isEmpty() ? QString() : path(kPacks + u'/' + version);
}

QStringList PackStore::installedVersions() const
{
    QStringList versions;
    const QStringList folders = QDir(path(kPacks)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &folder : folders) {
        if (!folder.endsWith(QLatin1String(".tmp")))
            versions.append(folder);
    }
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return compareVersions(a, b) < 0; });
    return versions;
}

PackStore::Result PackStore::installArchive(const QString &archivePath, const QList<minisign::PublicKey> &trusted,
                                            const ArchiveLimits &limits, const std::function<void(qint64, qint64)> &progress)
{
    const QString name = QFileInfo(archivePath).fileName();
    // 1. The signature, before anything of the archive is read.
    QString error;
    const QByteArray signatureText = readAll(archivePath + QStringLiteral(".minisig"), 64 * 1024);
    if (signatureText.isEmpty())
        return refuse(QStringLiteral("%1: refused: no signature (%1.minisig) beside it").arg(name));
    const auto signature = minisign::Signature::parse(signatureText, &error);
    if (!signature)
        return refuse(QStringLiteral("%1: refused: bad signature file: %2").arg(name, error));
    // An untrusted key or a legacy signature is refused before a byte of the archive is read.
    if (!minisign::trustedSigner(*signature, trusted, &error))
        return refuse(QStringLiteral("%1: refused: %2").arg(name, error));

    // 2. Unpack into staging while hashing for the signature: one pass over the archive. Nothing
    // unpacked counts until the signature holds.
    const QString unpacked = path(kStaging + QStringLiteral("/unpack-") + QUuid::createUuid().toString(QUuid::Id128));
    BackgroundPrehasher prehasher;
    QString archiveError;
    const qint64 archiveSize = QFileInfo(archivePath).size();
    qint64 read = 0;
    const auto manifest = PackArchive::extract(archivePath, unpacked, &archiveError, limits,
                                               [&](const char *data, qsizetype size) {
                                                   prehasher.addData(data, size);
                                                   read += size;
                                                   if (progress)
                                                       progress(read, archiveSize);
                                               });
    // A refused archive was not read to its end: its signature is checked over the whole file.
    QFile whole(archivePath);
    const bool signed_ = manifest ? minisign::verifyPrehashed(*signature, trusted, prehasher.result(), &error).has_value()
                                  : whole.open(QIODevice::ReadOnly) && minisign::verify(*signature, trusted, whole, &error);
    if (!signed_) {
        QDir(unpacked).removeRecursively();
        return refuse(QStringLiteral("%1: refused: %2").arg(name, error));
    }
    if (!manifest)
        return refuse(QStringLiteral("%1: refused: %2").arg(name, archiveError));
    Result result = installUnpacked(unpacked, *manifest, manifest->contentSha256());
    QDir(unpacked).removeRecursively();
    if (!result.ok)
        return refuse(QStringLiteral("%1: refused: %2").arg(name, result.message));
    return result;
}

PackStore::Result PackStore::checkVersion(const PackManifest &manifest, const QString &manifestSha256) const
{
    const auto read = readState();
    if (!read)
        return {false, QStringLiteral("state.json and its backup are damaged: which versions were accepted is unknown, "
                                      "so nothing is installed (restore state.json)")};
    const StoreState &current = *read;
    const auto accepted = current.accepted.constFind(manifest.id);
    if (accepted == current.accepted.cend()) {
        // One kiosk, one pack: versions are folders, and rollback protection is kept per pack,
        // so a pack under another name could otherwise bring back old content.
        if (!current.accepted.isEmpty())
            return {false, QStringLiteral("this kiosk shows pack '%1'; pack '%2' is another one (set up the kiosk "
                                          "again to change its pack)")
                               .arg(current.accepted.firstKey(), manifest.id)};
        return {true, {}};
    }
    const int order = compareVersions(manifest.version, accepted->version);
    if (order < 0)
        return {false, QStringLiteral("version %1 is older than %2, which this kiosk already accepted (rollback)")
                           .arg(manifest.version, accepted->version)};
    if (order == 0 && accepted->manifestSha256 != manifestSha256)
        return {false, QStringLiteral("version %1 was accepted before with other content").arg(manifest.version)};
    return {true, {}};
}

bool PackStore::hasBlob(const QByteArray &sha256) const
{
    return QFileInfo::exists(path(kBlobs + u'/' + QString::fromLatin1(sha256)));
}

bool PackStore::adoptBlob(const QString &file, const QByteArray &sha256, bool synced)
{
    if (hasBlob(sha256)) {
        QFile::remove(file);
        return true;
    }
    // A blob's name promises its bytes: it gets the name only once the bytes are on disk.
    QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!synced && !durable::sync(file))
        return false;
    return QFile::rename(file, path(kBlobs + u'/' + QString::fromLatin1(sha256)));
}

QString PackStore::downloadsDir() const
{
    const QString folder = path(QStringLiteral("downloads"));
    QDir().mkpath(folder);
    return folder;
}

void PackStore::recordCheck(const QString &result, Check outcome, const QString &etag, const QDateTime &published,
                            const QDateTime &expires)
{
    StoreState current = state();
    current.lastCheck = QDateTime::currentDateTimeUtc();
    current.lastResult = result;
    current.lastCheckFailed = outcome != Check::Fine;
    if (outcome == Check::Refused)
        current.refused(result);
    if (!etag.isNull())
        current.latestEtag = etag;
    if (expires.isValid())
        current.latestExpires = expires;
    if (published.isValid() && (!current.newestPublished.isValid() || published > current.newestPublished))
        current.newestPublished = published;
    saveState(current);
}

PackStore::Result PackStore::installUnpacked(const QString &unpacked, const PackManifest &manifest,
                                             const QString &manifestSha256)
{
    if (const Result allowed = checkVersion(manifest, manifestSha256); !allowed.ok)
        return allowed;
    // Every unpacked file on disk with one flush, then named as blobs.
    if (!durable::syncFileSystem(m_root))
        return {false, QStringLiteral("cannot flush the unpacked files to disk")};
    for (const ManifestFile &file : manifest.files) {
        if (!adoptBlob(QDir(unpacked).filePath(file.path), file.sha256, true))
            return {false, QStringLiteral("%1: cannot be stored").arg(file.path)};
    }
    return activate(manifest, manifestSha256);
}

PackStore::Result PackStore::activate(const PackManifest &manifest, const QString &manifestSha256)
{
    if (const Result allowed = checkVersion(manifest, manifestSha256); !allowed.ok)
        return allowed;
    StoreState current = state();
    const QString finished = path(kPacks + u'/' + manifest.version);
    // Remembered before anything points at the new version: a crash after this leaves the old
    // pack current with the new one merely allowed, never the reverse.
    auto remember = [&] {
        current.accepted.insert(manifest.id, {manifest.version, manifestSha256});
        return saveState(current);
    };
    QString error;
    const auto installed = PackManifest::fromJson(readAll(QDir(finished).filePath(kManifest), PackManifest::kMaxManifestBytes), &error);
    if (installed && installed->contentSha256() == manifestSha256) {
        // This very pack is built already (after a rollback, or a crash before the switch).
        if (!remember())
            return {false, QStringLiteral("cannot write state.json")};
        if (!durable::replaceSymlink(kPacks + u'/' + manifest.version, path(kCurrent)))
            return {false, QStringLiteral("cannot switch current")};
        return {true, QStringLiteral("pack %1 version %2 is installed already; it is current now").arg(manifest.id, manifest.version)};
    }
    if (QFileInfo::exists(finished) && (currentVersion() == manifest.version || lastGoodVersion() == manifest.version))
        return {false, QStringLiteral("packs/%1 is shown or kept as last good but holds other content; roll back first")
                           .arg(manifest.version)};
    for (const ManifestFile &file : manifest.files) {
        if (!hasBlob(file.sha256))
            return {false, QStringLiteral("%1: not stored yet").arg(file.path)};
    }

    // The pack's tree of hard links and its content database, built beside the others.
    const QString building = finished + QStringLiteral(".tmp");
    QDir(building).removeRecursively();
    for (const ManifestFile &file : manifest.files) {
        const QString target = QDir(building).filePath(file.path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!durable::hardLink(path(kBlobs + u'/' + QString::fromLatin1(file.sha256)), target))
            return {false, QStringLiteral("%1: cannot be linked into the pack").arg(file.path)};
    }
    QSaveFile manifestFile(QDir(building).filePath(kManifest));
    if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(manifest.toJson()) < 0 || !manifestFile.commit())
        return {false, QStringLiteral("cannot write the manifest")};
    const ImportReport report = PackImporter::importDatabase(building, QDir(building).filePath(QLatin1String(PackImporter::kDatabaseName)));
    if (!report.ok()) {
        QDir(building).removeRecursively();
        QStringList problems;
        for (const PackIssue &issue : report.issues) {
            if (issue.severity == PackIssue::Severity::Error)
                problems.append(issue.toString());
        }
        return {false, QStringLiteral("the content is not a valid pack: ") + problems.join(QStringLiteral("; "))};
    }
    // Blob names, the tree of links and the database on disk, before anything points at them.
    if (!durable::syncFileSystem(m_root))
        return {false, QStringLiteral("cannot flush the new pack to disk")};
    if (QFileInfo::exists(finished))
        QDir(finished).removeRecursively();
    if (!durable::renameOver(building, finished))
        return {false, QStringLiteral("cannot move the pack into place")};

    if (!remember())
        return {false, QStringLiteral("cannot write state.json")};
    if (!durable::replaceSymlink(kPacks + u'/' + manifest.version, path(kCurrent)))
        return {false, QStringLiteral("cannot switch current")};
    return {true, QStringLiteral("pack %1 version %2 installed and current").arg(manifest.id, manifest.version)};
}

PackStore::Result PackStore::upgradeDatabases()
{
    // The shown and the fallback version first: one old version that cannot be built again must
    // not keep them from being upgraded.
    QStringList versions = installedVersions();
    for (const QString &first : {lastGoodVersion(), currentVersion()}) {
        if (versions.removeAll(first) > 0)
            versions.prepend(first);
    }
    QStringList rebuilt;
    QStringList failed;
    for (const QString &version : versions) {
        const QDir pack(path(kPacks + u'/' + version));
        const QString database = pack.filePath(QLatin1String(PackImporter::kDatabaseName));
        int found = -1;
        {
            SqlConnection connection(database, SqlConnection::Mode::ReadOnly);
            QSqlQuery query(connection.database());
            if (connection.isOpen() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                found = query.value(0).toInt();
        }
        if (found == kContentDbVersion)
            continue;
        const QString building = database + QStringLiteral(".tmp");
        QFile::remove(building);
        // Built beside it and renamed over it: a screen that has the old one open keeps reading it.
        const ImportReport report = PackImporter::importDatabase(pack.path(), building);
        if (!report.ok() || !durable::sync(building) || !durable::renameOver(building, database)) {
            QFile::remove(building);
            failed.append(version);
            continue;
        }
        rebuilt.append(QStringLiteral("%1 (version %2 → %3)").arg(version).arg(found).arg(kContentDbVersion));
    }
    if (!failed.isEmpty())
        return {false, QStringLiteral("content databases that could not be built again: %1%2")
                           .arg(failed.join(QStringLiteral(", ")),
                                rebuilt.isEmpty() ? QString() : QStringLiteral("; built again: ") + rebuilt.join(QStringLiteral(", ")))};
    return {true, rebuilt.isEmpty() ? QStringLiteral("every content database is up to date")
                                    : QStringLiteral("content databases built again: ") + rebuilt.join(QStringLiteral(", "))};
}

PackStore::Result PackStore::rollback()
{
    const QString lastGood = lastGoodVersion();
    const QString current = currentVersion();
    if (!lastGood.isEmpty() && lastGood != current) {
        if (!durable::replaceSymlink(kPacks + u'/' + lastGood, path(kCurrent)))
            return {false, QStringLiteral("cannot switch current")};
        return {true, QStringLiteral("version %1 is current again (was %2)").arg(lastGood, current)};
    }
    if (current.isEmpty())
        return {false, QStringLiteral("nothing to roll back: the kiosk shows its built-in pack")};
    if (!QFile::remove(path(kCurrent)) || !durable::sync(m_root))
        return {false, QStringLiteral("cannot remove current")};
    return {true, QStringLiteral("no last good version: the kiosk shows its built-in pack (was %1)").arg(current)};
}

PackStore::Result PackStore::confirmHealthy(const QString &version)
{
    if (!installedVersions().contains(version))
        return {false, QStringLiteral("version %1 is not installed").arg(version)};
    if (!durable::replaceSymlink(kPacks + u'/' + version, path(kLastGood)))
        return {false, QStringLiteral("cannot set last-good")};
    return {true, QStringLiteral("version %1 is last-good").arg(version)};
}

PackStore::Result PackStore::applyHealth(const HealthMarks::Marks &marks, int maxFailedStarts)
{
    const QString current = currentVersion();
    if (current.isEmpty() || marks.version != current)
        return {true, QStringLiteral("no health marks for the current pack yet")};
    if (marks.healthyAt.isValid()) {
        if (lastGoodVersion() == current)
            return {true, QStringLiteral("version %1 is healthy and last-good").arg(current)};
        return confirmHealthy(current);
    }
    if (marks.startsWithoutHealth < maxFailedStarts)
        return {true, QStringLiteral("version %1: %2 start(s) without a finished screen").arg(current).arg(marks.startsWithoutHealth)};
    const Result back = rollback();
    const QString what = QStringLiteral("version %1 started %2 times without a finished screen; %3")
                             .arg(current)
                             .arg(marks.startsWithoutHealth)
                             .arg(back.message);
    StoreState state = this->state();
    state.refused(what);
    saveState(state);
    return {back.ok, what};
}

PackStore::Result PackStore::collectGarbage(int keep)
{
    const QStringList versions = installedVersions();
    QStringList kept = versions.mid(std::max<qsizetype>(0, versions.size() - keep));
    kept << currentVersion() << lastGoodVersion();
    QStringList dropped;
    for (const QString &version : versions) {
        if (kept.contains(version))
            continue;
        // Out of the list first, in one step; a half-deleted folder is then only a leftover.
        const QString doomed = path(kPacks + u'/' + version + QStringLiteral(".tmp"));
        QDir(doomed).removeRecursively();
        if (!durable::renameOver(path(kPacks + u'/' + version), doomed))
            continue;
        QDir(doomed).removeRecursively();
        dropped.append(version);
    }
    // Downloads nobody finished belong to versions nobody will fetch again in that form.
    QDir(downloadsDir()).removeRecursively();
    // A blob that only its own name refers to belongs to no pack any more.
    qsizetype blobs = 0;
    const QStringList names = QDir(path(kBlobs)).entryList(QDir::Files);
    for (const QString &name : names) {
        if (durable::linkCount(path(kBlobs + u'/' + name)) == 1 && QFile::remove(path(kBlobs + u'/' + name)))
            ++blobs;
    }
    durable::sync(path(kBlobs));
    return {true, QStringLiteral("removed %1 version(s)%2 and %3 unused file(s)")
                      .arg(dropped.size())
                      .arg(dropped.isEmpty() ? QString() : QStringLiteral(" (") + dropped.join(QStringLiteral(", ")) + u')')
                      .arg(blobs)};
}

PackStore::Result PackStore::verify() const
{
    QStringList problems;
    const QStringList blobs = QDir(path(kBlobs)).entryList(QDir::Files);
    for (const QString &name : blobs) {
        if (sha256Of(path(kBlobs + u'/' + name)) != name.toLatin1())
            problems.append(QStringLiteral("blobs/sha256/%1: content differs from its name").arg(name));
    }
    for (const QString &version : installedVersions()) {
        const QString folder = path(kPacks + u'/' + version);
        QString error;
        const auto manifest = PackManifest::fromJson(readAll(QDir(folder).filePath(kManifest), PackManifest::kMaxManifestBytes), &error);
        if (!manifest) {
            problems.append(QStringLiteral("packs/%1: %2").arg(version, error));
            continue;
        }
        for (const ManifestFile &file : manifest->files) {
            const QString installed = QDir(folder).filePath(file.path);
            if (QFileInfo(installed).size() != file.size || sha256Of(installed) != file.sha256)
                problems.append(QStringLiteral("packs/%1/%2: differs from the manifest").arg(version, file.path));
        }
    }
    if (problems.isEmpty())
        return {true, QStringLiteral("%1 file(s) in %2 version(s) checked, all intact").arg(blobs.size()).arg(installedVersions().size())};
    return {false, problems.join(u'\n')};
}

qint64 PackStore::diskUse() const
{
    qint64 bytes = 0;
    QDirIterator it(path(kBlobs), QDir::Files);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    QDirIterator packs(path(kPacks), {QStringLiteral("content.db"), kManifest}, QDir::Files, QDirIterator::Subdirectories);
    while (packs.hasNext()) {
        packs.next();
        bytes += packs.fileInfo().size();
    }
    return bytes;
}

} // namespace civic
