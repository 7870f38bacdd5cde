// civic-kioskctl: installs, rolls back and checks the packs of one kiosk, and reports on it. Reads
// the kiosk's config, works on its pack store, and only reads what the screen (civic-kiosk) writes.
#include "bootconfig.h"
#include "channelclient.h"
#include "durablefiles.h"
#include "healthmarks.h"
#include "kioskconfig.h"
#include "packmanifest.h"
#include "packstore.h"
#include "pinhash.h"
#include "prometheustext.h"
#include "terminalprogress.h"
#include "usageexport.h"
#include "usagestats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QThread>

#include <cstdio>
#include <optional>

#include <termios.h>
#include <unistd.h>

namespace {

enum ExitCode { Ok = 0, Refused = 1, Usage = 2, ConfigError = 3, Unreachable = 4 };

/// Looks at the channel once, or for ever: every poll interval (with a tenth of jitter, so a
/// fleet does not knock at once), sooner again after a failure, backing off up to the interval.
enum class Looking { Forever, Once, WhenDue };

int update(civic::PackStore &store, const civic::KioskConfig &config, Looking looking)
{
    if (config.channelUrl.isEmpty()) {
        // The timer runs on every kiosk; one fed by USB sticks only has nothing to look at.
        if (looking == Looking::WhenDue) {
            std::puts("No [channel] url in the config: this kiosk takes packs from USB sticks only");
            return Ok;
        }
        std::fputs("civic-kioskctl: no [channel] url in the config: this kiosk takes packs from USB sticks only\n", stderr);
        return Usage;
    }
    if (looking == Looking::WhenDue) {
        const civic::StoreState state = store.state();
        const qint64 since = state.lastCheck.isValid() ? state.lastCheck.secsTo(QDateTime::currentDateTimeUtc()) : -1;
        // A failed look is repeated at the timer's next tick; a good one waits the poll interval. A
        // last look "in the future" means the clock was wrong then or is now: look again.
        if (since >= 0 && !state.lastCheckFailed && since < qint64(config.pollIntervalMinutes) * 60) {
            std::printf("Not due: last look %s, every %d minutes ([channel] poll_interval_minutes)\n",
                        qPrintable(state.lastCheck.toString(Qt::ISODate)), config.pollIntervalMinutes);
            return Ok;
        }
    }
    civic::ChannelClient::Settings settings;
    settings.base = config.channelUrl;
    if (!settings.base.path().endsWith(u'/'))
        settings.base.setPath(settings.base.path() + u'/');
    settings.channel = config.channelName;
    settings.trusted = config.trustedKeys;
    settings.maxPackBytes = config.maxPackBytes;
    settings.maxManifestBytes = config.maxManifestBytes;
    civic::ChannelClient client(settings, store);
    qint64 backoffSeconds = 60;
    for (;;) {
        const auto outcome = client.checkOnce();
        using Kind = civic::ChannelClient::Outcome::Kind;
        const bool failed = outcome.kind == Kind::Refused || outcome.kind == Kind::Unreachable;
        std::fprintf(failed ? stderr : stdout, "%s%s (%lld bytes downloaded)\n", failed ? "civic-kioskctl: " : "",
                     qPrintable(outcome.message), static_cast<long long>(outcome.bytesDownloaded));
        std::fflush(stdout);
        if (looking != Looking::Forever)
            return outcome.kind == Kind::Refused ? Refused : outcome.kind == Kind::Unreachable ? Unreachable : Ok;
        const qint64 interval = qint64(config.pollIntervalMinutes) * 60;
        qint64 wait = interval;
        if (outcome.kind == Kind::Unreachable) {
            wait = std::min(backoffSeconds, interval);
            backoffSeconds = std::min(backoffSeconds * 2, interval);
        } else {
            backoffSeconds = 60;
        }
        wait += QRandomGenerator::global()->bounded(wait / 10 + 1) - wait / 20;
        QThread::sleep(static_cast<unsigned long>(std::max<qint64>(wait, 1)));
    }
}

void print(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
}

int report(const civic::PackStore::Result &result)
{
    print(result.ok ? stdout : stderr, result.ok ? result.message : QStringLiteral("civic-kioskctl: ") + result.message);
    return result.ok ? Ok : Refused;
}

int status(const civic::PackStore &store, bool json)
{
    const civic::StoreState state = store.state();
    const QStorageInfo disk(store.root());
    QJsonArray refusals;
    for (const auto &event : state.refusals)
        refusals.append(QJsonObject{{QStringLiteral("at"), event.at.toString(Qt::ISODate)}, {QStringLiteral("what"), event.what}});
    QJsonObject accepted;
    for (auto it = state.accepted.constBegin(); it != state.accepted.constEnd(); ++it)
        accepted.insert(it.key(), it->version);
    const QJsonObject object{
        {QStringLiteral("current"), store.currentVersion()},
        {QStringLiteral("lastGood"), store.lastGoodVersion()},
        {QStringLiteral("installed"), QJsonArray::fromStringList(store.installedVersions())},
        {QStringLiteral("highestAccepted"), accepted},
        {QStringLiteral("lastCheck"), state.lastCheck.toString(Qt::ISODate)},
        {QStringLiteral("lastResult"), state.lastResult},
        {QStringLiteral("refusals"), refusals},
        {QStringLiteral("storeBytes"), store.diskUse()},
        {QStringLiteral("freeBytes"), disk.bytesAvailable()},
    };
    if (json) {
        print(stdout, QString::fromUtf8(QJsonDocument(object).toJson()));
        return Ok;
    }
    auto orNone = [](const QString &text) { return text.isEmpty() ? QStringLiteral("none (built-in pack)") : text; };
    print(stdout, QStringLiteral("Current:   %1\nLast good: %2\nInstalled: %3\nLast check: %4 %5\nStore:     %6 MB, %7 MB free")
                      .arg(orNone(store.currentVersion()), orNone(store.lastGoodVersion()),
                           store.installedVersions().join(QStringLiteral(", ")),
                           state.lastCheck.isValid() ? state.lastCheck.toString(Qt::ISODate) : QStringLiteral("never"),
                           state.lastResult)
                      .arg(store.diskUse() / 1e6, 0, 'f', 1)
                      .arg(disk.bytesAvailable() / 1e6, 0, 'f', 0));
    for (const auto &event : state.refusals)
        print(stdout, QStringLiteral("Refused %1: %2").arg(event.at.toString(Qt::ISODate), event.what));
    return Ok;
}

/// Replaces `path` in one step: node_exporter's textfile collector may read it at any moment and
/// must never see half a file. The temporary name does not end in .prom, so the collector skips it.
bool replaceFile(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".tmp");
    QFile file(temporary);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
    file.close();
    if (written && civic::durable::sync(temporary) && civic::durable::renameOver(temporary, path))
        return true;
    QFile::remove(temporary);
    return false;
}

