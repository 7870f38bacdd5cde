#include "soaktimed.h"

#include "kiosksession.h"
#include "packlocator.h"
#include "soakdriver.h"
#include "soakpacks.h"
#include "soakprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTest>

#include <algorithm>
#include <cstdio>

namespace {

QString textOption(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double numberOption(const QStringList &args, const QString &name, double fallback)
{
    bool ok = false;
    const double value = textOption(args, name).toDouble(&ok);
    return ok ? value : fallback;
}

/// What the soak has done so far.
struct Progress {
    qint64 navigations = 0;
    int swaps = 0;
    int searches = 0;
    int attractLoops = 0;
    double slowestNavigationMs = 0;  ///< since the last sample: a screen that stalls shows here
};

/// Each sample as a CSV row, to the file (when given) and to stdout, flushed at once: a soak
/// that dies still leaves its curve up to then.
class SampleLog
{
public:
    bool open(const QString &path, const QStringList &about)
    {
        if (!path.isEmpty()) {
            m_file.setFileName(path);
            if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
                return false;
        }
        // The settings as '#' lines before the header: bench/plot puts them beside the curves.
        for (const QString &line : about)
            write(QStringLiteral("# ") + line);
        write(QStringLiteral("elapsed_s,rss_kb,rss_anon_kb,cpu_s,fds,sqlite_files,threads,navigations,swaps,searches,"
                             "attract_loops,slowest_nav_ms"));
        return true;
    }

    void sample(double elapsedS, const ProcessSample &p, const Progress &done)
    {
        write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12")
                  .arg(elapsedS, 0, 'f', 1)
                  .arg(p.rssKb)
                  .arg(p.rssAnonKb)
                  .arg(p.cpuSeconds, 0, 'f', 2)
                  .arg(p.fds)
                  .arg(p.sqliteFiles)
                  .arg(p.threads)
                  .arg(done.navigations)
                  .arg(done.swaps)
                  .arg(done.searches)
                  .arg(done.attractLoops)
                  .arg(done.slowestNavigationMs, 0, 'f', 1));
    }

private:
    void write(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fputs(bytes.constData(), stdout);
        std::fflush(stdout);
        if (m_file.isOpen()) {
            m_file.write(bytes);
            m_file.flush();
        }
    }

    QFile m_file;
};

// German words a visitor would look for; each is typed key by key in the language shown then.
const QStringList kSearchWords{QStringLiteral("einbruch"), QStringLiteral("polizei"), QStringLiteral("kind"),
                               QStringLiteral("betrug"),   QStringLiteral("fahrrad"), QStringLiteral("nachbar"),
                               QStringLiteral("gewalt"),   QStringLiteral("hilfe")};

} // namespace

