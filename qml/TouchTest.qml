pragma ComponentBehavior: Bound
import QtQuick

// Where the screen feels each finger: a ring under every touch point, with its position, so a
// technician sees at once whether touch and picture are aligned and rotated alike.
Rectangle {
    id: root

    signal closed()

    objectName: "touchTest"
    color: "#000000"

    MultiPointTouchArea {
        id: area
        anchors.fill: parent
        mouseEnabled: true
        touchPoints: [
            TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {}
        ]
    }
    Repeater {
        model: area.touchPoints
        delegate: Item {
            id: point
            required property TouchPoint modelData
            visible: point.modelData.pressed
            x: point.modelData.x
            y: point.modelData.y
            Rectangle {
                x: -60
                y: -60
                width: 120
                height: 120
                radius: 60
                color: "transparent"
                border.color: "#ffeb3b"
                border.width: 6
            }
            Text {
                x: 70
                y: -20
                text: Math.round(point.modelData.x) + ", " + Math.round(point.modelData.y)
                color: "#ffffff"
                font.pixelSize: 32
            }
        }
    }
    Text {
        anchors.centerIn: parent
        text: qsTr("Touch anywhere. The ring must sit under your finger.")
        color: "#ffffff"
        font.pixelSize: 36
    }
    TouchButton {
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: Theme.margin
        text: qsTr("Close")
        onClicked: root.closed()
    }
}
