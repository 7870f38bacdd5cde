// The programs as staff and technicians run them: real processes, real files.
#include "programrun.h"
#include "testpack.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

ProgramRun run(const QString &program, const QStringList &arguments)
{
    return runProgram(program, arguments);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void screenshotOfEachMainScreen_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("size");
        QTest::newRow("home portrait") << "home" << "de" << "1080x1920";
        QTest::newRow("tip landscape") << "tip/burglary-lock-twice" << "en" << "1920x1080";
        QTest::newRow("district arabic") << "district/vaihingen" << "ar" << "1080x1920";
        QTest::newRow("small window") << "contacts" << "uk" << "540x960";
    }

    void screenshotOfEachMainScreen()
    {
        QFETCH(QString, route);
        QFETCH(QString, language);
        QFETCH(QString, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const ProgramRun result = run(QStringLiteral("civic-kiosk"), {QStringLiteral("--screenshot"), png, QStringLiteral("--route"), route,
                                                               QStringLiteral("--language"), language, QStringLiteral("--size"), size});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()), size);
        // The emergency strip's red fills the bottom rows.
        const QColor bottom = image.pixelColor(image.width() / 3, image.height() - 4);
        QVERIFY2(bottom.red() > 140 && bottom.green() < 60, qPrintable(bottom.name()));
    }

    void screenshotRefusesUnknownRouteAndLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("route") << QStringList{"--route", "tip/no-such-tip"} << "unknown route 'tip/no-such-tip'; routes are: about, contact/ID, contacts";
        QTest::newRow("language") << QStringList{"--language", "fr"} << "unknown language 'fr'; the pack has: de, en, de-x-ls, tr, ar, uk";
        QTest::newRow("size") << QStringList{"--size", "big"} << "--size 'big' is not WIDTHxHEIGHT";
        QTest::newRow("argument") << QStringList{"extra"} << "unexpected argument 'extra'";
    }

    void screenshotRefusesUnknownRouteAndLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const ProgramRun result = run(QStringLiteral("civic-kiosk"), QStringList{QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }

    void previewOfAPackSource()
    {
        TestPack pack;
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const ProgramRun result = run(QStringLiteral("civic-kiosk"), {QStringLiteral("--screenshot"), png, QStringLiteral("--pack"), pack.dir(),
                                                               QStringLiteral("--route"), QStringLiteral("tip/lock-door")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!QImage(png).isNull());
    }

    void brokenPackShowsOutOfServiceWithTheReason()
    {
        TestPack pack;
        pack.writeText(QStringLiteral("sections.json"), "{ not json");
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        const ProgramRun result = run(QStringLiteral("civic-kiosk"), {QStringLiteral("--screenshot"), png, QStringLiteral("--pack"), pack.dir()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("out of service: sections.json: broken JSON at line 1, column 4")), qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("unknown section")), qPrintable(result.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The calm grey screen, not the red strip of a working kiosk.
        QVERIFY(image.pixelColor(image.width() / 3, image.height() - 4).red() < 240);
        QVERIFY(image.pixelColor(image.width() / 3, image.height() - 4).green() > 200);
    }

    void packBuildAndInspect()
    {
        TestPack pack;
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("minimal-1.2.3.ckpack"));
        ProgramRun result = run(QStringLiteral("civic-pack"), {QStringLiteral("build"), pack.dir(), QStringLiteral("-o"), archive});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(QStringLiteral("pack minimal version 1.2.3, 13 files")));
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("inspect"), QStringLiteral("--json"), archive});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("version")).toString(), QStringLiteral("1.2.3"));
        QCOMPARE(summary.value(QStringLiteral("files")).toInt(), 13);
        QCOMPARE(summary.value(QStringLiteral("signatureBeside")).toBool(true), false);

        // A broken pack is not built, and says why.
        pack.writeText(QStringLiteral("tips/lock-door.json"), "{");
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("build"), pack.dir(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.ckpack"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("tips/lock-door.json: broken JSON")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.ckpack"))));

        // A damaged archive is refused by inspect, naming the archive.
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[100] = static_cast<char>(bytes.at(100) ^ 0x5a);  // inside the first entry, the manifest
        file.seek(0);
        file.write(bytes);
        file.close();
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("inspect"), archive});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("civic-pack: ") + archive + QStringLiteral(": ")), qPrintable(result.err));
    }

    void packInitGivesAValidPackToBuildOn()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("new-pack"));
        ProgramRun result = run(QStringLiteral("civic-pack"), {QStringLiteral("init"), pack});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(pack + QStringLiteral("/.schema/tip.schema.json")));
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("validate"), pack});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out));
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("build"), pack, QStringLiteral("-o"), dir.filePath(QStringLiteral("new.ckpack"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // The schemas stay out of the pack: they are for the editor.
        QVERIFY2(result.out.contains(QStringLiteral("11 files")), qPrintable(result.out));
        QCOMPARE(run(QStringLiteral("civic-pack"), {QStringLiteral("init"), pack}).exitCode, 3);
        // The kiosk shows the new pack.
        result = run(QStringLiteral("civic-kiosk"), {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("new.png")), QStringLiteral("--pack"), pack});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    void packValidate()
    {
        TestPack pack;
        ProgramRun result = run(QStringLiteral("civic-pack"), {QStringLiteral("validate"), pack.dir()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("valid (1 warnings)")));
        QVERIFY(result.out.contains(QStringLiteral("  tr ")));

        pack.writeText(QStringLiteral("tips/lock-door.json"), "[]");
        result = run(QStringLiteral("civic-pack"), {QStringLiteral("validate"), pack.dir()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QStringLiteral("tips/lock-door.json: expected a JSON object")), qPrintable(result.out));

        result = run(QStringLiteral("civic-pack"), {QStringLiteral("validate"), QStringLiteral("--json"), pack.dir()});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(!report.value(QStringLiteral("issues")).toArray().isEmpty());

        QCOMPARE(run(QStringLiteral("civic-pack"), {QStringLiteral("frobnicate"), pack.dir()}).exitCode, 2);
        QCOMPARE(run(QStringLiteral("civic-pack"), {QStringLiteral("compile"), pack.dir()}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
