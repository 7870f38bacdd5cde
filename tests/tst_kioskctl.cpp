// civic-kioskctl as a technician runs it: a real config file, real signed archives, real processes.
#include "minisign.h"
#include "pinhash.h"
#include "programrun.h"
#include "signedpack.h"
#include "testpack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>


class TestKioskCtl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    civic::minisign::SecretKey m_key = civic::minisign::generateKey();

    QString config() const { return m_dir.filePath(QStringLiteral("kiosk.conf")); }

    ProgramRun ctl(const QStringList &arguments)
    {
        return runProgram(QStringLiteral("civic-kioskctl"), QStringList{QStringLiteral("--config"), config()} + arguments);
    }

    void writeConfig(const QByteArray &text)
    {
        QFile file(config());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private slots:
    void initTestCase()
    {
        writeConfig("[kiosk]\nid = \"test-kiosk\"\n[store]\ndata_dir = \"" + m_dir.filePath(QStringLiteral("store")).toUtf8()
                    + "\"\n[channel]\ntrusted_keys = [\"" + m_key.publicKey().base64().toLatin1() + "\"]\n");
    }

    void installStatusVerifyRollback()
    {
        TestPack pack;
        const QString archive = buildSignedArchive(pack.dir(), m_dir.filePath(QStringLiteral("minimal.ckpack")), m_key);
        ProgramRun result = ctl({QStringLiteral("install"), archive});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("pack minimal version 1.2.3 installed and current")));

        result = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(status.value(QStringLiteral("current")).toString(), QStringLiteral("1.2.3"));
        QCOMPARE(status.value(QStringLiteral("installed")).toArray().size(), 1);
        QVERIFY(status.value(QStringLiteral("storeBytes")).toDouble() > 0);

        result = ctl({QStringLiteral("verify")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("all intact")));

        result = ctl({QStringLiteral("rollback")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("built-in pack")));
        result = ctl({QStringLiteral("status")});
        QVERIFY(result.out.contains(QStringLiteral("Current:   none (built-in pack)")));
    }

    void refusedInstallSaysWhy()
    {
        TestPack pack;
        const QString archive = buildSignedArchive(pack.dir(), m_dir.filePath(QStringLiteral("other.ckpack")), civic::minisign::generateKey());
        const ProgramRun result = ctl({QStringLiteral("install"), archive});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("other.ckpack: refused: signed with key")), qPrintable(result.err));
        QVERIFY(ctl({QStringLiteral("status")}).out.contains(QStringLiteral("which is not trusted")));
    }

    void badConfigNamesKeyAndLine()
    {
        QFile file(config());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        writeConfig(good + "[limits]\nmax_pack_mb = \"big\"\n");
        const ProgramRun result = ctl({QStringLiteral("status")});
        writeConfig(good);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(config() + QStringLiteral(":8: limits.max_pack_mb: expected a whole number")), qPrintable(result.err));
    }

    void hashPinReadsStandardInput()
    {
        const QString program = QStringLiteral("civic-kioskctl");
        ProgramRun result = runProgram(program, {QStringLiteral("hash-pin")}, "24681357\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // One line and nothing else, for scripts.
        QVERIFY(result.out.endsWith(u'\n'));
        QCOMPARE(result.out.count(u'\n'), 1);
        const QByteArray hash = result.out.trimmed().toLatin1();
        QVERIFY(civic::isPinHash(hash));
        QVERIFY(civic::verifyPin(QStringLiteral("24681357"), hash));
        QVERIFY(!civic::verifyPin(QStringLiteral("24681358"), hash));

        result = runProgram(program, {QStringLiteral("hash-pin")}, "12ab\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("hash-pin: the PIN must be 4 to 12 digits")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("12ab")), qPrintable(result.err));

        result = runProgram(program, {QStringLiteral("hash-pin")}, {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no PIN on standard input")), qPrintable(result.err));

        // Never from the command line, where shell history and ps keep it.
        result = runProgram(program, {QStringLiteral("hash-pin"), QStringLiteral("1234")}, "1234\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("not as an argument")), qPrintable(result.err));
    }

    void usage()
    {
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("install")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKioskCtl)
#include "tst_kioskctl.moc"
