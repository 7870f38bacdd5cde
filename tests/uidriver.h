#pragma once

#include <QPoint>
#include <QString>
#include <QStringList>

class QPointingDevice;
class QQuickItem;
class QQuickWindow;

/// Drives a kiosk window the way a visitor does: finds what is on screen and touches it. Shared
/// by the app-level test and the tap-latency benchmark.
class UiDriver
{
public:
    explicit UiDriver(QQuickWindow *window);

    /// The visible item called `objectName`, waiting up to `timeoutMs` for it to appear.
    QQuickItem *find(const QString &objectName, int timeoutMs = 3000) const;
    /// The `text` of that item, or "<no NAME>".
    QString text(const QString &objectName) const;
    /// Every visible Text below `root` (the whole window by default).
    QStringList visibleTexts(QQuickItem *root = nullptr) const;

    /// Scrolls `target` into view, then taps its centre. False when there is nothing to tap.
    bool tap(QQuickItem *target);
    /// Taps a point of the window, whatever is there.
    void tapAt(const QPoint &point) { touch(point); }
    /// Holds a finger on the middle of `target` for `ms` milliseconds.
    bool longPress(QQuickItem *target, int ms);
    /// A horizontal swipe across the middle of the screen.
    void swipe(qreal dx);

private:
    void bringIntoView(QQuickItem *target);
    void waitForLayout();
    void touch(const QPoint &point);

    QQuickWindow *m_window;
    QPointingDevice *m_device;
};
