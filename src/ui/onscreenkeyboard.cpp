#include "onscreenkeyboard.h"

#include <QGuiApplication>
#include <QInputMethod>

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
