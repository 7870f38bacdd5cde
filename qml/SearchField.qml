import QtQuick
import CivicKiosk.Models

// One line of text for the search: large, with a clear button; typed on the on-screen keyboard.
Rectangle {
    id: root

    property alias text: input.text

    function forceActiveFocus(): void {
        input.forceActiveFocus();
    }

    implicitHeight: Theme.touchTarget
    radius: Theme.radius
    color: Theme.surface
    border.color: input.activeFocus ? Theme.primary : Theme.divider
    border.width: 4
    Accessible.role: Accessible.EditableText
    Accessible.name: qsTr("Search")

    TextInput {
        id: input
        anchors.left: parent.left
        anchors.right: clear.left
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spacing
        focus: true
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        clip: true
        // No predictions: a stranger's words are not learnt, and never leave the field.
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
        Accessible.name: qsTr("Search")

        Text {
            anchors.fill: parent
            visible: input.text.length === 0
            text: qsTr("Search tips, projects, contacts")
            color: Theme.textMuted
            font: input.font
            elide: Text.ElideRight
        }
    }

    TouchButton {
        id: clear
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        height: parent.height - 8
        visible: input.text.length > 0
        width: visible ? implicitWidth : 0
        text: qsTr("Clear")
        baseColor: Theme.surfaceMuted
        textColor: Theme.text
        onClicked: {
            input.clear();
            input.forceActiveFocus();
        }
    }

    TapHandler {
        onTapped: {
            input.forceActiveFocus();
            OnScreenKeyboard.show();
        }
    }
}
