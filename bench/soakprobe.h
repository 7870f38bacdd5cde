#pragma once

#include <QtGlobal>

/// What the soak watches of its own process, read from /proc/self: the numbers that climb when
/// memory, file descriptors, database handles or threads leak.
struct ProcessSample {
    qint64 rssKb = 0;       ///< VmRSS: resident memory, mapped files and libraries included
    qint64 rssAnonKb = 0;   ///< RssAnon: heap and other private memory, where a leak shows first
    double cpuSeconds = 0;  ///< user + system time since the process started
    int fds = 0;            ///< open file descriptors
    int sqliteFiles = 0;    ///< of those, SQLite databases and their -wal, -shm and -journal files
    int threads = 0;

    /// The process as it is now.
    static ProcessSample now();
};
