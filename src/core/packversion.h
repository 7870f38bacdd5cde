#pragma once

#include <QString>

namespace civic {

/// Compares dotted-number versions ("2026.11.1" < "2026.11.10"): negative, zero or positive.
/// Missing parts count as 0, so "2" equals "2.0".
int compareVersions(const QString &a, const QString &b);

} // namespace civic
