import QtQuick

// A tip or project in a list: picture, title and summary; the whole card is the button.
Rectangle {
    id: root

    required property string title
    required property string summary
    required property url imageUrl
    property string detail
    signal clicked()

    implicitHeight: Math.max(picture.height, texts.implicitHeight) + 2 * Theme.spacing
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceMuted : Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: root.title
    Accessible.description: root.summary
    Accessible.onPressAction: root.clicked()

    Image {
        id: picture
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: 240
        height: visible ? 150 : 0
        visible: status === Image.Ready
        source: root.imageUrl
        sourceSize.width: 240
        sourceSize.height: 150
        fillMode: Image.PreserveAspectFit
    }
    Column {
        id: texts
        anchors.left: picture.visible ? picture.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            width: parent.width
            text: root.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: root.summary.length > 0
            text: root.summary
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Text {
            width: parent.width
            visible: root.detail.length > 0
            text: root.detail
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
    }
    TapHandler {
        id: tap
        onTapped: root.clicked()
    }
}
