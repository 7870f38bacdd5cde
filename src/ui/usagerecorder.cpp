#include "usagerecorder.h"

#include "catalog.h"
#include "idlereset.h"
#include "router.h"

UsageRecorder::UsageRecorder(Router *router, Catalog *catalog, IdleReset *idleReset, QObject *parent)
    : QObject(parent), m_router(router), m_catalog(catalog)
{
    connect(router, &Router::routeChanged, this, &UsageRecorder::routeChanged);
    connect(catalog, &Catalog::languageChanged, this, &UsageRecorder::languageChanged);
    // What the reset itself changes (home, the default language) is not a visitor's choice.
    connect(idleReset, &IdleReset::aboutToReset, this, [this] {
        visitEnds();
        m_resetting = true;
    });
    connect(idleReset, &IdleReset::reset, this, [this] { m_resetting = false; });
}

bool UsageRecorder::open(const QString &stateDir)
{
    m_open = m_stats.open(stateDir, civic::UsageStats::Mode::ReadWrite);
    return m_open;
}

void UsageRecorder::visitStarts()
{
    if (!m_visit.isValid())
        m_visit.start();
}

void UsageRecorder::visitEnds()
{
    if (m_searched && m_open)
        m_stats.record(civic::UsageStats::Event::Search, {});
    m_searched = false;
    m_inSearch = false;
    if (m_visit.isValid() && m_open)
        m_stats.record(civic::UsageStats::Event::Session, civic::UsageStats::sessionBucket(m_visit.elapsed()));
    m_visit.invalidate();
}

void UsageRecorder::routeChanged()
{
    if (m_resetting)
        return;
    visitStarts();
    const QString route = m_router->route();
    // The search page is one view however often the text changes; what is typed stays in the
    // route, never in the counts, and a search is counted once, when the visitor moves on.
    if (route == QLatin1String("search") || route.startsWith(QLatin1String("search/"))) {
        if (!m_inSearch && m_open)
            m_stats.record(civic::UsageStats::Event::View, QStringLiteral("search"));
        m_inSearch = true;
        m_searched = m_searched || route != QLatin1String("search");
        return;
    }
    m_inSearch = false;
    if (m_searched && m_open)
        m_stats.record(civic::UsageStats::Event::Search, {});
    m_searched = false;
    if (m_open)
        m_stats.record(civic::UsageStats::Event::View, route);
}

void UsageRecorder::languageChanged()
{
    if (m_resetting)
        return;
    visitStarts();
    if (m_open)
        m_stats.record(civic::UsageStats::Event::Language, m_catalog->language());
}

void UsageRecorder::attractInterrupted()
{
    if (m_open)
        m_stats.record(civic::UsageStats::Event::AttractInterrupted, {});
}
