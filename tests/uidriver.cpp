#include "uidriver.h"

#include <QPointingDevice>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>

namespace {

QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    if (!root->isVisible())
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, objectName))
            return found;
    }
    return nullptr;
}

} // namespace

UiDriver::UiDriver(QQuickWindow *window) : m_window(window)
{
    static QPointingDevice *device = QTest::createTouchDevice();
    m_device = device;
}

QQuickItem *UiDriver::find(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = findVisible(m_window->contentItem(), objectName)) != nullptr; }, timeoutMs))
        qWarning("no visible item '%s'", qPrintable(objectName));
    return found;
}

QString UiDriver::text(const QString &objectName) const
{
    const QQuickItem *found = find(objectName);
    return found ? found->property("text").toString() : QStringLiteral("<no %1>").arg(objectName);
}

QStringList UiDriver::visibleTexts(QQuickItem *root) const
{
    if (!root)
        root = m_window->contentItem();
    QStringList texts;
    if (!root->isVisible())
        return texts;
    if (root->inherits("QQuickText"))
        texts.append(root->property("text").toString());
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        texts.append(visibleTexts(child));
    return texts;
}

void UiDriver::bringIntoView(QQuickItem *target)
{
    for (QQuickItem *parent = target->parentItem(); parent; parent = parent->parentItem()) {
        if (!parent->inherits("QQuickFlickable"))
            continue;
        const auto *content = parent->property("contentItem").value<QQuickItem *>();
        const QPointF inContent = target->mapToItem(content, QPointF(0, 0));
        const qreal maxY = std::max(0.0, parent->property("contentHeight").toReal() - parent->height());
        parent->setProperty("contentY", std::clamp(inContent.y() - parent->height() / 3, 0.0, maxY));
        return;
    }
}

// Rows, columns and text lay themselves out at the next polish, before the next frame: until
// then an item's position is where it was before the last change (a message that appeared above
// a button). A finger taps what is drawn, so the driver waits for that polish; on a slow machine
// (the sanitizer build under load) a tap otherwise landed beside a button that had moved.
void UiDriver::waitForLayout()
{
    if (QQuickTest::qIsPolishScheduled(m_window))
        QQuickTest::qWaitForPolish(m_window);
}

void UiDriver::touch(const QPoint &point)
{
    QTest::touchEvent(m_window, m_device).press(0, point, m_window);
    QTest::touchEvent(m_window, m_device).release(0, point, m_window);
}

bool UiDriver::tap(QQuickItem *target)
{
    if (!target)
        return false;
    bringIntoView(target);
    waitForLayout();
    const QPoint point = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    if (!m_window->contentItem()->contains(point))
        return false;
    touch(point);
    return true;
}

bool UiDriver::longPress(QQuickItem *target, int ms)
{
    if (!target)
        return false;
    waitForLayout();
    const QPoint point = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::touchEvent(m_window, m_device).press(0, point, m_window);
    QTest::qWait(ms);
    QTest::touchEvent(m_window, m_device).release(0, point, m_window);
    return true;
}

void UiDriver::swipe(qreal dx)
{
    const QPoint start(m_window->width() / 2 - static_cast<int>(dx / 2), m_window->height() / 2);
    QTest::touchEvent(m_window, m_device).press(0, start, m_window);
    for (int step = 1; step <= 10; ++step) {
        QTest::qWait(10);
        QTest::touchEvent(m_window, m_device).move(0, start + QPoint(static_cast<int>(dx * step / 10), 0), m_window);
    }
    QTest::touchEvent(m_window, m_device).release(0, start + QPoint(static_cast<int>(dx), 0), m_window);
}
