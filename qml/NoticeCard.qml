pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// One notice of the pack: its kind said in words (not by colour alone), title and text, and for
// an urgent one the contacts to call.
Rectangle {
    id: root

    required property Catalog catalog
    required property Router router
    required property string noticeId
    required property string level
    required property string title
    required property string text
    required property var contactIds

    readonly property bool urgent: root.level === "urgent"

    objectName: "notice-" + root.noticeId
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.urgent ? Theme.emergency : Theme.surface
    border.color: root.level === "info" ? Theme.divider : Theme.emergency
    border.width: root.level === "info" ? Theme.borderWidth : 6
    Accessible.role: Accessible.AlertMessage
    Accessible.name: kind.text + ": " + root.title

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: parent.width - 2 * Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            id: kind
            text: root.urgent ? qsTr("Urgent warning") : root.level === "warning" ? qsTr("Warning") : qsTr("Notice")
            color: root.urgent ? Theme.textOnEmergency : root.level === "warning" ? Theme.warningText : Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Black
            font.capitalization: Font.AllUppercase
        }
        Text {
            width: parent.width
            text: root.title
            color: root.urgent ? Theme.textOnEmergency : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: root.urgent ? Theme.fontTitle : Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.Wrap
        }
        BodyText {
            text: root.text
            color: root.urgent ? Theme.textOnEmergency : Theme.text
            font.pixelSize: root.urgent ? Theme.fontBody : Theme.fontSmall
        }
        Repeater {
            model: ContactModel {
                catalog: root.catalog
                listedOnly: true
                contactIds: root.urgent ? root.contactIds : []
            }
            delegate: ContactCard {
                width: column.width
                onTakeAwayRequested: route => root.router.go(route)
            }
        }
    }
}