double epochSeconds(const QDateTime &at)
{
    return at.isValid() ? double(at.toSecsSinceEpoch()) : 0;  // 0: never, so "time() - x > ..." alerts on it too
}

/// `status --prometheus FILE`: what `status --json` says, the screen's health marks and its usage
/// counters, as metrics for node_exporter's textfile collector. Prints nothing, for a timer.
int writeMetrics(const civic::PackStore &store, const civic::KioskConfig &config, const QString &file)
{
    using Type = civic::PrometheusText::Type;
    civic::PrometheusText metrics;
    const civic::StoreState state = store.state();

    std::optional<civic::PackManifest> manifest;
    if (const QString current = store.currentDir(); !current.isEmpty()) {
        QFile manifestFile(QDir(current).filePath(QStringLiteral("manifest.json")));
        QString error;
        if (manifestFile.open(QIODevice::ReadOnly))
            manifest = civic::PackManifest::fromJson(manifestFile.read(civic::PackManifest::kMaxManifestBytes), &error);
    }
    metrics.add(QStringLiteral("civic_kiosk_builtin_pack"), Type::Gauge,
                QStringLiteral("1 while no installed pack is current and the screen shows the pack built into the program."),
                store.currentVersion().isEmpty() ? 1 : 0);
    if (manifest) {
        metrics.add(QStringLiteral("civic_kiosk_pack_info"), Type::Gauge, QStringLiteral("The current pack: its ID and version."),
                    {{{{QStringLiteral("pack"), manifest->id}, {QStringLiteral("version"), manifest->version}}, 1}});
        metrics.add(QStringLiteral("civic_kiosk_pack_created_timestamp_seconds"), Type::Gauge,
                    QStringLiteral("When the current pack was built."), epochSeconds(manifest->created));
    }
    metrics.add(QStringLiteral("civic_kiosk_installed_versions"), Type::Gauge, QStringLiteral("Pack versions installed, for rollback."),
                double(store.installedVersions().size()));
    metrics.add(QStringLiteral("civic_kiosk_last_update_check_timestamp_seconds"), Type::Gauge,
                QStringLiteral("When civic-kioskctl last looked at the channel (0: never)."), epochSeconds(state.lastCheck));
    metrics.add(QStringLiteral("civic_kiosk_last_refusal_timestamp_seconds"), Type::Gauge,
                QStringLiteral("When a pack or an answer of the channel was last refused (0: never)."),
                epochSeconds(state.refusals.isEmpty() ? QDateTime() : state.refusals.last().at));
    metrics.add(QStringLiteral("civic_kiosk_store_bytes"), Type::Gauge, QStringLiteral("Bytes the pack store takes on disk."),
                double(store.diskUse()));
    metrics.add(QStringLiteral("civic_kiosk_store_free_bytes"), Type::Gauge,
                QStringLiteral("Bytes free on the file system of the pack store."), double(QStorageInfo(store.root()).bytesAvailable()));

    const civic::HealthMarks::Marks marks = civic::HealthMarks(config.stateDir).read();
    metrics.add(QStringLiteral("civic_kiosk_screen_starts_without_health"), Type::Gauge,
                QStringLiteral("Starts of the screen on its pack that have not drawn the home screen yet."), marks.startsWithoutHealth);
    metrics.add(QStringLiteral("civic_kiosk_screen_healthy_timestamp_seconds"), Type::Gauge,
                QStringLiteral("When the screen last drew its home screen from its pack (0: never)."), epochSeconds(marks.healthyAt));

    civic::UsageStats usage;
    const bool readable = usage.open(config.stateDir, civic::UsageStats::Mode::ReadOnly);
    metrics.add(QStringLiteral("civic_kiosk_usage_readable"), Type::Gauge, QStringLiteral("1 when the screen's usage counters could be read."),
                readable ? 1 : 0);
    if (readable) {
        // Completed hours only: a counter that moved within the minute would say when somebody did what.
        civic::usageexport::addMetrics(metrics, usage.totals(QDateTime::currentDateTimeUtc()));
    } else {
        // Left out rather than zero: a drop to zero would read as a counter reset.
        print(stderr, QStringLiteral("civic-kioskctl: ") + usage.errorString());
    }

    if (!replaceFile(file, metrics.text())) {
        print(stderr, QStringLiteral("civic-kioskctl: %1: cannot be written").arg(file));
        return Refused;
    }
    return Ok;
}

