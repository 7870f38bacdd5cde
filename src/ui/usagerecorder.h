#pragma once

#include "usagestats.h"

#include <QElapsedTimer>
#include <QObject>

class Catalog;
class IdleReset;
class Router;

/// Counts what visitors use, and nothing about who they are: page views by route, language
/// choices, visits by coarse length, searches (never the words). See docs/statistics.md.
/// Without a state dir (previews, screenshots) nothing is counted.
class UsageRecorder : public QObject
{
    Q_OBJECT

public:
    UsageRecorder(Router *router, Catalog *catalog, IdleReset *idleReset, QObject *parent = nullptr);

    /// Starts counting into usage.db in `stateDir`; false (and nothing counted) when it cannot.
    bool open(const QString &stateDir);
    QString errorString() const { return m_stats.errorString(); }
    /// A visitor's touch ended the attract loop.
    void attractInterrupted();

private:
    void routeChanged();
    void languageChanged();
    void visitStarts();
    void visitEnds();

    Router *m_router;
    Catalog *m_catalog;
    civic::UsageStats m_stats;
    bool m_open = false;
    bool m_resetting = false;
    bool m_inSearch = false;  ///< on the search page, whatever its text
    bool m_searched = false;  ///< this visit typed a search; counted once when it leaves the search
    QElapsedTimer m_visit;
};
