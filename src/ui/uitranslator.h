#pragma once

#include <QObject>
#include <QTranslator>

class QQmlEngine;

/// Keeps the program's own strings (qsTr) in the visitor's language: loads the translation for
/// each language the catalog switches to and has the QML engine re-evaluate its texts.
class UiTranslator : public QObject
{
    Q_OBJECT

public:
    UiTranslator(QQmlEngine *engine, QObject *parent = nullptr);

    /// Switches to `language`; returns false when the program has no translation for it (the
    /// source strings, English, are shown then).
    bool setLanguage(const QString &language);

    /// The resource path of the compiled translation for `language`.
    static QString translationPath(const QString &language);

private:
    QQmlEngine *m_engine;
    QTranslator m_translator;
    bool m_installed = false;
};
