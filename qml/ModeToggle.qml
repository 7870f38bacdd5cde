import QtQuick

// One display mode on the accessibility sheet: its name and, in words, whether it is on.
TouchButton {
    id: root

    property bool checked
    property string label
    /// The visitor asks for the other state; the owner of the mode flips it, `checked` follows.
    signal toggled()

    text: root.label + ": " + (root.checked ? qsTr("on") : qsTr("off"))
    baseColor: root.checked ? Theme.primary : Theme.surface
    textColor: root.checked ? Theme.textOnPrimary : Theme.text
    border.color: Theme.primary
    border.width: 3
    Accessible.checkable: true
    Accessible.checked: root.checked
    Accessible.name: root.label
    onClicked: root.toggled()
}
