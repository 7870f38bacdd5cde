pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The first screen: who we are, the language, the ten action fields and one tip to start with.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router

    Row {
        width: parent.width
        spacing: Theme.spacing
        Image {
            id: emblem
            visible: status === Image.Ready
            source: root.catalog.emblemUrl
            sourceSize.width: 150
            sourceSize.height: 150
        }
        Column {
            width: parent.width - (emblem.visible ? emblem.width + parent.spacing : 0)
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            Heading {
                objectName: "packTitle"
                text: root.catalog.title
            }
            Text {
                width: parent.width
                text: root.catalog.subtitle
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
        }
    }

    LanguagePicker {
        width: parent.width
        catalog: root.catalog
    }

    Heading {
        level: 2
        text: qsTr("What would you like to know?")
    }

    TileGrid {
        id: tiles
        width: parent.width
        Repeater {
            model: SectionModel {
                catalog: root.catalog
            }
            delegate: SectionTile {
                required property int index
                objectName: "section-" + sectionId
                width: tiles.cellWidth
                onClicked: root.router.go("section/" + sectionId)
            }
        }
        TouchButton {
            objectName: "contactsTile"
            width: tiles.cellWidth
            height: 250
            text: qsTr("Contacts")
            baseColor: Theme.accent
            onClicked: root.router.go("contacts")
        }
        TouchButton {
            objectName: "projectsTile"
            width: tiles.cellWidth
            height: 250
            text: qsTr("Projects")
            baseColor: Theme.accent
            onClicked: root.router.go("projects")
        }
    }

    ItemDetails {
        id: featured
        catalog: root.catalog
        kind: ItemDetails.Tip
        itemId: root.catalog.featuredTipId
    }
    Heading {
        level: 2
        visible: featured.found
        text: qsTr("Good to know")
    }
    ItemCard {
        objectName: "featuredTip"
        width: parent.width
        visible: featured.found
        title: featured.title
        summary: featured.summary
        imageUrl: featured.imageUrl
        onClicked: root.router.go("tip/" + featured.itemId)
    }
    TouchButton {
        objectName: "aboutButton"
        width: parent.width
        text: qsTr("About the partnership")
        baseColor: Theme.surface
        textColor: Theme.primary
        border.color: Theme.primary
        border.width: 3
        onClicked: root.router.go("about")
    }
}
