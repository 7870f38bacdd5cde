#include "screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>

QString saveScreenshot(QQuickWindow *window, const QString &path, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // The first frame proves the scene is complete (pages load on the frame after show());
    // grabWindow() then renders it once more, synchronously, into the image.
    bool swapped = false;
    const auto connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; });
    window->update();
    while (!swapped && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QObject::disconnect(connection);
    if (!swapped)
        return QStringLiteral("the window did not render within %1 ms").arg(timeoutMs);
    QCoreApplication::processEvents();
    const QImage image = window->grabWindow();
    if (image.isNull())
        return QStringLiteral("the window could not be captured");
    if (!image.save(path))
        return QStringLiteral("cannot write %1").arg(path);
    return {};
}
