pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// The showcase of prevention projects: a gallery of pictures to browse.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    title: qsTr("Projects")

    Heading {
        text: root.title
    }
    TileGrid {
        id: gallery
        width: parent.width
        portraitColumns: 2
        landscapeColumns: 3
        Repeater {
            model: ProjectModel {
                catalog: root.catalog
            }
            delegate: Rectangle {
                id: card
                required property string projectId
                required property string title
                required property url imageUrl
                required property int year
                objectName: "project-" + projectId
                width: gallery.cellWidth
                height: picture.height + caption.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: tap.pressed ? Theme.surfaceMuted : Theme.surface
                border.color: Theme.divider
                border.width: Theme.borderWidth
                clip: true
                Accessible.role: Accessible.Button
                Accessible.name: card.title
                Accessible.onPressAction: root.router.go("project/" + card.projectId)

                Image {
                    id: picture
                    width: parent.width
                    height: width * 5 / 8
                    source: card.imageUrl
                    sourceSize.width: width
                    sourceSize.height: height
                    fillMode: Image.PreserveAspectCrop
                }
                Text {
                    id: caption
                    anchors.top: picture.bottom
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Theme.spacing
                    text: card.title + (card.year > 0 ? "\n" + card.year : "")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
                TapHandler {
                    id: tap
                    onTapped: root.router.go("project/" + card.projectId)
                }
            }
        }
    }
}
