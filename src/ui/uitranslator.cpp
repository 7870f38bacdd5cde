#include "uitranslator.h"

#include <QCoreApplication>
#include <QQmlEngine>

UiTranslator::UiTranslator(QQmlEngine *engine, QObject *parent) : QObject(parent), m_engine(engine) {}

QString UiTranslator::translationPath(const QString &language)
{
    return QStringLiteral(":/i18n/civic-kiosk_%1.qm").arg(language);
}

bool UiTranslator::setLanguage(const QString &language)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    const bool loaded = m_translator.load(translationPath(language));
    if (loaded)
        m_installed = QCoreApplication::installTranslator(&m_translator);
    m_engine->retranslate();
    return loaded;
}
