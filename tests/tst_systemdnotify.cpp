// civic-kiosk under systemd (Type=notify, WatchdogSec=): READY=1 once its first frame is shown,
// then watchdog pings from its main loop, on a real NOTIFY_SOCKET datagram socket.
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

class TestSystemdNotify : public QObject
{
    Q_OBJECT

private slots:
    void readyThenWatchdogPings_data()
    {
        QTest::addColumn<QString>("watchdogPid");
        QTest::newRow("started by systemd") << QString();
        // Under cage, systemd names cage's PID; the kiosk is its child and pings all the same.
        QTest::newRow("a child of cage") << QStringLiteral("1");
    }

    void readyThenWatchdogPings()
    {
        QFETCH(QString, watchdogPid);
        QTemporaryDir dir;
        const QByteArray path = dir.filePath(QStringLiteral("notify")).toUtf8();
        const int socketFd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(socketFd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(static_cast<size_t>(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);

        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromUtf8(path));
        env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("300000"));
        if (!watchdogPid.isEmpty())
            env.insert(QStringLiteral("WATCHDOG_PID"), watchdogPid);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        kiosk.setProcessEnvironment(env);
        kiosk.start(QStringLiteral(CIVIC_BIN_DIR "/civic-kiosk"),
                    {QStringLiteral("--windowed"), QStringLiteral("--pack"), QStringLiteral(CIVIC_DEFAULT_PACK_DIR),
                     QStringLiteral("--attract-seconds"), QStringLiteral("0")});
        QVERIFY(kiosk.waitForStarted());

        QStringList messages;
        QElapsedTimer timer;
        timer.start();
        // Five pings take 0.75 s at half the 0.3 s interval; start-up may take a few seconds.
        while (timer.elapsed() < 15000 && messages.count(QStringLiteral("WATCHDOG=1")) < 5) {
            char buffer[4096];
            const ssize_t size = ::recv(socketFd, buffer, sizeof(buffer), 0);
            if (size > 0) {
                for (const QByteArray &line : QByteArray(buffer, size).split('\n'))
                    messages.append(QString::fromUtf8(line));
            } else {
                QTest::qWait(20);
            }
        }
        kiosk.terminate();
        kiosk.waitForFinished(5000);
        ::close(socketFd);

        QVERIFY2(messages.contains(QStringLiteral("READY=1")), qPrintable(messages.join(u'|')));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
                            [](const QString &m) { return m.startsWith(QStringLiteral("STATUS=showing pack")); }));
        QVERIFY2(messages.count(QStringLiteral("WATCHDOG=1")) >= 5, qPrintable(messages.join(u'|')));
        // Ready comes before the first ping.
        QVERIFY(messages.indexOf(QStringLiteral("READY=1")) < messages.indexOf(QStringLiteral("WATCHDOG=1")));
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "tst_systemdnotify.moc"
