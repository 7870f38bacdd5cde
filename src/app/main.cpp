// civic-kiosk: the touch screen. Builds the session, then runs; see KioskSession.
#include "kioskconfig.h"
#include "kiosksession.h"
#include "packlocator.h"
#include "recentmessages.h"
#include "screenshot.h"
#ifdef Q_OS_UNIX
#include "systemdnotifier.h"
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QtQml/qqmlextensionplugin.h>

#include <chrono>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(CivicKiosk_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(CivicKioskPlugin)

namespace {

// How high a seated visitor reaches comfortably (DIN 18040-1 puts controls at 85 to 105 cm).
constexpr double kSeatedReachCm = 120;

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    if (parts.size() != 2)
        return {};
    bool okWidth = false;
    bool okHeight = false;
    const QSize size(parts.at(0).toInt(&okWidth), parts.at(1).toInt(&okHeight));
    return okWidth && okHeight && size.width() >= 320 && size.height() >= 320 && size.width() <= 8192
                   && size.height() <= 8192
               ? size
               : QSize();
}

// A desktop screen is smaller than a kiosk's: keep the kiosk's proportions, fit the screen.
QSize fitToScreen(QSize size)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return size;
    const QSize available = screen->availableSize() * 0.92;
    if (size.width() <= available.width() && size.height() <= available.height())
        return size;
    return size.scaled(available, Qt::KeepAspectRatio);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "civic-kiosk: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    KioskSession::useOnScreenKeyboard();
    QGuiApplication app(argc, argv);
    RecentMessages::install();
    QGuiApplication::setApplicationName(QStringLiteral("civic-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CIVIC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Touch information kiosk.\nExit codes: 0 ok, 1 the "
                                                    "interface failed, 2 bad arguments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption packOption(QStringLiteral("pack"), QStringLiteral("Pack folder to show (installed, "
                                        "or a pack source to preview). Default: the built-in pack."), QStringLiteral("DIR"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"), QStringLiteral("Run in a window instead of full screen."));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Screen size in pixels (default 1080x1920)."), QStringLiteral("WxH"), QStringLiteral("1080x1920"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("Start in this language (a tag of the pack)."), QStringLiteral("LANG"));
    const QCommandLineOption routeOption(QStringLiteral("route"), QStringLiteral("Start on this screen, e.g. tip/ID or contacts (with --screenshot also: admin)."), QStringLiteral("ROUTE"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QStringLiteral("Render the screen to this PNG file and exit."), QStringLiteral("OUT.png"));
    const QCommandLineOption firstFrameOption(QStringLiteral("exit-after-first-frame"),
                                              QStringLiteral("For benchmarks: print the monotonic clock at the first "
                                                             "frame on the screen, then exit."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Kiosk config (default /etc/civic-kiosk/kiosk.conf when it exists): "
                                                         "shows the pack store's current pack and swaps to new ones."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), QStringLiteral("Pack store folder (overrides the config)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption stateOption(QStringLiteral("state-dir"), QStringLiteral("Folder for health marks (overrides the config)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption idleOption(QStringLiteral("swap-idle-ms"), QStringLiteral("Show a new pack after this long without a touch (default 10000)."),
                                        QStringLiteral("MS"), QStringLiteral("10000"));
    const QCommandLineOption resetOption(QStringLiteral("idle-seconds"),
                                         QStringLiteral("Ask \"Still there?\" after this long without a touch, then start over "
                                                        "for the next visitor (default 60)."),
                                         QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption districtOption(QStringLiteral("district"),
                                            QStringLiteral("The district the kiosk stands in (overrides the config)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption attractOption(QStringLiteral("attract-seconds"),
                                           QStringLiteral("Start the attract loop after this long without a touch "
                                                          "(default 120; 0: never; overrides the config)."),
                                           QStringLiteral("SECONDS"));
    const QCommandLineOption modesOption(QStringLiteral("modes"),
                                         QStringLiteral("Start with these display modes on, as a visitor would choose them "
                                                        "(for screenshots): large-text,high-contrast,low-reach."),
                                         QStringLiteral("LIST"));
    const QCommandLineOption problemsOption(QStringLiteral("config-problems"),
                                            QStringLiteral("Show the mistakes civic-kioskctl bootconfig found in kiosk.toml, "
                                                           "from this file (default /run/civic-kiosk/config-problems.txt)."),
                                            QStringLiteral("FILE"), QStringLiteral("/run/civic-kiosk/config-problems.txt"));
    parser.addOptions({packOption, windowedOption, sizeOption, languageOption, routeOption, screenshotOption,
                       firstFrameOption, configOption, dataOption, stateOption, idleOption, resetOption, districtOption,
                       modesOption, attractOption, problemsOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1' (see --help)").arg(parser.positionalArguments().constFirst()));

    KioskSession::Options options;
    options.packDir = parser.isSet(packOption) ? parser.value(packOption)
                                               : civic::PackLocator::builtInPackDir(QCoreApplication::applicationDirPath());
    options.language = parser.value(languageOption);
    options.route = parser.value(routeOption);
    options.size = parseSize(parser.value(sizeOption));
    if (!options.size.isValid())
        return fail(QStringLiteral("--size '%1' is not WIDTHxHEIGHT between 320 and 8192").arg(parser.value(sizeOption)));
    const QString defaultConfig = QStringLiteral("/etc/civic-kiosk/kiosk.conf");
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption)
                                                          : (QFileInfo::exists(defaultConfig) ? defaultConfig : QString());
    if (!configPath.isEmpty() && !parser.isSet(packOption)) {
        QString error;
        if (const auto config = civic::KioskConfig::load(configPath, &error)) {
            options.dataDir = config->dataDir;
            options.stateDir = config->stateDir;
            options.district = config->district;
            options.kioskId = config->kioskId;
            options.attractIdleMs = config->attractAfterSeconds * 1000;
            options.adminPinHash = config->adminPinHash;
            options.openingHours = config->schedule;
            options.displayOffCommand = config->displayOffCommand;
            options.displayOnCommand = config->displayOnCommand;
            options.wakeMs = config->wakeMinutes * 60 * 1000;
            if (config->screenHeightCm > 0)
                options.lowReachTop = DisplayModes::unreachableTop(config->screenTopEdgeCm, config->screenHeightCm,
                                                                   kSeatedReachCm);
        } else {
            // A broken config must not darken the screen: show the built-in pack and say why.
            std::fprintf(stderr, "civic-kiosk: config ignored, showing the built-in pack:\n%s\n", qPrintable(error));
            options.setupProblems = error;
        }
    }
    if (QFile problems(parser.value(problemsOption)); problems.open(QIODevice::ReadOnly)) {
        const QString found = QString::fromUtf8(problems.read(16 * 1024)).trimmed();
        options.setupProblems = options.setupProblems.isEmpty() ? found : options.setupProblems + u'\n' + found;
    }
    if (parser.isSet(dataOption))
        options.dataDir = parser.value(dataOption);
    if (parser.isSet(districtOption))
        options.district = parser.value(districtOption);
    if (parser.isSet(stateOption))
        options.stateDir = parser.value(stateOption);
    options.swapIdleMs = parser.value(idleOption).toInt();
    bool secondsOk = false;
    const int idleSeconds = parser.value(resetOption).toInt(&secondsOk);
    if (!secondsOk || idleSeconds < 10 || idleSeconds > 3600)
        return fail(QStringLiteral("--idle-seconds '%1' is not a number of seconds from 10 to 3600").arg(parser.value(resetOption)));
    options.idleResetMs = idleSeconds * 1000;
    if (parser.isSet(attractOption)) {
        bool attractOk = false;
        const int attractSeconds = parser.value(attractOption).toInt(&attractOk);
        if (!attractOk || attractSeconds < 0 || attractSeconds > 24 * 3600)
            return fail(QStringLiteral("--attract-seconds '%1' is not a number of seconds from 0 to 86400")
                            .arg(parser.value(attractOption)));
        options.attractIdleMs = attractSeconds * 1000;
    }
    const QStringList knownModes{QStringLiteral("large-text"), QStringLiteral("high-contrast"), QStringLiteral("low-reach")};
    const QStringList modes = parser.value(modesOption).split(u',', Qt::SkipEmptyParts);
    for (const QString &mode : modes) {
        if (!knownModes.contains(mode))
            return fail(QStringLiteral("--modes: unknown mode '%1'; modes are: %2").arg(mode, knownModes.join(u", ")));
    }
    const bool screenshot = parser.isSet(screenshotOption);
    const bool adminScreenshot = screenshot && options.route == QLatin1String("admin");
    if (adminScreenshot)
        options.route.clear();
    options.windowed = parser.isSet(windowedOption) || screenshot;
    if (options.windowed && !screenshot)
        options.size = fitToScreen(options.size);
    // Full screen: the first frame is laid out for the screen, not for --size and then again.
    if (!options.windowed && !parser.isSet(sizeOption) && QGuiApplication::primaryScreen())
        options.size = QGuiApplication::primaryScreen()->size();

    KioskSession session;
    if (const auto started = session.start(options); started != KioskSession::Start::Ok) {
        fail(session.errorString());
        return started == KioskSession::Start::InterfaceFailed ? 1 : 2;
    }
    if (!session.packProblem().isEmpty())
        std::fprintf(stderr, "civic-kiosk: out of service: %s\n", qPrintable(session.packProblem()));
    if (adminScreenshot)
        session.admin()->openForScreenshot();
    session.displayModes()->setLargeText(modes.contains(knownModes.at(0)));
    session.displayModes()->setHighContrast(modes.contains(knownModes.at(1)));
    session.displayModes()->setLowReach(modes.contains(knownModes.at(2)));

    QQuickWindow *window = session.window();
#ifdef Q_OS_UNIX
    SystemdNotifier notifier;
    if (!screenshot && !parser.isSet(firstFrameOption)) {
        notifier.readyAfterFirstFrame(window);
        SystemdNotifier::status(session.packProblem().isEmpty()
                                    ? QStringLiteral("showing pack %1").arg(session.catalog().packVersion())
                                    : QStringLiteral("out of service: %1").arg(session.packProblem()));
    }
#endif
    if (screenshot) {
        window->show();
        const QString error = saveScreenshot(window, parser.value(screenshotOption));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "civic-kiosk: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    if (parser.isSet(firstFrameOption)) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [] {
            // steady_clock is CLOCK_MONOTONIC: the benchmark compares it with the time it started us.
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf("first-frame-monotonic-ns %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QCoreApplication::quit();
        }, Qt::QueuedConnection);
    }
    if (options.windowed)
        window->show();
    else
        window->showFullScreen();
    return QGuiApplication::exec();
}
