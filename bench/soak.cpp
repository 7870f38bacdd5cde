// Memory over a long day: RSS after the first 100 navigations, after N navigations through every
// kind of page (with language switches and searches), and after M attract cycles, each started
// and ended as a visitor's touch would. Prints one JSON line. Target: growth <= 5 %.
// Usage: civic-bench-soak [--navigations 10000] [--attract-cycles 200] [--language-every 50]
#include "kiosksession.h"
#include "packlocator.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

namespace {

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

/// Shows `route` and waits for the frame that shows it.
void show(KioskSession &session, const QString &route)
{
    bool drawn = false;
    const auto connection = QObject::connect(session.window(), &QQuickWindow::frameSwapped, [&] { drawn = true; });
    if (!session.router().go(route))
        qFatal("no route %s", qPrintable(route));
    if (!QTest::qWaitFor([&] { return drawn; }, 5000))
        qFatal("no frame for %s", qPrintable(route));
    QObject::disconnect(connection);
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
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

    // Every kind of page the pack has, in a fixed order.
    const civic::ContentStore &store = session.catalog().store();
    QStringList routes{QStringLiteral("contacts"), QStringLiteral("projects"), QStringLiteral("about"),
                       QStringLiteral("search/einbruch"), QStringLiteral("search/polizei")};
    for (const auto &s : store.sections(QStringLiteral("de")))
        routes << QStringLiteral("section/") + s.id;
    for (const auto &t : store.tips(QStringLiteral("de")))
        routes << QStringLiteral("tip/") + t.id;
    for (const auto &p : store.projects(QStringLiteral("de")))
        routes << QStringLiteral("project/") + p.id;
    for (const auto &d : store.districts(QStringLiteral("de")))
        routes << QStringLiteral("district/") + d.id;
    for (const auto &p : store.pages(QStringLiteral("de")))
        routes << QStringLiteral("page/") + p.id;
    const QStringList languages = store.info().languages;

    double rssAfter100 = 0;
    QJsonObject curve;  // RSS after 100, 1,000, 2,000, ... navigations: a leak climbs, a cache levels off
    for (int i = 0; i < navigations; ++i) {
        if (i % languageEvery == languageEvery - 1)
            session.catalog().setLanguage(languages.at((i / languageEvery) % languages.size()));
        show(session, i % 10 == 9 ? QStringLiteral("home") : routes.at(i % routes.size()));
        if (i == 99)
            rssAfter100 = rssMb();
        if (i == 99 || (i + 1) % 1000 == 0)
            curve.insert(QString::number(i + 1), rssMb());
    }
    const double rssAfterNavigations = rssMb();

    AttractPlaylist &attract = session.attract();
    for (int i = 0; i < cycles; ++i) {
        attract.start();
        QTest::qWait(150);
        attract.stop();
        QTest::qWait(20);
    }
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
