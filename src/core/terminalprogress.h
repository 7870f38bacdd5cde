#pragma once

#include <QString>

#include <functional>

namespace civic {

/// Told the bytes done so far and the total.
using Progress = std::function<void(qint64 done, qint64 total)>;

/// A progress line on standard error for work that takes a while, e.g. "Installing:  42 % (211 of
/// 502 MB)"; nothing when standard error is not a terminal (logs, scripts) or for quick work.
Progress terminalProgress(const QString &what);

} // namespace civic
