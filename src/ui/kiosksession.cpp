#include "kiosksession.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QQuickWindow>

#include "healthmarks.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

void KioskSession::useOnScreenKeyboard()
{
    // The screen is the only keyboard a kiosk has; a technician may choose another input method.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // Word prediction is off on purpose (nothing a visitor types is learnt), so the kiosk ships
    // no Hunspell dictionaries; the keyboard would warn about each language's missing one.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.virtualkeyboard.hunspell.warning=false"));
}

KioskSession::KioskSession(QObject *parent) : QObject(parent)
{
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    connect(&m_catalog, &Catalog::languageChanged, this,
            [this] { m_translator.setLanguage(m_catalog.language()); });
}

// The engine is declared after the catalog and router, so its items are gone before them.
KioskSession::~KioskSession()
{
    // Qt 6.4 + GStreamer can crash at exit after playback unless the players are stopped and
    // their sources cleared before the engine goes (QT-ON-DEBIAN.md): end the loop first.
    m_attract.stop();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void KioskSession::attractRunningChanged()
{
#ifdef __GLIBC__
    // The video decoder frees its frame buffers when the loop ends, but glibc keeps the pages:
    // without handing them back, RSS crept up by about 0.2 MB per loop (bench/soak, 200 loops).
    if (!m_attract.isRunning())
        QTimer::singleShot(1000, this, [] { malloc_trim(0); });
#endif
}

bool KioskSession::openFirstUsable(const Options &options)
{
    // The store's current pack, the one that last showed well, then the built-in one: a kiosk
    // always shows the newest pack it can open, and never an empty screen.
    QStringList candidates;
    if (!options.dataDir.isEmpty()) {
        candidates << QDir(options.dataDir).filePath(QStringLiteral("current"))
                   << QDir(options.dataDir).filePath(QStringLiteral("last-good"));
    }
    candidates << options.packDir;
    QStringList problems;
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate != options.packDir && !QFileInfo::exists(candidate))
            continue;
        QString problem;
        if (m_locator.open(candidate, m_store, &problem)) {
            m_shownDir = QFileInfo(candidate).canonicalFilePath();
            for (const QString &skipped : std::as_const(problems))
                qWarning("civic-kiosk: skipped a pack: %s", qPrintable(skipped));
            return true;
        }
        problems.append(problem);
    }
    m_packProblem = problems.join(u'\n');
    return false;
}

bool KioskSession::swapTo(const QString &packDir)
{
    civic::ContentStore candidate;
    QString problem;
    if (!m_locator.open(packDir, candidate, &problem)) {
        qWarning("civic-kiosk: keeps the pack it shows; the new one cannot be opened: %s", qPrintable(problem));
        return false;
    }
    if (!m_stateDir.isEmpty())
        civic::HealthMarks(m_stateDir).recordStart(candidate.info().version);
    m_store = std::move(candidate);
    m_shownDir = packDir;
    m_packProblem.clear();
    m_catalog.reload();
    m_attract.setItems(m_store.attractPlaylist());
    m_router.home();
    if (QQuickWindow *shown = window())
        shown->setProperty("packProblem", QString());
    markHealthyAfterNextFrame();
    return true;
}

void KioskSession::markHealthyAfterNextFrame()
{
    QQuickWindow *shown = window();
    if (m_stateDir.isEmpty() || !shown || !m_store.isOpen())
        return;
    const QString version = m_store.info().version;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(shown, &QQuickWindow::frameSwapped, this, [this, version, connection] {
        QObject::disconnect(*connection);
        civic::HealthMarks(m_stateDir).recordHealthy(version);
    });
    shown->update();
}

void KioskSession::startSpeechAfterFirstFrame()
{
    connect(
        window(), &QQuickWindow::frameSwapped, this,
        [this] {
            // A second later: nobody reaches the read-aloud button sooner, and the first screens
            // after the start (the pack's pictures, the first tap) keep the CPU to themselves.
            QTimer::singleShot(1000, m_readAloud.get(), &ReadAloud::start);
        },
        Qt::SingleShotConnection);
}

