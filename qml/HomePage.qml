pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The first screen: who we are, the language, the ten action fields and one tip to start with.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    signal accessibilityRequested()
    /// With an urgent notice, the rest of home shows only when asked for (a new page per visit).
    property bool showAll: false
    readonly property bool restShown: !notices.hasUrgent || root.showAll

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

    // The pack's notices. An urgent one is the home screen until it ends; a visitor may still
    // open everything else below it.
    NoticeModel {
        id: notices
        catalog: root.catalog
    }
    Repeater {
        model: notices
        delegate: NoticeCard {
            width: parent.width
            catalog: root.catalog
            router: root.router
        }
    }
    TouchButton {
        objectName: "showAllTopics"
        width: parent.width
        visible: notices.hasUrgent && !root.showAll
        text: qsTr("Show all topics")
        baseColor: Theme.surface
        textColor: Theme.primary
        border.color: Theme.primary
        border.width: 3
        onClicked: root.showAll = true
    }

    Row {
        width: parent.width
        spacing: Theme.spacing
        TouchButton {
            objectName: "searchButton"
            width: parent.width - accessibility.width - parent.spacing
            text: qsTr("Search tips, projects, contacts")
            icon: "search"
            baseColor: Theme.surface
            textColor: Theme.primary
            border.color: Theme.primary
            border.width: 3
            onClicked: root.router.go("search")
        }
        AccessibilityButton {
            id: accessibility
            onClicked: root.accessibilityRequested()
        }
    }

    // Where the kiosk stands: whom to ask in this district, and what happens here.
    Rectangle {
        objectName: "homeDistrict"
        width: parent.width
        visible: root.restShown && (root.catalog.homeDistrictId.length > 0)
        height: visible ? districtColumn.implicitHeight + 2 * Theme.spacing : 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.accent
        border.width: 3

        ItemDetails {
            id: homeDistrict
            catalog: root.catalog
            kind: ItemDetails.District
            itemId: root.catalog.homeDistrictId
        }
        ContactModel {
            id: districtContacts
            catalog: root.catalog
            districtId: root.catalog.homeDistrictId
        }
        Column {
            id: districtColumn
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacingSmall
            Heading {
                level: 2
                text: qsTr("In %1").arg(homeDistrict.title)
            }
            Repeater {
                model: districtContacts
                delegate: ContactCard {
                    width: districtColumn.width
                    onTakeAwayRequested: route => root.router.go(route)
                }
            }
            Repeater {
                model: ProjectModel {
                    catalog: root.catalog
                    districtId: root.catalog.homeDistrictId
                }
                delegate: ItemCard {
                    required property string projectId
                    width: districtColumn.width
                    onClicked: root.router.go("project/" + projectId)
                }
            }
            TouchButton {
                objectName: "homeDistrictButton"
                text: qsTr("Contacts and projects here")
                baseColor: Theme.accent
                onClicked: root.router.go("district/" + root.catalog.homeDistrictId)
            }
        }
    }

    Heading {
        visible: root.restShown
        level: 2
        text: qsTr("What would you like to know?")
    }

    TileGrid {
        visible: root.restShown
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
            height: Theme.largeText ? 330 : 250
            text: qsTr("Contacts")
            baseColor: Theme.accent
            onClicked: root.router.go("contacts")
        }
        TouchButton {
            objectName: "projectsTile"
            width: tiles.cellWidth
            height: Theme.largeText ? 330 : 250
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
        visible: root.restShown && (featured.found)
        text: qsTr("Good to know")
    }
    ItemCard {
        objectName: "featuredTip"
        width: parent.width
        visible: root.restShown && (featured.found)
        title: featured.title
        summary: featured.summary
        imageUrl: featured.imageUrl
        onClicked: root.router.go("tip/" + featured.itemId)
    }
    TouchButton {
        visible: root.restShown
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
