pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// One district: whom to ask there, and the projects in it.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string districtId
    title: district.title

    ItemDetails {
        id: district
        catalog: root.catalog
        kind: ItemDetails.District
        itemId: root.districtId
    }

    Heading {
        objectName: "districtTitle"
        text: qsTr("In %1").arg(district.title)
    }
    Repeater {
        model: ContactModel {
            catalog: root.catalog
            districtId: root.districtId
        }
        delegate: ContactCard {
            width: parent.width
            onTakeAwayRequested: route => root.router.go(route)
        }
    }
    Heading {
        level: 2
        visible: projects.count > 0
        text: qsTr("Projects")
    }
    Repeater {
        model: ProjectModel {
            id: projects
            catalog: root.catalog
            districtId: root.districtId
        }
        delegate: ItemCard {
            required property string projectId
            width: parent.width
            onClicked: root.router.go("project/" + projectId)
        }
    }
}