KioskSession::Start KioskSession::start(const Options &options)
{
    m_catalog.setHomeDistrict(options.district);
    const bool opened = openFirstUsable(options);
    const bool fromStore = opened && !options.dataDir.isEmpty()
                           && m_shownDir.startsWith(QFileInfo(options.dataDir).canonicalFilePath() + u'/');
    m_stateDir = fromStore ? options.stateDir : QString();
    if (!m_stateDir.isEmpty())
        civic::HealthMarks(m_stateDir).recordStart(m_store.info().version);
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

    m_idleReset = std::make_unique<IdleReset>(&m_activity, &m_router, &m_catalog, options.idleResetMs,
                                              options.resetCountdownMs);
    m_modes = std::make_unique<DisplayModes>(options.lowReachTop);
    m_idleReset->setDisplayModes(m_modes.get());
    m_usage = std::make_unique<UsageRecorder>(&m_router, &m_catalog, m_idleReset.get());
    if (!options.stateDir.isEmpty() && !m_usage->open(options.stateDir))
        qWarning("usage statistics are off: %s", qPrintable(m_usage->errorString()));
    m_admin = std::make_unique<AdminController>(
        &m_catalog, AdminController::Setup{options.kioskId, options.adminPinHash, options.dataDir, options.stateDir,
                                           options.adminClock});
    m_schedule = std::make_unique<ScheduleController>(
        ScheduleController::Setup{options.openingHours, options.displayOffCommand, options.displayOnCommand,
                                  options.wakeMs, options.scheduleClock},
        &m_activity);
    m_attract.setItems(m_store.attractPlaylist());
    connect(&m_attract, &AttractPlaylist::runningChanged, this, &KioskSession::attractRunningChanged);
    m_attractController = std::make_unique<AttractController>(&m_attract, &m_activity, m_idleReset.get(), &m_router,
                                                              options.attractIdleMs);
    m_attractController->setItemsSource([this] { return m_store.attractPlaylist(); });
    m_attractController->setSchedule(m_schedule.get());
    connect(m_attractController.get(), &AttractController::interrupted, m_usage.get(),
            &UsageRecorder::attractInterrupted);
    m_readAloud = std::make_unique<ReadAloud>(options.speechEngines);
    connect(m_idleReset.get(), &IdleReset::aboutToReset, m_readAloud.get(), &ReadAloud::stop);
    m_engine.setInitialProperties({
        {QStringLiteral("readAloud"), QVariant::fromValue(m_readAloud.get())},
        {QStringLiteral("attract"), QVariant::fromValue(&m_attract)},
        {QStringLiteral("schedule"), QVariant::fromValue(m_schedule.get())},
        {QStringLiteral("admin"), QVariant::fromValue(m_admin.get())},
        {QStringLiteral("displayModes"), QVariant::fromValue(m_modes.get())},
        {QStringLiteral("idleReset"), QVariant::fromValue(m_idleReset.get())},
        {QStringLiteral("catalog"), QVariant::fromValue(&m_catalog)},
        {QStringLiteral("router"), QVariant::fromValue(&m_router)},
        {QStringLiteral("packProblem"), m_packProblem},
        {QStringLiteral("setupProblems"), options.setupProblems},
        {QStringLiteral("width"), options.size.width()},
        {QStringLiteral("height"), options.size.height()},
    });
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CivicKiosk/Main.qml")));
    if (!window()) {
        m_error = QStringLiteral("the user interface could not be loaded (see the messages above)");
        return Start::InterfaceFailed;
    }
    markHealthyAfterNextFrame();
    startSpeechAfterFirstFrame();
    if (!options.dataDir.isEmpty()) {
        m_stateDir = options.stateDir;
        m_swapper = std::make_unique<PackSwapper>(options.dataDir, options.swapIdleMs, &m_activity,
                                                  [this](const QString &packDir) { return swapTo(packDir); });
        m_swapper->setShownDir(m_shownDir);
    }
    return Start::Ok;
}

QQuickWindow *KioskSession::window() const
{
    const auto roots = m_engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.constFirst());
}
