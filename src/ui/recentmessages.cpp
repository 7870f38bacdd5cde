#include "recentmessages.h"

namespace {

QtMessageHandler previousHandler = nullptr;
QMutex mutex;
QStringList messages;  // newest first

} // namespace

void RecentMessages::install()
{
    previousHandler = qInstallMessageHandler(&RecentMessages::handle);
}

QStringList RecentMessages::recent()
{
    const QMutexLocker lock(&mutex);
    return messages;
}

void RecentMessages::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QMutexLocker lock(&mutex);
        messages.prepend(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + message);
        if (messages.size() > kKept)
            messages.removeLast();
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
