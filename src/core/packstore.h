#pragma once

#include "healthmarks.h"
#include "minisign.h"
#include "packarchive.h"
#include "storestate.h"

#include <QString>
#include <QStringList>

namespace civic {

/// The packs installed on a kiosk (DESIGN.md, "Installing without ever breaking the screen"):
///
///     blobs/sha256/HASH   every file once, named by its SHA-256, read-only
///     packs/VERSION/      a pack as hard links to blobs, its manifest.json and content.db
///     current, last-good  symbolic links to packs/VERSION
///     state.json          what was accepted and refused
///     staging/            work in progress, emptied on every start
///
/// Every change is written beside the old state and switched in with one rename, so a power cut
/// at any moment leaves exactly the old pack or exactly the new one.
class PackStore
{
public:
    explicit PackStore(const QString &root);
    ~PackStore();
    PackStore(const PackStore &) = delete;
    PackStore &operator=(const PackStore &) = delete;

    /// ChangeWhenFree waits for another changer to finish (systemd's path units, which must not
    /// give up on a request because an update is downloading); the others refuse at once.
    enum class Access { Change, ChangeWhenFree, Look };
    /// Takes the store's lock (one process changes it at a time; any number may look while
    /// nobody changes it), makes the folders, and, to change it, clears what an interrupted run
    /// left behind. Returns an empty string on success.
    QString open(Access access = Access::Change);

    struct Result {
        bool ok = false;
        QString message;  ///< what was done, or why it was refused
    };

    /// Installs a signed .ckpack (its .minisig beside it) and makes it current. Refuses a bad or
    /// missing signature, an untrusted key, an archive that does not match its manifest, content
    /// the importer refuses, and a version not above the highest ever accepted; each refusal is
    /// remembered in state.json and leaves the current pack as it was.
    Result installArchive(const QString &archivePath, const QList<minisign::PublicKey> &trusted,
                          const ArchiveLimits &limits = {}, const std::function<void(qint64, qint64)> &progress = {});
    /// Whether `manifest` may be installed: its version above every version of its pack ever
    /// accepted (or the same version with the same content, which only makes it current).
    Result checkVersion(const PackManifest &manifest, const QString &manifestSha256) const;
    /// Whether the file with this SHA-256 is stored already (an update downloads only the rest).
    bool hasBlob(const QByteArray &sha256) const;
    /// Moves a downloaded, checked file into the blob store. `synced`: its bytes are on disk
    /// already (the caller flushed the whole file system), so it need not be flushed alone.
    bool adoptBlob(const QString &file, const QByteArray &sha256, bool synced = false);
    /// Folder for downloads in progress; unlike staging it survives restarts, so downloads resume.
    QString downloadsDir() const;
    /// With every file of `manifest` stored: builds the version and makes it current.
    Result activate(const PackManifest &manifest, const QString &manifestSha256);
    enum class Check { Fine, Refused, Unreachable };
    /// Records the outcome of an update check in state.json (a refusal also in the refusals).
    void recordCheck(const QString &result, Check outcome, const QString &etag = {}, const QDateTime &published = {},
                     const QDateTime &expires = {});

    /// Makes last-good current again (or, without one, removes current: the kiosk shows its
    /// built-in pack).
    Result rollback();
    /// The kiosk showed `version` well: it becomes last-good.
    Result confirmHealthy(const QString &version);
    /// Acts on the screen's health marks: a current version that showed well becomes last-good;
    /// one that started `maxFailedStarts` times without showing well is rolled back.
    Result applyHealth(const HealthMarks::Marks &marks, int maxFailedStarts);
    /// Keeps current, last-good and the `keep` newest versions; drops the rest and every blob no
    /// pack uses any more.
    Result collectGarbage(int keep);
    /// Hashes every installed file again; lists each one that differs from its manifest.
    Result verify() const;
    /// Builds again each installed version's content database that an older program wrote (the
    /// screen opens only its own version): after a package upgrade, so the city's pack stays on
    /// screen instead of the built-in one. Each is replaced in one step.
    Result upgradeDatabases();

    QString root() const { return m_root; }
    /// The folder the kiosk should open, or empty when there is none.
    QString currentDir() const;
    QString currentVersion() const;
    QString lastGoodVersion() const;
    /// Installed versions, oldest first.
    QStringList installedVersions() const;
    StoreState state() const;
    /// The state, or nothing when state.json and its backup are both damaged: then nothing may
    /// be installed, since what was accepted before is unknown.
    std::optional<StoreState> readState() const;
    /// Bytes the store takes on disk (blobs once, however many packs use them).
    qint64 diskUse() const;

private:
    QString path(const QString &relative) const;
    QString linkedVersion(const QString &link) const;
    Result refuse(const QString &reason);
    bool saveState(const StoreState &state) const;
    Result installUnpacked(const QString &unpacked, const PackManifest &manifest, const QString &manifestSha256);

    QString m_root;
    int m_lock = -1;
};

} // namespace civic
