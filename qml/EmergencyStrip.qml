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
            // In large text the numbers and names need the room; the strip's colour and its
            // accessible name still say what it is.
            visible: !Theme.largeText
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
            // In large text the name goes under its number, where it has the whole share.
            delegate: Grid {
                id: number
                required property var modelData
                readonly property real share: (numbers.width - (heading.visible ? heading.width + numbers.spacing : 0)
                                               - (entries.count - 1) * numbers.spacing) / Math.max(1, entries.count)
                width: share
                anchors.verticalCenter: parent.verticalCenter
                columns: Theme.largeText ? 1 : 2
                columnSpacing: Theme.spacing
                verticalItemAlignment: Grid.AlignVCenter

                Text {
                    id: phone
                    text: number.modelData.phone
                    color: Theme.textOnEmergency
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.largeText ? Theme.fontTitle : Theme.fontHuge
                    font.weight: Font.Black
                    lineHeight: 0.9
                }
                Text {
                    width: Theme.largeText ? number.share : number.share - phone.width - number.columnSpacing
                    text: number.modelData.name
                    color: Theme.textOnEmergency
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    lineHeight: 0.9
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
