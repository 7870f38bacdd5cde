import QtQuick

// Shown when there is no pack the kiosk can trust or read: calm, bilingual, and with the reason
// for the technician. Deliberately not translated through qsTr: it must not depend on anything.
Rectangle {
    id: root

    required property string reason

    color: "#eceff3"

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacingLarge

        Text {
            objectName: "outOfService"
            width: parent.width
            text: "Dieses Terminal ist gerade außer Betrieb."
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: "This terminal is out of service at the moment."
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            width: parent.width
            text: "Im Notfall: 110 (Polizei) · 112 (Feuerwehr, Rettungsdienst)\nIn an emergency: 110 (police) · 112 (fire, ambulance)"
            color: Theme.emergency
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
    Text {
        objectName: "technicianLine"
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.margin
        text: "Technik: " + root.reason
        color: Theme.textMuted
        font.family: "monospace"
        font.pixelSize: 22
        wrapMode: Text.WrapAnywhere
        maximumLineCount: 8
        elide: Text.ElideRight
    }
}
