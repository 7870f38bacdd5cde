// The first-boot step as it runs on a kiosk: the real civic-kioskctl against a temporary root with
// a boot partition, good and bad kiosk.toml files, and a last good config that must survive.
#include "kioskconfig.h"
#include "minisign.h"
#include "programrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestBootConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_key = civic::minisign::generateKey().publicKey().base64();

    QString path(const QString &inRoot) const { return m_root.filePath(inRoot.mid(1)); }

    QByteArray read(const QString &inRoot) const
    {
        QFile file(path(inRoot));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeBootFile(const QString &inRoot, const QByteArray &text)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path(inRoot)).absolutePath()));
        QFile file(path(inRoot));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

    QByteArray goodToml(const QByteArray &screen) const
    {
        return "# on the SD card\n[kiosk]\nid = \"rathaus-mitte-1\"\ndistrict = \"mitte\"\n"
               "[channel]\nurl = \"https://packs.example.org/stuttgart/\"\nname = \"stuttgart-stable\"\n"
               "trusted_keys = [\"" + m_key.toLatin1() + "\"]\n"
               "[screen]\n" + screen;
    }

    ProgramRun bootconfig(const QStringList &more = {})
    {
        return runProgram(QStringLiteral("civic-kioskctl"),
                          QStringList{QStringLiteral("bootconfig"), QStringLiteral("--root"), m_root.path()} + more);
    }

