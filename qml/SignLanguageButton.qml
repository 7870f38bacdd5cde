import QtQuick

// "In sign language": shown where the pack has the item as a sign-language video.
TouchButton {
    id: root

    property string video
    signal playRequested(string video)

    objectName: "signLanguageButton"
    visible: root.video.length > 0
    text: qsTr("In sign language")
    baseColor: Theme.accent
    onClicked: root.playRequested(root.video)
}
