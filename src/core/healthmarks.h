#pragma once

#include <QDateTime>
#include <QString>

namespace civic {

/// What the screen tells the updater about the pack it shows, through one small file in the
/// kiosk's own state folder (health.json): the version it started on, how often it started on
/// it without getting to a finished home screen, and when that last succeeded.
class HealthMarks
{
public:
    struct Marks {
        QString version;
        int startsWithoutHealth = 0;
        QDateTime healthyAt;  ///< invalid while this version never showed well
    };

    explicit HealthMarks(const QString &stateDir);

    Marks read() const;
    /// The screen starts on `version`: one more start that has not shown well yet.
    bool recordStart(const QString &version);
    /// The screen has drawn `version`'s home screen from its database.
    bool recordHealthy(const QString &version);

    QString filePath() const;
    /// Where the admin page leaves requests (update.request, rollback.request) for civic-kioskctl:
    /// a folder of their own, which systemd watches and the store's user may empty.
    static QString requestsDir(const QString &stateDir);

private:
    bool write(const Marks &marks) const;

    QString m_stateDir;
};

} // namespace civic