int runTimedSoak(const QStringList &args)
{
    const double minutes = numberOption(args, QStringLiteral("--minutes"), 0);
    const int everySeconds = static_cast<int>(numberOption(args, QStringLiteral("--every-seconds"), 60));
    const double swapMinutes = numberOption(args, QStringLiteral("--swap-minutes"), 2);
    const int versions = static_cast<int>(numberOption(args, QStringLiteral("--pack-versions"), 3));
    const int languageEvery = static_cast<int>(numberOption(args, QStringLiteral("--language-every"), 50));
    const QString csv = textOption(args, QStringLiteral("--csv"));
    const QString source = textOption(args, QStringLiteral("--pack-source"), QStringLiteral(CIVIC_DEFAULT_PACK_SOURCE));
    if (minutes <= 0 || everySeconds < 1 || swapMinutes <= 0 || versions < 2 || languageEvery < 1) {
        std::fputs("usage: civic-bench-soak --minutes N [--every-seconds 60] [--swap-minutes 2] [--pack-versions 3]\n"
                   "                        [--language-every 50] [--csv PATH] [--pack-source DIR]\n",
                   stderr);
        return 2;
    }

    // Declared before the session, so the store outlives the screen that has its files open.
    SoakPacks packs;
    if (const QString problem = packs.prepare(source, QCoreApplication::applicationDirPath(), versions); !problem.isEmpty())
        qFatal("%s", qPrintable(problem));

    KioskSession session;
    KioskSession::Options options;
    options.packDir = civic::PackLocator::builtInPackDir(QCoreApplication::applicationDirPath());
    options.dataDir = packs.dataDir();
    options.stateDir = packs.stateDir();  // health marks and usage counters, written as on a kiosk
    options.swapIdleMs = 300;             // the swap waits this long after the last key
    options.attractIdleMs = 0;            // driven by hand below
    options.speechEngines = {QStringLiteral("none")};
    if (session.start(options) != KioskSession::Start::Ok)
        qFatal("%s", qPrintable(session.errorString()));
    if (!session.shownPackDir().startsWith(QFileInfo(packs.dataDir()).canonicalFilePath() + u'/'))
        qFatal("the screen shows %s, not the store's pack", qPrintable(session.shownPackDir()));
    session.window()->show();
    session.window()->requestActivate();
    if (!QTest::qWaitForWindowExposed(session.window()))
        qFatal("window not shown");

    SampleLog log;
    const QStringList about{
        QStringLiteral("command: ") + args.join(u' '),
        QStringLiteral("platform: ") + QGuiApplication::platformName(),
        QStringLiteral("started: ") + QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
        QStringLiteral("every_seconds: %1").arg(everySeconds),
        QStringLiteral("swap_minutes: %1").arg(swapMinutes),
        QStringLiteral("pack_versions: %1").arg(versions),
    };
    if (!log.open(csv, about))
        qFatal("%s: cannot be written", qPrintable(csv));

    QStringList routes = soak::everyRoute(session);
    const QStringList languages = session.catalog().store().info().languages;
    const qint64 durationMs = static_cast<qint64>(minutes * 60000);
    const qint64 everyMs = qint64(everySeconds) * 1000;
    const qint64 swapMs = static_cast<qint64>(swapMinutes * 60000);
    Progress done;
    QElapsedTimer clock;
    clock.start();
    qint64 lastSampleMs = 0;
    qint64 nextSampleMs = everyMs;
    qint64 nextSwapMs = swapMs;
    log.sample(0, ProcessSample::now(), done);

    for (qint64 step = 0; clock.elapsed() < durationMs; ++step) {
        // As the 10,000-navigation soak: every route in turn, home every tenth step, and
        // another language every `languageEvery` steps.
        if (step % languageEvery == languageEvery - 1)
            session.catalog().setLanguage(languages.at((step / languageEvery) % languages.size()));
        const QString route = step % 10 == 9 ? QStringLiteral("home") : routes.at(step % routes.size());
        if (route != session.router().route()) {  // the same route again draws nothing
            done.slowestNavigationMs = std::max(done.slowestNavigationMs, soak::show(session, route));
            ++done.navigations;
        }
        // After each pass through every route, the end of a visit: a typed search, nobody
        // answers "Still there?", and the attract loop runs until the next visitor touches it.
        if (step % routes.size() == routes.size() - 1) {
            soak::typeSearch(session, kSearchWords.at(done.searches % kSearchWords.size()));
            ++done.searches;
            soak::visitorLeaves(session);
            soak::attractLoop(session);
            ++done.attractLoops;
        }
        if (clock.elapsed() >= nextSwapMs) {
            const QString target = packs.flip();
            if (target.isEmpty())
                qFatal("the store's current pack cannot be switched");
            if (!QTest::qWaitFor([&] { return session.shownPackDir() == target; }, 15000))
                qFatal("the screen did not swap to %s", qPrintable(target));
            ++done.swaps;
            routes = soak::everyRoute(session);
            nextSwapMs += swapMs;
        }
        if (clock.elapsed() >= nextSampleMs) {
            lastSampleMs = clock.elapsed();
            log.sample(static_cast<double>(lastSampleMs) / 1000, ProcessSample::now(), done);
            done.slowestNavigationMs = 0;
            nextSampleMs = (lastSampleMs / everyMs + 1) * everyMs;  // on the grid, even after a slow step
        }
    }
    // The end, unless a sample was just taken: a second apart would make the CPU % noise.
    if (clock.elapsed() - lastSampleMs > 1000)
        log.sample(static_cast<double>(clock.elapsed()) / 1000, ProcessSample::now(), done);
    return 0;
}
