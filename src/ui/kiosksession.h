#pragma once

#include "admincontroller.h"
#include "attractcontroller.h"
#include "attractplaylist.h"
#include "catalog.h"
#include "contentstore.h"
#include "packlocator.h"
#include "displaymodes.h"
#include "idlereset.h"
#include "packswapper.h"
#include "visitoractivity.h"
#include "readaloud.h"
#include "router.h"
#include "schedulecontroller.h"
#include "uitranslator.h"
#include "usagerecorder.h"

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
        QString dataDir;       ///< the pack store: its current, then last-good pack come before packDir
        QString stateDir;      ///< where the screen writes its health marks
        int swapIdleMs = 10000;  ///< a new pack is shown after this long without a touch
        QString district;             ///< the district the kiosk stands in ([kiosk] district)
        int idleResetMs = 60000;      ///< "Still there?" after this long without a touch
        int resetCountdownMs = 10000;  ///< then the kiosk starts over for the next visitor
        qreal lowReachTop = 0.4;       ///< the screen's top part a seated visitor cannot reach
        QString kioskId;               ///< for the admin page
        QByteArray adminPinHash;       ///< empty: the admin page cannot be opened
        civic::PinLock::Clock adminClock;  ///< the PIN lock's clock (tests pass their own)
        civic::OpeningHours openingHours;  ///< default: always open
        QStringList displayOffCommand;
        QStringList displayOnCommand;
        int wakeMs = 5 * 60 * 1000;
        std::function<QDateTime()> scheduleClock;  ///< tests pass their own
        int attractIdleMs = 120000;  ///< the attract loop starts after this long untouched; <= 0: never
        QStringList speechEngines;  ///< Qt TextToSpeech engines to try; empty: speech-dispatcher, flite
        QString setupProblems;  ///< mistakes in the kiosk's settings, for the technician at the screen
    };

    enum class Start { Ok, UnknownLanguageOrRoute, InterfaceFailed };

    explicit KioskSession(QObject *parent = nullptr);
    ~KioskSession() override;

    /// Chooses Qt Virtual Keyboard as the input method unless QT_IM_MODULE names another; call
    /// before the QGuiApplication exists.
    static void useOnScreenKeyboard();

    /// Opens the pack and loads Main.qml. A pack that cannot be opened still gives a window: the
    /// out-of-service screen with the reason. Fails only for an unknown `language` or `route`, or
    /// when the QML itself cannot be loaded (see errorString()).
    Start start(const Options &options);

    QString errorString() const { return m_error; }
    /// Why the pack could not be shown, or empty when it is shown.
    QString packProblem() const { return m_packProblem; }

    QQuickWindow *window() const;
    QQmlApplicationEngine &engine() { return m_engine; }
    Catalog &catalog() { return m_catalog; }
    Router &router() { return m_router; }
    IdleReset *idleReset() const { return m_idleReset.get(); }
    DisplayModes *displayModes() const { return m_modes.get(); }
    AdminController *admin() const { return m_admin.get(); }
    ScheduleController *schedule() const { return m_schedule.get(); }
    ReadAloud *readAloud() const { return m_readAloud.get(); }
    AttractPlaylist &attract() { return m_attract; }

    /// The pack folder shown now.
    QString shownPackDir() const { return m_shownDir; }

private:
    bool openFirstUsable(const Options &options);
    bool swapTo(const QString &packDir);
    void markHealthyAfterNextFrame();
    void startSpeechAfterFirstFrame();
    void attractRunningChanged();

    // The locator owns a previewed pack's temporary database: it must outlive the store using it.
    civic::PackLocator m_locator;
    civic::ContentStore m_store;
    Catalog m_catalog{&m_store};
    Router m_router{&m_catalog};
    VisitorActivity m_activity;
    std::unique_ptr<IdleReset> m_idleReset;
    std::unique_ptr<DisplayModes> m_modes;
    std::unique_ptr<AdminController> m_admin;
    std::unique_ptr<UsageRecorder> m_usage;
    std::unique_ptr<ScheduleController> m_schedule;
    std::unique_ptr<ReadAloud> m_readAloud;
    AttractPlaylist m_attract;
    std::unique_ptr<AttractController> m_attractController;
    QQmlApplicationEngine m_engine;
    UiTranslator m_translator{&m_engine};
    QString m_error;
    QString m_packProblem;
    QString m_shownDir;
    QString m_stateDir;
    std::unique_ptr<PackSwapper> m_swapper;
};
