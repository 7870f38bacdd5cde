// Outside input: kiosk.toml, which a technician edits on the SD card's boot partition from any
// computer (civic-kioskctl bootconfig installs it at every boot), and /etc/civic-kiosk/kiosk.conf
// that it becomes, read by civic-kioskctl and the kiosk at every start.

#include "fuzzsupport.h"

#include "kioskconfig.h"

#include <QTimeZone>

namespace {

/// Moments the schedule is asked about: an ordinary day, and the nights the clocks change in
/// Europe, where a schedule's arithmetic is most likely to go wrong.
const QList<QDateTime> &moments()
{
    static const QList<QDateTime> list{
        QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc()),
        QDateTime(QDate(2026, 3, 29), QTime(0, 30), QTimeZone::utc()),
        QDateTime(QDate(2026, 10, 25), QTime(0, 30), QTimeZone::utc()),
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    civic::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto config = civic::KioskConfig::parse(civic::fuzz::input(data, size), QStringLiteral("kiosk.toml"), &error);
    if (!config)
        return 0;
    // What the kiosk asks the config's schedule (ScheduleController): is it open now, and when
    // does that change next.
    for (const QDateTime &at : moments()) {
        config->schedule.isOpen(at);
        config->schedule.nextChange(at);
    }
    return 0;
}
