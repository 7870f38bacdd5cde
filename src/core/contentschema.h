#pragma once

#include <QStringList>

namespace civic {

/// `PRAGMA user_version` of the content databases this program writes and reads.
inline constexpr int kContentDbVersion = 2;

/// The statements that create an empty content database, in order.
QStringList contentSchemaStatements();

} // namespace civic
