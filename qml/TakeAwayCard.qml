import QtQuick
import CivicKiosk.Models

// "Take it with you": a QR code a phone's camera reads, large enough from arm's length.
Rectangle {
    id: root

    /// What the code holds: a web address or a vCard.
    required property string payload
    /// What the visitor gets when scanning, in words.
    required property string explanation
    /// Shown under the explanation (the web address), or empty.
    property string caption

    implicitHeight: Math.max(code.height, texts.implicitHeight) + 2 * Theme.spacing
    visible: code.valid
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth

    QrCode {
        id: code
        objectName: "qrCode"
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        width: 360
        height: 360
        text: root.payload
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code: %1").arg(root.explanation)
    }
    Column {
        id: texts
        anchors.left: code.right
        anchors.right: parent.right
        anchors.verticalCenter: code.verticalCenter
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall
        Heading {
            level: 2
            text: qsTr("Take it with you")
        }
        BodyText {
            text: root.explanation
        }
        Text {
            width: parent.width
            visible: root.caption.length > 0
            text: root.caption
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }
    }
}
