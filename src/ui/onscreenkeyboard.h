#pragma once

#include <QObject>
#include <QQmlEngine>

/// The on-screen keyboard as pages ask for it: a search page opens it with the page, the idle
/// reset closes it. (QML's Qt.inputMethod is untyped on Qt 6.4, so qmllint cannot check it.)
class OnScreenKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// Whether the keyboard is on the screen (the input method's panel is visible).
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)

public:
    explicit OnScreenKeyboard(QObject *parent = nullptr);

    static bool isOpen();

    /// Opens the keyboard for the item that has the focus.
    Q_INVOKABLE static void show();
    /// Drops any half-typed composition and closes the keyboard.
    Q_INVOKABLE static void close();

signals:
    void openChanged();
};