/// The day a `--since` option names, from 00:00 UTC; nothing unless it is a real yyyy-MM-dd.
std::optional<QDateTime> parseDay(const QString &text)
{
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !day.isValid())
        return std::nullopt;
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

/// `stats`: the screen's usage counters from `since` on, with small counts folded away
/// (usageexport.h), on standard output.
int stats(const QString &stateDir, const QDateTime &since, bool json)
{
    civic::UsageStats usage;
    if (!usage.open(stateDir, civic::UsageStats::Mode::ReadOnly)) {
        print(stderr, QStringLiteral("civic-kioskctl: ") + usage.errorString());
        return Refused;
    }
    const QList<civic::UsageStats::Row> rows = usage.since(since);
    const QByteArray text = json ? civic::usageexport::toJson(rows) : civic::usageexport::toCsv(rows);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return Ok;
}

/// One line of standard input without its line end, or nothing at the end of the input. On a
/// terminal, prompts on stderr and turns echo off, so the PIN shows neither on screen nor in
/// scrollback.
std::optional<QByteArray> readSecretLine(const char *prompt)
{
    termios saved{};
    const bool hidden = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n') {
        if (line.size() < 1024)  // far more than any PIN: enough to say it is too long
            line.append(static_cast<char>(c));
    }
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// Prints the hash of a PIN read from standard input, alone on one line for scripts. The PIN is
/// never an argument: the shell's history and `ps` would keep it.
int hashPin()
{
    const bool terminal = isatty(STDIN_FILENO);
    const auto pin = readSecretLine("PIN: ");
    if (!pin) {
        print(stderr, QStringLiteral("civic-kioskctl hash-pin: no PIN on standard input"));
        return Usage;
    }
    const QString text = QString::fromUtf8(*pin);
    if (const QString problem = civic::pinProblem(text); !problem.isEmpty()) {
        print(stderr, QStringLiteral("civic-kioskctl hash-pin: ") + problem);
        return Usage;
    }
    // Typed blind, so typed twice; a script's input needs no second line.
    if (terminal && readSecretLine("PIN again: ") != pin) {
        print(stderr, QStringLiteral("civic-kioskctl hash-pin: the two PINs differ"));
        return Usage;
    }
    QString error;
    const QByteArray hash = civic::hashPin(text, &error);
    if (hash.isEmpty()) {
        print(stderr, QStringLiteral("civic-kioskctl hash-pin: ") + error);
        return Refused;
    }
    print(stdout, QString::fromLatin1(hash));
    if (terminal)
        print(stderr, QStringLiteral("Put it in kiosk.conf:\n[admin]\npin_hash = \"%1\"").arg(QString::fromLatin1(hash)));
    return Ok;
}

