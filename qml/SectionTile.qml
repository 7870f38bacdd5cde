import QtQuick

// One action field on the home screen: its pictogram and name, the whole tile is the button.
Rectangle {
    id: root

    required property string sectionId
    required property string title
    required property url iconUrl
    signal clicked()

    implicitHeight: Theme.largeText ? 330 : 250
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceMuted : Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderWidth
    Accessible.role: Accessible.Button
    Accessible.name: root.title
    Accessible.onPressAction: root.clicked()

    Image {
        id: icon
        anchors.top: parent.top
        anchors.topMargin: Theme.spacingSmall
        anchors.horizontalCenter: parent.horizontalCenter
        source: root.iconUrl
        sourceSize.width: 96
        sourceSize.height: 96
    }
    Text {
        anchors.top: icon.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingSmall
        text: root.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall - 2
        font.weight: Font.DemiBold
        lineHeight: 0.95
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Long official names shrink a little rather than lose their end.
        wrapMode: Text.Wrap
        fontSizeMode: Text.Fit
        minimumPixelSize: 22
    }
    TapHandler {
        id: tap
        onTapped: root.clicked()
    }
}
