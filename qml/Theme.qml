pragma Singleton
import QtQuick

// Design tokens, for the normal and the high-contrast look and for large text. Sizes are in design
// pixels of a screen whose short side is 1080; the shell scales the whole canvas to the real
// screen. 1 design px is 0.25 mm on a 21.5" 1080x1920 panel. The shell sets the two modes from
// the visitor's choice; everything else only reads.
QtObject {
    id: theme

    /// Black, white and yellow only: every text at least 7:1 against what is behind it.
    property bool highContrast: false
    /// Text half as large again; touch targets grow with it.
    property bool largeText: false

    readonly property string fontFamily: "Noto Sans"

    readonly property color background: highContrast ? "#000000" : "#f4f1ea"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color surfaceMuted: highContrast ? "#333333" : "#e9e4d8"
    readonly property color primary: highContrast ? "#ffeb3b" : "#1d3a6e"
    /// Buttons on the primary colour (the navigation bar's).
    readonly property color primaryRaised: highContrast ? "#ffffff" : "#294f93"
    readonly property color textOnPrimary: highContrast ? "#000000" : "#ffffff"
    readonly property color accent: highContrast ? "#7df9ff" : "#0d716e"
    readonly property color highlight: highContrast ? "#ffeb3b" : "#f2b632"
    readonly property color textOnHighlight: highContrast ? "#000000" : "#1b1c20"
    readonly property color text: highContrast ? "#ffffff" : "#1b1c20"
    readonly property color textMuted: highContrast ? "#ffffff" : "#45474f"
    readonly property color emergency: highContrast ? "#b00000" : "#a4161a"
    readonly property color textOnEmergency: "#ffffff"
    /// Warnings written on a surface ("not confirmed yet").
    readonly property color warningText: highContrast ? "#ffb3b3" : "#a4161a"
    readonly property color divider: highContrast ? "#ffffff" : "#cfc8b8"
    /// Borders in high contrast are thick enough to see from a metre away.
    readonly property int borderWidth: highContrast ? 4 : 2
    /// What dims the screen behind a sheet or a question.
    readonly property color scrim: highContrast ? "#e6000000" : "#b3000000"

    /// Every pair of text and background colour the pages use, for the contrast check.
    readonly property var textPairs: [
        { name: "text on background", text: text, back: background },
        { name: "text on surface", text: text, back: surface },
        { name: "text on muted surface", text: text, back: surfaceMuted },
        { name: "muted text on background", text: textMuted, back: background },
        { name: "muted text on surface", text: textMuted, back: surface },
        { name: "text on primary", text: textOnPrimary, back: primary },
        { name: "text on raised primary", text: textOnPrimary, back: primaryRaised },
        { name: "primary as text on surface", text: primary, back: surface },
        { name: "accent as text on surface", text: accent, back: surface },
        { name: "accent as text on background", text: accent, back: background },
        { name: "text on accent", text: textOnPrimary, back: accent },
        { name: "text on highlight", text: textOnHighlight, back: highlight },
        { name: "text on emergency", text: textOnEmergency, back: emergency },
        { name: "warning on surface", text: warningText, back: surface }
    ]

    readonly property real fontScale: largeText ? 1.5 : 1.0
    readonly property int fontHuge: Math.round(64 * fontScale)
    readonly property int fontTitle: Math.round(52 * fontScale)
    readonly property int fontHeading: Math.round(42 * fontScale)
    readonly property int fontBody: Math.round(34 * fontScale)
    readonly property int fontSmall: Math.round(28 * fontScale)

    // 112 design px = 28 mm: three times the 9 mm minimum touch target.
    readonly property int touchTarget: largeText ? 140 : 112
    readonly property int spacingSmall: 12
    readonly property int spacing: 24
    readonly property int spacingLarge: 40
    readonly property int margin: 48
    readonly property int radius: 24
    readonly property int headerHeight: largeText ? 170 : 140
    readonly property int emergencyHeight: largeText ? 250 : 150
}
