#include "kioskconfig.h"
#include "openinghours.h"

#include <QTest>

using civic::KioskConfig;
using civic::OpeningHours;

namespace civic {
// Names an opening in QCOMPARE's messages.
char *toString(const OpeningHours::Interval &interval)
{
    return qstrdup(qPrintable(OpeningHours::toText(interval)));
}
} // namespace civic

namespace {

const QByteArray kKey = civic::minisign::generateKey().publicKey().base64().toLatin1();

const QByteArray kMonday = "mon = [\"07:00-19:00\"]\n";
const QByteArray kWeekdays = "mon = [\"07:00-19:00\"]\ntue = [\"07:00-19:00\"]\nwed = [\"07:00-19:00\"]\n"
                             "thu = [\"07:00-19:00\"]\nfri = [\"07:00-19:00\"]\n";
const QByteArray kThursdayNight = "thu = [\"18:00-02:00\"]\n";
const QByteArray kSaturdayNight = "sat = [\"22:00-04:00\"]\n";  // spans both 2026 clock changes
const QByteArray kSundayFromHalfPastTwo = "sun = [\"02:30-12:00\"]\n";  // opens in the skipped, then the repeated hour

/// Lines 1 to 6 of a kiosk config in Berlin, then `schedule` inside [schedule] from line 7 on.
QByteArray configWith(const QByteArray &schedule)
{
    return "[kiosk]\n"
           "id = \"k\"\n"
           "[channel]\n"
           "trusted_keys = [\"" + kKey + "\"]\n"
           "[schedule]\n"
           "time_zone = \"Europe/Berlin\"\n" + schedule;
}

QByteArray goodSchedule()
{
    return configWith("mon = [\"07:00-19:00\"]\n"                       // line 7
                      "tue = [\"07:00-12:00\", \"13:00-19:00\"]\n"
                      "thu = [\"18:00-02:00\"]\n"
                      "fri = [\"08:00-16:00\"]\n"                       // line 10
                      "sun = []\n"
                      "closed = [\"2026-12-24\", 2026-12-25]\n"
                      "display_off_command = [\"/usr/bin/wlr-randr\", \"--output\", \"HDMI-A-1\", \"--off\"]\n"
                      "display_on_command = [\"/usr/bin/wlr-randr\", \"--output\", \"HDMI-A-1\", \"--on\"]\n"
                      "wake_minutes = 10\n"                               // line 15
                      "[schedule.special]\n"
                      "\"2026-12-31\" = [\"08:00-12:00\"]\n");
}

/// Wall-clock time in Berlin, "2026-03-02T07:00:00"; not for times the clocks skip or repeat.
QDateTime berlin(const char *text)
{
    const QDateTime wall = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    return QDateTime(wall.date(), wall.time(), QTimeZone("Europe/Berlin"));
}

QDateTime utc(const char *text)
{
    const QDateTime wall = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    return QDateTime(wall.date(), wall.time(), Qt::UTC);
}

} // namespace

