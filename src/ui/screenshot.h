#pragma once

#include <QString>

class QQuickWindow;

/// Saves what `window` shows to `path` once it has rendered a complete frame. Returns an empty
/// string on success, otherwise what went wrong.
QString saveScreenshot(QQuickWindow *window, const QString &path, int timeoutMs = 10000);