private slots:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void init()
    {
        QVERIFY(QDir(m_root.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_root.path()));
    }

    void withoutAFileNothingChanges()
    {
        writeBootFile(QStringLiteral("/run/civic-kiosk/config-problems.txt"), "old news\n");
        const ProgramRun result = bootconfig();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("no kiosk.toml")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("/run/civic-kiosk/config-problems.txt"))));
    }

    void installsAGoodFileWithItsRotation()
    {
        const QByteArray toml = goodToml("rotation = 90\ntouch_rotation = 180\n");
        writeBootFile(QStringLiteral("/boot/firmware/kiosk.toml"), toml);
        writeBootFile(QStringLiteral("/run/civic-kiosk/config-problems.txt"), "an earlier mistake\n");
        ProgramRun result = bootconfig();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("installed /boot/firmware/kiosk.toml")), qPrintable(result.out));

        QCOMPARE(read(QStringLiteral("/etc/civic-kiosk/kiosk.conf")), toml);  // as written: comments kept
        QString error;
        const auto installed = civic::KioskConfig::load(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf")), &error);
        QVERIFY2(installed, qPrintable(error));
        QCOMPARE(installed->kioskId, QStringLiteral("rathaus-mitte-1"));
        QVERIFY(read(QStringLiteral("/etc/civic-kiosk/session.env")).contains("CIVIC_ROTATION=90\n"));
        const QByteArray rule = read(QStringLiteral("/etc/udev/rules.d/90-civic-kiosk-touch.rules"));
        QVERIFY2(rule.contains("ENV{ID_INPUT_TOUCHSCREEN}==\"1\"") && rule.contains("LIBINPUT_CALIBRATION_MATRIX}=\"-1 0 1 0 -1 1\""),
                 rule.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("/run/civic-kiosk/config-problems.txt"))));
        QCOMPARE(QFileInfo(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf"))).permissions() & QFileDevice::ReadOther,
                 QFileDevice::ReadOther);  // the screen's and the store's users read it

        // Every boot runs it again: the same file changes nothing, not even a time stamp.
        const QDateTime written = QFileInfo(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf"))).lastModified();
        result = bootconfig();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("installed already")));
        QCOMPARE(QFileInfo(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf"))).lastModified(), written);

        // Back to an upright screen: no turn, no touch rule left behind.
        writeBootFile(QStringLiteral("/boot/firmware/kiosk.toml"), goodToml("rotation = 0\n"));
        result = bootconfig();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(read(QStringLiteral("/etc/civic-kiosk/session.env")).contains("CIVIC_ROTATION=0\n"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("/etc/udev/rules.d/90-civic-kiosk-touch.rules"))));
    }

    void touchFollowsTheScreenUnlessToldOtherwise()
    {
        writeBootFile(QStringLiteral("/boot/kiosk.toml"), goodToml("rotation = 270\n"));  // older firmware layout
        const ProgramRun result = bootconfig();
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(read(QStringLiteral("/etc/civic-kiosk/session.env")).contains("CIVIC_ROTATION=270\n"));
        QVERIFY(read(QStringLiteral("/etc/udev/rules.d/90-civic-kiosk-touch.rules")).contains("\"0 1 0 -1 0 1\""));
    }

    void aBadFileKeepsTheLastGoodSettings()
    {
        const QByteArray good = goodToml("rotation = 90\n");
        writeBootFile(QStringLiteral("/boot/firmware/kiosk.toml"), good);
        QCOMPARE(bootconfig().exitCode, 0);
        const QByteArray env = read(QStringLiteral("/etc/civic-kiosk/session.env"));

        // Three mistakes a technician makes: a wrong angle, a typo in a key, a web address without https.
        writeBootFile(QStringLiteral("/boot/firmware/kiosk.toml"),
                      "[kiosk]\nid = \"rathaus-mitte-1\"\ndistrikt = \"mitte\"\n[channel]\nurl = \"packs.example.org\"\n"
                      "name = \"stuttgart-stable\"\ntrusted_keys = [\"" + m_key.toLatin1() + "\"]\n[screen]\nrotation = 45\n");
        const ProgramRun result = bootconfig();
        QCOMPARE(result.exitCode, 1);
        for (const QString &expected : {QStringLiteral("/boot/firmware/kiosk.toml:3: kiosk.distrikt: unknown key"),
                                        QStringLiteral("/boot/firmware/kiosk.toml:5: channel.url: 'packs.example.org' is not an http(s) address"),
                                        QStringLiteral("/boot/firmware/kiosk.toml:9: screen.rotation: 45 is not 0, 90, 180 or 270")})
            QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("keeps its last good settings")));

        QCOMPARE(read(QStringLiteral("/etc/civic-kiosk/kiosk.conf")), good);
        QCOMPARE(read(QStringLiteral("/etc/civic-kiosk/session.env")), env);
        // A read-only root forgets /etc/udev at every boot: the touch keeps the kept settings' turn.
        QVERIFY(QFile::remove(path(QStringLiteral("/etc/udev/rules.d/90-civic-kiosk-touch.rules"))));
        QCOMPARE(bootconfig().exitCode, 1);
        QVERIFY(read(QStringLiteral("/etc/udev/rules.d/90-civic-kiosk-touch.rules")).contains("\"0 -1 1 1 0 0\""));
        const QString shown = QString::fromUtf8(read(QStringLiteral("/run/civic-kiosk/config-problems.txt")));
        QVERIFY2(shown.contains(QStringLiteral("kiosk.toml:9: screen.rotation")), qPrintable(shown));

        // Mended on the card: the next boot installs it and the screen's notice goes.
        writeBootFile(QStringLiteral("/boot/firmware/kiosk.toml"), goodToml("rotation = 180\n"));
        QCOMPARE(bootconfig().exitCode, 0);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("/run/civic-kiosk/config-problems.txt"))));
    }

    void anExplicitFileAndBadArguments()
    {
        const QString file = m_root.filePath(QStringLiteral("elsewhere.toml"));
        writeBootFile(QStringLiteral("/elsewhere.toml"), goodToml(""));
        QCOMPARE(bootconfig({QStringLiteral("--from"), file}).exitCode, 0);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("/etc/civic-kiosk/kiosk.conf"))));

        ProgramRun result = bootconfig({QStringLiteral("--from"), m_root.filePath(QStringLiteral("missing.toml"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("missing.toml")), qPrintable(result.err));
        result = bootconfig({QStringLiteral("extra")});
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBootConfig)
#include "tst_bootconfig.moc"
