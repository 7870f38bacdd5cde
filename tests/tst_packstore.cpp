// The kiosk's pack store with real signed archives: installs, every refusal leaving the current
// pack as it was, delta storage, rollback, health, garbage collection and verification.
#include "contentstore.h"
#include "durablefiles.h"
#include "packstore.h"
#include "signedpack.h"
#include "testpack.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using civic::PackStore;
using namespace civic::minisign;

namespace {

void setVersion(TestPack &pack, const QString &version)
{
    QJsonObject meta = pack.readObject(QStringLiteral("pack.json"));
    meta.insert(QStringLiteral("version"), version);
    pack.writeObject(QStringLiteral("pack.json"), meta);
}

int blobCount(const QString &root)
{
    return static_cast<int>(QDir(root + QStringLiteral("/blobs/sha256")).entryList(QDir::Files).size());
}

} // namespace

class TestPackStore : public QObject
{
    Q_OBJECT

private:
    SecretKey m_key = generateKey();
    SecretKey m_stranger = generateKey();
    QList<PublicKey> m_trusted;
    QTemporaryDir m_work;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<PackStore> m_store;

    QString archive(TestPack &pack, const QString &name, const SecretKey *key = nullptr)
    {
        return buildSignedArchive(pack.dir(), m_work.filePath(name), key ? *key : m_key);
    }

    /// Installs version 1.2.3 of the test pack; most tests start from there.
    void installFirst()
    {
        TestPack pack;
        const auto result = m_store->installArchive(archive(pack, QStringLiteral("v1.ckpack")), m_trusted);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.2.3"));
    }

private slots:
    void initTestCase() { m_trusted = {generateKey().publicKey(), m_key.publicKey()}; }

    void init()
    {
        m_storeDir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<PackStore>(m_storeDir->path());
        QCOMPARE(m_store->open(), QString());
    }

