#include "packswapper.h"

#include "visitoractivity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

PackSwapper::PackSwapper(const QString &dataDir, int idleMs, const VisitorActivity *activity,
                         std::function<bool(const QString &)> swap, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_idleMs(idleMs), m_swap(std::move(swap)), m_activity(activity)
{
    // `current` is replaced by a rename, which changes the folder that holds it.
    if (QFileInfo::exists(dataDir))
        m_watcher.addPath(dataDir);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &PackSwapper::check);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &PackSwapper::trySwap);
    connect(activity, &VisitorActivity::touched, this, [this] {
        if (isPending())
            m_idleTimer.start(m_idleMs);
    });
}

QString PackSwapper::currentDir(const QString &dataDir)
{
    const QFileInfo link(QDir(dataDir).filePath(QStringLiteral("current")));
    return link.isSymLink() && link.exists() ? link.canonicalFilePath() : QString();
}

void PackSwapper::check()
{
    const QString target = currentDir(m_dataDir);
    if (target.isEmpty() || target == QFileInfo(m_shownDir).canonicalFilePath()) {
        m_pendingDir.clear();
        return;
    }
    m_pendingDir = target;
    m_idleTimer.start(std::max<qint64>(0, m_idleMs - m_activity->msSinceInput()));
}

void PackSwapper::trySwap()
{
    if (!isPending())
        return;
    if (m_activity->msSinceInput() < m_idleMs) {
        m_idleTimer.start(static_cast<int>(m_idleMs - m_activity->msSinceInput()));
        return;
    }
    const QString target = m_pendingDir;
    m_pendingDir.clear();
    if (m_swap(target))
        m_shownDir = target;
}
