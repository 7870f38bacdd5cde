#pragma once

#include <QByteArray>

/// style.css of the web export: the kiosk's Theme colours (qml/Theme.qml) under the same names,
/// its high-contrast set where the visitor's system asks for more contrast, and large text in
/// rem so that the browser's own text size and zoom still apply.
QByteArray siteStyleSheet();
