#include "screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>

QString saveScreenshot(QQuickWindow *window, const QString &path, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Two swapped frames: the first may still show images that were loading.
    int frames = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });
    window->requestUpdate();
    while (frames < 2 && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (frames < 2)
            window->requestUpdate();
    }
    if (frames < 2)
        return QStringLiteral("the window did not render within %1 ms").arg(timeoutMs);
    const QImage image = window->grabWindow();
    if (image.isNull())
        return QStringLiteral("the window could not be captured");
    if (!image.save(path))
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}
