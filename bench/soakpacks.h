#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A kiosk's pack store in a temporary folder with a few versions of one pack, each made with
/// the real tools (civic-pack build and sign, civic-kioskctl install), and a way to point the
/// store's `current` at another of them: the running screen then swaps packs as on a kiosk.
class SoakPacks
{
public:
    /// Makes `count` versions (at least 2) of the pack source `source`, each with its first tip's
    /// German title changed, using the programs in `binDir`. Returns an empty string on success,
    /// else what failed.
    QString prepare(const QString &source, const QString &binDir, int count);

    /// The store, for KioskSession::Options::dataDir.
    QString dataDir() const { return m_work.filePath(QStringLiteral("store")); }
    /// The screen's health marks and usage counters.
    QString stateDir() const { return m_work.filePath(QStringLiteral("state")); }

    /// Points `current` at the next version, round and round; returns that version's folder as
    /// the screen names it, or an empty string when the link could not be switched.
    QString flip();

private:
    QString run(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_work;
    QString m_binDir;
    QStringList m_versions;
    qsizetype m_current = 0;
};
