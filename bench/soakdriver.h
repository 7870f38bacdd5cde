#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class KioskSession;
class QQuickWindow;

/// What the soaks do to the screen. Each step is caused the way a visitor would cause it and
/// waits for the frame that shows its outcome: only a page that was really built and drawn
/// counts, so what it costs shows in the process's numbers.
namespace soak {

/// Does `step`, then waits until `done` holds (when given) and a frame has been drawn since the
/// step; returns the milliseconds that took. Stops the program when that takes over 5 s.
double untilDrawn(QQuickWindow *window, const QString &what, const std::function<void()> &step,
                  const std::function<bool()> &done = {});
/// Shows `route` and waits for the frame that shows it; returns the milliseconds that took.
double show(KioskSession &session, const QString &route);
/// Every kind of page the shown pack has, in a fixed order.
QStringList everyRoute(KioskSession &session);
/// Opens an empty search and types `word` key by key, each key waiting for its results' frame.
void typeSearch(KioskSession &session, const QString &word);
/// Asks "Still there?", then lets the countdown run out as when the visitor has walked away;
/// waits until the kiosk is as the next visitor should find it. Call away from a pristine home.
void visitorLeaves(KioskSession &session);
/// Starts the attract loop and ends it shortly after, as a visitor's touch would.
void attractLoop(KioskSession &session);

} // namespace soak
