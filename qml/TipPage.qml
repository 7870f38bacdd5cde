pragma ComponentBehavior: Bound
import QtQuick
import CivicKiosk.Models

// One tip: what to do in short points, the explanation, and whom to call.
ScrollPage {
    id: root

    required property Catalog catalog
    required property Router router
    required property string tipId
    title: tip.title

    ItemDetails {
        id: tip
        catalog: root.catalog
        kind: ItemDetails.Tip
        itemId: root.tipId
    }

    Image {
        anchors.horizontalCenter: parent.horizontalCenter
        visible: status === Image.Ready
        source: tip.imageUrl
        sourceSize.width: Math.min(parent.width, 640)
        sourceSize.height: Math.min(parent.width, 640) * 250 / 400
    }
    Heading {
        objectName: "tipTitle"
        text: tip.title
    }
    SignLanguageButton {
        video: tip.signVideoUrl
        onPlayRequested: video => root.signLanguageRequested(video)
    }
    FallbackNote {
        visible: tip.fallback
        catalog: root.catalog
    }
    BodyText {
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontHeading
        text: tip.summary
    }

    Rectangle {
        width: parent.width
        height: points.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.accent
        border.width: 3
        Column {
            id: points
            x: Theme.spacing
            y: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacing
            Heading {
                level: 2
                text: qsTr("In short")
            }
            Repeater {
                model: tip.keyPoints
                delegate: Row {
                    id: point
                    required property string modelData
                    width: points.width
                    spacing: Theme.spacing
                    Rectangle {
                        id: bullet
                        y: Theme.fontBody / 2 - height / 2 + 6
                        width: 28
                        height: 28
                        radius: 14
                        color: Theme.accent
                    }
                    Text {
                        width: point.width - bullet.width - point.spacing
                        text: point.modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }

    BodyText {
        text: tip.body
    }

    Heading {
        level: 2
        visible: contacts.count > 0
        text: qsTr("Whom to call")
    }
    Repeater {
        model: ContactModel {
            id: contacts
            catalog: root.catalog
            listedOnly: true
            contactIds: tip.contactIds
        }
        delegate: ContactCard {
            width: parent.width
            onTakeAwayRequested: route => root.router.go(route)
        }
    }

    TakeAwayCard {
        objectName: "tipTakeAway"
        width: parent.width
        payload: tip.webAddress
        explanation: qsTr("Scan with your phone's camera to read this tip again later.")
        caption: tip.webAddress
    }
}
