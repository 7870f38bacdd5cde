import QtQuick

// A large, plainly labelled button for fingers: no hover, feedback while pressed.
Rectangle {
    id: root

    property string text
    /// The name of an icon in icons/: drawn light on dark buttons, dark on light ones.
    property string icon
    property color baseColor: Theme.primary
    property color textColor: Theme.textOnPrimary
    property int fontSize: Theme.fontBody
    /// Only the icon shows (where space is short); the text still names the button.
    property bool iconOnly: false
    signal clicked()

    /// The width the button would take with its words shown, whether or not they are.
    readonly property real fullWidth: Math.max(Theme.touchTarget, label.implicitWidth + root.fontSize * 1.4
                                               + Theme.spacingSmall + 2 * Theme.spacingLarge)

    implicitWidth: Math.max(Theme.touchTarget, content.implicitWidth + 2 * Theme.spacingLarge)
    implicitHeight: Theme.touchTarget
    radius: Theme.radius
    color: tap.pressed ? Qt.darker(root.baseColor, 1.25) : root.baseColor
    opacity: enabled ? 1 : 0.4

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
            source: root.icon.length === 0 ? ""
                    : "icons/" + root.icon + (root.textColor.hslLightness > 0.5 ? "" : "-dark") + ".svg"
            sourceSize.width: root.fontSize * 1.4
            sourceSize.height: root.fontSize * 1.4
            // Arrows point the other way when the layout is mirrored for right-to-left languages.
            mirror: root.LayoutMirroring.enabled
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.width - 2 * Theme.spacing - (icon.visible ? icon.width + content.spacing : 0))
            visible: root.text.length > 0 && !root.iconOnly
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
