import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard with the visitor's layout. KioskShell makes it when the search page
// first opens: Qt Virtual Keyboard's layouts and styles would cost every start time and memory,
// for a search that many visitors never open.
InputPanel {
    id: root

    /// The layout's locale, as the catalog names it for the visitor's language ("de_DE", "ar_AR").
    property string locale: "en_GB"

    objectName: "keyboard"
    visible: active

    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.locale
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [root.locale]
    }
}
