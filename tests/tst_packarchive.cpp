// The .ckpack archive: what civic-pack build writes comes back whole, and every kind of hostile
// archive is refused, naming the entry, with nothing left half-written.
#include "packarchive.h"
#include "packimporter.h"
#include "testpack.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using civic::ManifestFile;
using civic::PackArchive;
using civic::PackManifest;

namespace {

struct Entry {
    QString name;
    QByteArray data;
    bool symlink = false;
};

/// Writes a ZIP with exactly these entries, however wrong they are.
void writeZip(const QString &path, const QList<Entry> &entries)
{
    archive *zip = archive_write_new();
    archive_write_set_format_zip(zip);
    QVERIFY(archive_write_open_filename(zip, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const Entry &e : entries) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.toUtf8().constData());
        if (e.symlink) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.data.constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.data.size());
        }
        archive_entry_set_perm(entry, 0644);
        archive_write_header(zip, entry);
        if (!e.symlink)
            archive_write_data(zip, e.data.constData(), static_cast<size_t>(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(zip);
    archive_write_free(zip);
}

ManifestFile fileOf(const QString &path, const QByteArray &data)
{
    return {path, data.size(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()};
}

PackManifest manifestOf(const QList<ManifestFile> &files)
{
    PackManifest manifest;
    manifest.id = QStringLiteral("minimal");
    manifest.version = QStringLiteral("1.2.3");
    manifest.created = QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    manifest.schema = 1;
    manifest.files = files;
    return manifest;
}

} // namespace

class TestPackArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void buildAndExtractRoundTrip()
    {
        TestPack pack;
        QString error;
        auto manifest = PackManifest::fromSource(pack.dir(), &error);
        QVERIFY2(manifest, qPrintable(error));
        manifest->id = QStringLiteral("minimal");
        manifest->version = QStringLiteral("1.2.3");
        manifest->created = QDateTime::currentDateTimeUtc();
        manifest->schema = 1;
        QCOMPARE(manifest->files.size(), 13);
        QVERIFY(!manifest->files.isEmpty() && manifest->files.first().path == QStringLiteral("contacts.json"));
        const QString archive = path(QStringLiteral("minimal.ckpack"));
        QCOMPARE(PackArchive::write(pack.dir(), *manifest, archive), QString());

        const QString out = path(QStringLiteral("unpacked"));
        const auto read = PackArchive::extract(archive, out, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->files.size(), manifest->files.size());
        for (const ManifestFile &file : manifest->files) {
            QFile a(pack.path(file.path));
            QFile b(QDir(out).filePath(file.path));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
        // What comes out is a valid pack source again.
        QVERIFY(civic::PackImporter::validate(out).ok());
        // Checking only, without unpacking.
        QVERIFY(PackArchive::extract(archive, {}, &error));
    }

    void hostileArchivesAreRefused_data()
    {
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<QString>("message");
        const QByteArray data("{}");
        const QByteArray manifest = manifestOf({fileOf(QStringLiteral("pack.json"), data)}).toJson();
        auto with = [&](const QList<ManifestFile> &files) { return manifestOf(files).toJson(); };

        QTest::newRow("absolute path") << QList<Entry>{{"manifest.json", manifest}, {"/etc/pack.json", data}}
                                       << "/etc/pack.json: is not a safe relative path";
        QTest::newRow("parent path") << QList<Entry>{{"manifest.json", manifest}, {"../pack.json", data}}
                                     << "../pack.json: is not a safe relative path";
        QTest::newRow("duplicate name") << QList<Entry>{{"manifest.json", manifest}, {"pack.json", data}, {"pack.json", data}}
                                        << "pack.json: is in the archive twice";
        QTest::newRow("names differing in case")
            << QList<Entry>{{"manifest.json", with({fileOf("pack.json", data), fileOf("Pack.json", data)})}, {"pack.json", data}}
            << "manifest.json: manifest: files[1].path: 'Pack.json' is listed twice (or differs only in case)";
        QTest::newRow("case collision in the archive")
            << QList<Entry>{{"manifest.json", manifest}, {"pack.json", data}, {"PACK.JSON", data}}
            << "PACK.JSON: is in the archive twice (or differs from another only in case)";
        QTest::newRow("manifest not first") << QList<Entry>{{"pack.json", data}, {"manifest.json", manifest}}
                                            << "pack.json: the archive must start with manifest.json";
        QTest::newRow("file not in the manifest") << QList<Entry>{{"manifest.json", manifest}, {"pack.json", data}, {"extra.json", data}}
                                                  << "extra.json: is not listed in the manifest";
        QTest::newRow("file missing") << QList<Entry>{{"manifest.json", manifest}}
                                      << "pack.json: is listed in the manifest but missing from the archive";
        QTest::newRow("more bytes than listed") << QList<Entry>{{"manifest.json", manifest}, {"pack.json", QByteArray(5000, 'x')}}
                                                << "pack.json: larger than the 2 bytes the manifest lists";
        QTest::newRow("fewer bytes than listed") << QList<Entry>{{"manifest.json", manifest}, {"pack.json", "{"}}
                                                 << "pack.json: is 1 bytes, the manifest lists 2";
        QTest::newRow("other content") << QList<Entry>{{"manifest.json", manifest}, {"pack.json", "[]"}}
                                       << "pack.json: differs from the manifest (SHA-256)";
        PackManifest newer = manifestOf({fileOf(QStringLiteral("pack.json"), data)});
        newer.schema = 99;
        QTest::newRow("newer schema") << QList<Entry>{{"manifest.json", newer.toJson()}, {"pack.json", data}}
                                      << "manifest.json: manifest: schema: schema 99 is newer than this program understands (1)";
        QTest::newRow("no manifest") << QList<Entry>{} << "holds no manifest.json";
        QList<ManifestFile> many;
        for (int i = 0; i < PackManifest::kMaxFiles + 1; ++i)
            many.append(fileOf(QStringLiteral("media/%1.svg").arg(i), data));
        QTest::newRow("too many files") << QList<Entry>{{"manifest.json", with(many)}}
                                        << "manifest.json: manifest: files: needs 1 to 20000 files, has 20001";
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        QTest::newRow("ZIP bomb") << QList<Entry>{{"manifest.json", with({fileOf("media/zeros.png", zeros)})}, {"media/zeros.png", zeros}}
                                  << "media/zeros.png: unpacks to far more than the archive holds (a ZIP bomb?)";
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(QList<Entry>, entries);
        QFETCH(QString, message);
        const QString archive = path(QStringLiteral("hostile.ckpack"));
        QFile::remove(archive);
        writeZip(archive, entries);
        const QString out = path(QStringLiteral("hostile"));
        QString error;
        QVERIFY(!PackArchive::extract(archive, out, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(out), "a refused archive leaves nothing behind");
    }

    void aLinkEntryIsNeverUnpackedAsALink()
    {
        // A link whose target text happens to match what the manifest lists: read as a stream, it
        // can only ever come out as a plain file holding those bytes.
        const QByteArray target("/etc/passwd");
        const QString archive = path(QStringLiteral("link.ckpack"));
        QFile::remove(archive);
        writeZip(archive, {{"manifest.json", manifestOf({fileOf(QStringLiteral("pack.json"), target)}).toJson()},
                           {"pack.json", target, true}});
        const QString out = path(QStringLiteral("link"));
        QString error;
        if (PackArchive::extract(archive, out, &error)) {
            const QFileInfo unpacked(out + QStringLiteral("/pack.json"));
            QVERIFY(!unpacked.isSymLink());
            QVERIFY(unpacked.isFile());
            QCOMPARE(unpacked.size(), target.size());
        } else {
            QVERIFY2(error.contains(QStringLiteral("pack.json: ")), qPrintable(error));
            QVERIFY(!QFileInfo::exists(out));
        }
        QDir(out).removeRecursively();
        // The same entry with other bytes listed is refused outright.
        writeZip(archive, {{"manifest.json", manifestOf({fileOf(QStringLiteral("pack.json"), "{}")}).toJson()},
                           {"pack.json", target, true}});
        QVERIFY(!PackArchive::extract(archive, out, &error));
        QVERIFY(!QFileInfo::exists(out));
    }

    void notAnArchive()
    {
        const QString portal = path(QStringLiteral("portal.ckpack"));
        QFile file(portal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><body>Please accept the terms of use</body></html>");
        file.close();
        QString error;
        QVERIFY(!PackArchive::extract(portal, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a pack archive")) || error.contains(QStringLiteral("broken archive")), qPrintable(error));
    }

    void refusesToUnpackOverAFolder()
    {
        TestPack pack;
        QString error;
        auto manifest = PackManifest::fromSource(pack.dir(), &error);
        *manifest = manifestOf(manifest->files);
        const QString archive = path(QStringLiteral("again.ckpack"));
        QCOMPARE(PackArchive::write(pack.dir(), *manifest, archive), QString());
        QVERIFY(!PackArchive::extract(archive, pack.dir(), &error));
        QVERIFY(error.contains(QStringLiteral("it exists")));
        QVERIFY(QFile::exists(pack.path(QStringLiteral("pack.json"))));
    }

    void safePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << "tips/lock-door.json" << true;
        QTest::newRow("umlaut") << "media/müll.svg" << true;
        QTest::newRow("absolute") << "/etc/passwd" << false;
        QTest::newRow("dot dot") << "media/../../x" << false;
        QTest::newRow("dot") << "./pack.json" << false;
        QTest::newRow("empty part") << "media//x.svg" << false;
        QTest::newRow("backslash") << "media\\x.svg" << false;
        QTest::newRow("drive") << "C:/x.svg" << false;
        QTest::newRow("control") << QStringLiteral("media/x\u0007.svg") << false;
        QTest::newRow("empty") << "" << false;
    }

    void safePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QCOMPARE(PackManifest::isSafePath(path), safe);
    }
};

QTEST_GUILESS_MAIN(TestPackArchive)
#include "tst_packarchive.moc"
