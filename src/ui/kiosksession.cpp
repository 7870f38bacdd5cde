#include "kiosksession.h"

#include <QQuickWindow>

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    connect(&m_catalog, &Catalog::languageChanged, this,
            [this] { m_translator.setLanguage(m_catalog.language()); });
}

// The engine is declared after the catalog and router, so its items are gone before them.
KioskSession::~KioskSession() = default;

KioskSession::Start KioskSession::start(const Options &options)
{
    QString problem;
    if (!m_locator.open(options.packDir, m_store, &problem))
        m_packProblem = problem;
    m_catalog.reload();

    if (m_packProblem.isEmpty()) {
        if (!options.language.isEmpty() && !m_catalog.hasLanguage(options.language)) {
            QStringList tags;
            for (const QVariant &language : m_catalog.languages())
                tags.append(language.toMap().value(QStringLiteral("tag")).toString());
            m_error = QStringLiteral("unknown language '%1'; the pack has: %2").arg(options.language, tags.join(u", "));
            return Start::UnknownLanguageOrRoute;
        }
        if (!options.route.isEmpty() && !m_router.isValid(options.route)) {
            m_error = QStringLiteral("unknown route '%1'; routes are: %2")
                          .arg(options.route, Router::pageNames().join(u", "));
            return Start::UnknownLanguageOrRoute;
        }
        m_catalog.setLanguage(options.language.isEmpty() ? m_catalog.defaultLanguage() : options.language);
        if (!options.route.isEmpty())
            m_router.go(options.route);
    }
    m_translator.setLanguage(m_catalog.language());

    m_engine.setInitialProperties({
        {QStringLiteral("catalog"), QVariant::fromValue(&m_catalog)},
        {QStringLiteral("router"), QVariant::fromValue(&m_router)},
        {QStringLiteral("packProblem"), m_packProblem},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CivicKiosk/Main.qml")));
    if (!window()) {
        m_error = QStringLiteral("the user interface could not be loaded (see the messages above)");
        return Start::InterfaceFailed;
    }
    return Start::Ok;
}

QQuickWindow *KioskSession::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}
