#include "onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>

OnScreenKeyboard::OnScreenKeyboard(QObject *parent)
    : QObject(parent)
{
    connect(QGuiApplication::inputMethod(), &QInputMethod::visibleChanged, this, &OnScreenKeyboard::openChanged);
}

bool OnScreenKeyboard::isOpen()
{
    return QGuiApplication::inputMethod()->isVisible();
}

void OnScreenKeyboard::show()
{
    QGuiApplication::inputMethod()->show();
}

void OnScreenKeyboard::close()
{
    QInputMethod *method = QGuiApplication::inputMethod();
    method->reset();
    method->hide();
}
