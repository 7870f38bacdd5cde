#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class VisitorActivity;

/// Notices when civic-kioskctl points the store's `current` at another pack, and asks for the
/// swap at the next idle moment: never while someone is touching the screen.
class PackSwapper : public QObject
{
    Q_OBJECT

public:
    /// `swap` opens the given pack folder and shows it; it returns false to keep the old one.
    PackSwapper(const QString &dataDir, int idleMs, const VisitorActivity *activity,
                std::function<bool(const QString &packDir)> swap, QObject *parent = nullptr);

    /// The version folder the screen shows now (to tell a real change from a touched folder).
    void setShownDir(const QString &packDir) { m_shownDir = packDir; }
    bool isPending() const { return !m_pendingDir.isEmpty(); }

    /// The folder `current` points at, or empty.
    static QString currentDir(const QString &dataDir);

private:
    void check();
    void trySwap();

    QString m_dataDir;
    int m_idleMs;
    std::function<bool(const QString &)> m_swap;
    QFileSystemWatcher m_watcher;
    QTimer m_idleTimer;
    const VisitorActivity *m_activity;
    QString m_shownDir;
    QString m_pendingDir;
};
