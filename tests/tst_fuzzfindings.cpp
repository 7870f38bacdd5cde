// What the fuzzers (fuzz/, bench/fuzz-all) and their review found, each kept as a test so it
// cannot come back. Inputs are the smallest that showed the fault.
#include "channelindex.h"
#include "kioskconfig.h"
#include "minisign.h"
#include "packmanifest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace civic;

class TestFuzzFindings : public QObject
{
    Q_OBJECT

private:
    static QByteArray validManifest()
    {
        PackManifest manifest;
        manifest.id = QStringLiteral("stuttgart");
        manifest.version = QStringLiteral("2026.11.1");
        manifest.created = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        manifest.schema = 1;
        manifest.files.append({QStringLiteral("pack.json"), 2, QByteArray(64, 'a')});
        return manifest.toJson();
    }

    static QJsonObject validIndex()
    {
        ChannelIndex index;
        index.channel = QStringLiteral("stuttgart-stable");
        index.id = QStringLiteral("stuttgart");
        index.version = QStringLiteral("2026.11.1");
        index.manifestPath = QStringLiteral("manifests/stuttgart-2026.11.1.json");
        index.manifestSize = 1000;
        index.manifestSha256 = QByteArray(64, 'a');
        index.published = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        index.expires = index.published.addDays(7);
        return QJsonDocument::fromJson(index.toJson()).object();
    }

private slots:
    void theValidInputsAreValid()
    {
        QString error;
        QVERIFY2(PackManifest::fromJson(validManifest(), &error), qPrintable(error));
        QVERIFY2(ChannelIndex::fromJson(QJsonDocument(validIndex()).toJson(), &error), qPrintable(error));
    }

    // Qt read the time but wrote the year 10000 as "": a pack that installed, then failed
    // verify and could not be installed again; a channel date lost from state.json.
    void aTimeBeyondTheYear9999IsRefused()
    {
        QJsonObject manifest = QJsonDocument::fromJson(validManifest()).object();
        manifest.insert(QStringLiteral("created"), QStringLiteral("9999-12-31T23:00:00-05:00"));
        QString error;
        QVERIFY(!PackManifest::fromJson(QJsonDocument(manifest).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("created")), qPrintable(error));

        QJsonObject index = validIndex();
        index.insert(QStringLiteral("expires"), QStringLiteral("9999-12-31T23:30:00-01:00"));
        QVERIFY(!ChannelIndex::fromJson(QJsonDocument(index).toJson(), &error));
        QVERIFY2(error.contains(QStringLiteral("expires")), qPrintable(error));
    }

    // A crafted archive could carry its own content.db, which export-html and preview would open
    // unchecked and whose IDs became file names outside the output folder.
    void aManifestListingADatabaseIsRefused()
    {
        for (const QString &path : {QStringLiteral("content.db"), QStringLiteral(".hidden/x.json")}) {
            QJsonObject manifest = QJsonDocument::fromJson(validManifest()).object();
            QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
            files.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("size"), 1},
                                     {QStringLiteral("sha256"), QString(64, u'b')}});
            manifest.insert(QStringLiteral("files"), files);
            QString error;
            QVERIFY(!PackManifest::fromJson(QJsonDocument(manifest).toJson(), &error));
            QVERIFY2(error.contains(path), qPrintable(error));
        }
    }

    // A cast of 1e19 to qint64 is undefined behaviour (UBSan stops on it).
    void aHugeManifestSizeIsRefusedWithoutOverflow()
    {
        for (const double size : {1e19, -1e19, 9.3e18, 0.5}) {
            QJsonObject index = validIndex();
            index.insert(QStringLiteral("manifestSize"), size);
            QString error;
            QVERIFY(!ChannelIndex::fromJson(QJsonDocument(index).toJson(), &error));
            QVERIFY2(error.contains(QStringLiteral("manifestSize")), qPrintable(error));
        }
    }

    // A password-protected key file asking scrypt for 2^60 operations made signing run for ever.
    void aKeyFileAskingForEndlessWorkIsRefusedAtOnce()
    {
        const QByteArray text = minisign::secretKeyFileText(minisign::generateKey(), QByteArrayLiteral("pw"));
        QList<QByteArray> lines = text.split('\n');
        QByteArray decoded = QByteArray::fromBase64(lines[1]);
        // Layout: algorithm (2), KDF (2), checksum algorithm (2), salt (32), then opslimit (8, LE).
        const qsizetype opslimitAt = 2 + 2 + 2 + 32;
        for (int i = 0; i < 8; ++i)
            decoded[opslimitAt + i] = i == 7 ? '\x10' : '\0';
        lines[1] = decoded.toBase64();
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!minisign::parseSecretKey(lines.join('\n'), QByteArrayLiteral("pw"), &error));
        QVERIFY2(error.contains(QStringLiteral("operations")), qPrintable(error));
        QVERIFY(timer.elapsed() < 2000);
    }

    // toml++ converted a float to a whole number before we looked at its type: 1E75 does not fit
    // (undefined behaviour; UBSan stops the sanitizer run on it).
    void aHugeFloatWhereAWholeNumberBelongsIsRefused()
    {
        for (const char *number : {"1E75", "-1E75", "48.0", "nan", "inf"}) {
            const QByteArray text = QByteArrayLiteral("[kiosk]\nid = \"rathaus-1\"\n\n[screen]\ntop_edge_cm = ")
                + number + '\n';
            QString error;
            QVERIFY2(!KioskConfig::parse(text, QStringLiteral("kiosk.toml"), &error), number);
            QVERIFY2(error.contains(QStringLiteral("kiosk.toml:5")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("screen.top_edge_cm: expected a whole number")), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzzfindings.moc"
