// The whole way, as in production, with real processes: staff change a tip of the Stuttgart
// pack, build it, sign it with a new key, publish it to a folder served over HTTP on 127.0.0.1;
// civic-kioskctl fetches it; the running civic-kiosk shows it without a restart and marks it
// healthy; civic-kioskctl makes it last-good.
#include "programrun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

const QString kBin = QStringLiteral(CIVIC_BIN_DIR "/");

ProgramRun run(const QString &program, const QStringList &arguments)
{
    return runProgram(program, arguments);
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(source, target);
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void aChangedTipReachesARunningKiosk()
    {
        QTemporaryDir work;
        auto path = [&](const QString &name) { return work.filePath(name); };
        const QString channel = path(QStringLiteral("channel"));
        QVERIFY(QDir().mkpath(channel));

        // Two keys: the one the fleet had, and the new one staff rotate to.
        QVERIFY(run(QStringLiteral("civic-pack"), {"keygen", "--no-password", "-p", path("old.pub"), "-s", path("old.key")}).exitCode == 0);
        QVERIFY(run(QStringLiteral("civic-pack"), {"keygen", "--no-password", "-p", path("new.pub"), "-s", path("new.key")}).exitCode == 0);
        auto publicLine = [&](const QString &file) {
            QFile key(file);
            key.open(QIODevice::ReadOnly);
            return key.readAll().split('\n').value(1);
        };

        // Version 1 from the old key, published and installed.
        const QString source = path(QStringLiteral("stuttgart"));
        copyTree(QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE), source);
        ProgramRun result = run(QStringLiteral("civic-pack"), {"build", source, "-o", path("v1.ckpack")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(QStringLiteral("civic-pack"), {"publish", path("v1.ckpack"), "--to", channel, "--channel", "stuttgart-stable", "-s", path("old.key")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        QProcess server;
        server.start(kBin + QStringLiteral("civic-test-server"), {QStringLiteral("--root"), channel});
        QVERIFY(server.waitForReadyRead(10000));
        const QString port = QString::fromLatin1(server.readLine().trimmed().mid(5));

        const QString store = path(QStringLiteral("store"));
        const QString state = path(QStringLiteral("state"));
        QFile config(path(QStringLiteral("kiosk.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[kiosk]\nid = \"rathaus-1\"\n[store]\ndata_dir = \"" + store.toUtf8() + "\"\nstate_dir = \"" + state.toUtf8()
                     + "\"\n[channel]\nurl = \"http://127.0.0.1:" + port.toUtf8() + "/\"\nname = \"stuttgart-stable\"\n"
                     + "trusted_keys = [\"" + publicLine(path("old.pub")) + "\", \"" + publicLine(path("new.pub")) + "\"]\n");
        config.close();
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "update", "--once"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("version 2026.11.1 installed and current")));

        // The kiosk runs on it.
        QProcess kiosk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kiosk.setProcessEnvironment(environment);
        kiosk.start(kBin + QStringLiteral("civic-kiosk"), {"--config", config.fileName(), "--swap-idle-ms", "300"});
        QVERIFY(kiosk.waitForStarted());
        const QString health = state + QStringLiteral("/health.json");
        QTRY_COMPARE_WITH_TIMEOUT(readJson(health).value(QStringLiteral("version")).toString(), QStringLiteral("2026.11.1"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!readJson(health).value(QStringLiteral("healthyAt")).toString().isEmpty(), 10000);
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "health"});
        QVERIFY2(result.exitCode == 0 && result.out.contains(QStringLiteral("last-good")), qPrintable(result.out + result.err));

        // Staff change one tip, sign with the new key, publish.
        QFile tipFile(source + QStringLiteral("/tips/burglary-lock-twice.json"));
        QVERIFY(tipFile.open(QIODevice::ReadOnly));
        QJsonObject tip = QJsonDocument::fromJson(tipFile.readAll()).object();
        tipFile.close();
        QJsonObject title = tip.value(QStringLiteral("title")).toObject();
        title.insert(QStringLiteral("de"), QStringLiteral("Tür immer zweimal abschließen – auch tagsüber"));
        tip.insert(QStringLiteral("title"), title);
        QVERIFY(tipFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        tipFile.write(QJsonDocument(tip).toJson());
        tipFile.close();
        QFile metaFile(source + QStringLiteral("/pack.json"));
        QVERIFY(metaFile.open(QIODevice::ReadOnly));
        QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        metaFile.close();
        meta.insert(QStringLiteral("version"), QStringLiteral("2026.11.2"));
        QVERIFY(metaFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        metaFile.write(QJsonDocument(meta).toJson());
        metaFile.close();
        QVERIFY(run(QStringLiteral("civic-pack"), {"build", source, "-o", path("v2.ckpack")}).exitCode == 0);
        result = run(QStringLiteral("civic-pack"), {"publish", path("v2.ckpack"), "--to", channel, "--channel", "stuttgart-stable", "-s", path("new.key")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // The timer's look waits for the poll interval; a technician's look does not.
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "update", "--when-due"});
        QVERIFY2(result.exitCode == 0 && result.out.contains(QStringLiteral("Not due")), qPrintable(result.out + result.err));

        // The kiosk fetches it, and the running screen swaps to it without a restart.
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "update", "--once"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("version 2026.11.2 installed and current")));
        QTRY_COMPARE_WITH_TIMEOUT(readJson(health).value(QStringLiteral("version")).toString(), QStringLiteral("2026.11.2"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!readJson(health).value(QStringLiteral("healthyAt")).toString().isEmpty(), 10000);
        QCOMPARE(kiosk.state(), QProcess::Running);  // the same process all along
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "health"});
        QVERIFY2(result.out.contains(QStringLiteral("version 2026.11.2 is last-good")), qPrintable(result.out + result.err));
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "verify"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        kiosk.terminate();
        QVERIFY(kiosk.waitForFinished(10000));
        server.kill();
        server.waitForFinished();

        // A look that failed is due again at the timer's next tick, not after the poll interval.
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "update", "--once"});
        QCOMPARE(result.exitCode, 4);
        result = run(QStringLiteral("civic-kioskctl"), {"--config", config.fileName(), "update", "--when-due"});
        QVERIFY2(result.exitCode == 4 && !result.out.contains(QStringLiteral("Not due")), qPrintable(result.out + result.err));
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
