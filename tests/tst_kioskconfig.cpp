#include "kioskconfig.h"
#include "pinhash.h"

#include <QTest>

using civic::KioskConfig;

namespace {

const QByteArray kKey = civic::minisign::generateKey().publicKey().base64().toLatin1();
const QByteArray kOtherKey = civic::minisign::generateKey().publicKey().base64().toLatin1();

QByteArray goodConfig()
{
    return "# A kiosk in the town hall\n"
           "[kiosk]\n"
           "id = \"rathaus-mitte-1\"\n"
           "district = \"mitte\"\n"
           "\n"
           "[store]\n"
           "data_dir = \"/srv/kiosk\"\n"
           "keep_versions = 2\n"
           "\n"
           "[channel]\n"
           "url = \"https://packs.example.org/stuttgart/\"\n"
           "name = \"stuttgart-stable\"\n"
           "poll_interval_minutes = 60\n"
           "trusted_keys = [\"" + kKey + "\", \"" + kOtherKey + "\"]\n"
           "\n"
           "[limits]\n"
           "max_pack_mb = 2048\n";
}

} // namespace

class TestKioskConfig : public QObject
{
    Q_OBJECT

private slots:
    void readsAGoodConfig()
    {
        QString error;
        const auto config = KioskConfig::parse(goodConfig(), QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->kioskId, QStringLiteral("rathaus-mitte-1"));
        QCOMPARE(config->district, QStringLiteral("mitte"));
        QCOMPARE(config->dataDir, QStringLiteral("/srv/kiosk"));
        QCOMPARE(config->keepVersions, 2);
        QCOMPARE(config->channelUrl, QUrl(QStringLiteral("https://packs.example.org/stuttgart/")));
        QCOMPARE(config->channelName, QStringLiteral("stuttgart-stable"));
        QCOMPARE(config->pollIntervalMinutes, 60);
        QCOMPARE(config->trustedKeys.size(), 2);
        QCOMPARE(config->trustedKeys.at(1).base64().toLatin1(), kOtherKey);
        QCOMPARE(config->maxPackBytes, 2048LL * 1024 * 1024);
    }

    void aKioskWithoutChannel()
    {
        QString error;
        const auto config = KioskConfig::parse("[kiosk]\nid = \"usb-only\"\n[channel]\ntrusted_keys = [\"" + kKey + "\"]\n",
                                               QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->channelUrl.isEmpty());
        QCOMPARE(config->dataDir, QStringLiteral("/var/lib/civic-kiosk"));
    }

    void adminPinAndScreen()
    {
        const QByteArray hash = civic::hashPin(QStringLiteral("2468"), nullptr);
        QString error;
        auto config = KioskConfig::parse(goodConfig() + "[admin]\npin_hash = \"" + hash + "\"\n[screen]\ntop_edge_cm = 175\nheight_cm = 48\n",
                                         QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->adminPinHash, hash);
        QCOMPARE(config->screenTopEdgeCm, 175);
        QCOMPARE(config->screenHeightCm, 48);

        config = KioskConfig::parse(goodConfig() + "[admin]\npin_hash = \"2468\"\n[screen]\nheight_cm = 48\n",
                                    QStringLiteral("kiosk.conf"), &error);
        QVERIFY(!config);
        QVERIFY2(error.contains(QStringLiteral("kiosk.conf:19: admin.pin_hash: is not an Argon2id hash made by civic-kioskctl hash-pin")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("kiosk.conf:21: screen.height_cm: top_edge_cm and height_cm go together")),
                 qPrintable(error));
    }

    void badConfigsNameKeyAndLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("keep_versions = 2") << QByteArray("keep_versions = = 2")
                                << "kiosk.conf:8: ";
        QTest::newRow("wrong type") << QByteArray("keep_versions = 2") << QByteArray("keep_versions = \"two\"")
                                    << "kiosk.conf:8: store.keep_versions: expected a whole number";
        QTest::newRow("out of range") << QByteArray("poll_interval_minutes = 60") << QByteArray("poll_interval_minutes = 1")
                                      << "kiosk.conf:13: channel.poll_interval_minutes: 1 is outside 5 to 10080";
        QTest::newRow("typo") << QByteArray("district = ") << QByteArray("distrikt = ")
                              << "kiosk.conf:4: kiosk.distrikt: unknown key (a typo?)";
        QTest::newRow("bad key") << kOtherKey << QByteArray("RWQnotakey")
                                 << "kiosk.conf:14: channel.trusted_keys[1]: not a minisign public key";
        QTest::newRow("bad url") << QByteArray("https://packs") << QByteArray("ftp://packs")
                                 << "kiosk.conf:11: channel.url: 'ftp://packs.example.org/stuttgart/' is not an http(s) address";
        QTest::newRow("missing id") << QByteArray("id = \"rathaus-mitte-1\"") << QByteArray("")
                                    << "kiosk.conf: kiosk.id: required, missing";
        QTest::newRow("bad id") << QByteArray("rathaus-mitte-1") << QByteArray("Rathaus Mitte")
                                << "kiosk.conf:3: kiosk.id: 'Rathaus Mitte' is not an ID";
        QTest::newRow("url without name") << QByteArray("name = \"stuttgart-stable\"") << QByteArray("")
                                          << "kiosk.conf: channel.name: required, missing";
    }

    void badConfigsNameKeyAndLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = goodConfig();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        QString error;
        QVERIFY(!KioskConfig::parse(text, QStringLiteral("kiosk.conf"), &error));
        QVERIFY2(error.startsWith(message) || error.contains(u'\n' + message), qPrintable(error));
    }

    void missingTrustedKeys()
    {
        QString error;
        QVERIFY(!KioskConfig::parse("[kiosk]\nid = \"k\"\n", QStringLiteral("kiosk.conf"), &error));
        QVERIFY2(error.contains(QStringLiteral("kiosk.conf: channel.trusted_keys: required, missing")), qPrintable(error));
    }

    void screenRotation()
    {
        QString error;
        auto config = KioskConfig::parse(goodConfig() + "[screen]\nrotation = 270\n", QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->screenRotation, 270);
        QCOMPARE(config->touchRotation, 270);  // the touch panel turns with the picture unless told
        config = KioskConfig::parse(goodConfig() + "[screen]\nrotation = 90\ntouch_rotation = 0\n", QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->touchRotation, 0);
        QVERIFY(!KioskConfig::parse(goodConfig() + "[screen]\nrotation = 360\ntouch_rotation = 45\n", QStringLiteral("kiosk.conf"), &error));
        QVERIFY2(error.contains(QStringLiteral("kiosk.conf:19: screen.rotation: 360 is outside 0 to 270")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("kiosk.conf:20: screen.touch_rotation: 45 is not 0, 90, 180 or 270")), qPrintable(error));
    }

    void theShippedExampleIsValid()
    {
        QString error;
        const auto config = KioskConfig::load(QStringLiteral(CIVIC_SOURCE_DIR "/deploy/kiosk.toml.example"), &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->displayOffCommand.value(0), QStringLiteral("/usr/libexec/civic-kiosk/display"));
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!KioskConfig::load(QStringLiteral("/nonexistent/kiosk.conf"), &error));
        QVERIFY(error.startsWith(QStringLiteral("/nonexistent/kiosk.conf: ")));
    }
};

QTEST_GUILESS_MAIN(TestKioskConfig)
#include "tst_kioskconfig.moc"
