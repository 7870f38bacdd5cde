// civic-kioskctl as a technician runs it: a real config file, real signed archives, real processes.
#include "minisign.h"
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

    void usage()
    {
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("install")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKioskCtl)
#include "tst_kioskctl.moc"
