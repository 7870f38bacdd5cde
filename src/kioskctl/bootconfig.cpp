#include "bootconfig.h"

#include "durablefiles.h"
#include "kioskconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace civic {

namespace {

constexpr QFileDevice::Permissions kWorldReadable =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Writes `content` to `path` whole or not at all, on disk before it counts (a power cut during
/// the first boot must not leave half a config). Returns an error, or empty.
QString writeDurably(const QString &path, const QByteArray &content)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot make the folder %1").arg(folder);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    QFile::setPermissions(path, kWorldReadable);
    durable::sync(folder);
    return {};
}

/// Makes `path` hold `content` (or removes it when `content` is empty); says whether it changed.
bool place(const QString &path, const QByteArray &content, QString *error)
{
    const bool exists = QFileInfo::exists(path);
    if (content.isEmpty()) {
        if (exists && !QFile::remove(path))
            *error = QStringLiteral("cannot remove %1").arg(path);
        return exists;
    }
    if (exists && readAll(path) == content)
        return false;
    *error = writeDurably(path, content);
    return true;
}

QByteArray sessionEnvironment(const KioskConfig &config, const QString &source)
{
    // /usr/libexec/civic-kiosk/session turns cage's output by this much.
    return QStringLiteral("# Written by civic-kioskctl bootconfig from %1 at every boot: edit that file, not this one.\n"
                          "CIVIC_ROTATION=%2\n")
        .arg(source)
        .arg(config.screenRotation)
        .toUtf8();
}

QByteArray touchRule(const KioskConfig &config, const QString &source)
{
    if (config.touchRotation == 0)
        return {};
    return QStringLiteral("# Written by civic-kioskctl bootconfig from %1 ([screen] touch_rotation = %2).\n"
                          "ACTION==\"add|change\", SUBSYSTEM==\"input\", ENV{ID_INPUT_TOUCHSCREEN}==\"1\", "
                          "ENV{LIBINPUT_CALIBRATION_MATRIX}=\"%3\"\n")
        .arg(source)
        .arg(config.touchRotation)
        .arg(BootConfig::calibrationMatrix(config.touchRotation))
        .toUtf8();
}

} // namespace

QString BootConfig::calibrationMatrix(int degrees)
{
    // libinput's matrices for a panel turned clockwise (libinput docs, "Static device configuration").
    switch (degrees) {
    case 90:
        return QStringLiteral("0 -1 1 1 0 0");
    case 180:
        return QStringLiteral("-1 0 1 0 -1 1");
    case 270:
        return QStringLiteral("0 1 0 -1 0 1");
    default:
        return QStringLiteral("1 0 0 0 1 0");
    }
}

void BootConfig::restoreTouchRule() const
{
    // Under a read-only root /etc/udev is in RAM while /etc/civic-kiosk is on the data partition:
    // the touch panel must keep the turn of the settings the kiosk keeps.
    QString ignored;
    if (const auto installed = KioskConfig::load(inRoot(QLatin1String(kConfigPath)), &ignored))
        place(inRoot(QLatin1String(kTouchRulePath)), touchRule(*installed, QLatin1String(kConfigPath)), &ignored);
}

QString BootConfig::inRoot(const QString &path) const
{
    return QDir::cleanPath(root + u'/' + path);
}

BootConfig::Outcome BootConfig::apply(QString *report) const
{
    QString source = from;
    if (source.isEmpty()) {
        for (const char *candidate : {"/boot/firmware/kiosk.toml", "/boot/kiosk.toml"}) {
            if (QFileInfo::exists(inRoot(QLatin1String(candidate)))) {
                source = QLatin1String(candidate);
                break;
            }
        }
    }
    const QString problemsFile = inRoot(QLatin1String(kProblemsPath));
    QString error;
    if (source.isEmpty()) {
        place(problemsFile, {}, &error);
        restoreTouchRule();
        *report = QStringLiteral("no kiosk.toml on the boot partition: the settings in %1 stay as they are")
                      .arg(QLatin1String(kConfigPath));
        return Outcome::NothingToDo;
    }
    const QString sourcePath = from.isEmpty() ? inRoot(source) : source;
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = QStringLiteral("cannot read %1: %2").arg(source, file.errorString());
        return Outcome::Failed;
    }
    const QByteArray text = file.readAll();
    QString problems;
    const auto config = KioskConfig::parse(text, source, &problems);
    if (!config) {
        *report = QStringLiteral("%1 has mistakes; the kiosk keeps its last good settings (%2):\n%3")
                      .arg(source, QLatin1String(kConfigPath), problems);
        if (const QString written = writeDurably(problemsFile, (*report + u'\n').toUtf8()); !written.isEmpty())
            *report += u'\n' + written;
        restoreTouchRule();
        return Outcome::Refused;
    }

    QStringList changed;
    const struct {
        const char *path;
        QByteArray content;
    } files[] = {
        {kConfigPath, text},
        {kSessionEnvPath, sessionEnvironment(*config, source)},
        {kTouchRulePath, touchRule(*config, source)},
        {kProblemsPath, {}},
    };
    for (const auto &[path, content] : files) {
        if (place(inRoot(QLatin1String(path)), content, &error))
            changed.append(QLatin1String(path));
        if (!error.isEmpty()) {
            *report = QStringLiteral("%1 is valid but could not be installed: %2").arg(source, error);
            return Outcome::Failed;
        }
    }
    const QString summary = QStringLiteral("kiosk %1, district %2, rotation %3, touch rotation %4")
                                .arg(config->kioskId, config->district.isEmpty() ? QStringLiteral("(none)") : config->district)
                                .arg(config->screenRotation)
                                .arg(config->touchRotation);
    if (changed.isEmpty()) {
        *report = QStringLiteral("%1 is installed already (%2)").arg(source, summary);
        return Outcome::Unchanged;
    }
    *report = QStringLiteral("installed %1 (%2); changed: %3").arg(source, summary, changed.join(QStringLiteral(", ")));
    return Outcome::Applied;
}

} // namespace civic
