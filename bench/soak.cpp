// Memory over a long day: RSS after the first 100 navigations, after N navigations through every
// kind of page (with language switches and searches), and after M attract cycles, each started
// and ended as a visitor's touch would. Prints one JSON line. Target: growth <= 5 %.
// Usage: civic-bench-soak [--navigations 10000] [--attract-cycles 200] [--language-every 50]
//
// With --minutes N it runs for that long instead and samples the process every S seconds to a
// CSV file (soaktimed.h): civic-bench-soak --minutes N [--every-seconds 60] [--swap-minutes 2]
// [--pack-versions 3] [--language-every 50] [--csv PATH]
#include "kiosksession.h"
#include "packlocator.h"
#include "soakdriver.h"
#include "soakprobe.h"
#include "soaktimed.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

namespace {

double rssMb()
{
    return static_cast<double>(ProcessSample::now().rssKb) / 1024;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    // The timed soak types its searches as a kiosk's visitors do, with the on-screen keyboard;
    // the input method is chosen before the application exists.
    const bool timed = std::any_of(argv + 1, argv + argc, [](const char *arg) { return std::strcmp(arg, "--minutes") == 0; });
    if (timed)
        KioskSession::useOnScreenKeyboard();
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (timed)
        return runTimedSoak(args);
    const int navigations = argument(args, QStringLiteral("--navigations"), 10000);
    const int cycles = argument(args, QStringLiteral("--attract-cycles"), 200);
    const int languageEvery = argument(args, QStringLiteral("--language-every"), 50);

    KioskSession session;
    KioskSession::Options options;
    options.packDir = civic::PackLocator::builtInPackDir(QCoreApplication::applicationDirPath());
    options.attractIdleMs = 0;  // driven by hand below
    options.speechEngines = {QStringLiteral("none")};
    if (session.start(options) != KioskSession::Start::Ok)
        qFatal("%s", qPrintable(session.errorString()));
    session.window()->show();
    if (!QTest::qWaitForWindowExposed(session.window()))
        qFatal("window not shown");

    const QStringList routes = soak::everyRoute(session);
    const QStringList languages = session.catalog().store().info().languages;

    double rssAfter100 = 0;
    QJsonObject curve;  // RSS after 100, 1,000, 2,000, ... navigations: a leak climbs, a cache levels off
    for (int i = 0; i < navigations; ++i) {
        if (i % languageEvery == languageEvery - 1)
            session.catalog().setLanguage(languages.at((i / languageEvery) % languages.size()));
        soak::show(session, i % 10 == 9 ? QStringLiteral("home") : routes.at(i % routes.size()));
        if (i == 99)
            rssAfter100 = rssMb();
        if (i == 99 || (i + 1) % 1000 == 0)
            curve.insert(QString::number(i + 1), rssMb());
    }
    const double rssAfterNavigations = rssMb();

    for (int i = 0; i < cycles; ++i)
        soak::attractLoop(session);
    QTest::qWait(1500);  // the session hands freed memory back a second after the loop ends
    const double rssAfterAttract = rssMb();

    const QJsonObject out{{QStringLiteral("navigations"), navigations},
                          {QStringLiteral("attractCycles"), cycles},
                          {QStringLiteral("routes"), static_cast<int>(routes.size())},
                          {QStringLiteral("rssAfter100"), rssAfter100},
                          {QStringLiteral("rssAfterNavigations"), rssAfterNavigations},
                          {QStringLiteral("rssAfterAttract"), rssAfterAttract},
                          {QStringLiteral("curve"), curve}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