class TestOpeningHours : public QObject
{
    Q_OBJECT

private slots:
    void isOpenAt_data()
    {
        QTest::addColumn<QByteArray>("schedule");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<bool>("open");
        QTest::newRow("at opening") << kMonday << berlin("2026-03-02T07:00:00") << true;
        QTest::newRow("a second before opening") << kMonday << berlin("2026-03-02T06:59:59") << false;
        QTest::newRow("at closing") << kMonday << berlin("2026-03-02T19:00:00") << false;
        QTest::newRow("a second before closing") << kMonday << berlin("2026-03-02T18:59:59") << true;
        QTest::newRow("a weekday not listed") << kMonday << berlin("2026-03-03T10:00:00") << false;
        QTest::newRow("an instant in UTC") << kMonday << utc("2026-03-02T06:00:00") << true;
        QTest::newRow("an instant in UTC, before") << kMonday << utc("2026-03-02T05:59:59") << false;

        const QByteArray lunchBreak = "tue = [\"13:00-19:00\", \"07:00-12:00\"]\n";
        QTest::newRow("lunch break") << lunchBreak << berlin("2026-03-03T12:30:00") << false;
        QTest::newRow("after lunch") << lunchBreak << berlin("2026-03-03T13:00:00") << true;

        QTest::newRow("past midnight, next morning") << kThursdayNight << berlin("2026-03-06T01:30:00") << true;
        QTest::newRow("past midnight, at its end") << kThursdayNight << berlin("2026-03-06T02:00:00") << false;
        QTest::newRow("past midnight, before midnight") << kThursdayNight << berlin("2026-03-05T23:59:59") << true;
        QTest::newRow("past midnight, not the morning before") << kThursdayNight << berlin("2026-03-05T01:30:00") << false;
        QTest::newRow("until 24:00") << QByteArray("sat = [\"20:00-24:00\"]\n") << berlin("2026-03-07T23:59:59") << true;
        QTest::newRow("until 24:00, at midnight") << QByteArray("sat = [\"20:00-24:00\"]\n") << berlin("2026-03-08T00:00:00")
                                                  << false;

        QTest::newRow("holiday") << kWeekdays + "closed = [\"2026-12-24\"]\n" << berlin("2026-12-24T10:00:00") << false;
        QTest::newRow("the day before a holiday") << kWeekdays + "closed = [\"2026-12-24\"]\n" << berlin("2026-12-23T10:00:00")
                                                  << true;
        QTest::newRow("holiday as TOML date") << kWeekdays + "closed = [2026-12-24]\n" << berlin("2026-12-24T10:00:00") << false;
        QTest::newRow("night opening runs on into a holiday")
            << kThursdayNight + "closed = [\"2026-03-06\"]\n" << berlin("2026-03-06T01:00:00") << true;

        const QByteArray newYearsEve = kWeekdays + "[schedule.special]\n\"2026-12-31\" = [\"08:00-12:00\"]\n";
        QTest::newRow("special date, before") << newYearsEve << berlin("2026-12-31T07:30:00") << false;
        QTest::newRow("special date, within") << newYearsEve << berlin("2026-12-31T11:59:59") << true;
        QTest::newRow("special date, after") << newYearsEve << berlin("2026-12-31T13:00:00") << false;
        QTest::newRow("special date on a closed day")
            << QByteArray("sun = []\n[schedule.special]\n\"2026-12-27\" = [\"10:00-14:00\"]\n") << berlin("2026-12-27T12:00:00")
            << true;

        // 2026-03-29: 02:00 CET becomes 03:00 CEST (01:00 UTC). 2026-10-25: 03:00 CEST becomes 02:00 CET (01:00 UTC).
        QTest::newRow("spring, before clocks resume") << kSundayFromHalfPastTwo << utc("2026-03-29T00:59:59") << false;
        QTest::newRow("spring, opening in skipped hour") << kSundayFromHalfPastTwo << utc("2026-03-29T01:00:00") << true;
        QTest::newRow("autumn, before first 02:30") << kSundayFromHalfPastTwo << utc("2026-10-25T00:29:59") << false;
        QTest::newRow("autumn, first 02:30") << kSundayFromHalfPastTwo << utc("2026-10-25T00:30:00") << true;
        QTest::newRow("autumn, second 02:45") << kSundayFromHalfPastTwo << utc("2026-10-25T01:45:00") << true;
        const QByteArray closingAtHalfPastTwo = "sun = [\"01:00-02:30\"]\n";
        QTest::newRow("autumn, closing at first 02:30") << closingAtHalfPastTwo << utc("2026-10-25T00:29:59") << true;
        QTest::newRow("autumn, closed at first 02:30") << closingAtHalfPastTwo << utc("2026-10-25T00:30:00") << false;
        QTest::newRow("autumn, closed at second 02:15") << closingAtHalfPastTwo << utc("2026-10-25T01:15:00") << false;
    }

    void isOpenAt()
    {
        QFETCH(QByteArray, schedule);
        QFETCH(QDateTime, at);
        QFETCH(bool, open);
        QString error;
        const auto config = KioskConfig::parse(configWith(schedule), QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->schedule.isAlwaysOpen());
        QCOMPARE(config->schedule.isOpen(at), open);
    }

