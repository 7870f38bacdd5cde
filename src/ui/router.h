#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

class Catalog;

/// Where the visitor is: every screen has a route ("home", "tip/burglary-lock-twice", ...), and
/// the router keeps the way back. The QML shell shows the page for `page` with `argument`.
class Router : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the router")

    Q_PROPERTY(QString route READ route NOTIFY routeChanged)
    Q_PROPERTY(QString page READ page NOTIFY routeChanged)
    Q_PROPERTY(QString argument READ argument NOTIFY routeChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY routeChanged)

public:
    explicit Router(const Catalog *catalog, QObject *parent = nullptr);

    QString route() const { return m_history.constLast(); }
    QString page() const;
    QString argument() const;
    bool canGoBack() const { return m_history.size() > 1; }

    /// Whether `route` names a screen that exists in the open pack.
    bool isValid(const QString &route) const;

    /// Opens `route` on top of the way back. Returns false (and stays) for an unknown route.
    Q_INVOKABLE bool go(const QString &route);
    /// Puts `route` in place of the current one, without a step on the way back (a search page
    /// remembers what was typed). Returns false (and stays) for an unknown route.
    Q_INVOKABLE bool replace(const QString &route);
    /// One step back; at home, stays home.
    Q_INVOKABLE void back();
    /// Home, forgetting the way back.
    Q_INVOKABLE void home();

    /// The page names routes can have, for messages.
    static QStringList pageNames();

signals:
    void routeChanged();

private:
    const Catalog *m_catalog;
    QStringList m_history{QStringLiteral("home")};
};
