#pragma once

#include <QByteArray>
#include <QString>

/// Reads a password: from the terminal without echo, or one line of standard input when that is
/// not a terminal (scripts, tests), as minisign does.
QByteArray readPassword(const QString &prompt);
