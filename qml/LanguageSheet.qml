import QtQuick
import CivicKiosk.Models

// The language picker over any page, closed by choosing or by tapping outside.
Rectangle {
    id: root

    required property Catalog catalog
    signal closed()

    color: Theme.scrim

    // A MouseArea takes the touch for itself: nothing under the dimmed page may react to it.
    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: root.closed()
        onClicked: root.closed()
    }

    Rectangle {
        objectName: "languageSheet"
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Choose your language")
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background

        // Taps on the sheet itself between its buttons must neither close it nor reach the page.
        MouseArea {
            anchors.fill: parent
        }

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