    void nextChange_data()
    {
        QTest::addColumn<QByteArray>("schedule");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("opens") << kMonday << berlin("2026-03-02T06:00:00") << utc("2026-03-02T06:00:00");
        QTest::newRow("opens, from a fraction of a second before")
            << kMonday << berlin("2026-03-02T06:59:59.500") << utc("2026-03-02T06:00:00");
        QTest::newRow("closes, from the opening itself") << kMonday << berlin("2026-03-02T07:00:00") << utc("2026-03-02T18:00:00");
        QTest::newRow("from closing, next week") << kMonday << berlin("2026-03-02T19:00:00") << utc("2026-03-09T06:00:00");
        QTest::newRow("openings that touch are one")
            << QByteArray("sat = [\"20:00-24:00\"]\nsun = [\"00:00-03:00\"]\n") << berlin("2026-03-07T21:00:00")
            << utc("2026-03-08T02:00:00");
        QTest::newRow("past midnight") << kThursdayNight << berlin("2026-03-05T18:00:00") << utc("2026-03-06T01:00:00");
        QTest::newRow("over holidays") << kWeekdays + "closed = [\"2026-12-24\", \"2026-12-25\"]\n" << berlin("2026-12-23T19:00:00")
                                       << utc("2026-12-28T06:00:00");
        QTest::newRow("special date") << kWeekdays + "[schedule.special]\n\"2026-12-31\" = [\"08:00-12:00\"]\n"
                                      << berlin("2026-12-31T08:00:00") << utc("2026-12-31T11:00:00");
        QTest::newRow("never opens") << QByteArray("sun = []\n") << berlin("2026-03-02T12:00:00") << QDateTime();
        QTest::newRow("open around the clock, until a holiday")
            << QByteArray("closed = [\"2027-01-01\"]\n") << berlin("2026-12-30T12:00:00") << utc("2026-12-31T23:00:00");
        QTest::newRow("open around the clock, after a holiday")
            << QByteArray("closed = [\"2027-01-01\"]\n") << utc("2026-12-31T23:00:00") << utc("2027-01-01T23:00:00");

        // Spring: 2026-03-29 02:00 CET (01:00 UTC) becomes 03:00 CEST.
        QTest::newRow("spring, opening in skipped hour")
            << kSundayFromHalfPastTwo << utc("2026-03-28T12:00:00") << utc("2026-03-29T01:00:00");
        QTest::newRow("spring, closing that day") << kSundayFromHalfPastTwo << utc("2026-03-29T01:00:00") << utc("2026-03-29T10:00:00");
        QTest::newRow("spring, a night an hour shorter")
            << kSaturdayNight << utc("2026-03-28T21:00:00") << utc("2026-03-29T02:00:00");
        QTest::newRow("spring, opening a week later") << kMonday << utc("2026-03-27T12:00:00") << utc("2026-03-30T05:00:00");
        // Autumn: 2026-10-25 03:00 CEST (01:00 UTC) becomes 02:00 CET.
        QTest::newRow("autumn, opening in repeated hour")
            << kSundayFromHalfPastTwo << utc("2026-10-24T12:00:00") << utc("2026-10-25T00:30:00");
        QTest::newRow("autumn, closing that day") << kSundayFromHalfPastTwo << utc("2026-10-25T00:30:00") << utc("2026-10-25T11:00:00");
        QTest::newRow("autumn, a night an hour longer")
            << kSaturdayNight << utc("2026-10-24T20:00:00") << utc("2026-10-25T03:00:00");
        QTest::newRow("autumn, closing in repeated hour")
            << QByteArray("sun = [\"01:00-02:30\"]\n") << utc("2026-10-24T23:00:00") << utc("2026-10-25T00:30:00");
        QTest::newRow("autumn, opening a week later") << kMonday << utc("2026-10-23T12:00:00") << utc("2026-10-26T06:00:00");
    }

    void nextChange()
    {
        QFETCH(QByteArray, schedule);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, expected);
        QString error;
        const auto config = KioskConfig::parse(configWith(schedule), QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        const QDateTime next = config->schedule.nextChange(after);
        QCOMPARE(next.toUTC(), expected);
        if (next.isValid()) {
            QCOMPARE(next.timeZone().id(), QByteArray("Europe/Berlin"));
            QVERIFY(config->schedule.isOpen(next) != config->schedule.isOpen(next.addSecs(-1)));
        }
    }

