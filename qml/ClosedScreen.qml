import QtQuick
import CivicKiosk.Models

// Outside the opening hours: dim, calm, and still the emergency numbers. A touch wakes the kiosk
// for a while; that touch itself does nothing else.
Rectangle {
    id: root

    required property ScheduleController schedule
    required property Catalog catalog

    objectName: "closedScreen"
    color: "#000000"
    Accessible.role: Accessible.StaticText
    Accessible.name: closedText.text

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch to use the kiosk")
    }

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacingLarge
        Text {
            id: closedText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: root.schedule.reopens.length > 0 ? qsTr("Closed. Open again: %1").arg(root.schedule.reopens)
                                                   : qsTr("Closed.")
            color: "#b0b0b0"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Touch the screen to use the kiosk anyway.")
            color: "#b0b0b0"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: {
                let parts = [];
                for (const entry of root.catalog.emergencyNumbers)
                    parts.push(entry.phone + " " + entry.name);
                return qsTr("Emergency") + ": " + parts.join(" · ");
            }
            color: "#ff8a8a"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
    }
}