/// `requests`: carries out what a technician asked for on the screen's admin page, which cannot
/// touch the store itself: a rollback first, then an update check. Each request file is removed
/// once acted on, whatever the outcome, so a failing request is not repeated for ever.
int carryOutRequests(civic::PackStore &store, const civic::KioskConfig &config)
{
    const QDir requests(civic::HealthMarks::requestsDir(config.stateDir));
    int exitCode = Ok;
    const auto take = [&requests](const QString &name) {
        const QString path = requests.filePath(name);
        if (!QFile::exists(path))
            return false;
        if (!QFile::remove(path))
            print(stderr, QStringLiteral("civic-kioskctl: cannot remove %1: the request stays").arg(path));
        return true;
    };
    if (take(QStringLiteral("rollback.request"))) {
        print(stdout, QStringLiteral("Rollback requested on the screen."));
        exitCode = report(store.rollback());
    }
    if (take(QStringLiteral("update.request"))) {
        print(stdout, QStringLiteral("Update check requested on the screen."));
        const int updated = update(store, config, Looking::Once);
        exitCode = exitCode != Ok ? exitCode : updated;
    }
    // Anything else would keep systemd's path unit firing for ever.
    for (const QFileInfo &entry : requests.entryInfoList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const bool removed = entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                                 : QFile::remove(entry.filePath());
        if (removed)
            print(stderr, QStringLiteral("civic-kioskctl: removed %1: not a request").arg(entry.filePath()));
    }
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civic-kioskctl"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks after the content packs of this kiosk.\n\n"
        "Commands:\n"
        "  update [--once|--when-due]\n"
        "                        fetch new packs from the channel: for ever, once, or once if\n"
        "                        [channel] poll_interval_minutes have passed or the last look failed (the timer)\n"
        "  install FILE.ckpack   install a signed pack (FILE.ckpack.minisig beside it), e.g. from a USB stick\n"
        "  rollback              go back to the last pack that showed well (or the built-in one)\n"
        "  status [--json]       current and last-good versions, refusals, disk use\n"
        "  status --prometheus FILE\n"
        "                        write the same, the screen's health and its usage counters to FILE\n"
        "                        for node_exporter's textfile collector (replaced in one step; prints nothing)\n"
        "  stats --since DATE [--format csv|json]\n"
        "                        usage counters per hour from DATE (yyyy-MM-dd, 00:00 UTC) on; counts under 5\n"
        "                        are folded into one \"(other)\" row per hour and event (docs/statistics.md)\n"
        "  requests              carry out what was asked for on the screen's admin page (a rollback,\n"
        "                        an update check), then remove the requests ([store] state_dir)\n"
        "  gc                    drop old versions (keeps [store] keep_versions) and unused files\n"
        "  verify                hash every installed file again\n"
        "  upgrade-databases     build again the content databases an older civic-kiosk wrote (the\n"
        "                        package runs it after an upgrade; the screen opens only its own version)\n"
        "  health                act on the screen's health marks: confirm the pack, or roll back after\n"
        "                        [store] max_failed_starts starts without a finished screen\n"
        "  bootconfig [--from FILE] [--root DIR]\n"
        "                        install kiosk.toml from the boot partition (/boot/firmware, /boot) as\n"
        "                        /etc/civic-kiosk/kiosk.conf, with the screen's and touch panel's rotation;\n"
        "                        a file with mistakes changes nothing and its mistakes go to\n"
        "                        /run/civic-kiosk/config-problems.txt, which the screen shows (needs no config)\n"
        "  hash-pin              read the admin PIN (4 to 12 digits) from standard input, asking twice\n"
        "                        on a terminal, and print its Argon2id hash on one line; put it in\n"
        "                        kiosk.conf as  [admin]  pin_hash = \"$argon2id$...\"  (needs no config)\n"
        "                        e.g.  civic-kioskctl hash-pin   or   civic-kioskctl hash-pin < pin.txt\n\n"
        "Exit codes: 0 ok; 1 refused or failed (the current pack stays as it was); 2 bad arguments\n"
        "(or a PIN that is not 4 to 12 digits); "
        "3 the config cannot be read; 4 the channel cannot be reached."));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Config file (default /etc/civic-kiosk/kiosk.conf)."),
                                          QStringLiteral("FILE"), QStringLiteral("/etc/civic-kiosk/kiosk.conf"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"), QStringLiteral("Pack store folder (default: [store] data_dir)."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("status: print JSON."));
    const QCommandLineOption onceOption(QStringLiteral("once"), QStringLiteral("update: look once, then exit."));
    const QCommandLineOption dueOption(QStringLiteral("when-due"),
                                       QStringLiteral("update: look once if the poll interval has passed (or the last look failed)."));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("bootconfig: the kiosk.toml to install."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("bootconfig: work inside this root (default /)."),
                                        QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption prometheusOption(QStringLiteral("prometheus"),
                                              QStringLiteral("status: write metrics to FILE (Prometheus text format)."), QStringLiteral("FILE"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), QStringLiteral("stats: the first day, yyyy-MM-dd (UTC)."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("stats: csv (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({configOption, dataOption, jsonOption, onceOption, dueOption, fromOption, rootOption, prometheusOption,
                       sinceOption, formatOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("update, install, rollback, status, stats, gc, verify, health, requests, upgrade-databases, bootconfig or hash-pin"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    // Before the config is read: the hash goes into the config, which may not exist yet.
    if (command == QLatin1String("hash-pin")) {
        if (args.size() != 1) {
            print(stderr, QStringLiteral("civic-kioskctl hash-pin: give the PIN on standard input, not as an argument "
                                         "(the shell's history and ps would keep it)"));
            return Usage;
        }
        return hashPin();
    }
    if (command == QLatin1String("bootconfig")) {
        if (args.size() != 1) {
            print(stderr, QStringLiteral("civic-kioskctl bootconfig: takes no arguments (--from FILE, --root DIR)"));
            return Usage;
        }
        civic::BootConfig boot;
        boot.root = parser.value(rootOption);
        boot.from = parser.value(fromOption);
        QString report;
        const auto outcome = boot.apply(&report);
        const bool ok = outcome != civic::BootConfig::Outcome::Refused && outcome != civic::BootConfig::Outcome::Failed;
        print(ok ? stdout : stderr, ok ? report : QStringLiteral("civic-kioskctl bootconfig: ") + report);
        return ok ? Ok : Refused;
    }
    static const QStringList commands{QStringLiteral("update"), QStringLiteral("install"), QStringLiteral("rollback"), QStringLiteral("status"),
                                      QStringLiteral("stats"), QStringLiteral("gc"), QStringLiteral("verify"), QStringLiteral("health"),
                                      QStringLiteral("requests"), QStringLiteral("upgrade-databases")};
    if (!commands.contains(command) || args.size() != (command == QLatin1String("install") ? 2 : 1)) {
        print(stderr, QStringLiteral("civic-kioskctl: expected one of: update, install FILE, rollback, status, stats, gc, verify, health, "
                                     "requests, upgrade-databases, bootconfig, hash-pin (see --help)"));
        return Usage;
    }
    std::optional<QDateTime> since;
    const QString format = parser.value(formatOption);
    if (command == QLatin1String("stats")) {
        since = parseDay(parser.value(sinceOption));
        if (!since) {
            print(stderr, parser.isSet(sinceOption)
                              ? QStringLiteral("civic-kioskctl stats: --since %1: expected a date as yyyy-MM-dd").arg(parser.value(sinceOption))
                              : QStringLiteral("civic-kioskctl stats: --since DATE is required (yyyy-MM-dd)"));
            return Usage;
        }
        if (format != QLatin1String("csv") && format != QLatin1String("json")) {
            print(stderr, QStringLiteral("civic-kioskctl stats: --format %1: expected csv or json").arg(format));
            return Usage;
        }
    }
    QString error;
    const auto config = civic::KioskConfig::load(parser.value(configOption), &error);
    if (!config) {
        print(stderr, error);
        return ConfigError;
    }
    // The counters are the screen's, in its state folder: the pack store has no part in them.
    if (command == QLatin1String("stats"))
        return stats(config->stateDir, *since, format == QLatin1String("json"));
    civic::PackStore store(parser.isSet(dataOption) ? parser.value(dataOption) : config->dataDir);
    const bool looking = command == QLatin1String("status") || command == QLatin1String("verify");
    // Started by systemd for the screen and by the package's upgrade: they wait for a running update.
    const bool waiting = command == QLatin1String("requests") || command == QLatin1String("health")
                         || command == QLatin1String("upgrade-databases");
    using Access = civic::PackStore::Access;
    if (const QString problem = store.open(looking ? Access::Look : waiting ? Access::ChangeWhenFree : Access::Change);
        !problem.isEmpty()) {
        print(stderr, QStringLiteral("civic-kioskctl: ") + problem);
        return Refused;
    }
    if (command == QLatin1String("install")) {
        civic::ArchiveLimits limits;
        limits.maxTotalBytes = config->maxPackBytes;
        return report(store.installArchive(args.at(1), config->trustedKeys, limits,
                                           civic::terminalProgress(QStringLiteral("Installing"))));
    }
    if (command == QLatin1String("update"))
        return update(store, *config,
                      parser.isSet(dueOption)    ? Looking::WhenDue
                      : parser.isSet(onceOption) ? Looking::Once
                                                 : Looking::Forever);
    if (command == QLatin1String("rollback"))
        return report(store.rollback());
    if (command == QLatin1String("gc"))
        return report(store.collectGarbage(config->keepVersions));
    if (command == QLatin1String("verify"))
        return report(store.verify());
    if (command == QLatin1String("upgrade-databases"))
        return report(store.upgradeDatabases());
    if (command == QLatin1String("requests"))
        return carryOutRequests(store, *config);
    if (command == QLatin1String("health"))
        return report(store.applyHealth(civic::HealthMarks(config->stateDir).read(), config->maxFailedStarts));
    if (parser.isSet(prometheusOption))
        return writeMetrics(store, *config, parser.value(prometheusOption));
    return status(store, parser.isSet(jsonOption));
}