    void alwaysOpenWithoutSchedule()
    {
        QString error;
        const auto config = KioskConfig::parse("[kiosk]\nid = \"k\"\n[channel]\ntrusted_keys = [\"" + kKey + "\"]\n",
                                               QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->schedule.isAlwaysOpen());
        QVERIFY(config->schedule.isOpen(berlin("2026-12-24T03:00:00")));
        QVERIFY(!config->schedule.nextChange(berlin("2026-12-24T03:00:00")).isValid());
        QVERIFY(config->displayOffCommand.isEmpty());
        QCOMPARE(config->wakeMinutes, 5);
    }

    void readsAGoodSchedule()
    {
        QString error;
        const auto config = KioskConfig::parse(goodSchedule(), QStringLiteral("kiosk.conf"), &error);
        QVERIFY2(config, qPrintable(error));
        const OpeningHours &hours = config->schedule;
        QVERIFY(!hours.isAlwaysOpen());
        QCOMPARE(hours.timeZone().id(), QByteArray("Europe/Berlin"));
        using Day = OpeningHours::Day;
        QCOMPARE(hours.openingsOn(QDate(2026, 3, 2)), Day({{7 * 60, 19 * 60}}));
        QCOMPARE(hours.openingsOn(QDate(2026, 3, 3)), Day({{7 * 60, 12 * 60}, {13 * 60, 19 * 60}}));
        QCOMPARE(hours.openingsOn(QDate(2026, 3, 4)), Day());
        QCOMPARE(hours.openingsOn(QDate(2026, 3, 5)), Day({{18 * 60, 26 * 60}}));
        QCOMPARE(hours.openingsOn(QDate(2026, 3, 6)), Day({{8 * 60, 16 * 60}}));
        QCOMPARE(hours.openingsOn(QDate(2026, 12, 24)), Day());
        QCOMPARE(hours.openingsOn(QDate(2026, 12, 25)), Day());
        QCOMPARE(hours.openingsOn(QDate(2026, 12, 31)), Day({{8 * 60, 12 * 60}}));
        QCOMPARE(config->displayOffCommand, QStringList({"/usr/bin/wlr-randr", "--output", "HDMI-A-1", "--off"}));
        QCOMPARE(config->displayOnCommand, QStringList({"/usr/bin/wlr-randr", "--output", "HDMI-A-1", "--on"}));
        QCOMPARE(config->wakeMinutes, 10);
    }

