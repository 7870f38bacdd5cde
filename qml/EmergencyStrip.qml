pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The pack's emergency numbers, on every screen, never scrolled away.
Rectangle {
    id: root

    required property Catalog catalog

    implicitHeight: Theme.emergencyHeight
    color: Theme.emergency
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text + ": " + numbers.spoken

    Row {
        id: numbers
        readonly property string spoken: {
            let parts = [];
            for (const entry of root.catalog.emergencyNumbers)
                parts.push(entry.phone + " " + entry.name);
            return parts.join(", ");
        }
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacingLarge

        Text {
            id: heading
            objectName: "emergencyHeading"
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Emergency")
            color: Theme.textOnEmergency
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeading
            font.weight: Font.Bold
        }

        Repeater {
            id: entries
            model: root.catalog.emergencyNumbers

            // The numbers share what the heading leaves, so a long name wraps instead of running off.
            delegate: Row {
                id: number
                required property var modelData
                readonly property real share: (numbers.width - heading.width - entries.count * numbers.spacing) / Math.max(1, entries.count)
                width: share
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacing

                Text {
                    id: phone
                    anchors.verticalCenter: parent.verticalCenter
                    text: number.modelData.phone
                    color: Theme.textOnEmergency
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHuge
                    font.weight: Font.Black
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    width: number.share - phone.width - number.spacing
                    text: number.modelData.name
                    color: Theme.textOnEmergency
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
