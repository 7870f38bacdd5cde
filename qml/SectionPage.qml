pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// One action field: what the partnership does there, its tips and its projects.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string sectionId
    title: section.title

    ItemDetails {
        id: section
        catalog: root.catalog
        kind: ItemDetails.Section
        itemId: root.sectionId
    }

    Row {
        width: parent.width
        spacing: Theme.spacing
        Image {
            id: icon
            source: section.imageUrl
            sourceSize.width: 140
            sourceSize.height: 140
        }
        Heading {
            width: parent.width - icon.width - parent.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: section.title
        }
    }
    BodyText {
        textFormat: Text.PlainText
        text: section.summary
    }
    FallbackNote {
        visible: section.fallback
        catalog: root.catalog
    }

    Heading {
        level: 2
        visible: tips.count > 0
        text: qsTr("Tips")
    }
    Repeater {
        model: TipModel {
            id: tips
            catalog: root.catalog
            sectionId: root.sectionId
        }
        delegate: ItemCard {
            required property string tipId
            objectName: "tip-" + tipId
            width: parent.width
            onClicked: root.router.go("tip/" + tipId)
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
            sectionId: root.sectionId
        }
        delegate: ItemCard {
            required property string projectId
            required property int year
            width: parent.width
            detail: year > 0 ? String(year) : ""
            onClicked: root.router.go("project/" + projectId)
        }
    }
}
