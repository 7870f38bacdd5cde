// Outside input: a .ckpack archive (ZIP) from a USB stick (civic-kioskctl install) or from anyone
// who mails one to staff (civic-pack inspect, preview, publish). The kiosk unpacks it while
// hashing it for the signature, so these bytes reach libarchive and PackArchive before the
// signature is known to hold.

#include "fuzzsupport.h"

#include "minisign.h"
#include "packarchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

/// Where the input is written as a file (PackArchive reads only files) and unpacked; made once.
struct Scratch {
    QTemporaryDir dir;
    QString archive = dir.filePath(QStringLiteral("fuzz.ckpack"));
    QString target = dir.filePath(QStringLiteral("unpacked"));
};

/// The unpacked tree must be exactly what the manifest lists: the installer trusts it to be.
void checkUnpacked(const civic::PackManifest &manifest, const QString &target)
{
    qsizetype found = 0;
    QDirIterator it(target, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++found;
    }
    if (found != manifest.files.size())
        civic::fuzz::fail("the unpacked tree holds other files than the manifest lists");
    for (const civic::ManifestFile &file : manifest.files) {
        const QFileInfo info(QDir(target).filePath(file.path));
        if (!info.isFile() || info.isSymLink() || info.size() != file.size)
            civic::fuzz::fail("an unpacked file is missing or differs from the manifest");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Scratch scratch;
    if (!scratch.dir.isValid())
        qFatal("fuzz: cannot make a temporary folder");
    {
        QFile file(scratch.archive);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
            qFatal("fuzz: cannot write %s", qPrintable(scratch.archive));
    }
    // Small limits, so that a ZIP bomb is refused in milliseconds instead of filling the disk.
    civic::ArchiveLimits limits;
    limits.maxTotalBytes = 4 * 1024 * 1024;
    civic::minisign::Prehasher hasher;
    QString error;
    const auto manifest = civic::PackArchive::extract(scratch.archive, scratch.target, &error, limits,
                                                      [&](const char *bytes, qsizetype length) {
                                                          hasher.addData(bytes, length);
                                                      });
    hasher.result();
    if (manifest)
        checkUnpacked(*manifest, scratch.target);
    else if (QFileInfo::exists(scratch.target))
        civic::fuzz::fail("a refused archive left files behind");
    QDir(scratch.target).removeRecursively();
    return 0;
}
