pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// Whom to call: emergency numbers, helplines, offices, then the districts A to Z.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    title: qsTr("Contacts")

    Heading {
        text: root.title
    }

    Repeater {
        model: [
            { kind: "emergency", heading: qsTr("Emergency") },
            { kind: "helpline", heading: qsTr("Helplines") },
            { kind: "office", heading: qsTr("Advice and offices") }
        ]
        delegate: Column {
            id: group
            required property var modelData
            width: parent.width
            spacing: Theme.spacing
            Heading {
                level: 2
                text: group.modelData.heading
            }
            Repeater {
                model: ContactModel {
                    catalog: root.catalog
                    kind: group.modelData.kind
                }
                delegate: ContactCard {
                    width: group.width
                    onTakeAwayRequested: route => root.router.go(route)
                }
            }
        }
    }

    Heading {
        level: 2
        text: qsTr("Your district")
    }
    TileGrid {
        id: districts
        width: parent.width
        landscapeColumns: 4
        Repeater {
            model: DistrictModel {
                catalog: root.catalog
            }
            delegate: TouchButton {
                required property string districtId
                required property string name
                objectName: "district-" + districtId
                width: districts.cellWidth
                text: name
                fontSize: Theme.fontSmall
                baseColor: Theme.surface
                textColor: Theme.primary
                border.color: Theme.primary
                border.width: Theme.borderWidth
                onClicked: root.router.go("district/" + districtId)
            }
        }
    }
}
