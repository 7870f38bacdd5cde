#pragma once

// What every fuzz target shares: a quiet Qt, the input as the program would have read it, and a
// way to report a broken promise as a finding.

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace civic::fuzz {

/// The input in a QByteArray of its own, as QFile::read returns file contents: a deep copy, so
/// ASan still sees every read past the input's end.
inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// A promise of the code under test did not hold for this input: stops the run so that libFuzzer
/// saves the input as a crash.
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

/// Drops Qt's debug output and warnings (a refused input may log, and millions of runs must not
/// flood the terminal); a fatal message still ends the run, since qFatal on outside input is a bug.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
    });
}

/// A QCoreApplication for the whole run, for the targets that need one (Qt loads the SQLite
/// driver as a plugin only with an application object). Never deleted: Qt must not be torn down
/// by static destructors after libFuzzer exits. Qt gets arguments of its own, not libFuzzer's.
inline void startApplication()
{
    quietQt();
    static int argc = 1;
    static char name[] = "civic-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *application = new QCoreApplication(argc, argv);
    Q_UNUSED(application)
}

} // namespace civic::fuzz
