import QtQuick
import CivicKiosk.Models

// "Still there?": shown before the kiosk starts over for the next visitor. Any touch keeps the
// visitor's page; the big button says so plainly.
Rectangle {
    id: root

    required property IdleReset idleReset

    objectName: "idleOverlay"
    visible: root.idleReset.countingDown
    color: Theme.scrim

    // Heard as well as seen: a chime when the question appears.
    Loader {
        objectName: "idleChime"
        source: root.idleReset.countingDown ? "Chime.qml" : ""
    }

    // The dimmed page beneath takes no touches meanwhile; touching anywhere counts as "yes".
    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Yes, I am still here")
        Accessible.onPressAction: root.idleReset.stillHere()
        onClicked: root.idleReset.stillHere()
    }

    Rectangle {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.background
        Accessible.role: Accessible.AlertMessage
        Accessible.name: question.text + " " + countdown.text

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacingLarge

            Heading {
                id: question
                objectName: "idleQuestion"
                text: qsTr("Still there?")
            }
            Text {
                id: countdown
                objectName: "idleCountdown"
                width: parent.width
                text: qsTr("Starting over for the next visitor in: %1").arg(root.idleReset.secondsLeft)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            TouchButton {
                objectName: "stillHereButton"
                width: parent.width
                text: qsTr("Yes, I am still here")
                onClicked: root.idleReset.stillHere()
            }
        }
    }
}
