#pragma once

#include "catalog.h"
#include "contentstore.h"
#include "packlocator.h"
#include "router.h"
#include "uitranslator.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QSize>

class QQuickWindow;

/// Everything one kiosk screen needs, built and wired in one place: the pack, the catalog, the
/// router, the translations and the QML engine with Main.qml. main() and the app-level tests
/// both use it, so the tests drive exactly what visitors see.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString packDir;
        QString language;      ///< empty: the pack's default language
        QString route;         ///< empty: home
        QSize size{1080, 1920};
        bool windowed = true;
    };

    explicit KioskSession(QObject *parent = nullptr);
    ~KioskSession() override;

    /// Opens the pack and loads Main.qml. A pack that cannot be opened still gives a window: the
    /// out-of-service screen with the reason. Returns false only when the QML itself failed, or
    /// when `language` or `route` is unknown (see errorString()).
    bool start(const Options &options);

    QString errorString() const { return m_error; }
    /// Why the pack could not be shown, or empty when it is shown.
    QString packProblem() const { return m_packProblem; }

    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }
    Catalog &catalog() { return m_catalog; }
    Router &router() { return m_router; }

private:
    civic::ContentStore m_store;
    civic::PackLocator m_locator;
    Catalog m_catalog{&m_store};
    Router m_router{&m_catalog};
    QQmlApplicationEngine m_engine;
    UiTranslator m_translator{&m_engine};
    QString m_error;
    QString m_packProblem;
};
