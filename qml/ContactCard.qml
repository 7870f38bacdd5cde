import QtQuick

// Whom to call: the number large, then what they help with and when.
Rectangle {
    id: root

    required property string name
    required property string helpsWith
    required property string phone
    required property string email
    required property string address
    required property string hours
    required property bool free
    required property bool anonymous
    required property bool verified
    required property string contactId
    /// Shows "Save on your phone", which asks for the contact's own page with its QR code.
    property bool canTakeAway: true
    signal takeAwayRequested(route: string)

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth
    Accessible.role: Accessible.StaticText
    Accessible.name: root.name + (root.phone.length > 0 ? ", " + root.phone : "")
    Accessible.description: root.helpsWith

    Column {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        Text {
            width: parent.width
            text: root.name
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        Row {
            visible: root.phone.length > 0
            spacing: Theme.spacingSmall
            Image {
                anchors.verticalCenter: parent.verticalCenter
                source: Theme.highContrast ? "icons/phone-light.svg" : "icons/phone.svg"
                sourceSize.width: 48
                sourceSize.height: 48
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: root.phone
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Black
            }
        }
        Text {
            width: parent.width
            text: root.helpsWith
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: text.length > 0
            text: Format.joinNonEmpty([root.hours, root.free ? qsTr("Free of charge") : "",
                                       root.anonymous ? qsTr("Anonymous") : ""], " · ")
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: root.address.length > 0 || root.email.length > 0
            text: Format.joinNonEmpty([root.address, root.email], "\n")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }
        TouchButton {
            objectName: "takeAway-" + root.contactId
            visible: root.canTakeAway
            text: qsTr("Save on your phone")
            fontSize: Theme.fontSmall
            baseColor: Theme.surface
            textColor: Theme.primary
            border.color: Theme.primary
            border.width: 3
            onClicked: root.takeAwayRequested("contact/" + root.contactId)
        }
        Text {
            width: parent.width
            visible: !root.verified
            text: qsTr("Not confirmed yet – please check before you rely on it.")
            color: Theme.warningText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}
