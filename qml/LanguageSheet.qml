import QtQuick
import CivicKiosk.Models

// The language picker over any page, closed by choosing or by tapping outside.
Rectangle {
    id: root

    required property Catalog catalog
    signal closed()

    color: "#b3000000"

    TapHandler {
        onTapped: root.closed()
    }

    Rectangle {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background

        // Taps on the sheet itself must not close it.
        TapHandler {}

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacingLarge

            Heading {
                level: 2
                text: qsTr("Choose your language")
            }
            LanguagePicker {
                width: parent.width
                catalog: root.catalog
                onChosen: root.closed()
            }
        }
    }
}
