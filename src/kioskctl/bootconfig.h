#pragma once

#include <QString>

namespace civic {

/// `civic-kioskctl bootconfig`: takes the technician's kiosk.toml from the boot partition (the one
/// file a technician edits on the SD card from any computer) and installs it as the kiosk's config,
/// with what it means for the compositor and the touch panel. A file with mistakes installs
/// nothing: the kiosk keeps its last good settings and the screen shows the mistakes.
struct BootConfig {
    /// Every path below is inside this root ("/" on the kiosk; a temporary folder in tests).
    QString root = QStringLiteral("/");
    /// The file to read; empty: the first of /boot/firmware/kiosk.toml, /boot/kiosk.toml.
    QString from;

    static constexpr const char *kConfigPath = "/etc/civic-kiosk/kiosk.conf";
    static constexpr const char *kSessionEnvPath = "/etc/civic-kiosk/session.env";
    static constexpr const char *kTouchRulePath = "/etc/udev/rules.d/90-civic-kiosk-touch.rules";
    static constexpr const char *kProblemsPath = "/run/civic-kiosk/config-problems.txt";

    enum class Outcome { NothingToDo, Applied, Unchanged, Refused, Failed };
    /// Carries it out; `report` gets one line per step or the problems found.
    Outcome apply(QString *report) const;

    /// The libinput calibration matrix that turns a touch panel's reports by `degrees` clockwise.
    static QString calibrationMatrix(int degrees);

private:
    QString inRoot(const QString &path) const;
    /// Writes the touch rule of the installed settings again.
    void restoreTouchRule() const;
};

} // namespace civic