    void badSchedulesNameKeyAndLine_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        const QByteArray offCommand = "[\"/usr/bin/wlr-randr\", \"--output\", \"HDMI-A-1\", \"--off\"]";
        QTest::newRow("weekday typo") << QByteArray("mon = ") << QByteArray("mo = ")
                                      << "kiosk.conf:7: schedule.mo: unknown key (a typo?)";
        QTest::newRow("not a time span") << QByteArray("07:00-19:00") << QByteArray("7 to 19")
                                         << "kiosk.conf:7: schedule.mon[0]: '7 to 19' is not opening hours like 07:00-19:00";
        QTest::newRow("hour out of range") << QByteArray("07:00-19:00") << QByteArray("07:00-25:00")
                                           << "kiosk.conf:7: schedule.mon[0]: '07:00-25:00': times go from 00:00 to 23:59";
        QTest::newRow("24:00 as opening") << QByteArray("07:00-19:00") << QByteArray("24:00-02:00")
                                          << "kiosk.conf:7: schedule.mon[0]: '24:00-02:00': times go from 00:00 to 23:59";
        QTest::newRow("opens as it closes") << QByteArray("18:00-02:00") << QByteArray("18:00-18:00")
                                            << "kiosk.conf:9: schedule.thu[0]: '18:00-18:00' opens and closes at the same time";
        QTest::newRow("overlap") << QByteArray("13:00-19:00") << QByteArray("11:00-19:00")
                                 << "kiosk.conf:8: schedule.tue: '07:00-12:00' and '11:00-19:00' overlap";
        QTest::newRow("not a string") << QByteArray("[\"07:00-19:00\"]") << QByteArray("[7]")
                                      << "kiosk.conf:7: schedule.mon[0]: expected opening hours in quotes";
        QTest::newRow("not a list") << QByteArray("[\"07:00-19:00\"]") << QByteArray("\"07:00-19:00\"")
                                    << "kiosk.conf:7: schedule.mon: expected a list in [ ]";
        QTest::newRow("closed, not a date") << QByteArray("\"2026-12-24\"") << QByteArray("\"24.12.2026\"")
                                            << "kiosk.conf:12: schedule.closed[0]: '24.12.2026' is not a date like 2026-12-24";
        QTest::newRow("closed, no such day") << QByteArray("\"2026-12-24\"") << QByteArray("\"2026-02-30\"")
                                             << "kiosk.conf:12: schedule.closed[0]: '2026-02-30' is not a date";
        QTest::newRow("special, not a date") << QByteArray("\"2026-12-31\" = ") << QByteArray("\"silvester\" = ")
                                             << "kiosk.conf:17: schedule.special.silvester: 'silvester' is not a date like 2026-12-31";
        QTest::newRow("special and closed") << QByteArray("\"2026-12-31\" = ") << QByteArray("\"2026-12-24\" = ")
                                            << "kiosk.conf:17: schedule.special.2026-12-24: this date is in schedule.closed as well";
        QTest::newRow("special, bad hours") << QByteArray("08:00-12:00") << QByteArray("08:00-08:00")
                                            << "kiosk.conf:17: schedule.special.2026-12-31[0]: '08:00-08:00' opens and closes";
        QTest::newRow("special, not a section") << QByteArray("[schedule.special]\n\"2026-12-31\" = ")
                                                << QByteArray("special = ")
                                                << "kiosk.conf:16: schedule.special: expected a section [schedule.special]";
        QTest::newRow("setting below special") << QByteArray("wake_minutes = 10\n[schedule.special]\n")
                                               << QByteArray("[schedule.special]\nwake_minutes = 10\n")
                                               << "kiosk.conf:16: schedule.special.wake_minutes: 'wake_minutes' is not a date";
        QTest::newRow("unknown time zone") << QByteArray("Europe/Berlin") << QByteArray("Europe/Bonn")
                                           << "kiosk.conf:6: schedule.time_zone: 'Europe/Bonn' is not a known time zone";
        QTest::newRow("command without path") << offCommand << QByteArray("[\"wlr-randr\", \"--off\"]")
                                              << "kiosk.conf:13: schedule.display_off_command[0]: 'wlr-randr' is not a full path";
        QTest::newRow("empty command") << offCommand << QByteArray("[]")
                                       << "kiosk.conf:13: schedule.display_off_command: expected the program and its arguments";
        QTest::newRow("command as one string") << offCommand << QByteArray("\"/usr/bin/wlr-randr --off\"")
                                               << "kiosk.conf:13: schedule.display_off_command: expected a list in [ ]";
        QTest::newRow("argument not a string") << QByteArray("\"--off\"]") << QByteArray("\"--off\", 1]")
                                               << "kiosk.conf:13: schedule.display_off_command[4]: expected a string in quotes";
        QTest::newRow("off without on") << QByteArray("display_on_command = ") << QByteArray("# display_on_command = ")
                                        << "kiosk.conf: schedule.display_on_command: required, missing";
        QTest::newRow("wake too long") << QByteArray("wake_minutes = 10") << QByteArray("wake_minutes = 90")
                                       << "kiosk.conf:15: schedule.wake_minutes: 90 is outside 1 to 60";
        QTest::newRow("unknown setting") << QByteArray("wake_minutes = 10") << QByteArray("wake_minute = 10")
                                         << "kiosk.conf:15: schedule.wake_minute: unknown key (a typo?)";
    }

    void badSchedulesNameKeyAndLine()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray text = goodSchedule();
        QCOMPARE(text.count(from), 1);
        text.replace(from, to);
        QString error;
        QVERIFY(!KioskConfig::parse(text, QStringLiteral("kiosk.conf"), &error));
        QVERIFY2(error.startsWith(message) || error.contains(u'\n' + message), qPrintable(error));
    }

    void everyProblemAtOnce()
    {
        QByteArray text = goodSchedule();
        text.replace("07:00-19:00", "07:00-25:00").replace("wake_minutes = 10", "wake_minutes = 0");
        QString error;
        QVERIFY(!KioskConfig::parse(text, QStringLiteral("kiosk.conf"), &error));
        const QStringList problems = error.split(u'\n');
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith("kiosk.conf:7: schedule.mon[0]: "), qPrintable(error));
        QVERIFY2(problems.at(1).startsWith("kiosk.conf:15: schedule.wake_minutes: "), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
