pragma Singleton
import QtQuick

// Design tokens. Sizes are in design pixels of a screen whose short side is 1080; the shell
// scales the whole canvas to the real screen. 1 design px is 0.25 mm on a 21.5" 1080x1920 panel.
QtObject {
    readonly property string fontFamily: "Noto Sans"

    readonly property color background: "#f4f1ea"
    readonly property color surface: "#ffffff"
    readonly property color surfaceMuted: "#e9e4d8"
    readonly property color primary: "#1d3a6e"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color accent: "#0f7c79"
    readonly property color highlight: "#f2b632"
    readonly property color text: "#1b1c20"
    readonly property color textMuted: "#45474f"
    readonly property color emergency: "#a4161a"
    readonly property color textOnEmergency: "#ffffff"
    readonly property color divider: "#cfc8b8"

    readonly property int fontHuge: 64
    readonly property int fontTitle: 52
    readonly property int fontHeading: 42
    readonly property int fontBody: 34
    readonly property int fontSmall: 28

    // 112 design px = 28 mm: three times the 9 mm minimum touch target.
    readonly property int touchTarget: 112
    readonly property int spacingSmall: 12
    readonly property int spacing: 24
    readonly property int spacingLarge: 40
    readonly property int margin: 48
    readonly property int radius: 24
    readonly property int headerHeight: 140
    readonly property int emergencyHeight: 150
}
