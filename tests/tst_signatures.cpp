// civic-pack's keys and signatures against the real minisign program, both ways.
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ProgramRun run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(program, arguments, input);
}

const QString kPack = QStringLiteral(CIVIC_BIN_DIR "/civic-pack");

} // namespace

class TestSignatures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_minisign;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeData(const QString &name, const QByteArray &contents)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }

private slots:
    void initTestCase()
    {
        m_minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
        QVERIFY2(!m_minisign.isEmpty(), "the minisign package is needed (scripts/test installs it)");
        writeData(QStringLiteral("data.bin"), QByteArray(300000, 'x') + "end");
    }

    void civicPackSignsMinisignVerifies()
    {
        ProgramRun result = run(kPack, {"keygen", "--no-password", "-p", path("a.pub"), "-s", path("a.key")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(kPack, {"sign", path("data.bin"), "-s", path("a.key"), "-t", "pack test 1.0"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(m_minisign, {"-V", "-m", path("data.bin"), "-p", path("a.pub")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("Trusted comment: pack test 1.0")));
    }

    void minisignSignsCivicPackVerifies()
    {
        ProgramRun result = run(m_minisign, {"-G", "-W", "-p", path("m.pub"), "-s", path("m.key")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(m_minisign, {"-S", "-s", path("m.key"), "-m", path("data.bin"), "-t", "from minisign"});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(kPack, {"verify", path("data.bin"), "-p", path("m.pub")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("Trusted comment: from minisign")));
        // civic-pack signs with minisign's key file too.
        result = run(kPack, {"sign", path("data.bin"), "-s", path("m.key"), "-x", path("data.bin.civic")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(m_minisign, {"-V", "-m", path("data.bin"), "-x", path("data.bin.civic"), "-p", path("m.pub")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    }

    void passwordProtectedKeysBothWays()
    {
        // civic-pack's protected key, used by minisign.
        ProgramRun result = run(kPack, {"keygen", "-p", path("p.pub"), "-s", path("p.key")}, "geheim\ngeheim\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(m_minisign, {"-S", "-s", path("p.key"), "-m", path("data.bin"), "-x", path("p.sig")}, "geheim\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        result = run(kPack, {"verify", path("data.bin"), "-p", path("p.pub"), "-x", path("p.sig")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(kPack, {"sign", path("data.bin"), "-s", path("p.key"), "-x", path("p2.sig")}, "falsch\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("wrong password for the secret key")), qPrintable(result.err));

        // minisign's protected key, used by civic-pack.
        result = run(m_minisign, {"-G", "-p", path("q.pub"), "-s", path("q.key")}, "secret\nsecret\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(kPack, {"sign", path("data.bin"), "-s", path("q.key"), "-x", path("q.sig")}, "secret\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(m_minisign, {"-V", "-m", path("data.bin"), "-x", path("q.sig"), "-p", path("q.pub")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
    }

    void legacySignaturesAreRefused()
    {
        ProgramRun result = run(m_minisign, {"-S", "-l", "-s", path("m.key"), "-m", path("data.bin"), "-x", path("legacy.sig")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(kPack, {"verify", path("data.bin"), "-p", path("m.pub"), "-x", path("legacy.sig")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("legacy signature")), qPrintable(result.err));
    }

    void otherKeyAndChangedFileAreRefused()
    {
        ProgramRun result = run(kPack, {"verify", path("data.bin"), "-p", path("a.pub"), "-x", path("data.bin.civic")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("which is not trusted")), qPrintable(result.err));
        writeData(QStringLiteral("data.bin"), "changed");
        result = run(kPack, {"verify", path("data.bin"), "-p", path("m.pub")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("signature does not match the data")), qPrintable(result.err));
    }

    void keygenKeepsExistingKeys()
    {
        const ProgramRun result = run(kPack, {"keygen", "--no-password", "-p", path("a.pub"), "-s", path("a.key")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("exists; -f overwrites it")));
    }
};

QTEST_GUILESS_MAIN(TestSignatures)
#include "tst_signatures.moc"
