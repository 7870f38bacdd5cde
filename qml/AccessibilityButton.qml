import QtQuick

// The way to the accessibility sheet, on every screen, where a seated visitor reaches it.
TouchButton {
    id: root

    objectName: "accessibilityButton"
    implicitWidth: Theme.touchTarget
    icon: "accessibility"
    baseColor: Theme.primary
    border.color: Theme.surface
    border.width: 4
    radius: width / 2
    Accessible.name: qsTr("Accessibility: large text, high contrast, within reach, easy language")
}
