#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// What a program said and how it ended.
struct ProgramRun {
    int exitCode = -1;  ///< -1 when it crashed (also at exit) or did not finish
    QString out;
    QString err;
};

/// Runs one of our programs from the build's bin/ folder (or any program by absolute path), with
/// `input` on its standard input and QT_QPA_PLATFORM=offscreen. A crash fails as exit code -1:
/// a test must never pass on a program that died.
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {});
