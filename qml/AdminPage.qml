pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The technicians' page: what runs, how it is doing, and what can be done from the screen.
Rectangle {
    id: root

    required property AdminController admin
    signal touchTestRequested()
    signal colourBarsRequested()

    objectName: "adminPage"
    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: heading.text

    // Nothing beneath reacts while the page is open.
    MouseArea {
        anchors.fill: parent
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Heading {
                id: heading
                text: qsTr("Kiosk administration")
            }
            Text {
                objectName: "clockWarning"
                width: parent.width
                visible: !root.admin.clockTrusted
                text: qsTr("The clock is earlier than the pack was made, so it cannot be right: check the network time. Until then the kiosk treats the pack's date as today.")
                color: Theme.warningText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: root.admin.facts
                delegate: Row {
                    id: factRow
                    required property var modelData
                    width: column.width
                    spacing: Theme.spacing
                    Text {
                        width: parent.width * 0.38
                        text: factRow.modelData.label
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "fact-" + factRow.modelData.label
                        width: parent.width * 0.62 - parent.spacing
                        text: factRow.modelData.value
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
            Heading {
                level: 2
                text: qsTr("Recent warnings")
            }
            Text {
                width: parent.width
                text: root.admin.recentErrors.length > 0 ? root.admin.recentErrors : qsTr("None since the start.")
                color: Theme.text
                font.family: "Noto Sans Mono"
                font.pixelSize: Theme.fontSmall - 6
                wrapMode: Text.WrapAnywhere
                maximumLineCount: 20
            }
            Text {
                objectName: "requestNote"
                width: parent.width
                visible: text.length > 0
                text: root.admin.requestNote
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Grid {
                id: actions
                width: parent.width
                columns: 2
                spacing: Theme.spacing
                readonly property real cell: (width - spacing) / 2
                TouchButton {
                    objectName: "adminUpdate"
                    width: actions.cell
                    text: qsTr("Check for updates")
                    onClicked: root.admin.requestUpdateCheck()
                }
                TouchButton {
                    objectName: "adminRollback"
                    width: actions.cell
                    text: qsTr("Previous pack")
                    onClicked: root.admin.requestRollback()
                }
                TouchButton {
                    objectName: "adminTouchTest"
                    width: actions.cell
                    text: qsTr("Touch test")
                    baseColor: Theme.accent
                    onClicked: root.touchTestRequested()
                }
                TouchButton {
                    objectName: "adminColourBars"
                    width: actions.cell
                    text: qsTr("Colour bars")
                    baseColor: Theme.accent
                    onClicked: root.colourBarsRequested()
                }
                TouchButton {
                    objectName: "adminRestart"
                    width: actions.cell
                    text: qsTr("Restart program")
                    baseColor: Theme.emergency
                    textColor: Theme.textOnEmergency
                    onClicked: root.admin.restartProgram()
                }
                TouchButton {
                    objectName: "adminClose"
                    width: actions.cell
                    text: qsTr("Close")
                    baseColor: Theme.surfaceMuted
                    textColor: Theme.text
                    onClicked: root.admin.close()
                }
            }
        }
    }
}
