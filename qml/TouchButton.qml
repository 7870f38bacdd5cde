import QtQuick

// A large, plainly labelled button for fingers: no hover, feedback while pressed.
Rectangle {
    id: root

    property string text
    property url iconSource
    property color baseColor: Theme.primary
    property color textColor: Theme.textOnPrimary
    property int fontSize: Theme.fontBody
    signal clicked()

    implicitWidth: Math.max(Theme.touchTarget, content.implicitWidth + 2 * Theme.spacingLarge)
    implicitHeight: Theme.touchTarget
    radius: Theme.radius
    color: tap.pressed ? Qt.darker(root.baseColor, 1.25) : root.baseColor

    Accessible.role: Accessible.Button
    Accessible.name: root.text
    Accessible.onPressAction: root.clicked()

    Row {
        id: content
        anchors.centerIn: parent
        spacing: Theme.spacingSmall

        Image {
            id: icon
            anchors.verticalCenter: parent.verticalCenter
            visible: status === Image.Ready
            source: root.iconSource
            sourceSize.width: root.fontSize * 1.4
            sourceSize.height: root.fontSize * 1.4
            // Arrows point the other way when the layout is mirrored for right-to-left languages.
            mirror: root.LayoutMirroring.enabled
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.width - 2 * Theme.spacing - (icon.visible ? icon.width + content.spacing : 0))
            visible: root.text.length > 0
            text: root.text
            color: root.textColor
            font.family: Theme.fontFamily
            font.pixelSize: root.fontSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }

    TapHandler {
        id: tap
        onTapped: root.clicked()
    }
}
