// Updates over HTTP from a real server process on 127.0.0.1: a channel published by civic-pack,
// fetched by the channel client into a real pack store; every hostile answer refused, the
// current pack left as it was.
#include "channelclient.h"
#include "channelindex.h"
#include "minisign.h"
#include "packstore.h"
#include "testpack.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using civic::ChannelClient;
using Kind = civic::ChannelClient::Outcome::Kind;

class TestChannelUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    civic::minisign::SecretKey m_key = civic::minisign::generateKey();
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_storeDir;
    std::unique_ptr<civic::PackStore> m_store;
    QString m_channel;
    QUrl m_url;

    QString keyFile() const { return m_work.filePath(QStringLiteral("staff.key")); }

    void run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(CIVIC_BIN_DIR "/civic-pack"), arguments);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    /// Builds the pack at `version` and publishes it to the channel folder.
    void publish(TestPack &pack, const QString &version, const QString &channelName = QStringLiteral("test-channel"))
    {
        QJsonObject meta = pack.readObject(QStringLiteral("pack.json"));
        meta.insert(QStringLiteral("version"), version);
        pack.writeObject(QStringLiteral("pack.json"), meta);
        const QString archive = m_work.filePath(QStringLiteral("pack-%1.ckpack").arg(version));
        run({QStringLiteral("build"), pack.dir(), QStringLiteral("-o"), archive});
        run({QStringLiteral("publish"), archive, QStringLiteral("--to"), m_channel, QStringLiteral("--channel"), channelName,
             QStringLiteral("-s"), keyFile()});
    }

    void serve(const QString &mode)
    {
        m_server.reset();
        m_server = std::make_unique<QProcess>();
        m_server->start(QStringLiteral(CIVIC_BIN_DIR "/civic-test-server"),
                        {QStringLiteral("--root"), m_channel, QStringLiteral("--mode"), mode});
        QVERIFY(m_server->waitForReadyRead(10000));
        const QByteArray line = m_server->readLine().trimmed();
        QVERIFY(line.startsWith("port "));
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(QString::fromLatin1(line.mid(5))));
    }

    ChannelClient::Outcome check(const QString &channelName = QStringLiteral("test-channel"), int slowWindowMs = 1000)
    {
        ChannelClient::Settings settings;
        settings.base = m_url;
        settings.channel = channelName;
        settings.trusted = {m_key.publicKey()};
        settings.stallTimeoutMs = 1500;
        settings.slowWindowMs = slowWindowMs;
        settings.minBytesPerSecond = 1000;
        settings.maxPackBytes = 64 * 1024 * 1024;
        ChannelClient client(settings, *m_store);
        return client.checkOnce();
    }

    /// Signs and writes a latest.json of our own making (for expiry, replays, rollbacks).
    void writeIndex(const civic::ChannelIndex &index)
    {
        QFile file(m_channel + QStringLiteral("/latest.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(index.toJson());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto signature = civic::minisign::sign(m_key, file, QStringLiteral("test"));
        QFile signatureFile(m_channel + QStringLiteral("/latest.json.minisig"));
        QVERIFY(signatureFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        signatureFile.write(signature->fileText());
    }

    civic::ChannelIndex readIndex() const
    {
        QFile file(m_channel + QStringLiteral("/latest.json"));
        file.open(QIODevice::ReadOnly);
        QString error;
        return *civic::ChannelIndex::fromJson(file.readAll(), &error);
    }

    /// Installs 1.0.0 from the channel: most tests start there.
    void installFirst()
    {
        TestPack pack;
        publish(pack, QStringLiteral("1.0.0"));
        serve(QStringLiteral("normal"));
        const auto outcome = check();
        QVERIFY2(outcome.kind == Kind::Installed, qPrintable(outcome.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.0.0"));
    }

private slots:
    void initTestCase()
    {
        QFile key(keyFile());
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(civic::minisign::secretKeyFileText(m_key, {}));
    }

    void init()
    {
        m_channel = m_work.filePath(QStringLiteral("channel-%1").arg(QTest::currentTestFunction()) + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : ""));
        m_channel.replace(u' ', u'-');
        QDir(m_channel).removeRecursively();
        QVERIFY(QDir().mkpath(m_channel));
        m_storeDir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<civic::PackStore>(m_storeDir->path());
        QCOMPARE(m_store->open(), QString());
    }

    void cleanup() { m_server.reset(); }

    void installsThenStaysUpToDate()
    {
        installFirst();
        const auto again = check();
        QCOMPARE(again.kind, Kind::UpToDate);
        QVERIFY2(again.message.contains(QStringLiteral("not modified")), qPrintable(again.message));
        QVERIFY2(again.bytesDownloaded < 200, qPrintable(QString::number(again.bytesDownloaded)));
        QVERIFY(m_store->verify().ok);
    }

    void anUpdateOfOneTipFetchesOnlyThatTip()
    {
        installFirst();
        TestPack pack;
        QJsonObject tip = pack.readObject(QStringLiteral("tips/street-lights.json"));
        tip.insert(QStringLiteral("priority"), 9);
        pack.writeObject(QStringLiteral("tips/street-lights.json"), tip);
        publish(pack, QStringLiteral("1.1.0"));
        const auto outcome = check();
        QVERIFY2(outcome.kind == Kind::Installed, qPrintable(outcome.message));
        const civic::ChannelIndex index = readIndex();
        // latest.json and the manifest with their signatures, pack.json and the one tip.
        const qint64 changed = QFileInfo(pack.path(QStringLiteral("tips/street-lights.json"))).size()
                               + QFileInfo(pack.path(QStringLiteral("pack.json"))).size();
        QVERIFY2(outcome.bytesDownloaded <= index.manifestSize + changed + 4096,
                 qPrintable(QStringLiteral("%1 bytes").arg(outcome.bytesDownloaded)));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.1.0"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        const int refused = int(Kind::Refused);
        const int unreachable = int(Kind::Unreachable);
        QTest::newRow("captive portal") << "html" << "a web page (a captive portal?)" << refused;
        QTest::newRow("blob changed") << "corrupt" << "differs from the manifest" << refused;
        QTest::newRow("endless blob") << "endless" << "sent more than the" << refused;
        QTest::newRow("more than announced") << "more" << "sent more than the" << refused;
        QTest::newRow("trickling server") << "trickle" << "too slow" << unreachable;
        QTest::newRow("stalling server") << "stall" << "the server stopped sending" << unreachable;
        QTest::newRow("signature of another key") << "stranger" << "which is not trusted" << refused;
        QTest::newRow("no signature") << "unsigned" << "refused: no signature" << refused;
        QTest::newRow("bit flip in the signature") << "flip" << "refused" << refused;
        QTest::newRow("another channel") << "channel" << "it is for channel 'other-channel'" << refused;
        QTest::newRow("expired index") << "expired" << "refused: expired" << refused;
        QTest::newRow("replayed older index") << "replay" << "a replay" << refused;
        QTest::newRow("older version") << "rollback" << "older than 1.0.0" << refused;
        QTest::newRow("same version, other content") << "same" << "accepted before with other content" << refused;
        QTest::newRow("manifest other than pinned") << "manifest" << "differs from the hash latest.json gives" << refused;
    }

    void refusals()
    {
        QFETCH(QString, fault);
        QFETCH(QString, message);
        QFETCH(int, kind);
        installFirst();
        TestPack pack;
        QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
        tip.insert(QStringLiteral("priority"), 7);
        pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
        QString mode = QStringLiteral("normal");
        if (fault == QLatin1String("channel")) {
            publish(pack, QStringLiteral("2.0.0"), QStringLiteral("other-channel"));
        } else if (fault == QLatin1String("rollback")) {
            civic::ChannelIndex index = readIndex();
            index.version = QStringLiteral("0.9.0");
            index.published = QDateTime::currentDateTimeUtc();
            writeIndex(index);
        } else if (fault == QLatin1String("same")) {
            publish(pack, QStringLiteral("1.0.0"));
        } else if (fault == QLatin1String("expired")) {
            publish(pack, QStringLiteral("2.0.0"));
            // Newer than anything the kiosk has seen, but expired by the kiosk's (trusted) clock.
            civic::ChannelIndex index = readIndex();
            index.published = m_store->state().newestPublished.addSecs(1);
            index.expires = index.published.addSecs(1);
            writeIndex(index);
            QTest::qWait(2500);
        } else if (fault == QLatin1String("replay")) {
            publish(pack, QStringLiteral("2.0.0"));
            civic::ChannelIndex index = readIndex();
            index.published = index.published.addSecs(-3600);
            writeIndex(index);
        } else if (fault == QLatin1String("manifest")) {
            publish(pack, QStringLiteral("2.0.0"));
            civic::ChannelIndex index = readIndex();
            index.manifestSha256 = QByteArray(64, 'a');
            writeIndex(index);
        } else {
            publish(pack, QStringLiteral("2.0.0"));
            if (fault == QLatin1String("stranger") || fault == QLatin1String("unsigned") || fault == QLatin1String("flip")) {
                const QString signature = m_channel + QStringLiteral("/latest.json.minisig");
                if (fault == QLatin1String("unsigned")) {
                    QFile::remove(signature);
                } else if (fault == QLatin1String("stranger")) {
                    QFile index(m_channel + QStringLiteral("/latest.json"));
                    QVERIFY(index.open(QIODevice::ReadOnly));
                    const auto other = civic::minisign::sign(civic::minisign::generateKey(), index, QStringLiteral("x"));
                    QFile out(signature);
                    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                    out.write(other->fileText());
                } else {
                    QFile file(signature);
                    QVERIFY(file.open(QIODevice::ReadWrite));
                    QByteArray bytes = file.readAll();
                    const qsizetype line2 = bytes.indexOf('\n') + 20;
                    bytes[line2] = static_cast<char>(bytes.at(line2) ^ 0x02);
                    file.seek(0);
                    file.write(bytes);
                }
            } else {
                mode = fault;
            }
        }
        if (fault == QLatin1String("replay")) {
            // The kiosk saw the newer index first.
            civic::ChannelIndex seen = readIndex();
            m_store->recordCheck(QStringLiteral("seen"), civic::PackStore::Check::Fine, {}, seen.published.addSecs(7200));
        }
        serve(mode);
        // A stall must be caught by the time-out, not by the speed check.
        const auto outcome = check(QStringLiteral("test-channel"), fault == QLatin1String("stall") ? 10000 : 1000);
        QCOMPARE(int(outcome.kind), kind);
        QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.0.0"));
        QCOMPARE(m_store->installedVersions(), QStringList{QStringLiteral("1.0.0")});
        QVERIFY(m_store->verify().ok);
        if (kind == int(Kind::Refused))
            QVERIFY(m_store->state().refusals.constLast().what.contains(message));
    }

    void notModifiedDoesNotOutliveExpiry()
    {
        installFirst();
        // The channel's index expires while its server keeps answering "not modified".
        civic::ChannelIndex index = readIndex();
        index.published = m_store->state().newestPublished.addSecs(1);
        index.expires = index.published.addSecs(1);
        writeIndex(index);
        // Accepted as current once (same version, same content)...
        const auto first = check();
        QVERIFY2(first.kind == Kind::UpToDate, qPrintable(first.message));
        QTest::qWait(2500);
        // ...then only "not modified" comes back, and the index has expired meanwhile.
        const auto later = check();
        QCOMPARE(later.kind, Kind::Refused);
        QVERIFY2(later.message.contains(QStringLiteral("nothing newer (freeze?)")), qPrintable(later.message));
    }

    void anInterruptedDownloadResumes()
    {
        installFirst();
        TestPack pack;
        pack.writeText(QStringLiteral("media/large.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">" + QByteArray(400000, ' ') + "</svg>");
        QJsonObject tip = pack.readObject(QStringLiteral("tips/lock-door.json"));
        tip.insert(QStringLiteral("image"), QStringLiteral("media/large.svg"));
        pack.writeObject(QStringLiteral("tips/lock-door.json"), tip);
        publish(pack, QStringLiteral("2.0.0"));
        serve(QStringLiteral("truncate"));
        const auto cut = check();
        QCOMPARE(cut.kind, Kind::Unreachable);
        QCOMPARE(m_store->currentVersion(), QStringLiteral("1.0.0"));
        serve(QStringLiteral("normal"));
        const auto resumed = check();
        QVERIFY2(resumed.kind == Kind::Installed, qPrintable(resumed.message));
        // The second run fetched about the half it lacked, not the whole file again.
        QVERIFY2(resumed.bytesDownloaded < 300000, qPrintable(QString::number(resumed.bytesDownloaded)));
        QVERIFY(m_store->verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestChannelUpdate)
#include "tst_channelupdate.moc"
