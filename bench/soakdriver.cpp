#include "soakdriver.h"

#include "kiosksession.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QTest>

namespace soak {

double untilDrawn(QQuickWindow *window, const QString &what, const std::function<void()> &step,
                  const std::function<bool()> &done)
{
    bool drawn = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, [&] { drawn = true; });
    QElapsedTimer timer;
    timer.start();
    step();
    if (!QTest::qWaitFor([&] { return drawn && (!done || done()); }, 5000))
        qFatal("no frame for %s", qPrintable(what));
    QObject::disconnect(connection);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double show(KioskSession &session, const QString &route)
{
    return untilDrawn(session.window(), route, [&] {
        if (!session.router().go(route))
            qFatal("no route %s", qPrintable(route));
    });
}

QStringList everyRoute(KioskSession &session)
{
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
    return routes;
}

void typeSearch(KioskSession &session, const QString &word)
{
    show(session, QStringLiteral("search"));
    // The search page replaces its route with what is typed so far: that shows a key arrived.
    for (qsizetype typed = 1; typed <= word.size(); ++typed) {
        const QString route = QStringLiteral("search/") + word.left(typed);
        untilDrawn(
            session.window(), route + QStringLiteral(" (typed in ") + session.catalog().language() + u')',
            [&] { QTest::keyClick(session.window(), word.at(typed - 1).toLatin1()); },
            [&] { return session.router().route() == route; });
    }
}

void visitorLeaves(KioskSession &session)
{
    IdleReset *reset = session.idleReset();
    untilDrawn(session.window(), QStringLiteral("the idle question"), [&] { reset->idleNow(); },
               [&] { return reset->isCountingDown(); });
    untilDrawn(session.window(), QStringLiteral("the reset"), [&] { reset->countdownEndsNow(); },
               [&] { return reset->isPristine(); });
}

void attractLoop(KioskSession &session)
{
    AttractPlaylist &attract = session.attract();
    attract.start();
    QTest::qWait(150);
    attract.stop();
    QTest::qWait(20);
}

} // namespace soak
