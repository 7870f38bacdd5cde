pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The partnership and the kiosk: a list of the information pages.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    title: qsTr("About")

    Heading {
        text: root.catalog.title
    }
    Repeater {
        model: PageModel {
            catalog: root.catalog
        }
        delegate: ItemCard {
            required property string pageId
            objectName: "page-" + pageId
            width: parent.width
            imageUrl: ""
            onClicked: root.router.go("page/" + pageId)
        }
    }
    Text {
        width: parent.width
        text: qsTr("Content version %1").arg(root.catalog.packVersion)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