    void installMakesItCurrent()
    {
        installFirst();
        const QString current = m_store->currentDir();
        QVERIFY(QFileInfo(m_storeDir->path() + QStringLiteral("/current")).isSymLink());
        // Files are hard links to the blobs, and the content database was built at install.
        QCOMPARE(civic::durable::linkCount(current + QStringLiteral("/pack.json")), 2);
        civic::ContentStore content;
        QVERIFY2(content.open(current + QStringLiteral("/content.db"), current), qPrintable(content.errorString()));
        QCOMPARE(content.info().version, QStringLiteral("1.2.3"));
        QCOMPARE(m_store->state().accepted.value(QStringLiteral("minimal")).version, QStringLiteral("1.2.3"));
        QVERIFY(m_store->verify().ok);
        QVERIFY(QDir(m_storeDir->path() + QStringLiteral("/staging")).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no signature") << 0 << "refused: no signature";
        QTest::newRow("unknown key") << 1 << "which is not trusted";
        QTest::newRow("changed after signing") << 2 << "signature does not match the data";
        QTest::newRow("signature file damaged") << 3 << "bad signature file";
        QTest::newRow("older version") << 4 << "version 1.0.0 is older than 1.2.3, which this kiosk already accepted (rollback)";
        QTest::newRow("same version, other content") << 5 << "version 1.2.3 was accepted before with other content";
        QTest::newRow("content the importer refuses") << 6 << "the content is not a valid pack: tips/lock-door.json";
        QTest::newRow("not an archive") << 7 << "not a pack archive";
        QTest::newRow("another pack") << 8 << "this kiosk shows pack 'minimal'; pack 'other' is another one";
    }

    void refusals()
    {
        QFETCH(int, kind);
        QFETCH(QString, message);
        installFirst();
        TestPack pack;
        setVersion(pack, QStringLiteral("1.3.0"));
        QString path;
        switch (kind) {
        case 0:
            path = archive(pack, QStringLiteral("unsigned.ckpack"));
            QFile::remove(path + QStringLiteral(".minisig"));
            break;
        case 1:
            path = archive(pack, QStringLiteral("stranger.ckpack"), &m_stranger);
            break;
        case 2: {
            path = archive(pack, QStringLiteral("changed.ckpack"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("x");
            break;
        }
        case 3: {
            path = archive(pack, QStringLiteral("damaged.ckpack"));
            QFile file(path + QStringLiteral(".minisig"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("<html>captive portal</html>\n");
            break;
        }
        case 4:
            setVersion(pack, QStringLiteral("1.0.0"));
            path = archive(pack, QStringLiteral("old.ckpack"));
            break;
        case 5:
            setVersion(pack, QStringLiteral("1.2.3"));
            pack.writeText(QStringLiteral("pages/extra.json"), R"({"id": "extra", "title": {"de": "x", "en": "x"}, "body": {"de": "x", "en": "x"}})");
            path = archive(pack, QStringLiteral("same.ckpack"));
            break;
        case 6:
            pack.writeText(QStringLiteral("tips/lock-door.json"), "{}");
            path = archive(pack, QStringLiteral("invalid.ckpack"));
            break;
        case 8: {
            QJsonObject meta = pack.readObject(QStringLiteral("pack.json"));
            meta.insert(QStringLiteral("id"), QStringLiteral("other"));
            meta.insert(QStringLiteral("version"), QStringLiteral("1.2.3"));
            pack.writeObject(QStringLiteral("pack.json"), meta);
            path = archive(pack, QStringLiteral("other.ckpack"));
            break;
        }
        case 7:
            path = m_work.filePath(QStringLiteral("portal.ckpack"));
            {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("<html>Please log in</html>");
            }
            {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const auto signature = sign(m_key, file, QStringLiteral("x"));
                QFile signatureFile(path + QStringLiteral(".minisig"));
                QVERIFY(signatureFile.open(QIODevice::WriteOnly));
                signatureFile.write(signature->fileText());
            }
            break;
        }
        const auto result = m_store->installArchive(path, m_trusted);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        // The running pack is untouched, and the refusal is remembered.
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.2.3"));
        QCOMPARE(m_store->installedVersions(), QStringList{QStringLiteral("1.2.3")});
        QVERIFY(m_store->state().refusals.constLast().what.contains(message));
        QCOMPARE(m_store->state().accepted.value(QStringLiteral("minimal")).version, QStringLiteral("1.2.3"));
        QVERIFY(QDir(m_storeDir->path() + QStringLiteral("/staging")).isEmpty());
        QVERIFY(m_store->verify().ok);
    }

    void anUpdateStoresOnlyWhatChanged()
    {
        installFirst();
        const int before = blobCount(m_storeDir->path());
        TestPack pack;
        setVersion(pack, QStringLiteral("1.3.0"));
        QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
        tip.insert(QStringLiteral("priority"), 2);
        pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
        const auto result = m_store->installArchive(archive(pack, QStringLiteral("v2.ckpack")), m_trusted);
        QVERIFY2(result.ok, qPrintable(result.message));
        // pack.json and the tip changed: two new blobs, everything else shared.
        QCOMPARE(blobCount(m_storeDir->path()), before + 2);
        QCOMPARE(m_store->installedVersions(), (QStringList{QStringLiteral("1.2.3"), QStringLiteral("1.3.0")}));
    }

    void rollbackAndHealth()
    {
        installFirst();
        QVERIFY(m_store->confirmHealthy(QStringLiteral("1.2.3")).ok);
        TestPack pack;
        setVersion(pack, QStringLiteral("2.0.0"));
        QVERIFY(m_store->installArchive(archive(pack, QStringLiteral("v2.ckpack")), m_trusted).ok);
        QCOMPARE(m_store->currentVersion(), QStringLiteral("2.0.0"));
        QCOMPARE(m_store->lastGoodVersion(), QStringLiteral("1.2.3"));
        const auto back = m_store->rollback();
        QVERIFY2(back.ok, qPrintable(back.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.2.3"));
        // The version rolled back from can be made current again, but nothing older comes in.
        QVERIFY(m_store->installArchive(m_work.filePath(QStringLiteral("v2.ckpack")), m_trusted).ok);
        QCOMPARE(m_store->currentVersion(), QStringLiteral("2.0.0"));
        QVERIFY(!m_store->confirmHealthy(QStringLiteral("9.9.9")).ok);
    }

    void healthMarksConfirmOrRollBack()
    {
        QTemporaryDir stateDir;
        civic::HealthMarks marks(stateDir.path());
        installFirst();
        QVERIFY(marks.recordStart(QStringLiteral("1.2.3")));
        QVERIFY(marks.recordHealthy(QStringLiteral("1.2.3")));
        QVERIFY(m_store->applyHealth(marks.read(), 3).ok);
        QCOMPARE(m_store->lastGoodVersion(), QStringLiteral("1.2.3"));

        TestPack pack;
        setVersion(pack, QStringLiteral("2.0.0"));
        QVERIFY(m_store->installArchive(archive(pack, QStringLiteral("broken-ui.ckpack")), m_trusted).ok);
        for (int start = 1; start <= 3; ++start) {
            QVERIFY(marks.recordStart(QStringLiteral("2.0.0")));
            QCOMPARE(marks.read().startsWithoutHealth, start);
            const auto result = m_store->applyHealth(marks.read(), 3);
            QVERIFY2(result.ok, qPrintable(result.message));
            QCOMPARE(m_store->currentVersion(), start < 3 ? QStringLiteral("2.0.0") : QStringLiteral("1.2.3"));
        }
        QVERIFY(m_store->state().refusals.constLast().what.contains(QStringLiteral("version 2.0.0 started 3 times without a finished screen")));
        // Another version starts counting afresh.
        QVERIFY(marks.recordStart(QStringLiteral("1.2.3")));
        QCOMPARE(marks.read().startsWithoutHealth, 1);
    }

    void rollbackWithoutLastGoodShowsTheBuiltInPack()
    {
        installFirst();
        QVERIFY(m_store->rollback().ok);
        QVERIFY(m_store->currentDir().isEmpty());
        QVERIFY(!m_store->rollback().ok);
    }

    void garbageCollection()
    {
        installFirst();
        for (const char *version : {"1.3.0", "1.4.0", "1.5.0"}) {
            TestPack pack;
            setVersion(pack, QString::fromLatin1(version));
            pack.writeText(QStringLiteral("media/only-%1.svg").arg(QString::fromLatin1(version)),
                           QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") + version);
            QVERIFY(m_store->installArchive(archive(pack, QStringLiteral("%1.ckpack").arg(QString::fromLatin1(version))), m_trusted).ok);
        }
        QVERIFY(m_store->confirmHealthy(QStringLiteral("1.2.3")).ok);
        const int before = blobCount(m_storeDir->path());
        const auto result = m_store->collectGarbage(2);
        QVERIFY2(result.ok, qPrintable(result.message));
        // Kept: current (1.5.0), last-good (1.2.3); dropped: 1.3.0 and its own picture.
        QCOMPARE(m_store->installedVersions(), (QStringList{QStringLiteral("1.2.3"), QStringLiteral("1.4.0"), QStringLiteral("1.5.0")}));
        QVERIFY2(result.message.contains(QStringLiteral("removed 1 version(s) (1.3.0)")), qPrintable(result.message));
        QVERIFY(blobCount(m_storeDir->path()) < before);
        QVERIFY(m_store->verify().ok);
    }

    void verifyFindsDamage()
    {
        installFirst();
        const QString file = m_store->currentDir() + QStringLiteral("/tips/lock-door.json");
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Append));
        damaged.write(" ");
        damaged.close();
        const auto result = m_store->verify();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("packs/1.2.3/tips/lock-door.json: differs from the manifest")), qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("content differs from its name")));
    }

    void aFullDiskLeavesTheOldPack()
    {
        // A store on a small file system of its own that the new pack does not fit on.
        QTemporaryDir mountPoint;
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mountPoint.path()});
        if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
            QSKIP("cannot mount a small tmpfs here (needs root)");
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint.path()}); });
        m_store = std::make_unique<PackStore>(mountPoint.path());
        QCOMPARE(m_store->open(), QString());
        installFirst();
        TestPack pack;
        setVersion(pack, QStringLiteral("2.0.0"));
        pack.writeText(QStringLiteral("media/huge.png"), QByteArray(3 * 1024 * 1024, 'x'));
        QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
        tip.insert(QStringLiteral("image"), QStringLiteral("media/huge.png"));
        pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
        const auto result = m_store->installArchive(archive(pack, QStringLiteral("huge.ckpack")), m_trusted);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("cannot be written")), qPrintable(result.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.2.3"));
        civic::ContentStore content;
        QVERIFY(content.open(m_store->currentDir() + QStringLiteral("/content.db"), m_store->currentDir()));
        m_store.reset();
        PackStore again(mountPoint.path());
        QCOMPARE(again.open(), QString());  // clears the half-unpacked archive
        QVERIFY(again.verify().ok);
    }

    void onlyOneChangesTheStoreAtATime()
    {
        PackStore second(m_storeDir->path());
        QVERIFY(second.open().contains(QStringLiteral("another civic-kioskctl is changing the store")));
        PackStore looker(m_storeDir->path());
        QVERIFY(!looker.open(PackStore::Access::Look).isEmpty());
        m_store.reset();
        QCOMPARE(looker.open(PackStore::Access::Look), QString());
        PackStore another(m_storeDir->path());
        QCOMPARE(another.open(PackStore::Access::Look), QString());  // lookers share
    }

    void damagedStateKeepsRollbackProtection()
    {
        installFirst();
        TestPack pack;
        setVersion(pack, QStringLiteral("1.0.0"));
        const QString older = archive(pack, QStringLiteral("older.ckpack"));
        auto damage = [&](const QString &name) {
            QFile file(m_storeDir->path() + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("\0\0garbage");
        };
        // The main file damaged: its backup still knows 1.2.3 was accepted.
        damage(QStringLiteral("state.json"));
        auto result = m_store->installArchive(older, m_trusted);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("older than 1.2.3")), qPrintable(result.message));
        // Both damaged: nothing is installed rather than forgetting what was accepted.
        damage(QStringLiteral("state.json"));
        damage(QStringLiteral("state.json.bak"));
        result = m_store->installArchive(older, m_trusted);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("damaged")), qPrintable(result.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.2.3"));
    }

    void reinstallAfterACrashBeforeTheSwitch()
    {
        installFirst();
        TestPack pack;
        setVersion(pack, QStringLiteral("1.3.0"));
        const QString next = archive(pack, QStringLiteral("next.ckpack"));
        QVERIFY(m_store->installArchive(next, m_trusted).ok);
        // As if killed after the new version was built, before current moved.
        QFile::remove(m_storeDir->path() + QStringLiteral("/current"));
        QVERIFY(QFile::link(QStringLiteral("packs/1.2.3"), m_storeDir->path() + QStringLiteral("/current")));
        const QString before = m_store->currentDir();
        const auto again = m_store->installArchive(next, m_trusted);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(again.message.contains(QStringLiteral("installed already")));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.3.0"));
        QVERIFY(QFileInfo::exists(before + QStringLiteral("/content.db")));  // 1.2.3 untouched
        QVERIFY(m_store->verify().ok);
    }

    void openClearsWhatAnInterruptedRunLeft()
    {
        installFirst();
        QVERIFY(QDir().mkpath(m_storeDir->path() + QStringLiteral("/staging/unpack-x/tips")));
        QVERIFY(QDir().mkpath(m_storeDir->path() + QStringLiteral("/packs/9.0.0.tmp/media")));
        m_store.reset();  // one changes the store at a time
        PackStore again(m_storeDir->path());
        QCOMPARE(again.open(), QString());
        QVERIFY(QDir(m_storeDir->path() + QStringLiteral("/staging")).isEmpty());
        QVERIFY(!QFileInfo::exists(m_storeDir->path() + QStringLiteral("/packs/9.0.0.tmp")));
        QCOMPARE(again.currentVersion(), QStringLiteral("1.2.3"));
    }
};

QTEST_GUILESS_MAIN(TestPackStore)
#include "tst_packstore.moc"
