// civic-kioskctl as a technician runs it: a real config file, real signed archives, real processes.
#include "contentschema.h"
#include "contentstore.h"
#include "durablefiles.h"
#include "minisign.h"
#include "pinhash.h"
#include "programrun.h"
#include "prometheusformat.h"
#include "signedpack.h"
#include "testpack.h"
#include "sqlconnection.h"
#include "usagestats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>


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

    QString uiStateDir() const { return m_dir.filePath(QStringLiteral("ui-state")); }

    /// A kiosk of its own for the statistics: its own store and the screen's state folder.
    ProgramRun statsCtl(const QStringList &arguments)
    {
        const QString path = m_dir.filePath(QStringLiteral("stats.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write("[kiosk]\nid = \"stats-kiosk\"\n[store]\ndata_dir = \"" + m_dir.filePath(QStringLiteral("stats-store")).toUtf8()
                   + "\"\nstate_dir = \"" + uiStateDir().toUtf8() + "\"\n[channel]\ntrusted_keys = [\""
                   + m_key.publicKey().base64().toLatin1() + "\"]\n");
        file.close();
        return runProgram(QStringLiteral("civic-kioskctl"), QStringList{QStringLiteral("--config"), path} + arguments);
    }

    static int userVersion(const QString &database)
    {
        civic::SqlConnection connection(database, civic::SqlConnection::Mode::ReadOnly);
        QSqlQuery query(connection.database());
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
    }

    static void setUserVersion(const QString &database, int version)
    {
        civic::SqlConnection connection(database, civic::SqlConnection::Mode::ReadWrite);
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }

    /// Midnight UTC a few days ago: inside the retention, and never the hour that is running.
    static QDateTime statsDay() { return QDateTime(QDate::currentDate().addDays(-3), QTime(0, 0), Qt::UTC); }

    /// What the screen would have counted: on statsDay() from 10:00, and the day before.
    void fillUsage(civic::UsageStats &usage)
    {
        using Event = civic::UsageStats::Event;
        QVERIFY2(usage.open(uiStateDir(), civic::UsageStats::Mode::ReadWrite), qPrintable(usage.errorString()));
        const QDateTime ten = statsDay().addSecs(10 * 3600);
        auto record = [&](Event event, const QString &subject, int times, const QDateTime &at) {
            for (int i = 0; i < times; ++i)
                QVERIFY(usage.record(event, subject, at.addSecs(i * 60)));
        };
        record(Event::View, QStringLiteral("tip/burglary-lock-twice"), 6, ten);
        record(Event::View, QStringLiteral("tip/other"), 2, ten);
        record(Event::View, QStringLiteral("page/about"), 3, ten);
        record(Event::Language, QStringLiteral("de"), 5, ten);
        record(Event::Search, QString(), 7, ten);
        record(Event::Session, QStringLiteral("<30s"), 2, ten);
        record(Event::View, QStringLiteral("home"), 9, ten.addDays(-1));  // before --since
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

        // After a package upgrade that changed the database format, the pack is built again.
        const QString database = m_dir.filePath(QStringLiteral("store/packs/1.2.3/content.db"));
        QCOMPARE(userVersion(database), civic::kContentDbVersion);
        setUserVersion(database, civic::kContentDbVersion - 1);
        result = ctl({QStringLiteral("upgrade-databases")});
        QVERIFY2(result.exitCode == 0 && result.out.contains(QStringLiteral("built again: 1.2.3")), qPrintable(result.out + result.err));
        QCOMPARE(userVersion(database), civic::kContentDbVersion);
        civic::ContentStore reopened;
        QVERIFY2(reopened.open(database, QFileInfo(database).absolutePath()), qPrintable(reopened.errorString()));
        result = ctl({QStringLiteral("upgrade-databases")});
        QVERIFY(result.out.contains(QStringLiteral("up to date")));
        QVERIFY(ctl({QStringLiteral("verify")}).out.contains(QStringLiteral("all intact")));

        result = ctl({QStringLiteral("rollback")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("built-in pack")));
        result = ctl({QStringLiteral("status")});
        QVERIFY(result.out.contains(QStringLiteral("Current:   none (built-in pack)")));
    }

    void carriesOutTheAdminPagesRequests()
    {
        // A kiosk of its own: a store with one pack, and the screen's state folder.
        const QString state = m_dir.filePath(QStringLiteral("requests-state"));
        QVERIFY(QDir().mkpath(state));
        const QString conf = m_dir.filePath(QStringLiteral("requests.conf"));
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nid = \"requests-kiosk\"\n[store]\ndata_dir = \"" + m_dir.filePath(QStringLiteral("requests-store")).toUtf8()
                   + "\"\nstate_dir = \"" + state.toUtf8() + "\"\n[channel]\ntrusted_keys = [\""
                   + m_key.publicKey().base64().toLatin1() + "\"]\n");
        file.close();
        const auto run = [&conf](const QStringList &arguments) {
            return runProgram(QStringLiteral("civic-kioskctl"), QStringList{QStringLiteral("--config"), conf} + arguments);
        };
        TestPack pack;
        const QString archive = buildSignedArchive(pack.dir(), m_dir.filePath(QStringLiteral("requests.ckpack")), m_key);
        QCOMPARE(run({QStringLiteral("install"), archive}).exitCode, 0);

        // Nothing asked for: nothing done.
        ProgramRun result = run({QStringLiteral("requests")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(run({QStringLiteral("status")}).out.contains(QStringLiteral("1.2.3")));

        const QDir requests(QDir(state).filePath(QStringLiteral("requests")));
        QVERIFY(requests.mkpath(QStringLiteral(".")));
        QFile request(requests.filePath(QStringLiteral("rollback.request")));
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.write("2026-11-26T16:00:00Z\n");
        request.close();
        // An update holds the store (a download can take hours): the request waits for it instead
        // of failing, which would make systemd's path unit give up.
        const int held = civic::durable::lock(m_dir.filePath(QStringLiteral("requests-store/.lock")), true);
        QVERIFY(held >= 0);
        QProcess waiting;
        waiting.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        waiting.start(QStringLiteral(CIVIC_BIN_DIR "/civic-kioskctl"), {QStringLiteral("--config"), conf, QStringLiteral("requests")});
        QVERIFY(waiting.waitForStarted());
        QVERIFY(!waiting.waitForFinished(1500));
        QVERIFY(request.exists());
        ::close(held);
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(QString::fromUtf8(waiting.readAllStandardOutput()).contains(QStringLiteral("Rollback requested")));
        QVERIFY(!request.exists());
        QVERIFY(run({QStringLiteral("status")}).out.contains(QStringLiteral("Current:   none (built-in pack)")));

        // An update check without a channel says so, and the request is gone all the same.
        QVERIFY(request.open(QIODevice::WriteOnly));
        request.close();
        QVERIFY(QFile::rename(request.fileName(), requests.filePath(QStringLiteral("update.request"))));
        // A stray file (a crashed writer's temporary) would keep systemd's path unit firing.
        QFile stray(requests.filePath(QStringLiteral(".update.request.XYZ")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        result = run({QStringLiteral("requests")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("no [channel] url")));
        QVERIFY(result.err.contains(QStringLiteral("not a request")));
        QVERIFY(requests.isEmpty(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot));
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

    void statsExportJsonAndCsv()
    {
        const QString since = statsDay().toString(QStringLiteral("yyyy-MM-dd"));
        {
            civic::UsageStats usage;
            fillUsage(usage);  // and left open, as the running screen would
            ProgramRun result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), since, QStringLiteral("--format"),
                                          QStringLiteral("json")});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QString hour = since + QStringLiteral("T10:00Z");
            auto entry = [&](const QString &event, const QString &subject, int count) {
                return QJsonObject{{QStringLiteral("hour"), hour}, {QStringLiteral("event"), event},
                                   {QStringLiteral("subject"), subject}, {QStringLiteral("count"), count}};
            };
            // Sessions (2) and the day before are gone; tip/other and page/about only as their sum.
            const QJsonArray expected{entry(QStringLiteral("language"), QStringLiteral("de"), 5),
                                      entry(QStringLiteral("search"), QString(), 7),
                                      entry(QStringLiteral("view"), QStringLiteral("tip/burglary-lock-twice"), 6),
                                      entry(QStringLiteral("view"), QStringLiteral("(other)"), 5)};
            QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array(), expected);

            result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), since});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(result.out.startsWith(QStringLiteral("hour,event,subject,count\r\n")), qPrintable(result.out));
            QVERIFY(result.out.contains(hour + QStringLiteral(",view,(other),5\r\n")));
            QCOMPARE(result.out.count(u'\n'), 5);
        }

        // A kiosk whose screen has counted nothing yet: no rows, not an error.
        QVERIFY(QDir(uiStateDir()).removeRecursively());
        const ProgramRun result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), since, QStringLiteral("--format"),
                                            QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).array().size(), 0);
        QVERIFY(!QFileInfo::exists(uiStateDir()));
    }

    void statsRefusesBadOptions()
    {
        ProgramRun result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("2025-02-30")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--since 2025-02-30")), qPrintable(result.err));
        result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("1.3.2025")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--since")), qPrintable(result.err));
        result = statsCtl({QStringLiteral("stats")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--since")), qPrintable(result.err));
        result = statsCtl({QStringLiteral("stats"), QStringLiteral("--since"), QStringLiteral("2025-03-01"), QStringLiteral("--format"),
                           QStringLiteral("xml")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--format xml")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void statusWritesPrometheusFile()
    {
        TestPack pack;
        const QString archive = buildSignedArchive(pack.dir(), m_dir.filePath(QStringLiteral("metrics.ckpack")), m_key);
        ProgramRun result = statsCtl({QStringLiteral("install"), archive});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QDir(uiStateDir()).removeRecursively();
        {
            civic::UsageStats usage;
            fillUsage(usage);
        }

        const QString textfileDir = m_dir.filePath(QStringLiteral("textfile"));
        QVERIFY(QDir().mkpath(textfileDir));
        const QString file = QDir(textfileDir).filePath(QStringLiteral("civic-kiosk.prom"));
        for (int run = 0; run < 2; ++run) {  // the second replaces the first
            result = statsCtl({QStringLiteral("status"), QStringLiteral("--prometheus"), file});
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        }
        QCOMPARE(QDir(textfileDir).entryList(QDir::Files), QStringList{QStringLiteral("civic-kiosk.prom")});
        QFile metrics(file);
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(metrics.readAll());
        QVERIFY2(prometheusFormatProblem(text).isEmpty(), qPrintable(prometheusFormatProblem(text) + u'\n' + text));
        const QStringList lines = text.split(u'\n');
        for (const QString &line : {QStringLiteral("civic_kiosk_builtin_pack 0"),
                                    QStringLiteral("civic_kiosk_pack_info{pack=\"minimal\",version=\"1.2.3\"} 1"),
                                    QStringLiteral("civic_kiosk_pack_created_timestamp_seconds 1768471200"),
                                    QStringLiteral("civic_kiosk_installed_versions 1"),
                                    QStringLiteral("civic_kiosk_last_update_check_timestamp_seconds 0"),
                                    QStringLiteral("civic_kiosk_screen_starts_without_health 0"),
                                    QStringLiteral("civic_kiosk_usage_readable 1"),
                                    QStringLiteral("civic_kiosk_usage_events_total{event=\"view\"} 20"),
                                    QStringLiteral("civic_kiosk_usage_events_total{event=\"search\"} 7"),
                                    QStringLiteral("civic_kiosk_usage_events_total{event=\"attract-interrupted\"} 0"),
                                    QStringLiteral("civic_kiosk_usage_sessions_total{length=\"<30s\"} 2"),
                                    QStringLiteral("civic_kiosk_usage_sessions_total{length=\">5m\"} 0")})
            QVERIFY2(lines.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + text));
        QVERIFY(text.contains(QStringLiteral("# TYPE civic_kiosk_usage_events_total counter\n")));
        QVERIFY(text.contains(QStringLiteral("# TYPE civic_kiosk_store_free_bytes gauge\n")));
        QVERIFY(!text.contains(QStringLiteral("burglary")));

        // Without --prometheus, status is what it was.
        result = statsCtl({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("current")).toString(), QStringLiteral("1.2.3"));
    }

    void usage()
    {
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("install")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestKioskCtl)
#include "tst_kioskctl.moc"
