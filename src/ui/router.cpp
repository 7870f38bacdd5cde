#include "router.h"

#include "catalog.h"

namespace {

// The way back is for a visitor's minute at the screen, not a browser history.
constexpr qsizetype kMaxHistory = 32;

// Pages that take an ID, and the kind of item the ID names.
const QHash<QString, QString> kItemPages{
    {QStringLiteral("section"), QStringLiteral("section")},
    {QStringLiteral("tip"), QStringLiteral("tip")},
    {QStringLiteral("project"), QStringLiteral("project")},
    {QStringLiteral("district"), QStringLiteral("district")},
    {QStringLiteral("page"), QStringLiteral("page")},
    {QStringLiteral("contact"), QStringLiteral("contact")},
};
const QStringList kPlainPages{QStringLiteral("home"), QStringLiteral("contacts"),
                              QStringLiteral("projects"), QStringLiteral("about"),
                              QStringLiteral("search")};

} // namespace

Router::Router(const Catalog *catalog, QObject *parent) : QObject(parent), m_catalog(catalog) {}

QString Router::page() const
{
    return route().section(u'/', 0, 0);
}

QString Router::argument() const
{
    return route().section(u'/', 1);
}

QStringList Router::pageNames()
{
    QStringList names = kPlainPages;
    names.append(QStringLiteral("search/TEXT"));
    for (auto it = kItemPages.constBegin(); it != kItemPages.constEnd(); ++it)
        names.append(it.key() + QStringLiteral("/ID"));
    names.sort();
    return names;
}

bool Router::isValid(const QString &route) const
{
    if (kPlainPages.contains(route))
        return true;
    // What a visitor typed into the search: any text.
    if (route.startsWith(QLatin1String("search/")))
        return true;
    const QString name = route.section(u'/', 0, 0);
    const QString id = route.section(u'/', 1);
    return kItemPages.contains(name) && !id.isEmpty() && !id.contains(u'/')
           && m_catalog->contains(kItemPages.value(name), id);
}

bool Router::go(const QString &route)
{
    if (!isValid(route))
        return false;
    if (route == this->route())
        return true;
    if (route == QLatin1String("home")) {
        home();
        return true;
    }
    m_history.append(route);
    if (m_history.size() > kMaxHistory)
        m_history.remove(1);  // keep home at the bottom
    emit routeChanged();
    return true;
}

bool Router::replace(const QString &route)
{
    if (!isValid(route) || route == QLatin1String("home"))
        return false;
    if (route != this->route()) {
        m_history.last() = route;
        if (m_history.size() == 1)
            m_history.prepend(QStringLiteral("home"));
        emit routeChanged();
    }
    return true;
}

void Router::back()
{
    if (!canGoBack())
        return;
    m_history.removeLast();
    emit routeChanged();
}

void Router::home()
{
    if (m_history.size() == 1 && route() == QLatin1String("home"))
        return;
    m_history = {QStringLiteral("home")};
    emit routeChanged();
}
