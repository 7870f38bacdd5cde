import QtQuick
import CivicKiosk.Models

// Says that a text is shown in the pack's default language because it is not translated yet.
Rectangle {
    id: root

    required property Catalog catalog

    width: Math.min(note.implicitWidth + 2 * Theme.spacing, parent ? parent.width : Infinity)
    implicitHeight: note.implicitHeight + Theme.spacing
    radius: Theme.radius / 2
    color: Theme.surfaceMuted

    Text {
        id: note
        anchors.centerIn: parent
        width: root.width - 2 * Theme.spacing
        wrapMode: Text.WordWrap
        text: qsTr("Not translated yet – shown in: %1").arg(root.catalog.defaultLanguageName)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.italic: true
    }
}
