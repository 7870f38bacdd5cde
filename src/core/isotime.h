#pragma once

#include <QDateTime>
#include <QString>

namespace civic {

/// Reads a date and time in ISO 8601, as packs, manifests and channels carry them. Invalid unless
/// it can be written back the same way in UTC (years 0 to 9999): Qt reads "9999-12-31T23:00-05:00"
/// but writes the year 10000 as an empty string, and a time that cannot be stored cannot be
/// compared with later.
QDateTime parseIsoDateTime(const QString &text);

} // namespace civic
