// The admin PIN: its Argon2id hash, and the pad's lock after five wrong PINs, on a fake clock.
#include "pinhash.h"
#include "pinlock.h"

#include <QTest>

using civic::PinLock;

class TestPinHash : public QObject
{
    Q_OBJECT

private:
    // One hash for the whole run: each takes a tenth of a second or so.
    const QString m_pin = QStringLiteral("482916");
    QByteArray m_hash;
    qint64 m_now = 1'000'000;

    PinLock lock() { return PinLock(m_hash, [this] { return m_now; }); }

private slots:
    void initTestCase()
    {
        QString error;
        m_hash = civic::hashPin(m_pin, &error);
        QVERIFY2(!m_hash.isEmpty(), qPrintable(error));
    }

    void hashRoundTrip()
    {
        QVERIFY(m_hash.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"));
        QVERIFY(civic::isPinHash(m_hash));
        QVERIFY(civic::verifyPin(m_pin, m_hash));
        QVERIFY(!civic::verifyPin(QStringLiteral("482917"), m_hash));
        QVERIFY(!civic::verifyPin(QStringLiteral("4829160"), m_hash));
    }

    void sameSaltNever()
    {
        QString error;
        const QByteArray again = civic::hashPin(m_pin, &error);
        QVERIFY(again != m_hash);
        QVERIFY(civic::verifyPin(m_pin, again));
    }

    void refusesBadPins_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << QStringLiteral("this one has 0");
        QTest::newRow("three digits") << QStringLiteral("123") << QStringLiteral("this one has 3");
        QTest::newRow("thirteen digits") << QStringLiteral("1234567890123") << QStringLiteral("this one has 13");
        QTest::newRow("letters") << QStringLiteral("12ab") << QStringLiteral("characters other than digits");
        QTest::newRow("space") << QStringLiteral("1234 ") << QStringLiteral("characters other than digits");
        QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662\u0663\u0664") << QStringLiteral("characters other than digits");
    }

