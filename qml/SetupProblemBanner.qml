import QtQuick

// Tells the technician at the screen that kiosk.toml on the SD card was not taken, and why, line
// by line as civic-kioskctl bootconfig found it. The kiosk keeps working on its previous settings,
// so the notice can be put away until the next start.
Rectangle {
    id: root

    /// The problems, one per line: "FILE:LINE: key: what".
    required property string problems

    visible: problems.length > 0 && !hidden
    property bool hidden: false
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.warningText
    border.width: Theme.borderWidth * 2

    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
        spacing: Theme.spacingSmall

        Text {
            id: heading
            width: parent.width
            wrapMode: Text.WordWrap
            text: qsTr("Setup problem: this kiosk's settings file has mistakes, so the kiosk keeps its previous settings.")
            color: Theme.warningText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        Text {
            objectName: "setupProblems"
            width: parent.width
            wrapMode: Text.WrapAnywhere
            maximumLineCount: 12
            elide: Text.ElideRight
            text: root.problems
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        TouchButton {
            objectName: "setupProblemsHide"
            text: qsTr("Hide until restart")
            onClicked: root.hidden = true
        }
    }
}
