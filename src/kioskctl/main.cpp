// civic-kioskctl: installs, rolls back and checks the packs of one kiosk. Reads the kiosk's
// config, works on its pack store, and leaves the screen to civic-kiosk.
#include "channelclient.h"
#include "kioskconfig.h"
#include "packstore.h"
#include "pinhash.h"
#include "terminalprogress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
int update(civic::PackStore &store, const civic::KioskConfig &config, bool once)
{
    if (config.channelUrl.isEmpty()) {
        std::fputs("civic-kioskctl: no [channel] url in the config: this kiosk takes packs from USB sticks only\n", stderr);
        return Usage;
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
        if (once)
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civic-kioskctl"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Looks after the content packs of this kiosk.\n\n"
        "Commands:\n"
        "  update [--once]       fetch new packs from the channel (for ever, or once)\n"
        "  install FILE.ckpack   install a signed pack (FILE.ckpack.minisig beside it), e.g. from a USB stick\n"
        "  rollback              go back to the last pack that showed well (or the built-in one)\n"
        "  status [--json]       current and last-good versions, refusals, disk use\n"
        "  gc                    drop old versions (keeps [store] keep_versions) and unused files\n"
        "  verify                hash every installed file again\n"
        "  health                act on the screen's health marks: confirm the pack, or roll back after\n"
        "                        [store] max_failed_starts starts without a finished screen\n"
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
    parser.addOptions({configOption, dataOption, jsonOption, onceOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("update, install, rollback, status, gc, verify, health or hash-pin"));
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
    static const QStringList commands{QStringLiteral("update"), QStringLiteral("install"), QStringLiteral("rollback"), QStringLiteral("status"),
                                      QStringLiteral("gc"), QStringLiteral("verify"), QStringLiteral("health")};
    if (!commands.contains(command) || args.size() != (command == QLatin1String("install") ? 2 : 1)) {
        print(stderr, QStringLiteral("civic-kioskctl: expected one of: update, install FILE, rollback, status, gc, verify, health, hash-pin (see --help)"));
        return Usage;
    }
    QString error;
    const auto config = civic::KioskConfig::load(parser.value(configOption), &error);
    if (!config) {
        print(stderr, error);
        return ConfigError;
    }
    civic::PackStore store(parser.isSet(dataOption) ? parser.value(dataOption) : config->dataDir);
    const bool looking = command == QLatin1String("status") || command == QLatin1String("verify");
    if (const QString problem = store.open(looking ? civic::PackStore::Access::Look : civic::PackStore::Access::Change);
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
        return update(store, *config, parser.isSet(onceOption));
    if (command == QLatin1String("rollback"))
        return report(store.rollback());
    if (command == QLatin1String("gc"))
        return report(store.collectGarbage(config->keepVersions));
    if (command == QLatin1String("verify"))
        return report(store.verify());
    if (command == QLatin1String("health"))
        return report(store.applyHealth(civic::HealthMarks(config->stateDir).read(), config->maxFailedStarts));
    return status(store, parser.isSet(jsonOption));
}
