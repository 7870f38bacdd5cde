#include "soakprobe.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <dirent.h>
#include <unistd.h>

#include <cstdlib>

namespace {

QByteArray readProcFile(const char *path)
{
    QFile file(QString::fromLatin1(path));
    // /proc files say they are empty: readAll() reads them to their end all the same.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ':')
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool isSqliteFile(QByteArray target)
{
    // A file removed while open still holds its descriptor, and still counts.
    if (target.endsWith(" (deleted)"))
        target.chop(10);
    return target.endsWith(".db") || target.endsWith("-wal") || target.endsWith("-shm") || target.endsWith("-journal");
}

} // namespace

ProcessSample ProcessSample::now()
{
    ProcessSample sample;
    const QByteArray status = readProcFile("/proc/self/status");
    sample.rssKb = statusField(status, "VmRSS");
    sample.rssAnonKb = statusField(status, "RssAnon");
    sample.threads = static_cast<int>(statusField(status, "Threads"));

    // The command name in parentheses may hold spaces: the fields count from its closing one.
    const QByteArray stat = readProcFile("/proc/self/stat");
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 1).simplified().split(' ');
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    sample.cpuSeconds = (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / ticks;  // utime + stime

    DIR *fdDir = opendir("/proc/self/fd");
    if (!fdDir)
        return sample;
    const int own = dirfd(fdDir);  // the listing's own descriptor is not the program's
    while (const dirent *entry = readdir(fdDir)) {
        if (entry->d_name[0] == '.' || std::atoi(entry->d_name) == own)
            continue;
        ++sample.fds;
        char target[4096];
        const ssize_t length = readlinkat(own, entry->d_name, target, sizeof target);
        if (length > 0 && isSqliteFile(QByteArray(target, length)))
            ++sample.sqliteFiles;
    }
    closedir(fdDir);
    return sample;
}
