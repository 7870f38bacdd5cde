import QtQuick
import CivicKiosk.Models

// What fills the top of the screen in low reach: who we are, and nothing to touch.
Rectangle {
    id: root

    required property Catalog catalog

    color: Theme.surfaceMuted
    Accessible.role: Accessible.StaticText
    Accessible.name: note.text

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing
        Heading {
            horizontalAlignment: Text.AlignHCenter
            text: root.catalog.title
        }
        Text {
            id: note
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Everything you can touch is now in the lower part of the screen.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }
}
