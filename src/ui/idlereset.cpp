#include "idlereset.h"

#include "catalog.h"
#include "displaymodes.h"
#include "router.h"
#include "visitoractivity.h"

IdleReset::IdleReset(VisitorActivity *activity, Router *router, Catalog *catalog, int idleMs, int countdownMs,
                     QObject *parent)
    : QObject(parent), m_router(router), m_catalog(catalog), m_countdownMs(countdownMs)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &IdleReset::idle);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleReset::tick);
    connect(activity, &VisitorActivity::touched, this, [this] {
        m_touchedSinceReset = true;
        restart();
    });
    // Someone changed something: from now on there is something to forget.
    connect(router, &Router::routeChanged, this, &IdleReset::restart);
    connect(catalog, &Catalog::languageChanged, this, &IdleReset::restart);
    m_idle.start();
}

void IdleReset::setDisplayModes(DisplayModes *modes)
{
    m_modes = modes;
    connect(modes, &DisplayModes::changed, this, &IdleReset::restart);
}

bool IdleReset::isPristine() const
{
    return m_router->route() == QLatin1String("home") && m_catalog->language() == m_catalog->defaultLanguage()
           && (!m_modes || m_modes->isDefault());
}

void IdleReset::stillHere()
{
    restart();
}

void IdleReset::restart()
{
    m_tick.stop();
    if (m_secondsLeft != 0) {
        m_secondsLeft = 0;
        emit countdownChanged();
    }
    m_idle.start();
}

void IdleReset::idle()
{
    if (isPristine()) {
        // Home, in the default language: nothing to ask about. But a visitor who ends at home may
        // have left a sheet open or a mode half-chosen: set back without asking.
        if (m_touchedSinceReset)
            setBack();
        m_idle.start();
        return;
    }
    m_secondsLeft = std::max(1, (m_countdownMs + 999) / 1000);
    emit countdownChanged();
    m_tick.start();
}

void IdleReset::countdownEndsNow()
{
    if (!isCountingDown())
        return;
    m_secondsLeft = 1;
    tick();
}

void IdleReset::tick()
{
    if (--m_secondsLeft > 0) {
        emit countdownChanged();
        return;
    }
    m_tick.stop();
    emit countdownChanged();
    setBack();
    m_idle.start();
}

void IdleReset::setBack()
{
    emit aboutToReset();
    m_router->home();
    m_catalog->resetLanguage();
    if (m_modes)
        m_modes->reset();
    m_touchedSinceReset = false;
    emit reset();
}
