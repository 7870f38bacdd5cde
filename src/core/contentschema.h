#pragma once

#include <QDateTime>
#include <QStringList>

namespace civic {

/// `PRAGMA user_version` of the content databases this program writes and reads.
inline constexpr int kContentDbVersion = 4;

/// The statements that create an empty content database, in order.
QStringList contentSchemaStatements();

/// How a moment is stored (notices): in UTC with milliseconds, always the same length, so that
/// SQLite comparing two texts compares the two moments. Days are stored as YYYY-MM-DD.
QString storedMoment(const QDateTime &moment);

} // namespace civic
