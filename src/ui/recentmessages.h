#pragma once

#include <QDateTime>
#include <QMutex>
#include <QStringList>

/// The program's last warnings and errors, for the admin page: a technician at the screen sees
/// what the journal holds without a keyboard. Installed once as Qt's message handler; every
/// message still goes on to the previous handler (the journal).
class RecentMessages
{
public:
    static constexpr qsizetype kKept = 20;

    /// Starts collecting. Call once, early in main().
    static void install();
    /// Newest first, each as "HH:mm:ss text".
    static QStringList recent();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
};
