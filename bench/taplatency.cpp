// Time from a finger lifting off a tile to the first frame of the next page, on the real UI.
// Usage: civic-bench-taps [--rounds N]   (QT_QPA_PLATFORM selects offscreen or xcb)
#include "kiosksession.h"
#include "packlocator.h"
#include "uidriver.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

namespace {

using Clock = std::chrono::steady_clock;

/// Taps `objectName` and returns the milliseconds until the frame after the route changed.
double timeTap(KioskSession &session, UiDriver &driver, const QString &objectName)
{
    QQuickItem *target = driver.find(objectName);
    if (!target)
        qFatal("nothing called %s on screen", qPrintable(objectName));
    const QString before = session.router().route();
    Clock::time_point tapped;
    Clock::time_point shown;
    const auto connection = QObject::connect(session.window(), &QQuickWindow::frameSwapped, [&] {
        if (shown == Clock::time_point() && session.router().route() != before)
            shown = Clock::now();
    });
    tapped = Clock::now();
    if (!driver.tap(target))
        qFatal("cannot tap %s", qPrintable(objectName));
    if (!QTest::qWaitFor([&] { return shown != Clock::time_point(); }, 5000))
        qFatal("no new frame after tapping %s", qPrintable(objectName));
    QObject::disconnect(connection);
    return std::chrono::duration<double, std::milli>(shown - tapped).count();
}

void report(const char *what, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::min<qsizetype>(samples.size() - 1, static_cast<qsizetype>(q * samples.size()))); };
    std::printf("| %s | %.1f | %.1f | %.1f | %lld |\n", what, at(0.5), at(0.95), samples.constLast(),
                static_cast<long long>(samples.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    int rounds = 20;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i > 0 && i + 1 < args.size())
        rounds = args.at(i + 1).toInt();

    KioskSession session;
    KioskSession::Options options;
    options.packDir = civic::PackLocator::builtInPackDir(QCoreApplication::applicationDirPath());
    if (session.start(options) != KioskSession::Start::Ok)
        qFatal("%s", qPrintable(session.errorString()));
    session.window()->show();
    if (!QTest::qWaitForWindowExposed(session.window()))
        qFatal("window not shown");
    UiDriver driver(session.window());

    const auto sections = session.catalog().store().sections(QStringLiteral("de"));
    QList<double> toSection, toTip, back, toContacts, toDistrict, home;
    for (int round = 0; round < rounds; ++round) {
        const QString section = sections.at(round % sections.size()).id;
        toSection.append(timeTap(session, driver, QStringLiteral("section-") + section));
        const auto tips = session.catalog().store().tips(QStringLiteral("de"), section);
        toTip.append(timeTap(session, driver, QStringLiteral("tip-") + tips.first().id));
        back.append(timeTap(session, driver, QStringLiteral("backButton")));
        home.append(timeTap(session, driver, QStringLiteral("homeButton")));
        toContacts.append(timeTap(session, driver, QStringLiteral("contactsTile")));
        toDistrict.append(timeTap(session, driver, QStringLiteral("district-bad-cannstatt")));
        home.append(timeTap(session, driver, QStringLiteral("homeButton")));
    }
    std::printf("| tap | median (ms) | p95 (ms) | max (ms) | taps |\n| --- | --- | --- | --- | --- |\n");
    report("home → action field", toSection);
    report("action field → tip", toTip);
    report("tip → back", back);
    report("→ home", home);
    report("home → contacts", toContacts);
    report("contacts → district", toDistrict);
    return 0;
}
