// Power cuts during installs: civic-kioskctl is killed with SIGKILL at a random moment of an
// install, again and again. After every kill the store must show exactly the old pack or
// exactly the new one, complete, with a database that passes SQLite's integrity check.
#include "contentstore.h"
#include "minisign.h"
#include "packstore.h"
#include "signedpack.h"
#include "testpack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

namespace {

constexpr int kTrials = 200;

bool integrityOk(const QString &database)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() && query.value(0).toString() == QLatin1String("ok");
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return ok;
}

} // namespace

class TestCrashTrial : public QObject
{
    Q_OBJECT

private slots:
    void installsSurviveKillsAtAnyMoment()
    {
        QTemporaryDir work;
        const civic::minisign::SecretKey key = civic::minisign::generateKey();
        const QString store = work.filePath(QStringLiteral("store"));
        QFile config(work.filePath(QStringLiteral("kiosk.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[kiosk]\nid = \"crash\"\n[store]\ndata_dir = \"" + store.toUtf8() + "\"\n[channel]\ntrusted_keys = [\""
                     + key.publicKey().base64().toLatin1() + "\"]\n");
        config.close();

        TestPack pack;
        pack.writeText(QStringLiteral("media/big.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">" + QByteArray(512 * 1024, ' ') + "</svg>");
        auto archiveFor = [&](int version) {
            QJsonObject meta = pack.readObject(QStringLiteral("pack.json"));
            meta.insert(QStringLiteral("version"), QStringLiteral("1.%1").arg(version));
            pack.writeObject(QStringLiteral("pack.json"), meta);
            // Every version brings a new large file, so each install has real work to cut into.
            pack.writeText(QStringLiteral("media/big.svg"),
                           "<svg xmlns=\"http://www.w3.org/2000/svg\">" + QByteArray(512 * 1024, ' ') + QByteArray::number(version) + "</svg>");
            return buildSignedArchive(pack.dir(), work.filePath(QStringLiteral("v%1.ckpack").arg(version)), key);
        };
        auto install = [&](const QString &archive) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(CIVIC_BIN_DIR "/civic-kioskctl"),
                           {QStringLiteral("--config"), config.fileName(), QStringLiteral("install"), archive});
            process->waitForStarted();
            return process;
        };

        // How long one install takes here, to kill inside it.
        QElapsedTimer timer;
        timer.start();
        auto first = install(archiveFor(0));
        QVERIFY(first->state() == QProcess::NotRunning || first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        // How long an install takes, kept up to date: the machine may be busier later on.
        int duration = std::max<int>(20, static_cast<int>(timer.elapsed()));

        int killed = 0;
        int completed = 0;
        QString shown = QStringLiteral("1.0");
        for (int trial = 1; trial <= kTrials; ++trial) {
            const QString archive = archiveFor(trial);
            timer.restart();
            auto process = install(archive);
            QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(duration + duration / 2)));
            if (process->state() == QProcess::Running)
                ::kill(static_cast<pid_t>(process->processId()), SIGKILL);
            if (process->state() != QProcess::NotRunning)
                QVERIFY(process->waitForFinished(60000));
            if (process->exitStatus() == QProcess::CrashExit) {
                ++killed;
            } else {
                // An install that was not cut must succeed: a refused one proves nothing.
                QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
                ++completed;
                duration = std::max(10, (3 * duration + static_cast<int>(timer.elapsed())) / 4);
            }

            civic::PackStore after(store);
            QCOMPARE(after.open(), QString());
            const QString current = after.currentVersion();
            const QString expected = QStringLiteral("1.%1").arg(trial);
            QVERIFY2(current == shown || current == expected,
                     qPrintable(QStringLiteral("trial %1: shows %2, expected %3 or %4").arg(trial).arg(current, shown, expected)));
            const QString dir = after.currentDir();
            QVERIFY2(integrityOk(dir + QStringLiteral("/content.db")), qPrintable(QStringLiteral("trial %1").arg(trial)));
            civic::ContentStore content;
            QVERIFY2(content.open(dir + QStringLiteral("/content.db"), dir), qPrintable(content.errorString()));
            QCOMPARE(content.info().version, current);
            shown = current;
        }
        civic::PackStore final(store);
        QCOMPARE(final.open(), QString());
        const auto verified = final.verify();
        QVERIFY2(verified.ok, qPrintable(verified.message));
        qInfo("%d trials: %d killed mid-install, %d completed; install took about %d ms", kTrials, killed, completed, duration);
        QVERIFY2(killed >= kTrials / 5, qPrintable(QStringLiteral("only %1 installs were cut: the trial proves little").arg(killed)));
    }
};

QTEST_GUILESS_MAIN(TestCrashTrial)
#include "tst_crashtrial.moc"
