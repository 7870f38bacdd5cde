#include "visitoractivity.h"

#include <QCoreApplication>
#include <QEvent>

VisitorActivity::VisitorActivity(QObject *parent) : QObject(parent)
{
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

bool VisitorActivity::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
        m_sinceInput.restart();
        emit touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