    void refusesBadPins()
    {
        QFETCH(QString, pin);
        QFETCH(QString, why);
        QString error;
        QVERIFY(civic::hashPin(pin, &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("the PIN must be 4 to 12 digits (0-9)")), qPrintable(error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QVERIFY(!civic::verifyPin(pin, m_hash));
    }

    void acceptsEdgeLengths()
    {
        QString error;
        QVERIFY(civic::verifyPin(QStringLiteral("0000"), civic::hashPin(QStringLiteral("0000"), &error)));
        QVERIFY(civic::verifyPin(QStringLiteral("123456789012"), civic::hashPin(QStringLiteral("123456789012"), &error)));
    }

    void refusesMalformedHashes_data()
    {
        QTest::addColumn<QByteArray>("hash");
        QString error;
        const QByteArray good = civic::hashPin(QStringLiteral("482916"), &error);
        const QByteArray params = "$argon2id$v=19$m=65536,t=2,p=1$";
        const QByteArray tail = good.mid(params.size());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only") << params;
        QTest::newRow("truncated") << good.chopped(1);
        QTest::newRow("trailing newline") << good + '\n';
        QTest::newRow("leading space") << ' ' + good;
        QTest::newRow("argon2i") << "$argon2i$v=19$m=65536,t=2,p=1$" + tail;
        QTest::newRow("version 16") << "$argon2id$v=16$m=65536,t=2,p=1$" + tail;
        QTest::newRow("no version") << "$argon2id$m=65536,t=2,p=1$" + tail;
        QTest::newRow("two lanes") << "$argon2id$v=19$m=65536,t=2,p=2$" + tail;
        QTest::newRow("4 GiB") << "$argon2id$v=19$m=4194304,t=2,p=1$" + tail;
        QTest::newRow("too little memory") << "$argon2id$v=19$m=4,t=2,p=1$" + tail;
        QTest::newRow("100 passes") << "$argon2id$v=19$m=65536,t=100,p=1$" + tail;
        QTest::newRow("zero passes") << "$argon2id$v=19$m=65536,t=0,p=1$" + tail;
        QTest::newRow("not base64") << QByteArray(good).replace(good.size() - 5, 1, "*");
        QTest::newRow("padded") << good + '=';
        QTest::newRow("scrypt") << QByteArrayLiteral("$7$C6..../....SodiumChloride$kBGj9fHznVYFQMEn/qDCfrDevf9YDtcDdKvEqHJLV8D");
        QTest::newRow("plain PIN") << QByteArrayLiteral("482916");
    }

    void refusesMalformedHashes()
    {
        QFETCH(QByteArray, hash);
        QVERIFY(!civic::isPinHash(hash));
        QVERIFY(!civic::verifyPin(m_pin, hash));
    }

    void rightPinResetsTheCount()
    {
        PinLock pad = lock();
        QVERIFY(pad.hasPin());
        QCOMPARE(pad.attemptsLeft(), 5);
        for (int left = 4; left >= 1; --left) {
            QCOMPARE(pad.attempt(QStringLiteral("0000")), PinLock::Result::Wrong);
            QCOMPARE(pad.attemptsLeft(), left);
        }
        QCOMPARE(pad.attempt(m_pin), PinLock::Result::Accepted);
        QCOMPARE(pad.attemptsLeft(), 5);
        QVERIFY(!pad.isLocked());
        QCOMPARE(pad.msUntilUnlocked(), 0);
    }

    void fiveWrongLockForFiveMinutes()
    {
        PinLock pad = lock();
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pad.attempt(QStringLiteral("1111")), PinLock::Result::Wrong);
        // The wrong PIN that locks the pad says so at once.
        QCOMPARE(pad.attempt(QStringLiteral("1111")), PinLock::Result::Locked);
        QVERIFY(pad.isLocked());
        QCOMPARE(pad.attemptsLeft(), 0);
        QCOMPARE(pad.msUntilUnlocked(), 5 * 60 * 1000);

        // The right PIN is refused too, and tries while locked do not extend the lock.
        m_now += 4 * 60 * 1000;
        QCOMPARE(pad.attempt(m_pin), PinLock::Result::Locked);
        QCOMPARE(pad.attempt(QStringLiteral("1111")), PinLock::Result::Locked);
        QCOMPARE(pad.msUntilUnlocked(), 60 * 1000);
        m_now += 60 * 1000 - 1;
        QCOMPARE(pad.attempt(m_pin), PinLock::Result::Locked);

        m_now += 1;
        QVERIFY(!pad.isLocked());
        QCOMPARE(pad.msUntilUnlocked(), 0);
        QCOMPARE(pad.attemptsLeft(), 5);
        QCOMPARE(pad.attempt(m_pin), PinLock::Result::Accepted);
    }

    void freshRoundAfterTheLock()
    {
        PinLock pad = lock();
        for (int i = 0; i < 5; ++i)
            pad.attempt(QStringLiteral("2222"));
        QVERIFY(pad.isLocked());
        m_now += PinLock::kLockMs;
        QCOMPARE(pad.attempt(QStringLiteral("2222")), PinLock::Result::Wrong);
        QCOMPARE(pad.attemptsLeft(), 4);
    }

    void noPinMeansNoWayIn_data()
    {
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("malformed") << QByteArrayLiteral("482916");
    }

    void noPinMeansNoWayIn()
    {
        QFETCH(QByteArray, hash);
        PinLock pad(hash, [this] { return m_now; });
        QVERIFY(!pad.hasPin());
        QVERIFY(pad.isLocked());
        QCOMPARE(pad.msUntilUnlocked(), -1);
        QCOMPARE(pad.attemptsLeft(), 0);
        QCOMPARE(pad.attempt(QStringLiteral("482916")), PinLock::Result::Locked);
        m_now += 24 * 60 * 60 * 1000;
        QCOMPARE(pad.attempt(QStringLiteral("482916")), PinLock::Result::Locked);
    }

    void defaultClockRuns()
    {
        PinLock pad(m_hash);
        QCOMPARE(pad.attempt(m_pin), PinLock::Result::Accepted);
        for (int i = 0; i < 5; ++i)
            pad.attempt(QStringLiteral("3333"));
        const qint64 left = pad.msUntilUnlocked();
        QVERIFY2(left > 4 * 60 * 1000 && left <= 5 * 60 * 1000, qPrintable(QString::number(left)));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
