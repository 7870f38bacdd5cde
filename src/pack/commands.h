#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

/// civic-pack's exit codes, as its --help lists them.
enum ExitCode {
    Ok = 0,
    Refused = 1,   ///< the pack has errors, or a signature does not verify
    Usage = 2,     ///< bad arguments
    FileError = 3, ///< a file cannot be read or written
};

/// Each command takes its own name followed by its arguments, parses them and runs.
int validateCommand(const QStringList &arguments);
int compileCommand(const QStringList &arguments);
int buildCommand(const QStringList &arguments);
int inspectCommand(const QStringList &arguments);
int publishCommand(const QStringList &arguments);
int initCommand(const QStringList &arguments);
int previewCommand(const QStringList &arguments);
int exportHtmlCommand(const QStringList &arguments);
int keygenCommand(const QStringList &arguments);
int signCommand(const QStringList &arguments);
int verifyCommand(const QStringList &arguments);

inline void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

/// Prints "civic-pack: MESSAGE" to standard error and returns `code`.
inline int failWith(int code, const QString &message)
{
    printLine(stderr, QStringLiteral("civic-pack: ") + message);
    return code;
}
